package extract

import (
	"encoding/binary"
	"slices"
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
	wf         vocabFlags // w.flags, and vfDigits or vfParen, at hand in the token
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
// vocab (nil: no lookup). It makes one pass over the text. The lower-case
// form of a token is the token itself when it has no upper case, and
// otherwise a copy in an arena of the document's (see lowerText: every
// rune keeps its length).
func tokenizeWith(toks []token, text string, vocab *vocabTable) []token {
	if toks == nil {
		toks = make([]token, 0, len(text)/4)
	}
	// Words with upper case are about a sixth of news text.
	low := lowerArena{hint: len(text)/6 + 16}
	space, newline := true, true
	for i := 0; i < len(text); {
		c := text[i]
		var (
			end     int
			kind    tokKind
			upper   bool
			changes bool       // lower-casing changes the token
			own     vocabFlags // vfDigits or vfParen
		)
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
			case akDigit:
				end = i + 1
				for end < len(text) && '0' <= text[end] && text[end] <= '9' {
					end++
				}
				kind, own = tokNum, vfDigits
			case akPunct:
				kind, end = tokPunct, i+1
				if c == '(' {
					own = vfParen
				}
			default:
				kind, upper = tokWord, c <= 'Z'
			}
		} else if startsLatinLetter(text, i) {
			kind, upper = tokWord, upperAt(text, i)
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) {
				if unicode.IsSpace(r) {
					space = true
					i += size
					continue
				}
				kind, end = tokPunct, i+size
				changes = unicode.ToLower(r) != r
			} else {
				kind, upper = tokWord, upperLetter(r)
				end, changes = scanWord(text, i)
			}
		}
		if kind == tokWord && end == 0 {
			// The common words, scanned here rather than by a call to
			// scanWord, so that the loop's values stay in registers;
			// runes the tables do not answer go to scanWord.
			end = i
		scan:
			for end < len(text) {
				switch wordBytes[text[end]] {
				case wbLower:
					end++
					continue
				case wbUpper:
					changes = true
					end++
					continue
				case wbEnd:
					break scan
				case wbLead2:
					if end+1 < len(text) && text[end+1]&0xc0 == 0x80 {
						r := rune(text[end]&0x1f)<<6 | rune(text[end+1]&0x3f)
						e := &latin2[r-0x80]
						if !e.letter {
							break scan
						}
						changes = changes || e.lower != r
						end += 2
						continue
					}
				case wbLeadE1:
					if end+2 < len(text) && text[end+1]&0xfc == 0xb8 && text[end+2]&0xc0 == 0x80 {
						changes = changes || latin1e[int(text[end+1]&3)<<6|int(text[end+2]&0x3f)].lowerDelta != 0
						end += 3
						continue
					}
				}
				e, ch := scanWord(text, end)
				end, changes = e, changes || ch
				break
			}
		}
		word := text[i:end]
		lower, w, wf := word, &vocabNone, vocabFlags(0)
		switch {
		case !changes:
			if vocab == nil || kind == tokPunct || kind == tokNum && end-i > vocab.maxDigits {
				break
			}
			if end-i > 8 || i+8 > len(text) {
				w, wf = vocab.lookup(text, i, end)
				break
			}
			// vocab.lookup written out for the common case, a word of up
			// to eight bytes found in its first slot or not there at all.
			head := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(text[i:]), 8)) & (1<<(8*(end-i)) - 1)
			k := vocab.slot(head)
			if h := vocab.heads[k]; h == head && vocab.metas[k]&vocabLong == 0 {
				m := vocab.metas[k]
				w, wf = &vocab.vocab[m>>8], vocabFlags(m)
			} else if h != 0 {
				w, wf = vocab.lookup(text, i, end)
			}
		case kind == tokPunct:
			lower = low.punct(word, r0(word))
		default:
			var k int
			lower, k = low.word(word)
			if vocab != nil {
				w, wf = vocab.lookup(low.string(), k, k+len(word))
			}
		}
		// The token is written field by field into place: copying a whole
		// token, which holds pointers, costs a bulk write barrier while
		// the GC runs.
		n := len(toks)
		if n == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		toks = toks[:n+1]
		t := &toks[n]
		t.start, t.end, t.kind = i, end, kind
		t.space, t.newline, t.upper = space, newline, upper
		t.text, t.lower, t.w, t.wf = word, lower, w, wf|own
		space, newline = false, false
		i = end
		if i < len(text) && text[i] == ' ' {
			// Most tokens are followed by one space: skip it here.
			space = true
			i++
		}
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

