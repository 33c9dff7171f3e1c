package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"
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

// BenchmarkCountsInPipeline times the counts extractor inside the
// pipeline: each article is normalized, tokenized and run through dates
// and officials as Extract does, and only the counts step is timed, so
// that it pays the cache misses it pays in Extract. It reports the
// counts step as a multiple of one norm.NFC.Bytes pass over the same
// articles ("x-NFC", the figure of BenchmarkPipeline's budget).
func BenchmarkCountsInPipeline(b *testing.B) {
	arts := stageArticles(b)
	n := 0
	for _, a := range arts {
		n += len(a)
	}
	floor := stageFloor(arts)
	e := New(WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)))
	var spent time.Duration
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, a := range arts {
			d := e.newDoc(a)
			e.dates(d)
			e.officials(d)
			t0 := time.Now()
			e.counts(d)
			spent += time.Since(t0)
			d.release()
		}
	}
	b.ReportMetric(float64(spent.Nanoseconds())/float64(b.N)/floor, "x-NFC")
}
