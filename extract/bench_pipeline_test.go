package extract_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vnextract/vnextract/extract"
	"golang.org/x/text/unicode/norm"
)

// pipelineCorpus returns the news articles under testdata/extract,
// repeated to a few hundred KB, each as its own text. (The articles in
// legacy encodings under testdata/normalize are left to the normalize
// benchmarks: joined into one large text they would send all of it down
// the slow paths, and the large and small benchmarks would not compare.)
func pipelineCorpus(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	var arts [][]byte
	for _, f := range files {
		if filepath.Ext(f) != ".txt" || bytes.HasSuffix([]byte(f), []byte(".golden.txt")) {
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
	size := 0
	for size < 300<<10 {
		for _, a := range arts {
			all = append(all, a)
			size += len(a)
		}
	}
	return all
}

func totalLen(arts [][]byte) int {
	n := 0
	for _, a := range arts {
		n += len(a)
	}
	return n
}

// BenchmarkPipeline runs the whole pipeline (normalize, dates, officials,
// counts) over the corpus, and in the same run one norm.NFC.Bytes pass over
// the same articles, the floor. It reports the pipeline's cost as a
// multiple of the floor ("x-NFC"; the target is at most 3) and allocations
// per KB of input.
func BenchmarkPipeline(b *testing.B) {
	arts := pipelineCorpus(b)
	n := totalLen(arts)
	floorNs := nfcFloor(arts)
	ex := extract.New(extract.WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)))
	allocs := testing.AllocsPerRun(3, func() {
		for _, a := range arts {
			ex.Extract(a)
		}
	})
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			ex.Extract(a)
		}
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/floorNs, "x-NFC")
	b.ReportMetric(float64(n)/floorNs*1e3, "floor-MB/s")
	b.ReportMetric(allocs/(float64(n)/1024), "allocs/KB")
}

// nfcFloor returns the time in ns of one norm.NFC.Bytes pass over arts,
// measured for about 300 ms in the calling benchmark's run.
func nfcFloor(arts [][]byte) float64 {
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

// BenchmarkPipelineLarge runs the pipeline on one 10 MB text made of many
// articles joined: its MB/s must match BenchmarkPipeline's (no quadratic
// step anywhere).
func BenchmarkPipelineLarge(b *testing.B) {
	arts := pipelineCorpus(b)
	var big []byte
	for len(big) < 10<<20 {
		for _, a := range arts {
			big = append(big, a...)
			big = append(big, "\n\n"...)
		}
	}
	ex := extract.New(extract.WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)))
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for b.Loop() {
		ex.Extract(big)
	}
}
