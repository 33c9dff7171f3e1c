package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// offIdleRef is the test the scan makes inline to pass over a candidate
// token without scanAt (offScan.scan), written with nextMayFollow, the
// same filter test as a function.
func offIdleRef(s *offScan, i int) bool {
	toks := s.d.toks
	t := &toks[i]
	w := &t.w.off
	if w.flags&(offWScanOne|offWPosMod|offWSurname) != 0 || s.lx.surnamePrefixInWord {
		return false
	}
	if s.nextMayFollow(i, w.next) {
		return false
	}
	return !(t.upper && i+1 < len(toks) && toks[i+1].text == "'")
}

// TestOffScanIdle checks that scanAt finds nothing at the candidates the
// scan passes over as idle, on the test articles and variants of them
// (upper case, lower case, words joined by apostrophes or dashes).
func TestOffScanIdle(t *testing.T) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	if len(files) == 0 {
		t.Skip("no articles")
	}
	e := New()
	idle := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s0 := string(data)
		for _, text := range []string{s0, strings.ToUpper(s0), strings.ToLower(s0),
			strings.ReplaceAll(s0, " ", "'"), strings.ReplaceAll(s0, " ", " - ")} {
			d := e.newDoc([]byte(text))
			s := newOffScan(d)
			for i := range d.toks {
				if !offCandidate(&d.toks[i]) || !offIdleRef(s, i) {
					continue
				}
				idle++
				items, listHon, subj := len(s.items), s.listHon, s.subj
				if got := s.scanAt(i); got != i+1 || len(s.items) != items || s.listHon != listHon || s.subj != subj {
					t.Fatalf("%s: token %d %q is idle, but scanAt goes on at %d with %d items (had %d)",
						f, i, d.toks[i].text, got, len(s.items), items)
				}
			}
			s.release()
			d.release()
		}
	}
	if idle == 0 {
		t.Fatal("no idle token")
	}
}
