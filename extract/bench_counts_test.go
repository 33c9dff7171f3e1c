package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract/extract"
	"golang.org/x/text/unicode/norm"
)

// countsBenchArticles returns the test articles, the same for both
// benchmarks.
func countsBenchArticles(b *testing.B) [][]byte {
	b.Helper()
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no articles under %s: %v", goldenDir, err)
	}
	var arts [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, src)
	}
	return arts
}

func countsBenchBytes(arts [][]byte) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a))
	}
	return n
}

// BenchmarkExtractCounts runs the whole pipeline (normalization, dates,
// officials, counts) over the test articles.
func BenchmarkExtractCounts(b *testing.B) {
	arts := countsBenchArticles(b)
	ex := extract.New()
	b.SetBytes(countsBenchBytes(arts))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			ex.Extract(a)
		}
	}
}

// BenchmarkCountsNFCFloor is the floor: one NFC pass over the same bytes.
func BenchmarkCountsNFCFloor(b *testing.B) {
	arts := countsBenchArticles(b)
	b.SetBytes(countsBenchBytes(arts))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			norm.NFC.Bytes(a)
		}
	}
}
