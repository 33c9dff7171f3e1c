package normalize

import "strings"

// The legacy detectors accept a decoded word as evidence only when it spells
// a Vietnamese syllable: onset, vowel nucleus and coda from the tables
// below, at most one tone, and only sắc or nặng before a stop coda. The
// check is deliberately simple; it exists to tell "Thành" from "Mỹller".

// lgVowelCode is the one-byte code of each vowel row: ASCII for the plain
// vowels and digits for the modified ones, so that codes never collide
// with consonants.
const lgVowelCode = "a12e3io45u6y"

// Nucleus flags.
const (
	lgOpen   = 1 << iota // no coda may follow
	lgClosed             // a coda must follow
)

// lgNuclei maps the codes of every vowel nucleus to its flags.
var lgNuclei = lgBuildNuclei()

func lgBuildNuclei() map[string]uint8 {
	m := map[string]uint8{}
	add := func(list string, flags uint8) {
		for _, n := range strings.Fields(list) {
			m[lgCodeOf(n)] = flags
		}
	}
	add("a e ê i o ô ơ u ư y oa oe uê uy", 0)
	add("ă â iê yê uô ươ uyê oă uâ oo", lgClosed)
	add("ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu "+
		"oai oay oao oeo uây uôi ươi ươu uya uyu uơ", lgOpen)
	return m
}

// lgCodeOf returns the codes of the untoned lower-case vowels in s.
func lgCodeOf(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, lgVowelCode[lgVowelOf[r].row])
	}
	return string(b)
}

func lgIsVowelCode(c byte) bool { return strings.IndexByte(lgVowelCode, c) >= 0 }

// lgSyllable reports whether the letters rs spell one Vietnamese syllable,
// in any case.
func lgSyllable(rs []rune) bool {
	var code [8]byte
	if len(rs) == 0 || len(rs) > len(code) {
		return false
	}
	tone := 0
	for i, r := range rs {
		c, t, ok := lgLetterCode(r)
		if !ok || t != 0 && tone != 0 {
			return false
		}
		code[i], tone = c, tone+t
	}
	s := code[:len(rs)]
	on := lgOnsetLen(s)
	if on < 0 {
		return false
	}
	v := on
	for v < len(s) && lgIsVowelCode(s[v]) {
		v++
	}
	flags, ok := lgNuclei[string(s[on:v])]
	return ok && v > on && lgCodaOK(string(s[v:]), flags, tone)
}

// lgLetterCode returns the code and tone of one letter of a syllable.
func lgLetterCode(r rune) (code byte, tone int, ok bool) {
	if v, ok := lgVowelOf[r]; ok {
		return lgVowelCode[v.row], int(v.tone), true
	}
	switch {
	case r == 'đ' || r == 'Đ':
		return '0', 0, true
	case 'A' <= r && r <= 'Z':
		r += 'a' - 'A'
	}
	if r < 'a' || r > 'z' || strings.IndexByte("fjwz", byte(r)) >= 0 {
		return 0, 0, false
	}
	return byte(r), 0, true
}

// lgOnsetLen returns the length of the initial consonant of the syllable
// codes s, or -1 when s starts with no valid one.
func lgOnsetLen(s []byte) int {
	vowelAt := func(i int) bool { return i < len(s) && lgIsVowelCode(s[i]) }
	if len(s) >= 3 && string(s[:3]) == "ngh" {
		return 3
	}
	if len(s) >= 2 {
		switch string(s[:2]) {
		case "gi":
			if vowelAt(2) {
				return 2
			}
			return 1
		case "qu":
			if vowelAt(2) {
				return 2
			}
			return -1
		case "ch", "gh", "kh", "ng", "nh", "ph", "th", "tr":
			return 2
		}
	}
	switch {
	case vowelAt(0):
		return 0
	case s[0] == 'q':
		return -1
	}
	return 1
}

// lgCodaOK reports whether coda may end a syllable whose nucleus has flags
// and whose tone is tone.
func lgCodaOK(coda string, flags uint8, tone int) bool {
	switch coda {
	case "":
		return flags&lgClosed == 0
	case "m", "n", "ng", "nh":
		return flags&lgOpen == 0
	case "c", "ch", "p", "t", "k":
		return flags&lgOpen == 0 && (tone == lgAcute || tone == lgDot)
	}
	return false
}
