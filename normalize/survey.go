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
}

// Flags of a rune in surveyFlags.
const (
	sfUnsafe  = 1 << iota // not nfcSafeRune: the NFC step must look at it
	sfMark                // a combining mark of U+0300–U+036F
	sfClean               // clean-up changes the rune (cleanupRepl)
	sfLegacy              // lgRuneCandidate may raise a candidate bit
	sfVNIMark             // lgRuneCandidate may raise one after a VNI base letter
)

// surveyFlags holds the flags of the runes the survey reads without
// decoding: the two-byte runes U+0080–U+07FF at their own number, then the
// three-byte runes U+1000–U+1FFF (where the precomposed Vietnamese letters
// are) from 0x800. Built at init from nfcSafeRune, cleanupRepl, lgFlags and
// mojibakeByte. sfLegacy and sfVNIMark stay off where lgCandidates never
// looks: U+0300–U+036F and U+1000–U+1FFF. (The last 2K entries are
// unused: a power of two lets the loop index it without a bounds check.)
var surveyFlags = func() (t [0x2000]uint8) {
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
	return t
}()

// surveyASCII classes the ASCII bytes that may need attention in a
// survey, one bit each; the others (consonants, digits, punctuation and
// the line feed) are 0. Whether they do depends on the byte after them
// (see surveyNext).
var surveyASCII = func() (t [utf8.RuneSelf]uint8) {
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
}()

// Classes of surveyASCII.
const (
	saSpace   = 1 << iota // needs clean-up before white space, a control or the end
	saControl             // clean-up changes it
	saD                   // may start VIQR "dd"
	saVowel               // may carry a VIQR mnemonic
)

// surveyNext holds, for each byte, the classes of surveyASCII that need
// attention when the byte follows them (0 stands for the end of the
// text): a space before white space or a control, a control always, d
// before d, a vowel before a VIQR mnemonic.
var surveyNext = func() (t [256]uint8) {
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
}()

// surveyLead holds, for the lead bytes of the runes in surveyFlags (the
// two-byte leads 0xC2–0xDF, and 0xE1), the size of their runes and a
// base: the index of a rune in surveyFlags is the base plus the low six
// bits of each of its last two bytes, as a 12-bit number. Other bytes
// have size 0.
var surveyLead = func() (t [256]struct {
	size uint8
	base uint16
}) {
	for c := 0xc2; c <= 0xdf; c++ {
		t[c].size = 2
	}
	t[0xe1].size, t[0xe1].base = 3, 0x800
	return t
}()

// surveyPrev holds sfVNIMark for the bytes that may end a VNI base letter
// (the ASCII ones, and any non-ASCII byte), 0 for the others: a VNI mark
// needs attention only after them.
var surveyPrev = func() (t [256]uint8) {
	for b := range t {
		if b >= utf8.RuneSelf || lgLatin1Flags[b]&lfVNIBase != 0 {
			t[b] = sfVNIMark
		}
	}
	return t
}()

// sfInvalid is the flag survey.step returns for an invalid byte.
const sfInvalid = 1 << 7

// surveyText scans in once. Its loop reads an ASCII byte with two table
// loads (its class and that of the byte after it), and a two-byte rune or
// a Vietnamese letter with one load of its flags, without branching on
// its size or validity (the continuation bytes are checked all at once at
// the end); what needs attention, rare in clean text, goes to the methods
// of survey. The last three bytes, and runes outside surveyFlags, are read
// by survey.step.
func surveyText(in []byte) survey {
	s := survey{cleanAt: -1}
	var seen uint8 // the union of the flags of the runes read
	var bad byte   // the union of the continuation bytes read, less 0x80
	i, prev := 0, byte(' ')
	for i < len(in)-3 {
		w := (*[4]byte)(in[i:]) // the rune at i and the lookahead
		c := w[0]
		if c < utf8.RuneSelf {
			if k := surveyASCII[c]; k&surveyNext[w[1]] != 0 {
				s.ascii(in, i, k)
			}
			i++
			prev = c
			continue
		}
		lead := surveyLead[c]
		if lead.size == 0 {
			size, f := s.step(in, i)
			seen |= f
			i += size
			prev = in[i-1]
			continue
		}
		n := int(lead.size)
		x, y := w[(n-2)&3], w[(n-1)&3] // its last two bytes (&3 spares a bounds check)
		bad |= (w[1] ^ 0x80) | (y ^ 0x80)
		f := surveyFlags[(int(lead.base)+int(x&0x3f)<<6|int(y&0x3f))&(len(surveyFlags)-1)]
		seen |= f
		if f&(sfClean|sfLegacy|surveyPrev[prev]) != 0 {
			s.rune(in, i, n, f)
		}
		i += n
		prev = y
	}
	for i < len(in) {
		size, f := s.step(in, i)
		seen |= f
		i += size
	}
	s.invalid = seen&sfInvalid != 0 || bad&0xc0 != 0
	if s.cleanAt < 0 {
		s.cleanAt = len(in)
	}
	s.marks = seen&sfMark != 0
	s.nfc = seen&(sfUnsafe|sfMark) == 0
	return s
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
		if k := surveyASCII[c]; k&surveyNext[next] != 0 {
			s.ascii(in, i, k)
		}
		return 1, 0
	}
	r, size := utf8.DecodeRune(in[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return 1, sfInvalid
	case r < 0x800:
		f = surveyFlags[r]
	case 0x1000 <= r && r < 0x2000:
		f = surveyFlags[r-0x1000+0x800]
	default:
		return size, s.other(in, i, r, size)
	}
	if f&(sfClean|sfLegacy|sfVNIMark) != 0 {
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
// of surveyNext. A space needs clean-up when it ends the text or comes
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

// rune handles the rune of size bytes at in[i], from surveyFlags, whose
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
}

// other handles the rune r of size bytes at in[i] that is not in
// surveyFlags, and returns its flags.
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
