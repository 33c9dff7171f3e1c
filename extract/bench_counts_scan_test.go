package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkCountsScan times the counts extractor alone over the test
// articles: normalization, tokens, dates and officials are done once
// before, and each round only restores which tokens the earlier
// extractors took. Each doc keeps its buffers (they are never released),
// so its allocations are the counts extractor's own.
func BenchmarkCountsScan(b *testing.B) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	if len(files) == 0 {
		b.Skip("no articles")
	}
	ex := New()
	type prepared struct {
		d     *doc
		taken []bool
	}
	var docs []prepared
	var n int64
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := ex.newDoc(src)
		ex.dates(d)
		ex.officials(d)
		docs = append(docs, prepared{d, append([]bool(nil), d.taken...)})
		n += int64(len(src))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range docs {
			copy(p.d.taken, p.taken)
			ex.counts(p.d)
		}
	}
}
