// Package normalize brings Vietnamese text, as it really arrives from the
// web, to one canonical form while keeping a map from every byte of the
// result back to the bytes of the original.
//
// The canonical form is NFC Unicode with the traditional tone placement
// ("hòa", "khỏe", "Thành ủy"), single spaces, LF line endings, straight
// quotes and no invisible characters. Text in a legacy Vietnamese encoding
// or damaged by a wrong decoding (mojibake, VIQR, TCVN3, VNI) is detected
// and converted first. See Normalizer for the steps and their order.
//
// What is fixed beyond Unicode forms: the tone placement of the open rhymes
// oa, oe and uy (both directions, see Tone), combining marks typed in an
// order NFC cannot compose (a tone before the circumflex, breve or horn),
// and the look-alike letters U+00D0 "Ð" and U+00F0 "ð" used for "Đ" and
// "đ". Other misplaced tones and typos that tools such as underthesea
// correct ("hoà" in a closed syllable, "qủa" for "quả", "ngoaì") are not
// changed: they are rare in edited news and a wrong guess would alter
// names.
//
// Every function and method in this package is safe for concurrent use,
// except that a transform.Transformer must not be shared between
// goroutines (create one per stream).
package normalize

import "unicode/utf8"

// Tone selects where the tone mark goes in the open syllables whose rhyme
// is oa, oe or uy.
type Tone int

const (
	// Traditional places the mark on the first vowel: "hòa", "khỏe",
	// "thủy". It is the default and what most Vietnamese news sites use.
	Traditional Tone = iota
	// Modern places the mark on the second vowel: "hoà", "khoẻ", "thuỷ".
	Modern
	// KeepTone leaves tone placement as written.
	KeepTone
)

// String returns "traditional", "modern" or "keep".
func (t Tone) String() string {
	switch t {
	case Traditional:
		return "traditional"
	case Modern:
		return "modern"
	case KeepTone:
		return "keep"
	}
	return "Tone(" + itoa(int(t)) + ")"
}

// ParseTone parses the names String returns.
func ParseTone(s string) (Tone, error) {
	switch s {
	case "traditional", "old":
		return Traditional, nil
	case "modern", "new":
		return Modern, nil
	case "keep":
		return KeepTone, nil
	}
	return 0, &Error{Op: "ParseTone", Msg: "unknown tone placement " + quote(s) + ` (want "traditional", "modern" or "keep")`}
}

// Error is the error type of this package. It says which operation failed
// and why.
type Error struct {
	Op  string // the function or step, e.g. "ParseTone"
	Msg string
}

// Error returns "normalize: OP: MSG".
func (e *Error) Error() string { return "normalize: " + e.Op + ": " + e.Msg }

// An Option configures a Normalizer.
type Option func(*Normalizer)

// WithTone sets the tone placement of the output (default Traditional).
func WithTone(t Tone) Option { return func(n *Normalizer) { n.tone = t } }

// WithFold removes all diacritics from the output ("Nguyễn Văn Nên" →
// "Nguyen Van Nen", "Đà" → "Da"), for search keys and loose matching. With
// lower set it also folds case.
func WithFold(lower bool) Option {
	return func(n *Normalizer) { n.fold, n.lower = true, lower }
}

// WithLegacy turns detection and conversion of legacy encodings and
// mojibake on or off (default on). Detection never fires on clean Unicode
// text, and its first pass is part of the scan every text gets anyway, so
// leaving it on costs next to nothing.
func WithLegacy(on bool) Option { return func(n *Normalizer) { n.legacy = on } }

// A Normalizer normalizes Vietnamese text. Its steps, in order, each skipped
// at the cost of one scan when it has nothing to do:
//
//  1. invalid UTF-8 bytes become U+FFFD, one per invalid byte;
//  2. legacy encodings and mojibake are detected and decoded (WithLegacy);
//  3. clean-up (see Cleanup): spaces, invisible characters, line ends,
//     quotes, look-alike letters;
//  4. NFC, with Vietnamese combining marks put in canonical order first
//     (a tone mark typed before the circumflex still composes to "ế");
//  5. tone placement (WithTone);
//  6. folding (WithFold).
//
// A Normalizer is immutable and safe for concurrent use.
type Normalizer struct {
	tone   Tone
	fold   bool
	lower  bool
	legacy bool
}

// New returns a Normalizer with the given options over the defaults:
// traditional tones, no folding, legacy conversion on.
func New(opts ...Option) *Normalizer {
	n := &Normalizer{tone: Traditional, legacy: true}
	for _, o := range opts {
		o(n)
	}
	return n
}

var std = New()

// String normalizes s with the default Normalizer. It is safe for
// concurrent use.
func String(s string) string { return std.String(s) }

