package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
)

// TestCntStartsLayout checks that a cntStarts fills one cache line, as
// its layout assumes.
func TestCntStartsLayout(t *testing.T) {
	if n := unsafe.Sizeof(cntStarts{}); n != 64 {
		t.Errorf("cntStarts is %d bytes, want 64", n)
	}
}

// cntRefPhraseAt is cntPhraseAt as the lexicon files define it: the words
// compared as text.
func cntRefPhraseAt(d *doc, i int, p *cntPhrase) bool {
	if i+len(p.words) > len(d.toks) {
		return false
	}
	for k := 1; k < len(p.words); k++ {
		t := &d.toks[i+k]
		if t.lower != p.words[k] || d.isTaken(i+k) || t.space != p.space[k] || t.newline {
			return false
		}
	}
	return true
}

// cntRefMatch is cntLexicon.match without the vocabulary: the phrases
// looked up by the token's text (a phrase whose first token the
// vocabulary does not know, a mark, never matches).
func cntRefMatch(lex *cntLexicon, d *doc, i int) (*cntPhrase, int) {
	if i < 0 || i >= len(d.toks) || d.isTaken(i) || d.toks[i].w == &vocabNone {
		return nil, i
	}
	for _, p := range lex.byFirst[d.toks[i].lower] {
		if cntRefPhraseAt(d, i, p) {
			return p, i + len(p.words)
		}
	}
	return nil, i
}

// cntRefMatchEndingAt is cntLexicon.matchEndingAt without the
// vocabulary.
func cntRefMatchEndingAt(lex *cntLexicon, d *doc, j int) (*cntPhrase, int) {
	var best *cntPhrase
	start := j
	if j <= 0 || j > len(d.toks) {
		return nil, j
	}
	for n := 1; n <= 4 && j-n >= 0; n++ {
		i := j - n
		if d.isTaken(i) {
			break
		}
		if d.toks[i].w == &vocabNone {
			continue
		}
		for _, p := range lex.byFirst[d.toks[i].lower] {
			if len(p.words) == n && cntRefPhraseAt(d, i, p) {
				best, start = p, i
				break
			}
		}
	}
	return best, start
}

// TestCntMatchers checks the matchers of the counts lexicons, which use
// the vocabulary (its bits, phrase lists and word entries), against
// matching by text, at every token of the test articles and evaluation
// texts, with no token taken and with those the dates and officials
// extractors take.
func TestCntMatchers(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	more, _ := filepath.Glob("../../shared/eval/dev/*.txt")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no texts")
	}
	cntResolveWords()
	e := New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{string(b), strings.ToLower(string(b))} {
			d := e.newDoc([]byte(text))
			for pass := 0; pass < 2; pass++ {
				if pass == 1 {
					e.dates(d)
					e.officials(d)
				}
				for _, lex := range vocabCntLexicons() {
					for i := 0; i <= len(d.toks); i++ {
						p, k := lex.match(d, i)
						rp, rk := cntRefMatch(lex, d, i)
						if p != rp || k != rk {
							t.Fatalf("%s: lexicon %d, match at token %d (%q): %v %d, want %v %d", f, lex.vi, i, d.lower(i), p, k, rp, rk)
						}
						p, k = lex.matchEndingAt(d, i)
						rp, rk = cntRefMatchEndingAt(lex, d, i)
						if p != rp || k != rk {
							t.Fatalf("%s: lexicon %d, matchEndingAt token %d (%q): %v %d, want %v %d", f, lex.vi, i, d.lower(i-1), p, k, rp, rk)
						}
					}
				}
			}
			d.release()
		}
	}
}

// TestCntRangeWords checks that the words between the ends of a range
// are flagged in the vocabulary, and no other word of a range's text.
func TestCntRangeWords(t *testing.T) {
	d := New().newDoc([]byte("từ 50 đến 60 người, 3 tới 5 tấn, 7-8 ngày"))
	defer d.release()
	for _, tk := range d.toks {
		want := tk.lower == "đến" || tk.lower == "tới"
		if tk.w.cnt.rangeTo != want {
			t.Errorf("%q: rangeTo = %v, want %v", tk.text, tk.w.cnt.rangeTo, want)
		}
	}
}
