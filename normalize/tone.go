package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tone placement (step 5) moves the tone mark of the open syllables whose
// rhyme is exactly oa, oe or uy between the two vowels: traditional "hòa",
// "khỏe", "thủy" against modern "hoà", "khoẻ", "thuỷ". Nothing else moves:
// not syllables with a final consonant or a third vowel ("hoàng", "khuya",
// "ngoài"), not the u of the initial qu ("quý", "quà") nor the i of gi, and
// not letter runs that are not a Vietnamese syllable of exactly that shape.
//
// A syllable is a maximal run of letters. Combining marks count as part of
// the run, so a run holding one is never a candidate: NFC Vietnamese has
// none, and a stray mark may belong to either vowel.

// PlaceTones returns s with the tone marks of the open syllables with the
// rhymes oa, oe and uy put where t says: on the first vowel for Traditional
// ("hoà" → "hòa", "Thành uỷ" → "Thành ủy"), on the second for Modern ("hòa"
// → "hoà"). Each letter keeps its case ("HOÀ" → "HÒA"); every other byte of
// s is returned unchanged, and KeepTone returns s itself.
//
// s should be NFC (String and Normalize produce it): syllables written with
// combining marks are left as they are. Invalid UTF-8 is passed through.
// PlaceTones does not allocate when nothing moves. It is safe for
// concurrent use.
func PlaceTones(s string, t Tone) string {
	if _, _, end := nextToneSyllable(s, 0, t); end < 0 {
		return s
	}
	out, _, _ := placeTones([]byte(s), t)
	return string(out)
}

// placeTones is step 5. Its input is valid NFC UTF-8. It makes one edit per
// changed syllable, replacing the whole syllable.
func placeTones(in []byte, t Tone) ([]byte, offsetMap, bool) { return placeTonesFrom(in, 0, t) }

// placeTonesFrom is placeTones when no syllable whose tone mark moves
// starts before from (its first vowel is at from or after).
func placeTonesFrom(in []byte, from int, t Tone) ([]byte, offsetMap, bool) {
	start, v1, end := nextToneSyllable(in, from, t)
	if end < 0 {
		return in, offsetMap{}, false
	}
	// A modern form can be a byte longer: "ũy" → "uỹ", "õe" → "oẽ".
	b := newBuilder(in, 16+len(in)/32)
	var buf [32]byte
	for end >= 0 {
		b.replace(start, end, moveTone(buf[:0], in[start:end], v1-start))
		start, v1, end = nextToneSyllable(in, end, t)
	}
	out, m := b.finish()
	return out, m, true
}

// moveTone appends syl, an open syllable whose last two runes are the
// vowels of oa, oe or uy starting at byte v1, with its tone mark moved to
// the other vowel.
func moveTone(dst, syl []byte, v1 int) []byte {
	r1, n1 := utf8.DecodeRune(syl[v1:])
	r2, _ := utf8.DecodeRune(syl[v1+n1:])
	a, b := toneOf(r1), toneOf(r2)
	tone := a.tone | b.tone // exactly one is non-zero
	dst = append(dst, syl[:v1]...)
	dst = utf8.AppendRune(dst, withTone[a.base][tone-a.tone])
	return utf8.AppendRune(dst, withTone[b.base][tone-b.tone])
}

// The tones, in the order of toneMarks.
const (
	noTone uint8 = iota
	toneGrave
	toneAcute
	toneHook
	toneTilde
	toneDot
)

