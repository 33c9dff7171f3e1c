package extract

import (
	"strings"
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

// tokenize splits normalized text into tokens. Its tokens are not looked
// up in the vocabulary (their w is vocabNone): the lexicon loaders, which
// the vocabulary is built from, use it.
func tokenize(text string) []token { return tokenizeWith(nil, text, nil) }

// tokenizeInto is tokenize appending to toks, with every word and digit
// run looked up in the vocabulary.
func tokenizeInto(toks []token, text string) []token {
	return tokenizeWith(toks, text, vocabulary())
}

// tokenizeWith is tokenize appending to toks and looking words up in
// vocab (nil: no lookup). It makes one pass over the text, lower-casing
// a copy of it as it goes (see lowerText: every rune keeps its length, so
// offsets into text are offsets into the copy); the lower-case forms of
// the tokens are slices of that copy.
func tokenizeWith(toks []token, text string, vocab *vocabTable) []token {
	if toks == nil {
		toks = make([]token, 0, len(text)/4)
	}
	if len(text) == 0 {
		return toks
	}
	buf := []byte(text)
	low := unsafe.String(&buf[0], len(buf)) // buf is written before low is read
	space, newline := true, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiKinds[c] {
			case akSpace:
				space = true
				i++
				continue
			case akNewline:
				space, newline = true, true
				i++
				continue
			}
		}
		t := token{start: i, space: space, newline: newline, w: &vocabNone}
		space, newline = false, false
		if c < utf8.RuneSelf {
			switch asciiKinds[c] {
			case akDigit:
				j := i + 1
				for j < len(text) && '0' <= text[j] && text[j] <= '9' {
					j++
				}
				t.kind, t.end = tokNum, j
			case akPunct:
				t.kind, t.end = tokPunct, i+1
			default:
				t.kind, t.end = tokWord, lowerWord(text, buf, i)
				t.upper = c <= 'Z'
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) {
				if unicode.IsSpace(r) {
					space = true
					i += size
					continue
				}
				lowerRune(buf, i, r, size)
				t.kind, t.end = tokPunct, i+size
			} else {
				t.kind, t.end = tokWord, lowerWord(text, buf, i)
				t.upper = upperLetter(r)
			}
		}
		t.text = text[t.start:t.end]
		t.lower = low[t.start:t.end]
		if t.kind != tokPunct && vocab != nil {
			t.w = vocab.lookup(buf, t.start, t.end)
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

// The kinds of ASCII bytes for the tokenizer.
const (
	akPunct = iota
	akSpace
	akNewline
	akDigit
	akLetter
)

var asciiKinds = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\t':
			t[c] = akSpace
		case c == '\n' || c == '\r':
			t[c] = akNewline
		case '0' <= c && c <= '9':
			t[c] = akDigit
		case isASCIILetter(byte(c)):
			t[c] = akLetter
		}
	}
	return t
}()

// lowerWord returns the end of the run of letters starting at i in text,
// lower-casing it in buf, which holds a copy of text.
func lowerWord(text string, buf []byte, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				buf[i] = c + 'a' - 'A'
			default:
				return i
			}
			i++
			continue
		}
		if 0xc2 <= c && c <= 0xdf && i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
			// U+0080–U+07FF: one table load.
			r := rune(c&0x1f)<<6 | rune(text[i+1]&0x3f)
			e := latin2[r-0x80]
			if !e.letter {
				return i
			}
			if e.lower != r {
				buf[i], buf[i+1] = byte(0xc0|e.lower>>6), byte(0x80|e.lower&0x3f)
			}
			i += 2
			continue
		}
		if c == 0xe1 && i+2 < len(text) && text[i+1]&0xfc == 0xb8 && text[i+2]&0xc0 == 0x80 {
			// U+1E00–U+1EFF, Latin Extended Additional: all letters.
			buf[i+2] += latin1e[int(text[i+1]&3)<<6|int(text[i+2]&0x3f)].lowerDelta
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			return i
		}
		lowerRune(buf, i, r, size)
		i += size
	}
	return i
}

// A latin2Entry is what the tokenizer needs of a rune of U+0080–U+07FF.
type latin2Entry struct {
	lower  rune // its lower case, or itself when that has another length
	letter bool // isLetter
	upper  bool // unicode.IsUpper
}

// A latin1eEntry is what the tokenizer needs of a rune of U+1E00–U+1EFF
// (all letters): its lower case is the rune plus lowerDelta, which changes
// only the last byte (0 when it has another length or is itself).
type latin1eEntry struct {
	lowerDelta byte
	upper      bool
}

var latin1e = func() (t [0x100]latin1eEntry) {
	for r := rune(0x1e00); r < 0x1f00; r++ {
		l := unicode.ToLower(r)
		e := latin1eEntry{upper: unicode.IsUpper(r)}
		if l != r && utf8.RuneLen(l) == 3 && l>>6 == r>>6 {
			e.lowerDelta = byte(l - r)
		}
		t[r-0x1e00] = e
	}
	return t
}()

// upperLetter reports whether the letter r is upper case, from the tables
// for the Latin letters.
func upperLetter(r rune) bool {
	switch {
	case 0x80 <= r && r < 0x800:
		return latin2[r-0x80].upper
	case 0x1e00 <= r && r < 0x1f00:
		return latin1e[r-0x1e00].upper
	}
	return unicode.IsUpper(r)
}

// latin2 holds the runes U+0080–U+07FF (the two-byte runes: Latin,
// combining marks, Greek, Cyrillic...), built at init from isLetter and
// unicode.ToLower.
var latin2 = func() (t [0x800 - 0x80]latin2Entry) {
	for r := rune(0x80); r < 0x800; r++ {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != 2 {
			l = r
		}
		t[r-0x80] = latin2Entry{lower: l, letter: isLetter(r), upper: unicode.IsUpper(r)}
	}
	return t
}()

// lowerRune writes the lower case of the rune r of size bytes at buf[i]
// when it has the same length. The Vietnamese letters of U+1EA0–U+1EF9
// are answered without the Unicode tables: even code points are upper
// case.
func lowerRune(buf []byte, i int, r rune, size int) {
	if r >= 0x1ea0 && r <= 0x1ef9 {
		if r&1 == 0 {
			buf[i+2]++
		}
		return
	}
	if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
		utf8.EncodeRune(buf[i:], l)
	}
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

// lowerText returns text in lower case with every rune's byte length kept
// (a rune whose lower case has another length, such as U+0130, stays as
// it is), so offsets into text are offsets into the result. Vietnamese
// letters all keep their length.
func lowerText(text string) string {
	var b strings.Builder
	for _, t := range tokenize(text) {
		b.WriteString(text[b.Len():t.start])
		b.WriteString(t.lower)
	}
	b.WriteString(text[b.Len():])
	return b.String()
}
