package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps each Latin letter with diacritics in U+00C0–U+024F and
// U+1E00–U+1EFF to its base ASCII letter. It is built at init from the
// Unicode decompositions, plus Đ/đ, which do not decompose.
var foldTable = buildFoldTable()

func buildFoldTable() map[rune]byte {
	t := map[rune]byte{'Đ': 'D', 'đ': 'd', 'Ð': 'D'}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := norm.NFD.String(string(r))
			if len(d) > 1 && d[0] < utf8.RuneSelf && isASCIILetter(d[0]) {
				t[r] = d[0]
			}
		}
	}
	add(0x00c0, 0x024f)
	add(0x1e00, 0x1eff)
	return t
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// Fold removes the diacritics of s, as a search key: "Nguyễn Văn Nên" →
// "Nguyen Van Nen", "Đà Nẵng" → "Da Nang". With lower set it also folds
// case ("da nang"). s should be NFC (Normalize first when unsure); combining
// marks left in s are removed too. Fold is safe for concurrent use.
func Fold(s string, lower bool) string {
	out, _, _ := fold([]byte(s), lower)
	return string(out)
}

// fold is step 6: it maps each letter with diacritics to its base letter
// and drops combining marks, one edit per changed rune.
func fold(in []byte, lower bool) ([]byte, offsetMap, bool) {
	b := newBuilder(in, 0)
	for i := 0; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf {
			if lower && 'A' <= c && c <= 'Z' {
				b.replaceString(i, i+1, string(rune(c+'a'-'A')))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(in[i:])
		if f, ok := foldTable[r]; ok {
			if lower && 'A' <= f && f <= 'Z' {
				f += 'a' - 'A'
			}
			b.replaceString(i, i+size, string(rune(f)))
		} else if unicode.Is(unicode.Mn, r) {
			b.replaceString(i, i+size, "")
		} else if lower && unicode.IsUpper(r) {
			b.replaceString(i, i+size, string(unicode.ToLower(r)))
		}
		i += size
	}
	out, m := b.finish()
	return out, m, len(m.edits) > 0
}
