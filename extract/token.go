package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	space      bool // white space precedes the token
	newline    bool // a line break precedes the token
	upper      bool // the first letter is upper case
}

// tokenize splits normalized text into tokens.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4)
	space, newline := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t':
			space = true
			i++
			continue
		case c == '\n' || c == '\r':
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
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) {
				t.kind, t.end = tokPunct, i+size
				if unicode.IsSpace(r) {
					space = true
					i += size
					continue
				}
				break
			}
			t.kind, t.end = tokWord, wordEnd(text, i)
		}
		t.text = text[t.start:t.end]
		t.lower = t.text
		if t.kind == tokWord {
			t.lower, t.upper = lowerWord(t.text)
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

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

// lowerWord returns w in lower case, without allocating when it already
// is, and whether its first letter is upper case.
func lowerWord(w string) (string, bool) {
	hasUpper := false
	first := true
	firstUpper := false
	for i := 0; i < len(w); {
		c := w[i]
		var up bool
		size := 1
		if c < utf8.RuneSelf {
			up = 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(w[i:])
			up = unicode.IsUpper(r)
		}
		if first {
			firstUpper, first = up, false
		}
		hasUpper = hasUpper || up
		i += size
	}
	if !hasUpper {
		return w, false
	}
	return strings.ToLower(w), firstUpper
}
