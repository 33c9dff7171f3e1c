package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// stageArticles returns the news articles under testdata/extract, each its
// own text, repeated to about 300 KB: the corpus of BenchmarkPipeline.
// (The articles in legacy encodings under testdata/normalize are left to
// the normalize benchmarks: joined into one large text they would send all
// of it down the slow paths, and the large and small benchmarks would not
// compare.)
func stageArticles(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	var arts [][]byte
	for _, f := range files {
		if bytes.HasSuffix([]byte(f), []byte(".golden.txt")) {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, data)
	}
	if len(arts) == 0 {
		b.Skip("no articles")
	}
	var all [][]byte
	for size := 0; size < 300<<10; {
		for _, a := range arts {
			all = append(all, a)
			size += len(a)
		}
	}
	return all
}

// BenchmarkStages measures each stage of the pipeline alone over the
// corpus of BenchmarkPipeline, and reports it as a multiple of one
// norm.NFC.Bytes pass over the same articles measured in the same run
// ("x-NFC"): the pipeline's budget (at most 3) split by stage.
func BenchmarkStages(b *testing.B) {
	arts := stageArticles(b)
	n := 0
	for _, a := range arts {
		n += len(a)
	}
	floor := stageFloor(arts)
	e := New(WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)))
	stage := func(name string, prep bool, f func(d *doc)) {
		b.Run(name, func(b *testing.B) {
			var docs []*doc
			if prep {
				for _, a := range arts {
					docs = append(docs, e.newDoc(a))
				}
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				if !prep {
					for _, a := range arts {
						e.newDoc(a).release()
					}
					continue
				}
				for _, d := range docs {
					clear(d.taken)
					f(d)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/floor, "x-NFC")
		})
	}
	stage("newdoc", false, nil)
	b.Run("normalize-only", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, a := range arts {
				e.norm.Normalize(a)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/floor, "x-NFC")
	})
	stage("dates", true, func(d *doc) { e.dates(d) })
	stage("officials", true, func(d *doc) { e.officials(d) })
	stage("counts", true, func(d *doc) { e.counts(d) })
}

// stageFloor returns the time in ns of one norm.NFC.Bytes pass over arts.
func stageFloor(arts [][]byte) float64 {
	start := time.Now()
	reps := 0
	for time.Since(start) < 300*time.Millisecond {
		for _, a := range arts {
			norm.NFC.Bytes(a)
		}
		reps++
	}
	return float64(time.Since(start).Nanoseconds()) / float64(reps)
}

// BenchmarkTokenize measures the tokenizer alone on the normalized
// articles of BenchmarkStages.
func BenchmarkTokenize(b *testing.B) {
	arts := stageArticles(b)
	floor := stageFloor(arts)
	e := New()
	var texts []string
	n := 0
	for _, a := range arts {
		t, _ := docText(e.norm.Normalize(a))
		texts = append(texts, t)
		n += len(a)
	}
	var toks []token
	ntok := 0
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		ntok = 0
		for _, t := range texts {
			toks = tokenizeInto(toks[:0], t)
			ntok += len(toks)
		}
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/floor, "x-NFC")
	b.ReportMetric(perOp/float64(ntok), "ns/token")
}

// BenchmarkPipelineStages runs the pipeline as BenchmarkPipeline does and
// reports what each stage costs inside it, as a multiple of the same-run
// NFC floor: the stages cost more there than alone (BenchmarkStages),
// since each evicts the others' data and code from the caches.
func BenchmarkPipelineStages(b *testing.B) {
	arts := stageArticles(b)
	floor := stageFloor(arts)
	n := 0
	for _, a := range arts {
		n += len(a)
	}
	e := New(WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)))
	var clock stageClock
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, a := range arts {
			clock.start()
			e.extract(a, &clock)
		}
	}
	for i, d := range clock.spent {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N)/floor, stageNames[i]+"-x")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/floor, "x-NFC")
}
