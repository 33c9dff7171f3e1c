package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// benchArticles returns the test articles, concatenated.
func benchArticles(b *testing.B) []byte {
	b.Helper()
	files, err := filepath.Glob("../testdata/extract/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, data...)
		all = append(all, '\n')
	}
	return all
}

// BenchmarkDates measures date extraction over the test articles beside
// the floor, a norm.NFC.Bytes pass over the same bytes. The target for
// normalize+dates is at least 25% of the floor's throughput.
func BenchmarkDates(b *testing.B) {
	src := benchArticles(b)
	e := New(WithReference(time.Date(2023, 1, 17, 0, 0, 0, 0, vietnam)))
	b.Run("floor-nfc", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			norm.NFC.Bytes(src)
		}
	})
	b.Run("normalize+dates", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			d := e.newDoc(src)
			e.dates(d)
			d.release()
		}
	})
	b.Run("normalize+tokenize", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			e.newDoc(src).release()
		}
	})
	b.Run("dates-only", func(b *testing.B) {
		d := e.newDoc(src)
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			clear(d.taken) // the dates of the last pass took their tokens
			e.dates(d)
		}
	})
}
