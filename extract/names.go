package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Person names.
//
// A name is a run of units, each a capitalized word: "Nguyễn", "Hồ",
// "Hải"; a word with glued hyphenated parts, as the Vietnamese
// transliterations of foreign names are written ("Xác-cô-di",
// "Pu-tin", "Hang-seo"), but for a part that starts a title, which ends
// the name ("Nguyễn Thành Công-Ủy viên ..."); an apostrophe prefix glued to a word ("H'Liên");
// or an initial with its dot ("N.", "V."). A Vietnamese name has two to
// four units and starts with a family name from surnames.txt; a foreign
// one is recognised by its units (one that is not a Vietnamese syllable,
// a hyphen, an initial) or by the country named just before it.

// offNameMax bounds the units of a name: four, a fifth for an Ê Đê
// name, and the longer runs of capitalized words an organization is
// carved from.
const offNameMax = 9

// offName is a person's name found in the text: tokens, with flags for
// its units. It holds no pointers and is small, since the scanner tries a
// name at every capitalized word: the lower case of a unit is its
// token's (offScan.unitLower), or, for a unit of several tokens, found
// once and kept in offScan.multi.
type offName struct {
	start, end int               // tokens
	n          int               // number of units
	unitStart  [offNameMax]int32 // the first token of each unit
	foreign    bool              // a unit is not a Vietnamese syllable, is hyphenated or an initial

	// Bit i of each mask is about unit i, found once by nameAt.
	multi   uint16 // the unit has several tokens: "H'Liên", "Xác-cô-di", "N."
	sur     uint16 // a family name (offLexicon.isSurname)
	mid     uint16 // a middle name (offLexicon.middles)
	nonViet uint16 // not a Vietnamese syllable (offVietSyllable)
	place   uint16 // may start a key of offLexicon.placeNames
}

// isSur reports whether unit i is a family name.
func (n *offName) isSur(i int) bool { return n.sur>>i&1 != 0 }

// unitLower returns unit i of n in lower case.
func (s *offScan) unitLower(n *offName, i int) string {
	k := n.unitStart[i]
	if n.multi>>i&1 != 0 {
		return s.multi[k].lower
	}
	return s.d.toks[k].lower
}

// last returns the last unit of n in lower case; n must have units.
func (s *offScan) last(n *offName) string { return s.unitLower(n, n.n-1) }

// text returns the name as one string, units separated by one space: the
// normalized text, whose spaces are single.
func (n *offName) text(d *doc) string {
	s := d.normText(n.start, n.end)
	size := n.n - 1
	for i := 0; i < n.n; i++ {
		size += d.toks[n.unitEnd(i)-1].end - d.toks[n.unitStart[i]].start
	}
	if len(s) == size {
		return s
	}
	var b strings.Builder
	for i := 0; i < n.n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.normText(int(n.unitStart[i]), n.unitEnd(i)))
	}
	return b.String()
}

// unitEnd returns the end token of unit i.
func (n *offName) unitEnd(i int) int {
	if i+1 < n.n {
		return int(n.unitStart[i+1])
	}
	return n.end
}

// appendKey appends the name n in lower case, units separated by one
// space, to dst. Looking a map up with string(s.appendKey(buf[:0], n))
// does not allocate.
func (s *offScan) appendKey(dst []byte, n *offName) []byte {
	for i := 0; i < n.n; i++ {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, s.unitLower(n, i)...)
	}
	return dst
}

// sub returns the name made of units [a, b).
func (n *offName) sub(a, b int) offName {
	m := offName{start: int(n.unitStart[a]), n: b - a}
	copy(m.unitStart[:], n.unitStart[a:b])
	if b < n.n {
		m.end = int(n.unitStart[b])
	} else {
		m.end = n.end
	}
	keep := uint16(1)<<(b-a) - 1
	m.multi, m.sur, m.mid, m.nonViet, m.place = n.multi>>a&keep, n.sur>>a&keep, n.mid>>a&keep, n.nonViet>>a&keep, n.place>>a&keep
	m.foreign = m.nonViet != 0
	return m
}

