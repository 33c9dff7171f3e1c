package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A survey is what one scan of a text tells the normalizer: where clean-up
// must start, whether the text holds invalid UTF-8 or combining marks, and
// which legacy readings DetectEncoding would score. On clean text it
// replaces four separate scans.
type survey struct {
	cleanAt int  // needsCleanup's answer
	invalid bool // an invalid UTF-8 byte occurs; then the rest is unspecified
	marks   bool // a combining mark of U+0300–U+036F occurs
	// nfc reports that the text is certainly NFC: every rune is ASCII or
	// one that NFC keeps and that never combines with what precedes it
	// (see nfcSafeRune), and no combining mark occurs. Then the NFC step
	// has nothing to check.
	nfc bool
	// legacy holds the candidate bits of the fast pass of DetectEncoding
	// (lgCandidates' answer) when the text is valid; 0 means the text is
	// clean Unicode to DetectEncoding.
	legacy uint8
	// toneAt is, on valid text, the offset of the first vowel of the first
	// syllable whose tone mark the Traditional placement moves (the v1 of
	// nextToneSyllable(in, 0, Traditional)), or -1 when there is none: then
	// the tone step has nothing to do on this text.
	toneAt int
}

// Flags of a rune in surveyTab.flags.
const (
	sfUnsafe  = 1 << iota // not nfcSafeRune: the NFC step must look at it
	sfMark                // a combining mark of U+0300–U+036F
	sfClean               // clean-up changes the rune (cleanupRepl)
	sfLegacy              // lgRuneCandidate may raise a candidate bit
	sfVNIMark             // lgRuneCandidate may raise one after a VNI base letter
	sfToneAE              // a or e with a tone: a modern oa or oe after o
	sfToneY               // y with a tone: a modern uy after u
)

// surveyTables holds the tables of the survey, in one place so that its
// loop reaches them all from one register.
type surveyTables struct {
	flags [0x2000]uint8        // see makeSurveyFlags
	ascii [utf8.RuneSelf]uint8 // see makeSurveyASCII
	next  [256]uint8           // see makeSurveyNext
	prev  [256]uint8           // see makeSurveyPrev
	lead  [256]surveyLeadByte  // see makeSurveyLead
}

// A surveyLeadByte is what the survey's loop knows of a lead byte: the
// size of its runes (0 for those it leaves to survey.step) in the top two
// bits, and the base of their index in surveyTables.flags in the others.
type surveyLeadByte uint16

const leadSizeShift = 14

var surveyTab = &surveyTables{
	flags: makeSurveyFlags(),
	ascii: makeSurveyASCII(),
	next:  makeSurveyNext(),
	prev:  makeSurveyPrev(),
	lead:  makeSurveyLead(),
}

// makeSurveyFlags makes surveyTab.flags: the flags of the runes the survey
// reads without decoding: the two-byte runes U+0080–U+07FF at their own
// number, then the three-byte runes U+1000–U+1FFF (where the precomposed
// Vietnamese letters are) from 0x800. Built at init from nfcSafeRune,
// cleanupRepl, lgFlags and mojibakeByte. sfLegacy and sfVNIMark stay off
// where lgCandidates never looks: U+0300–U+036F and U+1000–U+1FFF. (The
// last 2K entries are unused: a power of two lets the loop index it without
// a bounds check.) sfToneAE and sfToneY mark a, e and y with a tone
// (either case), from toneMarks.
func makeSurveyFlags() (t [0x2000]uint8) {
	set := func(r rune, k int) {
		if !nfcSafeRune(r) {
			t[k] |= sfUnsafe
		}
		if _, ok := cleanupRepl(r); ok {
			t[k] |= sfClean
		}
	}
	for r := rune(0x80); r < 0x800; r++ {
		set(r, int(r))
		if isMarkLead(utf8.AppendRune(nil, r)[0]) {
			t[r] |= sfMark
			continue
		}
		f := lgFlags(r)
		c, moji := mojibakeByte(r)
		switch {
		case f&(lfTCVN3Strong|lfVNISingle) != 0 || moji && 0x80 <= c && c <= 0xBF:
			t[r] |= sfLegacy
		case f&lfVNIMark != 0:
			t[r] |= sfVNIMark
		}
	}
	for r := rune(0x1000); r < 0x2000; r++ {
		set(r, int(r)-0x1000+0x800)
	}
	for _, c := range "aeyAEY" {
		bit := uint8(sfToneAE)
		if c|0x20 == 'y' {
			bit = sfToneY
		}
		for _, mark := range toneMarks {
			r, _ := utf8.DecodeRuneInString(norm.NFC.String(string([]rune{c, mark})))
			k := int(r)
			if r >= 0x1000 {
				k = int(r) - 0x1000 + 0x800
			}
			t[k] |= bit
		}
	}
	return t
}

