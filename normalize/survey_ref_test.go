package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// surveyTextRef is surveyText as it was before the scan took over the fast
// pass of DetectEncoding and read its runes from surveyFlags: the
// reference that TestSurveyReference holds surveyText to, for every field
// but legacy (whose reference is lgCandidates).
func surveyTextRef(in []byte) survey {
	s := survey{cleanAt: -1, nfc: true}
	prevSpace := false
	for i := 0; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf && refPlainASCII[c] {
			prevSpace = false
			i++
			for i < len(in) && in[i] < utf8.RuneSelf && refPlainASCII[in[i]] {
				i++
			}
			continue
		}
		if c < utf8.RuneSelf {
			if s.cleanAt < 0 {
				switch {
				case c == ' ':
					if prevSpace {
						s.cleanAt = i - 1
					} else if i+1 == len(in) || in[i+1] == '\n' {
						s.cleanAt = i
					}
					prevSpace = true
				case c == '\n':
					prevSpace = false
				case c < ' ' || c == 0x7f:
					s.cleanAt = backToSpace(i, prevSpace)
				default:
					prevSpace = false
				}
			}
			i++
			continue
		}
		if size, cand, ok := refQuickRune(in, i); ok {
			// The common Vietnamese letters, without decoding.
			if cand && s.cleanAt < 0 {
				s.cleanAt = backToSpace(i, prevSpace)
			}
			s.marks = s.marks || isMarkLead(c)
			s.nfc = s.nfc && refNFCSafeAt(in, i, size)
			prevSpace = false
			i += size
			continue
		}
		r, size := utf8.DecodeRune(in[i:])
		if r == utf8.RuneError && size == 1 {
			s.invalid = true
			return s
		}
		if isMarkLead(c) {
			s.marks = true
		}
		s.nfc = s.nfc && punctNFCSafe(r) // otherwise let NFC check
		if s.cleanAt < 0 {
			if _, ok := cleanupRepl(r); ok {
				s.cleanAt = backToSpace(i, prevSpace)
			}
		}
		prevSpace = false
		i += size
	}
	if s.cleanAt < 0 {
		s.cleanAt = len(in)
	}
	s.nfc = s.nfc && !s.marks
	s.toneAt = refToneAt(in)
	return s
}

// refToneAt is the reference for survey.toneAt: the first vowel of the
// first syllable nextToneSyllable finds for Traditional, or -1.
func refToneAt(in []byte) int {
	_, v1, _ := nextToneSyllable(in, 0, Traditional)
	return v1
}

// refNFCSafe holds, for the runes refQuickRune checks (U+0080–U+07FF, then
// U+1000–U+1FFF), whether NFC leaves the rune as it is and never composes
// it with a preceding rune (quick-check Yes and a boundary before it).
// Built at init from the x/text normalization tables.
var refNFCSafe = func() (t [0x800 + 0x1000]bool) {
	set := func(r rune, k int) {
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		t[k] = norm.NFC.IsNormalString(s) && p.BoundaryBefore() && p.CCC() == 0
	}
	for r := rune(0x80); r < 0x800; r++ {
		set(r, int(r))
	}
	for r := rune(0x1000); r < 0x2000; r++ {
		set(r, int(r)-0x1000+0x800)
	}
	return t
}()

// refNFCSafeAt looks up the rune of size 2 or 3 at in[i] in refNFCSafe.
func refNFCSafeAt(in []byte, i, size int) bool {
	if size == 2 {
		return refNFCSafe[int(in[i]&0x1f)<<6|int(in[i+1]&0x3f)]
	}
	r := int(in[i]&0x0f)<<12 | int(in[i+1]&0x3f)<<6 | int(in[i+2]&0x3f)
	return refNFCSafe[r-0x1000+0x800]
}

// refPlainASCII marks the ASCII bytes that need no attention in a survey:
// all but space, line feed and the controls.
var refPlainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := ' ' + 1; c < 0x7f; c++ {
		t[c] = true
	}
	return t
}()

// refQuickRune checks the two-byte runes and the three-byte runes of
// U+1000–U+1FFF (where the precomposed Vietnamese letters are) at in[i]
// without decoding them: their size, whether clean-up changes them, and ok
// false for anything else (including invalid bytes), which the caller
// decodes.
func refQuickRune(in []byte, i int) (size int, cand, ok bool) {
	c := in[i]
	switch {
	case 0xc2 <= c && c <= 0xdf:
		if i+1 >= len(in) || in[i+1]&0xc0 != 0x80 {
			return 0, false, false
		}
		d := in[i+1]
		switch c {
		case 0xc2: // U+0080–U+00BF: C1 controls, NBSP, soft hyphen
			cand = d <= 0xa0 || d == 0xad
		case 0xc3: // U+00D0 Ð, U+00F0 ð
			cand = d == 0x90 || d == 0xb0
		}
		return 2, cand, true
	case c == 0xe1:
		if i+2 >= len(in) || in[i+1]&0xc0 != 0x80 || in[i+2]&0xc0 != 0x80 {
			return 0, false, false
		}
		return 3, in[i+1] == 0x9a && in[i+2] == 0x80, true // U+1680
	}
	return 0, false, false
}