// Bytes normalizes b with the default Normalizer. It returns a new slice
// and is safe for concurrent use.
func Bytes(b []byte) []byte { return std.Bytes(b) }

// String returns s normalized.
func (n *Normalizer) String(s string) string { return n.Normalize([]byte(s)).String() }

// Bytes returns b normalized, in a new slice.
func (n *Normalizer) Bytes(b []byte) []byte {
	t := n.Normalize(b)
	if len(t.maps) == 0 {
		return append([]byte(nil), t.out...)
	}
	return t.out
}

// Normalize returns src normalized, with the map back to src. The Text
// refers to src, which must not be changed while the Text is in use.
func (n *Normalizer) Normalize(src []byte) *Text {
	t := &Text{src: src, out: src}
	sv := surveyText(t.out)
	if sv.invalid {
		t.apply(fixUTF8)
		sv = surveyText(t.out)
	}
	if n.legacy {
		if enc := lgDetect(t.out, sv.legacy); enc != UTF8 {
			t.enc = enc
			t.applyMap(decodeLegacy(t.out, enc))
			sv = surveyText(t.out)
		}
	}
	// surveyed: t.out is still the text sv describes.
	surveyed := !t.apply(func(in []byte) ([]byte, offsetMap, bool) { return cleanupFrom(in, sv.cleanAt) })
	if !sv.nfc && t.apply(func(in []byte) ([]byte, offsetMap, bool) { return toNFCMarks(in, sv.marks) }) {
		surveyed = false
	}
	switch {
	case n.tone == Traditional && surveyed:
		// The survey found the first syllable to change, if any.
		if at := sv.toneAt; at >= 0 {
			t.apply(func(in []byte) ([]byte, offsetMap, bool) { return placeTonesFrom(in, at, Traditional) })
		}
	case n.tone != KeepTone:
		tone := n.tone
		t.apply(func(in []byte) ([]byte, offsetMap, bool) { return placeTones(in, tone) })
	}
	if n.fold {
		lower := n.lower
		t.apply(func(in []byte) ([]byte, offsetMap, bool) { return fold(in, lower) })
	}
	return t
}

// A Text is normalized text with a map back to the original bytes.
// It is safe for concurrent reads.
type Text struct {
	src  []byte
	out  []byte
	maps []offsetMap // one per step that changed something, in order
	enc  Encoding
}

// apply runs step on the text and keeps its output and map if it changed
// anything, which it reports.
func (t *Text) apply(step func([]byte) ([]byte, offsetMap, bool)) bool {
	out, m, changed := step(t.out)
	if changed {
		t.out = out
		t.maps = append(t.maps, m)
	}
	return changed
}

func (t *Text) applyMap(out []byte, m offsetMap) {
	t.out = out
	t.maps = append(t.maps, m)
}

// Bytes returns the normalized text. The caller must not modify it: when
// nothing needed to change it is the original input itself.
func (t *Text) Bytes() []byte { return t.out }

// String returns the normalized text as a string.
func (t *Text) String() string { return string(t.out) }

// Len returns the length of the normalized text in bytes.
func (t *Text) Len() int { return len(t.out) }

// Source returns the original input.
func (t *Text) Source() []byte { return t.src }

// Encoding returns the legacy encoding that was detected and decoded, or
// UTF8 when the input was Unicode.
func (t *Text) Encoding() Encoding { return t.enc }

// Changed reports whether normalization changed anything.
func (t *Text) Changed() bool { return len(t.maps) > 0 }

// Span maps the byte span [start, end) of the normalized text to the span
// of the original input it came from. Offsets are clamped to the text. A
// span that starts or ends inside a replaced character or sequence grows to
// cover all of it, so Source()[s:e] always holds whole runes.
func (t *Text) Span(start, end int) (s, e int) {
	start = clamp(start, 0, len(t.out))
	end = clamp(end, start, len(t.out))
	s, e = start, end
	for i := len(t.maps) - 1; i >= 0; i-- {
		s, e = t.maps[i].start(s), t.maps[i].end(e)
		if e < s {
			e = s
		}
	}
	return s, e
}

// Offset maps one offset of the normalized text to the original input, as
// the start of a span.
func (t *Text) Offset(pos int) int {
	s, _ := t.Span(pos, pos)
	return s
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// fixUTF8 replaces every invalid byte with U+FFFD.
func fixUTF8(in []byte) ([]byte, offsetMap, bool) {
	if utf8.Valid(in) {
		return in, offsetMap{}, false
	}
	b := newBuilder(in, 16)
	for i := 0; i < len(in); {
		r, size := utf8.DecodeRune(in[i:])
		if r == utf8.RuneError && size == 1 {
			b.replaceString(i, i+1, "\uFFFD")
		}
		i += size
	}
	out, m := b.finish()
	return out, m, true
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func quote(s string) string { return `"` + s + `"` }
