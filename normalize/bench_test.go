package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// benchText returns a few articles of clean NFC news text.
func benchText(b *testing.B) []byte {
	b.Helper()
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	seeds, _ := filepath.Glob("../testdata/normalize/clean-*.txt")
	files = append(files, seeds...)
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, data...)
	}
	if len(all) == 0 {
		b.Skip("no testdata articles")
	}
	return Bytes(all)
}

func benchForms(b *testing.B) map[string][]byte {
	clean := benchText(b)
	return map[string][]byte{
		"clean":  clean,
		"nfd":    norm.NFD.Bytes(clean),
		"modern": New(WithTone(Modern)).Bytes(clean),
	}
}

// BenchmarkNFCFloor is the floor: one plain norm.NFC.Bytes pass.
func BenchmarkNFCFloor(b *testing.B) {
	for name, text := range benchForms(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				norm.NFC.Bytes(text)
			}
		})
	}
}

// BenchmarkNormalize is the whole normalizer with defaults, with its cost
// as a multiple of the norm.NFC.Bytes floor (see benchVsFloor).
func BenchmarkNormalize(b *testing.B) {
	n := New()
	for name, text := range benchForms(b) {
		b.Run(name, func(b *testing.B) {
			benchVsFloor(b, [][]byte{text}, func(d []byte) { n.Normalize(d) })
		})
	}
}

// BenchmarkSteps measures each step alone on each form of the text.
func BenchmarkSteps(b *testing.B) {
	steps := map[string]func([]byte) ([]byte, offsetMap, bool){
		"fixUTF8": fixUTF8,
		"cleanup": cleanup,
		"nfc":     toNFC,
		"tone":    func(in []byte) ([]byte, offsetMap, bool) { return placeTones(in, Traditional) },
		"fold":    func(in []byte) ([]byte, offsetMap, bool) { return fold(in, false) },
		"detect":  func(in []byte) ([]byte, offsetMap, bool) { DetectEncoding(in); return in, offsetMap{}, false },
		"survey":  func(in []byte) ([]byte, offsetMap, bool) { surveyText(in); return in, offsetMap{}, false },
	}
	for form, text := range benchForms(b) {
		for name, step := range steps {
			b.Run(form+"/"+name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					step(text)
				}
			})
		}
	}
}

// pipelineCorpus returns the articles the extraction pipeline is measured
// on, testdata/extract/*.txt less the goldens, each as it is on disk.
func pipelineCorpus(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	var docs [][]byte
	for _, f := range files {
		if strings.Contains(filepath.Base(f), ".golden.") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	if len(docs) == 0 {
		b.Skip("no testdata articles")
	}
	return docs
}

// BenchmarkPipelineCorpus normalizes each pipeline article separately with
// the defaults, with its cost as a multiple of the norm.NFC.Bytes floor;
// survey and tone are the two scans that clean NFC text costs.
func BenchmarkPipelineCorpus(b *testing.B) {
	docs := pipelineCorpus(b)
	n := New()
	b.Run("normalize", func(b *testing.B) { benchVsFloor(b, docs, func(d []byte) { n.Normalize(d) }) })
	b.Run("survey", func(b *testing.B) { benchVsFloor(b, docs, func(d []byte) { surveyText(d) }) })
	b.Run("tone", func(b *testing.B) { benchVsFloor(b, docs, func(d []byte) { placeTones(d, Traditional) }) })
}

// benchVsFloor measures f on each of docs. Every 32 rounds it also makes
// as many norm.NFC.Bytes passes over the same docs, timed apart, and the
// cost of f is reported as a multiple of that floor (x-NFC), so both
// figures see the same machine load. (Stopping the timer reads the memory
// statistics, which is too slow to do every round.)
func benchVsFloor(b *testing.B, docs [][]byte, f func([]byte)) {
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	var floor time.Duration
	pending := 0 // rounds of f without their floor yet
	runFloor := func() {
		start := time.Now()
		for range pending {
			for _, d := range docs {
				norm.NFC.Bytes(d)
			}
		}
		floor += time.Since(start)
		pending = 0
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			f(d)
		}
		if pending++; pending == 32 {
			b.StopTimer()
			runFloor()
			b.StartTimer()
		}
	}
	runFloor()
	if floor > 0 {
		b.ReportMetric(float64(b.Elapsed())/float64(floor), "x-NFC")
		b.ReportMetric(float64(size)*float64(b.N)/floor.Seconds()/1e6, "floor-MB/s")
	}
}
