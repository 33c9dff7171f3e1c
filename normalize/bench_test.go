package normalize

import (
	"os"
	"path/filepath"
	"testing"

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

// BenchmarkNormalize is the whole normalizer with defaults.
func BenchmarkNormalize(b *testing.B) {
	n := New()
	for name, text := range benchForms(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				n.Normalize(text)
			}
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
