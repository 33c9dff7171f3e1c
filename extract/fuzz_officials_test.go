package extract_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extract"
)

// FuzzOfficials checks the invariants of officials and credits on any
// input: no panic; every span inside the input, on rune boundaries and
// holding exactly its text; mentions, officials and credits in text
// order; no nil lists. It is seeded from the table tests and the golden
// articles.
func FuzzOfficials(f *testing.F) {
	for _, tt := range officialsTests {
		f.Add([]byte(tt.text))
	}
	arts, _ := filepath.Glob(filepath.Join(goldenDir, "officials-*.txt"))
	for _, a := range arts {
		if b, err := os.ReadFile(a); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("(Ảnh: \n\nông H' -N. (Ảnh:)\n"))
	f.Add([]byte("Ông A Bb\xa0")) // a span ending before an invalid byte
	e := extract.New()
	f.Fuzz(func(t *testing.T, src []byte) {
		r := e.Extract(src)
		// Rune boundaries as decoding finds them: an invalid byte is a
		// rune of its own.
		boundary := make([]bool, len(src)+1)
		for i := 0; i < len(src); {
			boundary[i] = true
			_, size := utf8.DecodeRune(src[i:])
			i += size
		}
		boundary[len(src)] = true
		check := func(what string, m extract.Mention) {
			if m.Start < 0 || m.End > len(src) || m.Start > m.End {
				t.Fatalf("%s: span %d:%d outside input of %d bytes", what, m.Start, m.End, len(src))
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("%s: span %d:%d not on rune boundaries", what, m.Start, m.End)
			}
			if string(src[m.Start:m.End]) != m.Text {
				t.Fatalf("%s: span %d:%d holds %q, text is %q", what, m.Start, m.End, src[m.Start:m.End], m.Text)
			}
		}
		if r.Officials == nil || r.Bylines == nil || r.PhotoCredits == nil {
			t.Fatal("nil list in result")
		}
		prev := -1
		for _, o := range r.Officials {
			if o.Name == "" || len(o.Mentions) == 0 || o.Titles == nil || o.Honorifics == nil || o.Roles == nil {
				t.Fatalf("incomplete official %+v", o)
			}
			if len(o.Roles) != len(o.Titles) {
				t.Fatalf("%s: %d roles for %d titles", o.Name, len(o.Roles), len(o.Titles))
			}
			if o.Mentions[0].Start < prev {
				t.Fatalf("officials out of order at %s", o.Name)
			}
			prev = o.Mentions[0].Start
			last := -1
			for _, m := range o.Mentions {
				check("mention of "+o.Name, m)
				if m.Start < last {
					t.Fatalf("mentions of %s out of order", o.Name)
				}
				last = m.Start
			}
		}
		for _, cs := range [][]extract.Credit{r.Bylines, r.PhotoCredits} {
			last := -1
			for _, c := range cs {
				check("credit "+c.Name, c.Mention)
				if c.Start < last {
					t.Fatalf("credits out of order")
				}
				last = c.Start
			}
		}
	})
}