// ede reports whether the name n starts with an Ê Đê or Gia Rai gender
// marker ("Y", "H'..."), names that may have one more unit ("Y Thanh Hà
// Niê Kđăm").
func (s *offScan) ede(n *offName) bool {
	if n.n == 0 {
		return false
	}
	low := s.unitLower(n, 0)
	return low == "y" || strings.HasPrefix(low, "h'")
}

// isAllCaps reports whether w has two or more letters, all upper case:
// an abbreviation ("UBND", "TP"), never a unit of a name.
func isAllCaps(w string) bool {
	// Most words are told at once by their second byte, a lower-case
	// ASCII letter ("Nguyễn", "Bộ"): then the second rune is not upper
	// case, or the first is not valid.
	if len(w) > 1 && w[1]-'a' < 26 {
		return false
	}
	return allCaps(w)
}

// allCaps is isAllCaps past its first test.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	// Most words are told at their second letter, in lower case: the
	// answer is false when the second rune is not upper case, and when
	// the first one is not valid.
	i := 1
	switch c := w[0]; {
	case c >= 0xf0:
		i = 4
	case c >= 0xe0:
		i = 3
	case c >= 0xc0:
		i = 2
	}
	if i >= len(w) {
		return false // one rune, or not valid
	}
	switch c := w[i]; {
	case c < utf8.RuneSelf:
		if c < 'A' || c > 'Z' {
			return false
		}
	case c >= 0xc2 && c <= 0xdf && i+1 < len(w) && w[i+1]&0xc0 == 0x80:
		if r := rune(c&0x1f)<<6 | rune(w[i+1]&0x3f); offUpper2[r>>6]>>(r&63)&1 == 0 {
			return false
		}
	case c == 0xe1 && i+2 < len(w) && w[i+1]&0xfe == 0xba && w[i+2]&0xc0 == 0x80:
		// U+1E80–U+1EFF: the Vietnamese letters of U+1EA0–U+1EF9 are
		// lower case at odd code points.
		if r := 0x1000 | rune(w[i+1]&0x3f)<<6 | rune(w[i+2]&0x3f); r >= 0x1ea0 && r <= 0x1ef9 && r&1 != 0 {
			return false
		}
	}
	n := 0
	for i := 0; i < len(w); n++ {
		c := w[i]
		if c < utf8.RuneSelf {
			if c < 'A' || c > 'Z' {
				return false
			}
			i++
			continue
		}
		if c >= 0xc2 && c <= 0xdf && i+1 < len(w) && w[i+1]&0xc0 == 0x80 {
			// U+0080–U+07FF: one table load.
			r := rune(c&0x1f)<<6 | rune(w[i+1]&0x3f)
			if offUpper2[r>>6]>>(r&63)&1 == 0 {
				return false
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if !offIsUpper(r) {
			return false
		}
		i += size
	}
	return n >= 2
}

// offUpper2 holds the upper-case runes of U+0000–U+07FF as bits.
var offUpper2 = func() (b [0x800 / 64]uint64) {
	for r := rune(0); r < 0x800; r++ {
		if unicode.IsUpper(r) {
			b[r>>6] |= 1 << (r & 63)
		}
	}
	return b
}()

// offIsUpper is unicode.IsUpper, answering the Vietnamese letters of
// U+1EA0–U+1EF9 (even code points are upper case) without the tables.
func offIsUpper(r rune) bool {
	if 0x1ea0 <= r && r <= 0x1ef9 {
		return r&1 == 0
	}
	return unicode.IsUpper(r)
}

// unitAt returns the end of the name unit starting at token k, or k when
// none starts there. foreign is set for hyphenated units and initials.
func (s *offScan) unitAt(k int) (end int, foreign bool) {
	toks := s.d.toks
	if k >= len(toks) {
		return k, false
	}
	t := &toks[k]
	if t.kind != tokWord || !t.upper || s.skip[k] || s.d.isTaken(k) || isAllCaps(t.text) {
		return k, false
	}
	end = k + 1
	if end+1 >= len(toks) || toks[end].space {
		return end, false // a word alone, the usual unit
	}
	// An initial: one capital letter and a dot, then a space and a word.
	if offOneRune(t.text) && toks[end].text == "." &&
		toks[end+1].space && !toks[end+1].newline &&
		toks[end+1].kind == tokWord && toks[end+1].upper {
		return end + 1, true
	}
	// An apostrophe prefix: H'Liên.
	if (toks[end].text == "'" || toks[end].text == "’") &&
		toks[end+1].kind == tokWord && !toks[end+1].space && toks[end+1].upper {
		end += 2
	}
	// Glued hyphenated parts: Xác-cô-di. A capitalized word that starts
	// an honorific, a position or an organization ends the name there:
	// "Nguyễn Thành Công-Ủy viên Trung ương Đảng" is a name glued to its
	// title by a hyphen standing for a dash.
	for end+1 < len(toks) && toks[end].text == "-" && !toks[end].space &&
		toks[end+1].kind == tokWord && !toks[end+1].space && !s.gluedTitleAt(end+1) {
		end += 2
		foreign = true
	}
	return end, foreign
}

// offOneRune reports whether w is one rune.
func offOneRune(w string) bool {
	if len(w) == 0 || len(w) > utf8.UTFMax {
		return false
	}
	_, size := utf8.DecodeRuneInString(w)
	return size == len(w)
}

// gluedTitleAt reports whether token k, glued by a hyphen to the word
// before it, is a capitalized word that starts an honorific, a position
// or an organization head: the hyphen then ends a name and stands for a
// dash ("Hoàng Văn Nghiệm-Ủy viên Ban Thường vụ"). The lower-case
// syllables of a transliteration ("Pu-tin", "Xác-cô-di") never do.
func (s *offScan) gluedTitleAt(k int) bool {
	if k >= len(s.d.toks) || !s.d.toks[k].upper || isAllCaps(s.d.toks[k].text) {
		return false
	}
	lx := s.lx
	if e, idx := s.match(&lx.honorifics, k); e > k && !(lx.honorificLow[idx] && e == k+1) {
		return true
	}
	if _, _, ok := s.positionAt(k); ok {
		return true
	}
	e, _ := s.match(&lx.orgs, k)
	return e > k
}

// nameAt parses a name of at most max units starting at token k. It stops
// before a word that starts an honorific, a position or an organization,
// so "Nguyễn Văn Nên Bí thư" gives "Nguyễn Văn Nên". It returns a name
// with no units when none starts at k. It does not allocate, but for the
// lower case of a unit of several tokens (a hyphenated or apostrophed
// unit).
func (s *offScan) nameAt(k, max int) offName {
	n := offName{start: k, end: k}
	toks := s.d.toks
	max = min(max, offNameMax)
	for n.n < max || n.n == max && max < offNameMax && s.ede(&n) {
		if n.n > 0 && (n.end >= len(toks) || toks[n.end].newline || !toks[n.end].space) {
			break
		}
		e, f := s.unitAt(n.end)
		if e == n.end || n.n > 0 && toks[n.end].w.off.first&s.lx.titleWordBits != 0 && s.startsTitleWord(n.end) {
			break
		}
		s.unitFlags(&n, e)
		if f {
			n.foreign = true
		}
		n.unitStart[n.n] = int32(n.end)
		n.n++
		n.end = e
	}
	return n
}

// unitFlags sets the flags of the unit of n starting at token n.end and
// ending at e: from the token's vocabulary entry for a unit of one token,
// from the lexicon's tables for the others (hyphenated and apostrophed
// units, initials), whose lower case is built once (multiUnit).
func (s *offScan) unitFlags(n *offName, e int) {
	bit := uint16(1) << n.n
	if e > n.end+1 {
		m := s.multiUnit(n.end, e)
		n.multi |= bit
		if m.sur {
			n.sur |= bit
		}
		if m.mid {
			n.mid |= bit
		}
		n.place |= bit // unknown: isPlaceName looks the key up
		if m.nonViet {
			n.nonViet |= bit
			n.foreign = true
		}
		return
	}
	t := &s.d.toks[n.end]
	f := t.w.off.flags
	if f&offWSurname != 0 || s.lx.surnamePrefixInWord && s.lx.isSurname(t.lower) {
		n.sur |= bit
	}
	if f&offWMiddle != 0 {
		n.mid |= bit
	}
	if f&offWPlaceFirst != 0 {
		n.place |= bit
	}
	if f&offWSyllable != 0 && f&offWViet == 0 || f&offWSyllable == 0 && !offVietSyllable(t.lower) {
		n.nonViet |= bit
		n.foreign = true
	}
}

// offMultiUnit is what the lexicons know of a unit of several tokens.
type offMultiUnit struct {
	lower             string
	end               int32 // the unit's end token
	sur, mid, nonViet bool
}

// multiUnit returns the lower case and the flags of the unit of tokens
// [k, e), found the first time it is asked for. (A unit that starts at k
// ends at e whenever it is parsed; the lower case of unitLower is that
// of the last unit made at k.)
func (s *offScan) multiUnit(k, e int) offMultiUnit {
	if m, ok := s.multi[int32(k)]; ok && int(m.end) == e {
		return m
	}
	low := strings.ToLower(s.d.normText(k, e))
	lx := s.lx
	m := offMultiUnit{lower: low, end: int32(e), sur: lx.isSurname(low), mid: lx.middles[low], nonViet: !offVietSyllable(low)}
	if s.multi == nil {
		s.multi = map[int32]offMultiUnit{}
	}
	s.multi[int32(k)] = m
	return m
}

// startsTitleWord reports whether token k starts an honorific, a
// position or an organization head of two words or more: where a name
// must end. A one-word honorific written in lower case ("anh") does not
// end a name when capitalized ("Nguyễn Tuấn Anh").
func (s *offScan) startsTitleWord(k int) bool {
	lx := s.lx
	if k >= len(s.d.toks) {
		return false
	}
	w := &s.d.toks[k].w.off
	if w.first&lx.titleWordBits == 0 {
		return false
	}
	if e, idx := s.match(&lx.honorifics, k); e > k && !(lx.honorificLow[idx] && s.d.toks[k].upper && e == k+1) {
		return true
	}
	if !s.nextMayFollow(k, w.title) {
		return false // no position or head of two words or more
	}
	if e, _ := s.match(&lx.positions, k); e > k+1 {
		return true
	}
	if e, _ := s.match(&lx.orgs, k); e > k+1 {
		return true
	}
	return false
}

// isSurname reports whether a unit, in lower case, starts a Vietnamese
// name.
func (l *offLexicon) isSurname(low string) bool {
	if l.surnames[low] {
		return true
	}
	for _, p := range l.surnamePrefixes {
		if strings.HasPrefix(low, p) && len(low) > len(p) {
			return true
		}
	}
	return false
}

// isPlaceName reports whether the name is that of a province, a city or
// a country ("Hồ Chí Minh", "Hà Nội"), never a person's.
func (s *offScan) isPlaceName(n *offName) bool {
	if n.place&1 == 0 {
		return false // no key starts with its first unit
	}
	var buf [64]byte
	return s.lx.placeNames[string(s.appendKey(buf[:0], n))]
}

// validFull reports whether n is a person's full name: two to four
// units, starting with a family name, or foreign when foreignOK.
func (s *offScan) validFull(n *offName, foreignOK bool) bool {
	if n.n < 2 || n.n > 4 && !(n.n == 5 && s.ede(n)) || s.isPlaceName(n) {
		return false
	}
	if n.isSur(0) {
		return true
	}
	return foreignOK && n.foreign
}

// offVowels are the Vietnamese vowel letters with every tone mark, lower
// case.
const offVowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"

// offVowelSet holds the runes of offVowels, below U+1F00, as bits.
var offVowelSet = func() (b [0x1f00 / 64]uint64) {
	for _, r := range offVowels {
		b[r>>6] |= 1 << (r & 63)
	}
	return b
}()

// offIsVowel reports whether r is one of offVowels.
func offIsVowel(r rune) bool {
	return r >= 0 && r < 0x1f00 && offVowelSet[r>>6]>>(r&63)&1 != 0
}

// offASCIIVowel holds the ASCII vowels of offVowels.
var offASCIIVowel = func() (t [utf8.RuneSelf]bool) {
	for _, r := range offVowels {
		if r < utf8.RuneSelf {
			t[r] = true
		}
	}
	return t
}()

// offVowelLen returns the length of the vowel of offVowels that w starts
// with, or 0. The vowels are one, two or three bytes long (U+1EA0–U+1EF9),
// decoded here without utf8.
func offVowelLen(w string) int {
	if w == "" {
		return 0
	}
	c := w[0]
	var r rune
	size := 0
	switch {
	case c < utf8.RuneSelf:
		r, size = rune(c), 1
	case c >= 0xc2 && c <= 0xdf && len(w) >= 2 && w[1]&0xc0 == 0x80:
		r, size = rune(c&0x1f)<<6|rune(w[1]&0x3f), 2
	case c == 0xe1 && len(w) >= 3 && w[1]&0xc0 == 0x80 && w[2]&0xc0 == 0x80:
		r, size = 0x1000|rune(w[1]&0x3f)<<6|rune(w[2]&0x3f), 3
	default:
		return 0
	}
	if offIsVowel(r) {
		return size
	}
	return 0
}

// offVietSyllable reports whether w, in lower case, has the shape of one
// Vietnamese syllable: an initial consonant (offInitial), one to three
// vowels, a final consonant (offFinal). Foreign names ("putin",
// "kishida", "blinken") do not.
//
// The initial is the run of letters before the first vowel, or "gi" or
// "qu", whose second letter is a vowel ("gì" is g + ì, "gia" gi + a).
func offVietSyllable(w string) bool {
	if w == "" || len(w) > 24 {
		return false
	}
	// The initials are at most three bytes: look for the first vowel
	// among the first four bytes only.
	c := 0
	for c < len(w) && c <= 3 {
		if b := w[c]; b < utf8.RuneSelf {
			if offASCIIVowel[b] {
				break
			}
			c++
			continue
		}
		if offVowelLen(w[c:]) != 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(w[c:])
		c += size
	}
	if c <= 3 && offInitial(w[:c]) && offRhyme(w[c:]) {
		return true
	}
	return len(w) >= 2 && (w[:2] == "gi" || w[:2] == "qu") && offRhyme(w[2:])
}

// offInitial reports whether w is the initial consonant of a Vietnamese
// syllable, perhaps none.
func offInitial(w string) bool {
	switch w {
	case "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "":
		return true
	}
	return false
}

// offRhyme reports whether w is one to three vowels and a final
// consonant, perhaps none.
func offRhyme(w string) bool {
	nv := 0
	for w != "" && nv < 4 {
		size := 1
		if b := w[0]; b >= utf8.RuneSelf {
			size = offVowelLen(w)
		} else if !offASCIIVowel[b] {
			size = 0
		}
		if size == 0 {
			break
		}
		w = w[size:]
		nv++
	}
	if nv == 0 || nv > 3 {
		return false
	}
	switch w {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}
