package normalize

import "unicode/utf8"

// Candidate bits: which legacy readings a text may need.
const (
	lgCandMojibake = 1 << iota
	lgCandVIQR
	lgCandTCVN3
	lgCandVNI
)

// DetectEncoding reports the legacy encoding or mojibake that b, which
// should be valid UTF-8, is written in, or UTF8 for clean Unicode text.
//
// One fast pass looks for characters that only damaged or legacy text has
// (a UTF-8 lead character such as "Ã" or "á" directly followed by a
// Windows-1252 continuation character; a TCVN3 character that is no
// Vietnamese letter, such as µ or ¸, next to a letter; a VNI base letter
// with a mark that Unicode never spells, such as "aø"; a VIQR mnemonic
// after a vowel, or "dd"). Clean text has none and returns there, without
// allocating. Otherwise each candidate reading is scored word by word: a
// word is evidence when the reading changes it the way the encoding would
// and turns it into a Vietnamese syllable, and counts against the reading
// when the result is not a syllable. A reading wins only with at least two
// good words, twice as many good as bad ones, good words in at least a
// fifth of all words and four times as many as words already in Unicode
// Vietnamese; TCVN3 and VNI also need two different evidence characters
// and VIQR one word with a modifier or dd. Mojibake needs two repaired
// characters, one of them without guessing that a space was a no-break
// space, and four times fewer words in Unicode Vietnamese. A single odd
// character or sequence never decides. The best-scoring reading wins.
//
// DetectEncoding is safe for concurrent use.
func DetectEncoding(b []byte) Encoding { return lgDetect(b, lgCandidates(b)) }

// lgDetect is DetectEncoding when lgCandidates(b) is known to be mask: it
// scores the candidate readings.
func lgDetect(b []byte, mask uint8) Encoding {
	if mask == 0 {
		return UTF8
	}
	words, native := lgCountWords(b)
	if 4*native > words {
		// Readings other than mojibake need four times as many good words
		// as native ones, and good words are words.
		mask &= lgCandMojibake
	}
	best, score := UTF8, 0
	if mask&lgCandMojibake != 0 {
		if s := mojibakeDetect(b, native); s > score {
			best, score = Mojibake, s
		}
	}
	if mask&lgCandVNI != 0 {
		if s := vniDetect(b, words, native); s > score {
			best, score = VNI, s
		}
	}
	if mask&lgCandTCVN3 != 0 {
		if s := tcvn3Detect(b, words, native); s > score {
			best, score = TCVN3, s
		}
	}
	if mask&lgCandVIQR != 0 {
		if s := viqrDetect(b, words, native); s > score {
			best = VIQR
		}
	}
	return best
}

// lgCandidates makes the fast pass of DetectEncoding and returns the
// candidate bits of the readings worth scoring. surveyText computes the
// same bits in its scan; this is the plain version, and the reference
// for that one.
func lgCandidates(b []byte) uint8 {
	var mask uint8
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < utf8.RuneSelf {
			if lgASCIIMaybe[c] {
				mask |= viqrCandidate(b, i)
			}
			continue
		}
		switch c {
		case 0xE1: // U+1000..U+1FFF: Vietnamese letters, never a candidate
			i += 2
			continue
		case 0xCC, 0xCD: // combining marks
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		mask |= lgRuneCandidate(b, i, r, n)
		i += n - 1
	}
	return mask
}

// lgASCIIMaybe marks the ASCII bytes that can start VIQR evidence.
var lgASCIIMaybe = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte(viqrMnemonics + "dD") {
		t[c] = true
	}
	return t
}()

// lgPrev returns the rune before b[i].
func lgPrev(b []byte, i int) rune {
	if i == 0 {
		return ' '
	}
	if b[i-1] < utf8.RuneSelf {
		return rune(b[i-1])
	}
	r, _ := utf8.DecodeLastRune(b[:i])
	return r
}

// viqrCandidate returns lgCandVIQR if the ASCII byte b[i] may be VIQR: a
// mnemonic after a vowel (. and ? only inside a word) or a word starting
// with dd and a vowel.
func viqrCandidate(b []byte, i int) uint8 {
	c, prev := b[i], lgPrev(b, i)
	switch {
	case c == 'd' || c == 'D':
		if !lgIsLetter(prev) && i+2 < len(b) && b[i+1]|0x20 == 'd' && viqrIsVowel(b[i+2]) {
			return lgCandVIQR
		}
	case prev >= utf8.RuneSelf || !viqrIsVowel(byte(prev)):
	case c == '.' || c == '?':
		if i+1 < len(b) && lgASCIILetter(b[i+1]) {
			return lgCandVIQR
		}
	case c != '\\':
		return lgCandVIQR
	}
	return 0
}

// lgRuneCandidate returns the candidate bits that the non-ASCII rune r of
// n bytes at b[i] raises.
func lgRuneCandidate(b []byte, i int, r rune, n int) uint8 {
	var mask uint8
	f := lgFlags(r)
	if c, ok := mojibakeByte(r); ok && 0x80 <= c && c <= 0xBF && lgFlags(lgPrev(b, i))&lfMojiLead != 0 {
		mask |= lgCandMojibake
	}
	if f&lfTCVN3Strong != 0 && (tcvn3Wordy(lgPrev(b, i)) || i+n < len(b) && tcvn3Wordy(lgFirstRune(b[i+n:]))) {
		mask |= lgCandTCVN3
	}
	if f&lfVNISingle != 0 {
		mask |= lgCandVNI
	} else if f&lfVNIMark != 0 {
		if prev := lgPrev(b, i); lgFlags(prev)&lfVNIBase != 0 && vniStrongPair(prev, r) {
			mask |= lgCandVNI
		}
	}
	return mask
}

// tcvn3Wordy reports whether r can stand in a TCVN3 word.
func tcvn3Wordy(r rune) bool {
	return r < utf8.RuneSelf && lgASCIILetter(byte(r)) || 0 <= r && r < 0x100 && tcvn3Table[r] != 0
}

func lgFirstRune(b []byte) rune {
	if b[0] < utf8.RuneSelf {
		return rune(b[0])
	}
	r, _ := utf8.DecodeRune(b)
	return r
}
