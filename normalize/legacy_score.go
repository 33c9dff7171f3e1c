package normalize

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// The detectors read a text word by word the way an encoding would decode
// it, and keep a tally: a word that the decoding changed in a way typical
// of the encoding is evidence, good when the decoded word is a Vietnamese
// syllable and bad when it is not.

// A lgWord collects the decoded letters of one word.
type lgWord struct {
	r        [8]rune
	n        int       // letters seen, may exceed len(r)
	evidence bool      // the decoding changed something typical
	strong   bool      // VIQR: a modifier or dd was applied
	marks    [4]uint64 // the Latin-1 runes that gave evidence, as a set
}

func (w *lgWord) add(r rune) {
	if w.n < len(w.r) {
		w.r[w.n] = r
	}
	w.n++
}

// mark records evidence given by the rune r.
func (w *lgWord) mark(r rune) {
	w.evidence = true
	if 0 <= r && r < 256 {
		w.marks[r>>6] |= 1 << (r & 63)
	}
}

// A lgTally counts the evidence words of one reading of a text.
type lgTally struct {
	good, bad int
	strong    int       // good words with a VIQR modifier or dd
	marks     [4]uint64 // the runes that gave evidence in good words
}

// end scores the word w, if it holds evidence, and resets it. Words of one
// letter say nothing either way.
func (t *lgTally) end(w *lgWord) {
	if w.evidence && w.n >= 2 {
		if w.n <= len(w.r) && lgSyllable(w.r[:w.n]) {
			t.good++
			if w.strong {
				t.strong++
			}
			for i, m := range w.marks {
				t.marks[i] |= m
			}
		} else {
			t.bad++
		}
	}
	*w = lgWord{}
}

// distinct returns how many different runes gave evidence in good words.
func (t *lgTally) distinct() int {
	n := 0
	for _, m := range t.marks {
		n += bits.OnesCount64(m)
	}
	return n
}

// score returns the number of good words when they clearly carry the text:
// at least two, at least twice the bad ones, at least a fifth of all
// words, and at least four times the words written in Unicode Vietnamese
// (which the decoding would damage). Otherwise it returns 0.
func (t *lgTally) score(words, native int) int {
	if t.good < 2 || t.good < 2*t.bad || 5*t.good < words || t.good < 4*native {
		return 0
	}
	return t.good
}

// lgCountWords counts the whitespace-separated words of b that hold two
// letters or more, and among them those with a letter only Unicode
// Vietnamese has.
func lgCountWords(b []byte) (words, native int) {
	letters, nat := 0, false
	for i := 0; i <= len(b); {
		r, n := rune(' '), 1
		if i < len(b) {
			r, n = rune(b[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRune(b[i:])
			}
		}
		i += n
		if unicode.IsSpace(r) {
			if letters >= 2 {
				words++
				if nat {
					native++
				}
			}
			letters, nat = 0, false
			continue
		}
		if lgIsLetter(r) {
			letters++
		}
		nat = nat || lgIsNative(r)
	}
	return words, native
}

func lgASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// lgIsLetter reports whether r can be part of a word: a letter or a
// combining mark.
func lgIsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return lgASCIILetter(byte(r))
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
