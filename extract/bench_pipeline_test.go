package extract_test

import (
	"testing"
	"time"

	"github.com/vnextract/vnextract/extract"
)

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
	arts := extract.BenchCorpus(b)
	n := totalLen(arts)
	floorNs := extract.NFCFloor(arts)
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

// BenchmarkPipelineLarge runs the pipeline on one 10 MB text made of many
// articles joined: its MB/s must match BenchmarkPipeline's (no quadratic
// step anywhere).
func BenchmarkPipelineLarge(b *testing.B) {
	arts := extract.BenchCorpus(b)
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
