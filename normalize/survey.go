package normalize

import "unicode/utf8"

// A survey is what one scan of a text tells the normalizer: where clean-up
// must start, and whether the text holds invalid UTF-8 or combining marks.
// On clean text it replaces three separate scans.
type survey struct {
	cleanAt int  // needsCleanup's answer
	invalid bool // an invalid UTF-8 byte occurs (the scan stops there)
	marks   bool // a combining mark of U+0300–U+036F occurs
}

// surveyText scans in once. Its ASCII loop is the fast path.
func surveyText(in []byte) survey {
	s := survey{cleanAt: -1}
	prevSpace := false
	for i := 0; i < len(in); {
		c := in[i]
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
		if size, cand, ok := quickRune(in, i); ok {
			// The common Vietnamese letters, without decoding.
			if cand && s.cleanAt < 0 {
				s.cleanAt = backToSpace(i, prevSpace)
			}
			s.marks = s.marks || isMarkLead(c)
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
	return s
}

// quickRune checks the two-byte runes and the three-byte runes of
// U+1000–U+1FFF (where the precomposed Vietnamese letters are) at in[i]
// without decoding them: their size, whether clean-up changes them, and ok
// false for anything else (including invalid bytes), which the caller
// decodes.
func quickRune(in []byte, i int) (size int, cand, ok bool) {
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
