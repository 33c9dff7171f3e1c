package normalize

import (
	"strings"
	"unicode/utf8"
)

// VIQR (RFC 1456) writes each mark as an ASCII character after its vowel:
// ( breve, ^ circumflex, + or * horn, ' sắc, ` huyền, ? hỏi, ~ ngã,
// . nặng; "dd" is đ and a backslash makes the next mnemonic literal.
//
// As the RFC says, a mnemonic is a mark only directly after a vowel (or a
// vowel with its mnemonics) in a word. Beyond the RFC, which relies on the
// writer to escape, a tone mnemonic is literal when the word already has a
// tone ("gi`?" is "gì?"), and '.' or '?' is literal before the end of the
// text or line and before '.', '?' or '!', where it ends a sentence. "dd"
// is đ only at the start of a word and before a vowel ("dd/mm" stays).

// viqrMnemonics are the characters a backslash makes literal.
const viqrMnemonics = "'`?~.^(+*"

// A viqrUnit is one unit of VIQR input: a vowel with its mnemonics, "dd",
// an escaped mnemonic, or one other character.
type viqrUnit struct {
	end     int
	r       rune // the character the unit stands for
	changed bool // r differs from the input
	letter  bool // the unit is part of a word
	strong  bool // a modifier was applied or dd read
	tone    byte // the tone mnemonic applied, or 0
}

// A viqrReader reads VIQR units in order, keeping the state of the word.
type viqrReader struct {
	inWord, toned bool
}

// next reads the unit at in[i:].
func (v *viqrReader) next(in []byte, i int) viqrUnit {
	c := in[i]
	u := viqrUnit{end: i + 1, r: rune(c), letter: lgASCIILetter(c)}
	switch {
	case c == '\\' && i+1 < len(in) && strings.IndexByte(viqrMnemonics, in[i+1]) >= 0:
		u = viqrUnit{end: i + 2, r: rune(in[i+1]), changed: true}
	case v.isDD(in, i):
		u = viqrUnit{end: i + 2, r: 'đ', changed: true, letter: true, strong: true}
		if c == 'D' {
			u.r = 'Đ'
		}
	case viqrIsVowel(c):
		u = v.vowel(in, i)
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRune(in[i:])
		u = viqrUnit{end: i + n, r: r, letter: lgIsLetter(r)}
	}
	v.inWord = u.letter
	v.toned = u.letter && (v.toned || u.tone != 0)
	return u
}

// isDD reports whether in[i:] starts a word with "dd", "Dd" or "DD"
// followed by a vowel.
func (v *viqrReader) isDD(in []byte, i int) bool {
	if v.inWord || i+2 >= len(in) || !viqrIsVowel(in[i+2]) {
		return false
	}
	switch string(in[i : i+2]) {
	case "dd", "Dd", "DD":
		return true
	}
	return false
}

// vowel reads the vowel at in[i] and the mnemonics that apply to it: one
// modifier and one tone, in either order.
func (v *viqrReader) vowel(in []byte, i int) viqrUnit {
	row, upper := viqrRow(in[i])
	tone, mod := lgLevel, false
	var toneByte byte
	j := i + 1
	for ; j < len(in); j++ {
		c := in[j]
		if r, ok := viqrModify(row, c); ok && !mod {
			row, mod = r, true
			continue
		}
		if t := viqrTone(c); t != lgLevel && tone == lgLevel && !v.toned && viqrToneHere(in, j) {
			tone, toneByte = t, c
			continue
		}
		break
	}
	return viqrUnit{end: j, r: lgVowelRune(row, tone, upper), changed: j > i+1,
		letter: true, strong: mod, tone: toneByte}
}

func viqrIsVowel(c byte) bool { return strings.IndexByte("aeiouy", c|0x20) >= 0 }

// viqrRow returns the vowel row of the ASCII vowel c.
func viqrRow(c byte) (row int, upper bool) {
	switch c | 0x20 {
	case 'a':
		row = lgA
	case 'e':
		row = lgE
	case 'i':
		row = lgI
	case 'o':
		row = lgO
	case 'u':
		row = lgU
	default:
		row = lgY
	}
	return row, c < 'a'
}

// viqrModify returns the row that the modifier c makes of row.
func viqrModify(row int, c byte) (int, bool) {
	switch {
	case c == '(' && row == lgA:
		return lgAb, true
	case c == '^' && row == lgA:
		return lgAc, true
	case c == '^' && row == lgE:
		return lgEc, true
	case c == '^' && row == lgO:
		return lgOc, true
	case (c == '+' || c == '*') && row == lgO:
		return lgOh, true
	case (c == '+' || c == '*') && row == lgU:
		return lgUh, true
	}
	return row, false
}

// viqrTone returns the tone of the mnemonic c, or lgLevel.
func viqrTone(c byte) int {
	switch c {
	case '`':
		return lgGrave
	case '?':
		return lgHook
	case '~':
		return lgTilde
	case '\'':
		return lgAcute
	case '.':
		return lgDot
	}
	return lgLevel
}

// viqrToneHere reports whether the tone mnemonic at in[j] may be a tone:
// '.' and '?' may not at the end of the text or a line, or before more
// sentence punctuation.
func viqrToneHere(in []byte, j int) bool {
	if in[j] != '.' && in[j] != '?' {
		return true
	}
	if j+1 == len(in) {
		return false
	}
	switch in[j+1] {
	case '\n', '\r', '.', '?', '!':
		return false
	}
	return true
}

// decodeVIQR converts VIQR text to Unicode.
func decodeVIQR(in []byte) ([]byte, offsetMap) {
	b := newBuilder(in, 0)
	var rd viqrReader
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(in); {
		u := rd.next(in, i)
		if u.changed {
			b.replace(i, u.end, buf[:utf8.EncodeRune(buf[:], u.r)])
		}
		i = u.end
	}
	return b.finish()
}

// viqrDetect returns the evidence for VIQR in b, or 0. Evidence is a word
// that decodes to a syllable and used a modifier, dd, a tone ' ` ~, or a
// tone . ? followed by more letters ("Vie^.t", not "Hello?"). At least one
// good word must have a modifier or dd, and the tally must pass
// lgTally.score.
func viqrDetect(b []byte, words, native int) int {
	t := viqrTally(b)
	if t.strong < 1 {
		return 0
	}
	return t.score(words, native)
}

// viqrTally reads b as VIQR and tallies the evidence words.
func viqrTally(b []byte) lgTally {
	var t lgTally
	var w lgWord
	var rd viqrReader
	for i := 0; i < len(b); {
		u := rd.next(b, i)
		if !u.letter {
			t.end(&w)
			i = u.end
			continue
		}
		w.add(u.r)
		switch u.tone {
		case '\'', '`', '~':
			w.evidence = true
		case '.', '?':
			w.evidence = w.evidence || u.end < len(b) && lgASCIILetter(b[u.end])
		}
		if u.strong {
			w.evidence, w.strong = true, true
		}
		i = u.end
	}
	t.end(&w)
	return t
}
