package extract

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tokWord  tokKind = iota // a run of letters: "Thành", "ủy", "TP", "h"
	tokNum                  // a run of ASCII digits: "20", "2021"
	tokPunct                // one other rune: "/", ",", "–", "(", "%"
)

// A token is a word, a digit run or one punctuation rune of the normalized
// text. Tokens never contain spaces; space and line breaks before a token
// are flags on it, so "05-CT/TW" is five tokens with no space between.
type token struct {
	start, end int    // byte offsets in the normalized text
	text       string // the token as normalized (NFC, traditional tones)
	lower      string // text in lower case
	kind       tokKind
	space      bool       // white space precedes the token
	newline    bool       // a line break precedes the token
	upper      bool       // the first letter is upper case
	w          *vocabWord // what the lexicons know of lower; never nil
}

// tokenize splits normalized text into tokens. Lower-case forms are
// slices of one lower-cased copy of the text, made once. Its tokens are
// not looked up in the vocabulary: the lexicon loaders, which the
// vocabulary is built from, use it.
func tokenize(text string) []token { return tokenizeWith(nil, text, nil) }

// tokenizeInto is tokenize appending to toks, with every word and digit
// run looked up in the vocabulary.
func tokenizeInto(toks []token, text string) []token {
	return tokenizeWith(toks, text, vocabulary())
}

// tokenizeWith is tokenize appending to toks, looking words up in vocab
// (nil: no lookup).
func tokenizeWith(toks []token, text string, vocab map[string]*vocabWord) []token {
	low := lowerText(text)
	if toks == nil {
		toks = make([]token, 0, len(text)/4)
	}
	space, newline := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch c {
		case ' ', '\t':
			space = true
			i++
			continue
		case '\n', '\r':
			space, newline = true, true
			i++
			continue
		}
		t := token{start: i, space: space, newline: newline}
		space, newline = false, false
		switch {
		case '0' <= c && c <= '9':
			j := i + 1
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				j++
			}
			t.kind, t.end = tokNum, j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			t.kind, t.end = tokPunct, i+1
		case c < utf8.RuneSelf:
			t.kind, t.end = tokWord, wordEnd(text, i)
			t.upper = 'A' <= c && c <= 'Z'
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) {
				if unicode.IsSpace(r) {
					space = true
					i += size
					continue
				}
				t.kind, t.end = tokPunct, i+size
				break
			}
			t.kind, t.end = tokWord, wordEnd(text, i)
			t.upper = unicode.IsUpper(r)
		}
		t.text = text[t.start:t.end]
		t.lower = low[t.start:t.end]
		t.w = &vocabNone
		if t.kind != tokPunct && vocab != nil {
			t.w = lookupWord(vocab, t.lower)
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isLetter reports whether r belongs in a word: a letter or a combining
// mark. The Latin blocks Vietnamese uses are answered without the Unicode
// tables.
func isLetter(r rune) bool {
	switch {
	case r >= 0xc0 && r <= 0x24f:
		return r != 0xd7 && r != 0xf7
	case r >= 0x1e00 && r <= 0x1eff:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the run of letters starting at i.
func wordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			return i
		}
		i += size
	}
	return i
}

// lowerText returns text in lower case with every rune's byte length kept
// (a rune whose lower case has another length, such as U+0130, stays as
// it is), so offsets into text are offsets into the result. Vietnamese
// letters all keep their length. It returns text itself when it has no
// upper case.
func lowerText(text string) string {
	var b []byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(text)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		if c == 0xc3 && i+1 < len(text) { // U+00C0–U+00DE → U+00E0–U+00FE
			if d := text[i+1]; d >= 0x80 && d <= 0x9e && d != 0x97 {
				if b == nil {
					b = []byte(text)
				}
				b[i+1] = d + 0x20
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= 0x1ea0 && r <= 0x1ef9 { // Vietnamese letters: upper case even
			if r&1 == 0 {
				if b == nil {
					b = []byte(text)
				}
				b[i+2]++
			}
			i += size
			continue
		}
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			if b == nil {
				b = []byte(text)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	if b == nil {
		return text
	}
	return unsafe.String(&b[0], len(b)) // b is never written again
}
