package normalize

import "unicode/utf8"

// VNI-Windows read as Windows-1252: a base letter followed by a mark
// character ("aø" for "à", "oá" for "ố"), and a few letters of their own
// ("ñ" for "đ", "ö" for "ư"), all from vniTable.

// vniAt reads the VNI letter at in[i:]. It returns its end (0 when no VNI
// letter starts there), the letter, the rune that carries the evidence
// (the mark, or the letter of its own) and whether that is strong: no
// spelling that Unicode Vietnamese also has.
func vniAt(in []byte, i int) (end int, letter, key rune, strong bool) {
	r, n := utf8.DecodeRune(in[i:])
	f := lgFlags(r)
	if f&lfVNIBase != 0 {
		m, n2 := utf8.DecodeRune(in[i+n:])
		if lgFlags(m)&lfVNIMark != 0 {
			if l, ok := vniTable.pairs[[2]rune{r, m}]; ok {
				return i + n + n2, l, m, vniStrongPair(r, m)
			}
		}
	}
	if r >= 0x80 {
		if l, ok := vniTable.singles[r]; ok {
			return i + n, l, r, f&lfVNISingle != 0
		}
	}
	return 0, 0, 0, false
}

// vniStrongPair reports whether base followed by mark is a VNI pair that
// clean Unicode Vietnamese does not also spell: "oà", "oá" and "oã" are
// common in Unicode ("hoàng", "hoá", "hoãn").
func vniStrongPair(base, mark rune) bool {
	if _, ok := vniTable.pairs[[2]rune{base, mark}]; !ok {
		return false
	}
	if base == 'o' || base == 'O' {
		switch mark {
		case 'à', 'á', 'ã', 'À', 'Á', 'Ã':
			return false
		}
	}
	return true
}

// decodeVNI converts VNI text to Unicode.
func decodeVNI(in []byte) ([]byte, offsetMap) {
	b := newBuilder(in, 0)
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(in); {
		if end, l, _, _ := vniAt(in, i); end > 0 {
			b.replace(i, end, buf[:utf8.EncodeRune(buf[:], l)])
			i = end
			continue
		}
		_, n := utf8.DecodeRune(in[i:])
		i += n
	}
	return b.finish()
}

// vniDetect returns the evidence for VNI in b, or 0: words with a strong
// VNI spelling that decode to a syllable, from at least two different
// marks, passing lgTally.score.
func vniDetect(b []byte, words, native int) int {
	t := vniTally(b)
	if t.distinct() < 2 {
		return 0
	}
	return t.score(words, native)
}

// vniTally reads b as VNI and tallies the evidence words.
func vniTally(b []byte) lgTally {
	var t lgTally
	var w lgWord
	for i := 0; i < len(b); {
		if end, l, key, strong := vniAt(b, i); end > 0 {
			if strong {
				w.mark(key)
			}
			w.add(l)
			i = end
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		i += n
		if lgIsLetter(r) {
			w.add(r)
		} else {
			t.end(&w)
		}
	}
	t.end(&w)
	return t
}
