package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract/extract"
	"golang.org/x/text/unicode/norm"
)

// officialsBenchArticles returns every article under testdata/extract.
func officialsBenchArticles(b *testing.B) ([][]byte, int64) {
	paths, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	var arts [][]byte
	var n int64
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, src)
		n += int64(len(src))
	}
	return arts, n
}

// BenchmarkExtractOfficials runs the whole pipeline (normalization,
// dates, officials and credits, counts) over the test articles.
func BenchmarkExtractOfficials(b *testing.B) {
	arts, n := officialsBenchArticles(b)
	e := extract.New()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			e.Extract(a)
		}
	}
}

// BenchmarkOfficialsNFCFloor is one norm.NFC.Bytes pass over the same
// bytes: the floor the pipeline is compared with.
func BenchmarkOfficialsNFCFloor(b *testing.B) {
	arts, n := officialsBenchArticles(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			norm.NFC.Bytes(a)
		}
	}
}