// makeSurveyASCII makes surveyTab.ascii, which classes the ASCII bytes that
// may need attention in a survey, one bit each; the others (consonants,
// digits, punctuation and the line feed) are 0. Whether they do depends on
// the byte after them (see makeSurveyNext).
func makeSurveyASCII() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ':
			t[c] = saSpace
		case c < ' ' && c != '\n' || c == 0x7f:
			t[c] = saControl
		case c == 'd' || c == 'D':
			t[c] = saD
		case viqrIsVowel(byte(c)):
			t[c] = saVowel
		}
	}
	return t
}

// Classes of surveyTab.ascii.
const (
	saSpace   = 1 << iota // needs clean-up before white space, a control or the end
	saControl             // clean-up changes it
	saD                   // may start VIQR "dd"
	saVowel               // may carry a VIQR mnemonic
)

// makeSurveyNext makes surveyTab.next: for each byte, the classes of
// surveyTab.ascii that need attention when the byte follows them (0 stands
// for the end of the text): a space before white space or a control, a
// control always, d before d, a vowel before a VIQR mnemonic.
func makeSurveyNext() (t [256]uint8) {
	for b := range t {
		t[b] = saControl
		if b <= ' ' {
			t[b] |= saSpace
		}
		if b|0x20 == 'd' {
			t[b] |= saD
		}
		if strings.IndexByte(viqrMnemonics, byte(b)) >= 0 {
			t[b] |= saVowel
		}
	}
	return t
}

// makeSurveyLead makes surveyTab.lead: for the lead bytes of the runes in
// surveyTab.flags (the two-byte leads 0xC2–0xDF, and 0xE1), the size of
// their runes and a base: the index of a rune in surveyTab.flags is the
// base plus the low six bits of each of its last two bytes, as a 12-bit
// number. Other bytes have size 0.
func makeSurveyLead() (t [256]surveyLeadByte) {
	for c := 0xc2; c <= 0xdf; c++ {
		t[c] = 2 << leadSizeShift
	}
	t[0xe1] = 3<<leadSizeShift | 0x800
	return t
}

// makeSurveyPrev makes surveyTab.prev: sfVNIMark for the bytes that may end
// a VNI base letter (the ASCII ones, and any non-ASCII byte), 0 for the
// others: a VNI mark needs attention only after them. It holds sfToneAE for
// o and sfToneY for u (either case): a toned vowel after them may end a
// modern oa, oe or uy.
func makeSurveyPrev() (t [256]uint8) {
	for b := range t {
		if b >= utf8.RuneSelf || lgLatin1Flags[b]&lfVNIBase != 0 {
			t[b] = sfVNIMark
		}
	}
	t['o'] |= sfToneAE
	t['O'] |= sfToneAE
	t['u'] |= sfToneY
	t['U'] |= sfToneY
	return t
}

// sfInvalid is the flag survey.step returns for an invalid byte.
const sfInvalid = 1 << 7

// surveyText scans in once. Its loop, surveyPlain, reads an ASCII byte
// with two table loads (its class and that of the byte after it), and a
// two-byte rune or a Vietnamese letter with one load of its flags, without
// branching on its size or validity (the continuation bytes are checked
// all at once at the end); it stops at what needs attention, rare in clean
// text, which survey.step reads the slow way. The first rune, the last two
// bytes, and runes outside surveyTab.flags are read by survey.step too.
func surveyText(in []byte) survey {
	s := survey{cleanAt: -1, toneAt: -1}
	var seen uint8 // the union of the flags of the runes read
	var bad byte   // the union of the continuation bytes read, less 0x80
	for i := 0; i < len(in); {
		size, f := s.step(in, i)
		seen |= f
		j, f, b := surveyPlain(surveyTab, in, i+size)
		seen |= f
		bad |= b
		i = j
	}
	s.invalid = seen&sfInvalid != 0 || bad&0xc0 != 0
	if s.cleanAt < 0 {
		s.cleanAt = len(in)
	}
	s.marks = seen&sfMark != 0
	s.nfc = seen&(sfUnsafe|sfMark) == 0
	return s
}

// surveyPlain reads in from i > 0 while nothing needs attention, and
// returns where it stopped: at a rune that needs attention or is not in
// t.flags, within the last two bytes, or at len(in). It returns the union
// of the flags of the runes it read, and of their continuation bytes less
// 0x80. It calls nothing, so that its loop keeps its state in registers.
func surveyPlain(t *surveyTables, in []byte, i int) (stop int, seen, bad uint8) {
	_ = t.ascii[0] // one nil check, out of the loop
	// j is where the window w starts: the byte before the rune at i.
	j := i - 1
	if j < 0 {
		j = 0
	}
	for end := len(in) - 3; j < end; j++ {
		w := (*[4]byte)(in[j:]) // the byte before the rune, the rune, and the lookahead
		c := w[1]
		if c < utf8.RuneSelf {
			if t.ascii[c]&t.next[w[2]] != 0 {
				break
			}
			// Most ASCII bytes are followed by another: read it too.
			if d := w[2]; d < utf8.RuneSelf {
				if t.ascii[d]&t.next[w[3]] != 0 {
					j++
					break
				}
				j++
			}
			continue
		}
		lead := t.lead[c]
		n := int(lead >> leadSizeShift)
		x, y := w[(n-1)&3], w[n&3] // its last two bytes (&3 spares a bounds check)
		f := t.flags[(int(lead)+int(x&0x3f)<<6|int(y&0x3f))&(len(t.flags)-1)]
		if n == 0 || f&(sfClean|sfLegacy|t.prev[w[0]]) != 0 {
			break
		}
		bad |= (w[2] ^ 0x80) | (y ^ 0x80)
		seen |= f
		j += n - 1
	}
	return max(i, min(j+1, len(in))), seen, bad
}

