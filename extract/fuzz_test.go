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
		var ms []extract.Mention
		for _, d := range r.Dates {
			ms = append(ms, d.Mention)
		}
		check("date", ms)
		ms = ms[:0]
		for _, c := range r.Counts {
			ms = append(ms, c.Mention)
		}
		check("count", ms)
		ms = ms[:0]
		for _, m := range r.Money {
			ms = append(ms, m.Mention)
		}
		check("money", ms)
		ms = ms[:0]
		for _, p := range r.Percents {
			ms = append(ms, p.Mention)
		}
		check("percent", ms)
		for _, o := range r.Officials {
			check("official mention", o.Mentions)
		}
	})
}

// at returns src[i], or a rune start at the end of src.
func at(src []byte, i int) byte {
	if i >= len(src) {
		return 'x'
	}
	return src[i]
}
