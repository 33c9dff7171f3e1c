package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extract"
)

// FuzzExtract checks the span invariants of every kind of result at once,
// on any input: no panic; every span inside the input, on rune
// boundaries, equal to its Text; every list sorted by position.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data[:min(len(data), 600)]))
		}
	}
	f.Add("Chiều 20/1, đồng chí Nguyễn Văn Nên, Bí thư Thành uỷ\u00a0TP Hồ Chí Minh, trao bằng khen cho 8 tập thể.")
	f.Add("ThÃ nh phá»‘ Há»“ ChÃ\u00ad Minh: hÆ¡n 1.200 há»™ dÃ¢n")
	f.Add(strings.Repeat("9", 40) + " người")
	ex := extract.New(extract.WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)))
	f.Fuzz(func(t *testing.T, in string) {
		src := []byte(in)
		r := ex.Extract(src)
		check := func(kind string, ms []extract.Mention) {
			prev := -1
			for _, m := range ms {
				if m.Start < 0 || m.End > len(src) || m.Start > m.End {
					t.Fatalf("%s span %d:%d outside %d bytes", kind, m.Start, m.End, len(src))
				}
				if string(src[m.Start:m.End]) != m.Text {
					t.Fatalf("%s span %d:%d is %q, Text %q", kind, m.Start, m.End, src[m.Start:m.End], m.Text)
				}
				if utf8.Valid(src) && (!utf8.RuneStart(at(src, m.Start)) || !utf8.RuneStart(at(src, m.End))) {
					t.Fatalf("%s span %d:%d not on rune boundaries", kind, m.Start, m.End)
				}
				if m.Start < prev {
					t.Fatalf("%s not sorted: %d after %d", kind, m.Start, prev)
				}
				prev = m.Start
			}
		}
		check("date", mentions(r.Dates, func(d extract.Date) extract.Mention { return d.Mention }))
		check("count", mentions(r.Counts, func(c extract.Count) extract.Mention { return c.Mention }))
		check("money", mentions(r.Money, func(m extract.Money) extract.Mention { return m.Mention }))
		check("percent", mentions(r.Percents, func(p extract.Percent) extract.Mention { return p.Mention }))
		for _, o := range r.Officials {
			check("official mention", o.Mentions)
		}
	})
}

// mentions returns the mention of each item.
func mentions[T any](items []T, get func(T) extract.Mention) []extract.Mention {
	ms := make([]extract.Mention, len(items))
	for i, x := range items {
		ms[i] = get(x)
	}
	return ms
}

// at returns src[i], or a rune start at the end of src.
func at(src []byte, i int) byte {
	if i >= len(src) {
		return 'x'
	}
	return src[i]
}