// step reads the rune at in[i] the slow way, handling whatever needs
// attention, and returns its size and flags (sfInvalid for an invalid
// byte).
func (s *survey) step(in []byte, i int) (size int, f uint8) {
	c := in[i]
	if c < utf8.RuneSelf {
		next := byte(0)
		if i+1 < len(in) {
			next = in[i+1]
		}
		if k := surveyTab.ascii[c]; k&surveyTab.next[next] != 0 {
			s.ascii(in, i, k)
		}
		return 1, 0
	}
	r, size := utf8.DecodeRune(in[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return 1, sfInvalid
	case r < 0x800:
		f = surveyTab.flags[r]
	case 0x1000 <= r && r < 0x2000:
		f = surveyTab.flags[r-0x1000+0x800]
	default:
		return size, s.other(in, i, r, size)
	}
	if f&(sfClean|sfLegacy|sfVNIMark|sfToneAE|sfToneY) != 0 {
		s.rune(in, i, size, f)
	}
	return size, f
}

// clean records that clean-up must start at in[i] (or at a space before
// it), unless an earlier place was found.
func (s *survey) clean(in []byte, i int) {
	if s.cleanAt < 0 {
		s.cleanAt = backToSpace(i, i > 0 && in[i-1] == ' ')
	}
}

// ascii handles the ASCII byte in[i] of class k, with the byte after it
// of surveyTab.next. A space needs clean-up when it ends the text or comes
// before a space or line end; a control, or the space after it, starts
// clean-up at the latest at in[i+1].
func (s *survey) ascii(in []byte, i int, k uint8) {
	switch k {
	case saSpace:
		if i+1 == len(in) || in[i+1] == ' ' || in[i+1] == '\n' {
			s.clean(in, i)
		}
	case saControl:
		s.clean(in, i)
	case saD:
		s.legacy |= viqrCandidate(in, i)
	case saVowel:
		s.legacy |= viqrCandidate(in, i+1)
	}
}

// rune handles the rune of size bytes at in[i], from surveyTab.flags, whose
// flags f need attention.
func (s *survey) rune(in []byte, i, size int, f uint8) {
	if f&sfClean != 0 {
		s.clean(in, i)
	}
	// A VNI mark raises a candidate only after a VNI base letter.
	if f&sfLegacy != 0 || f&sfVNIMark != 0 && lgFlags(lgPrev(in, i))&lfVNIBase != 0 {
		r, _ := utf8.DecodeRune(in[i:])
		s.legacy |= lgRuneCandidate(in, i, r, size)
	}
	if f&(sfToneAE|sfToneY) != 0 && s.toneAt < 0 && i > 0 && f&surveyTab.prev[in[i-1]]&(sfToneAE|sfToneY) != 0 {
		s.tone(in, i-1, i+size)
	}
}

// tone records v1 as toneAt when the rhyme vowels at in[v1:v2] (o or u,
// then a toned vowel that makes oa, oe or uy with it) end a syllable whose
// tone mark the Traditional placement moves.
func (s *survey) tone(in []byte, v1, v2 int) {
	if _, end := toneSyllable(in, v1, v2); end >= 0 {
		s.toneAt = v1
	}
}

// other handles the rune r of size bytes at in[i] that is not in
// surveyTab.flags, and returns its flags.
func (s *survey) other(in []byte, i int, r rune, size int) uint8 {
	var f uint8
	if !punctNFCSafe(r) { // let NFC check
		f |= sfUnsafe
	}
	if _, ok := cleanupRepl(r); ok {
		s.clean(in, i)
	}
	s.legacy |= lgRuneCandidate(in, i, r, size)
	return f
}

// nfcSafeRune reports whether NFC leaves r as it is and never composes it
// with a preceding rune (quick-check Yes and a boundary before it), from
// the x/text normalization tables.
func nfcSafeRune(r rune) bool {
	s := string(r)
	p := norm.NFC.PropertiesString(s)
	return norm.NFC.IsNormalString(s) && p.BoundaryBefore() && p.CCC() == 0
}

// punctSafe is nfcSafeRune for U+2000–U+20FF: dashes, quotes, the
// ellipsis, currency signs.
var punctSafe = func() (t [0x100]bool) {
	for r := rune(0x2000); r < 0x2100; r++ {
		t[r-0x2000] = nfcSafeRune(r)
	}
	return t
}()

func punctNFCSafe(r rune) bool { return r >= 0x2000 && r < 0x2100 && punctSafe[r-0x2000] }
