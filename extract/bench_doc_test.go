package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkNewDoc measures normalization plus tokenization, the part of
// the pipeline every extractor shares.
func BenchmarkNewDoc(b *testing.B) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	var arts [][]byte
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, data)
		n += len(data)
	}
	e := New()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			e.newDoc(a)
		}
	}
}