// toneMarks are the combining marks of the five tones, huyền, sắc, hỏi,
// ngã and nặng, indexed by tone-1.
var toneMarks = [...]rune{'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}

// toneVowels are the vowels of the rhymes oa, oe and uy.
const toneVowels = "aeouyAEOUY"

// A tonedVowel is one of toneVowels with a tone, as its ASCII base letter
// and its tone (noTone for a rune that is none of them).
type tonedVowel struct {
	base byte
	tone uint8
}

var (
	// withTone[c][t] is the NFC rune of the vowel c (one of toneVowels)
	// with tone t; withTone[c][noTone] is c.
	withTone [utf8.RuneSelf][toneDot + 1]rune
	// tonedLatin1 and tonedLatinExt hold the tonedVowel of the toned vowels
	// in U+00C0–U+017F and U+1EA0–U+1EFF, where NFC puts all of them.
	tonedLatin1   [0x180 - 0xc0]tonedVowel
	tonedLatinExt [0x1f00 - 0x1ea0]tonedVowel
)

func init() {
	for _, c := range toneVowels {
		withTone[c][noTone] = c
		for i, mark := range toneMarks {
			s := norm.NFC.String(string([]rune{c, mark}))
			r, n := utf8.DecodeRuneInString(s)
			if n != len(s) {
				panic("normalize: " + s + " does not compose")
			}
			tone := uint8(i) + 1
			withTone[c][tone] = r
			v := tonedVowel{byte(c), tone}
			switch {
			case 0xc0 <= r && r < 0x180:
				tonedLatin1[r-0xc0] = v
			case 0x1ea0 <= r && r < 0x1f00:
				tonedLatinExt[r-0x1ea0] = v
			default:
				panic("normalize: " + s + " out of the tone tables")
			}
		}
	}
}

// toneOf returns the base and tone of r when r is one of toneVowels, with
// or without a tone; otherwise its tone is noTone and its base 0.
func toneOf(r rune) tonedVowel {
	switch {
	case r < utf8.RuneSelf:
		if withTone[r][noTone] != 0 {
			return tonedVowel{base: byte(r)}
		}
	case 0xc0 <= r && r < 0x180:
		return tonedLatin1[r-0xc0]
	case 0x1ea0 <= r && r < 0x1f00:
		return tonedLatinExt[r-0x1ea0]
	}
	return tonedVowel{}
}

// lowerASCII returns the lower case of an ASCII letter.
func lowerASCII(c byte) byte { return c | 0x20 }

// isRhyme reports whether the vowels v1 and v2 (ASCII, either case) form
// oa, oe or uy.
func isRhyme(v1, v2 byte) bool {
	switch lowerASCII(v1) {
	case 'o':
		v2 = lowerASCII(v2)
		return v2 == 'a' || v2 == 'e'
	case 'u':
		return lowerASCII(v2) == 'y'
	}
	return false
}

// textBytes is the input of the scanners, which serve both PlaceTones and
// placeTones without copying.
type textBytes interface{ string | []byte }

// Scan classes of ASCII bytes: the first vowels of the rhymes, which only
// a modern form has untoned before a toned second vowel, and the second
// vowels, which only a traditional form has untoned after a toned first.
var (
	isFirstVowel  = [256]bool{'o': true, 'O': true, 'u': true, 'U': true}
	isSecondVowel = [256]bool{'a': true, 'A': true, 'e': true, 'E': true, 'y': true, 'Y': true}
)

// nextToneSyllable finds the first syllable at or after from whose tone
// mark must move for t. It returns the syllable's span [start, end) and the
// offset v1 of its first vowel, or end < 0 when there is none.
//
// It looks at every byte once: a modern form holds an untoned ASCII o or u
// followed by a non-ASCII rune, a traditional form a non-ASCII rune followed
// by an untoned ASCII a, e or y. Only at those does it decode runes.
func nextToneSyllable[S textBytes](s S, from int, t Tone) (start, v1, end int) {
	switch t {
	case Traditional:
		// Find modern forms: the mark is on the second vowel.
		for i := from; ; i++ {
			if i = nextFirstVowel(s, i); i+1 >= len(s) {
				break
			}
			r, n := tnDecodeRune(s, i+1)
			if v := toneOf(r); v.tone != noTone && isRhyme(s[i], v.base) {
				if start, end := toneSyllable(s, i, i+1+n); end >= 0 {
					return start, i, end
				}
			}
		}
	case Modern:
		// Find traditional forms: the mark is on the first vowel.
		for i := from + 1; i < len(s); i++ {
			if !isSecondVowel[s[i]] || s[i-1] < utf8.RuneSelf {
				continue
			}
			r, n := tnDecodeLastRune(s, i)
			if i-n < from {
				continue
			}
			if v := toneOf(r); v.tone != noTone && isRhyme(v.base, s[i]) {
				if start, end := toneSyllable(s, i-n, i+1); end >= 0 {
					return start, i - n, end
				}
			}
		}
	}
	return -1, -1, -1
}

// nextFirstVowel returns the first i ≥ from where s[i] is o or u (either
// case) and s[i+1] is not ASCII: where a modern form may start. It looks
// at eight bytes at a time; len(s) if there is none.
func nextFirstVowel[S textBytes](s S, from int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := from
	for ; i+9 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		low := x | 0x20*ones // 'O' → 'o', 'U' → 'u'; no other byte becomes either
		vowels := zeroBytes(low^'o'*ones) | zeroBytes(low^'u'*ones)
		nextHigh := (x>>8 | uint64(s[i+8])<<56) & highs
		if vowels&nextHigh != 0 {
			break
		}
	}
	for ; i+1 < len(s); i++ {
		if isFirstVowel[s[i]] && s[i+1] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// zeroBytes returns 0x80 in each byte of x that is zero, 0 in the others.
func zeroBytes(x uint64) uint64 {
	const lows = 0x7f7f7f7f7f7f7f7f
	return ^((x&lows + lows) | x | lows)
}

// toneSyllable checks that the rhyme vowels at s[v1:v2] make a whole
// syllable with the letters before them: nothing follows in the same letter
// run and what precedes is a valid initial other than qu and gi. It returns
// the syllable's span, or end < 0.
func toneSyllable[S textBytes](s S, v1, v2 int) (start, end int) {
	if v2 < len(s) {
		if r, _ := tnDecodeRune(s, v2); isWordRune(r) {
			return -1, -1
		}
	}
	// The initial: at most three letters, all consonants.
	var onset [8]byte
	n := 0
	start = v1
	for start > 0 {
		r, size := tnDecodeLastRune(s, start)
		if !isWordRune(r) {
			break
		}
		if n+size > len(onset) {
			return -1, -1
		}
		start -= size
		n += size
	}
	for i := 0; i < n; i++ {
		c := s[start+i]
		if c < utf8.RuneSelf {
			c = lowerASCII(c)
		} else if c == 0xc4 && i+1 < n && (s[start+i+1] == 0x90 || s[start+i+1] == 0x91) {
			// Đ (U+0110) or đ (U+0111): keep đ.
			onset[i], onset[i+1] = 0xc4, 0x91
			i++
			continue
		}
		onset[i] = c
	}
	if !isToneInitial(string(onset[:n])) {
		return -1, -1
	}
	return start, v2
}

// isToneInitial reports whether the lower-case onset is an initial
// consonant that can precede the rhymes oa, oe and uy with the tone mark on
// one of their vowels. It excludes qu and gi, whose u and i belong to the
// consonant, and k, gh and ngh, which are spelled only before i, e and ê.
func isToneInitial(onset string) bool {
	switch onset {
	case "", "b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh",
		"p", "ph", "r", "s", "t", "th", "tr", "v", "x":
		return true
	}
	return false
}

// isWordRune reports whether r continues a letter run: a letter, or a
// combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.M, r)
}

// tnDecodeRune is utf8.DecodeRune for s[i:].
func tnDecodeRune[S textBytes](s S, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	var b [utf8.UTFMax]byte
	n := copy(b[:], s[i:])
	return utf8.DecodeRune(b[:n])
}

// tnDecodeLastRune is utf8.DecodeLastRune for s[:j].
func tnDecodeLastRune[S textBytes](s S, j int) (rune, int) {
	if c := s[j-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	i := j - 1
	for i > 0 && i > j-utf8.UTFMax && !utf8.RuneStart(s[i]) {
		i--
	}
	r, n := tnDecodeRune(s, i)
	if i+n != j {
		return utf8.RuneError, 1
	}
	return r, n
}