// Byte classes for scanWord.
const (
	wbEnd    = iota // an ASCII byte that ends a word
	wbLower         // a-z
	wbUpper         // A-Z
	wbLead2         // the lead byte of a two-byte rune
	wbLeadE1        // 0xE1: U+1000–U+1FFF, where Vietnamese letters are
	wbOther         // any other non-ASCII byte
)

var wordBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = wbLower
		case 'A' <= c && c <= 'Z':
			t[c] = wbUpper
		case 0xc2 <= c && c <= 0xdf:
			t[c] = wbLead2
		case c == 0xe1:
			t[c] = wbLeadE1
		case c >= utf8.RuneSelf:
			t[c] = wbOther
		}
	}
	return t
}()

// scanWord returns the end of the run of letters starting at i in text,
// and whether lower-casing changes it.
func scanWord(text string, i int) (end int, changes bool) {
	for i < len(text) {
		switch wordBytes[text[i]] {
		case wbLower:
			i++
			continue
		case wbUpper:
			changes = true
			i++
			continue
		case wbEnd:
			return i, changes
		case wbLead2:
			if i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
				// U+0080–U+07FF: one table load.
				r := rune(text[i]&0x1f)<<6 | rune(text[i+1]&0x3f)
				e := &latin2[r-0x80]
				if !e.letter {
					return i, changes
				}
				changes = changes || e.lower != r
				i += 2
				continue
			}
		case wbLeadE1:
			if i+2 < len(text) && text[i+1]&0xfc == 0xb8 && text[i+2]&0xc0 == 0x80 {
				// U+1E00–U+1EFF, Latin Extended Additional: all letters.
				changes = changes || latin1e[int(text[i+1]&3)<<6|int(text[i+2]&0x3f)].lowerDelta != 0
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			return i, changes
		}
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			changes = true
		}
		i += size
	}
	return i, changes
}

// lowerInto writes the lower case of the word s into dst, which holds a
// copy of s.
func lowerInto(dst []byte, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				dst[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if 0x80 <= r && r < 0x800 {
			if l := latin2[r-0x80].lower; l != r {
				utf8.EncodeRune(dst[i:], l)
			}
		} else {
			lowerRune(dst, i, r, size)
		}
		i += size
	}
}

// startsLatinLetter reports, without decoding, whether text[i:] starts
// with a letter of U+0080–U+07FF or U+1E00–U+1EFF, where the Vietnamese
// letters are.
func startsLatinLetter(text string, i int) bool {
	switch wordBytes[text[i]] {
	case wbLead2:
		return i+1 < len(text) && text[i+1]&0xc0 == 0x80 &&
			latin2[rune(text[i]&0x1f)<<6|rune(text[i+1]&0x3f)-0x80].letter
	case wbLeadE1:
		return i+2 < len(text) && text[i+1]&0xfc == 0xb8 && text[i+2]&0xc0 == 0x80
	}
	return false
}

// upperAt reports whether the letter that startsLatinLetter found at
// text[i] is upper case.
func upperAt(text string, i int) bool {
	if wordBytes[text[i]] == wbLead2 {
		return latin2[rune(text[i]&0x1f)<<6|rune(text[i+1]&0x3f)-0x80].upper
	}
	return latin1e[int(text[i+1]&3)<<6|int(text[i+2]&0x3f)].upper
}

// r0 returns the first rune of s.
func r0(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// A lowerArena holds the lower-case forms of a document's tokens that
// have upper case, side by side in one growing buffer. Its strings are
// never written once made: the buffer only grows by appending, and a
// reallocation leaves the old strings in the old array.
type lowerArena struct {
	buf  []byte
	hint int // the initial capacity
}

// word copies the word s into the arena in lower case and returns the
// copy and its offset in the arena's string.
func (a *lowerArena) word(s string) (string, int) {
	if a.buf == nil {
		a.buf = make([]byte, 0, max(a.hint, len(s)))
	}
	k := len(a.buf)
	a.buf = append(a.buf, s...)
	lowerInto(a.buf[k:], s)
	return unsafe.String(&a.buf[k], len(s)), k
}

// punct is word for a punctuation rune r that has a lower case.
func (a *lowerArena) punct(s string, r rune) string {
	k := len(a.buf)
	a.buf = append(a.buf, s...)
	lowerRune(a.buf, k, r, len(s))
	return unsafe.String(&a.buf[k], len(s))
}

// string returns the arena's bytes so far as a string.
func (a *lowerArena) string() string { return unsafe.String(unsafe.SliceData(a.buf), len(a.buf)) }

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
