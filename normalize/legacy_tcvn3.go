package normalize

import "unicode/utf8"

// TCVN3 read as Windows-1252: each TCVN3 byte 0xA1..0xFE shows as the
// Latin-1 character with the same number, and decodes through tcvn3Table.

// decodeTCVN3 converts TCVN3 text to Unicode.
func decodeTCVN3(in []byte) ([]byte, offsetMap) {
	b := newBuilder(in, len(in)/8)
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(in); {
		r, n := utf8.DecodeRune(in[i:])
		if r < 0x100 && tcvn3Table[r] != 0 {
			b.replace(i, i+n, buf[:utf8.EncodeRune(buf[:], tcvn3Table[r])])
		}
		i += n
	}
	return b.finish()
}

// tcvn3Detect returns the evidence for TCVN3 in b, or 0. Evidence is a word
// with a TCVN3 character that is no Vietnamese letter (µ, ¸, å, Ö, ...)
// that decodes to a syllable; at least two different such characters must
// occur, and the tally must pass lgTally.score.
func tcvn3Detect(b []byte, words, native int) int {
	t := tcvn3Tally(b)
	if t.distinct() < 2 {
		return 0
	}
	return t.score(words, native)
}

// tcvn3Tally reads b as TCVN3 and tallies the evidence words.
func tcvn3Tally(b []byte) lgTally {
	var t lgTally
	var w lgWord
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		i += n
		switch {
		case r < 0x100 && tcvn3Table[r] != 0:
			if lgLatin1Flags[r]&lfTCVN3Strong != 0 {
				w.mark(r)
			}
			w.add(tcvn3Table[r])
		case lgIsLetter(r):
			w.add(r)
		default:
			t.end(&w)
		}
	}
	t.end(&w)
	return t
}
