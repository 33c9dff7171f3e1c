package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Transformer returns a transform.Transformer that applies n's steps, for
// streams: use it with transform.NewReader, transform.NewWriter or
// transform.Chain. It has no offset map; use Normalize for that.
//
// Legacy detection needs the whole text, so the transformer does not detect
// encodings; chain a Decoder in front when the encoding is known. The
// transformer cuts its input at line ends and spaces, so a line of more
// than a few kilobytes with no space is processed in pieces cut at rune
// boundaries.
//
// The returned Transformer holds no state between calls beyond what
// transform.Chain keeps, but like every Transformer it must not be used by
// two goroutines at once; create one per stream.
func (n *Normalizer) Transformer() transform.Transformer {
	m := *n
	m.legacy = false
	return &chunker{step: func(b []byte) []byte { return m.Normalize(b).Bytes() }}
}

// CleanupTransformer returns a Transformer that applies only the clean-up
// rules (see Cleanup). Use one per stream.
func CleanupTransformer() transform.Transformer {
	return &chunker{step: func(b []byte) []byte { out, _, _ := cleanup(b); return out }}
}

// ToneTransformer returns a Transformer that moves tone marks to the
// placement t. Its input must be NFC; chain norm.NFC in front otherwise.
// Use one per stream.
func ToneTransformer(t Tone) transform.Transformer {
	return &chunker{step: func(b []byte) []byte { out, _, _ := placeTones(b, t); return out }}
}

// FoldTransformer returns a Transformer that removes diacritics (see Fold).
// Use one per stream.
func FoldTransformer(lower bool) transform.Transformer {
	return &chunker{step: func(b []byte) []byte { out, _, _ := fold(b, lower); return out }}
}

// maxChunk is how much input a chunker holds back looking for a safe cut.
const maxChunk = 4096

// A chunker adapts a whole-text step to transform.Transformer by feeding it
// chunks that end at a safe cut: after a line end, or before a space that
// follows a non-space ASCII byte. Every step here gives the same result on
// the pieces as on the whole when cut there.
type chunker struct {
	step    func([]byte) []byte
	pending []byte // output not yet written to dst
}

// Reset implements transform.Transformer.
func (c *chunker) Reset() { c.pending = c.pending[:0] }

// Transform implements transform.Transformer.
func (c *chunker) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if len(c.pending) > 0 {
		nDst = copy(dst, c.pending)
		c.pending = c.pending[nDst:]
		if len(c.pending) > 0 {
			return nDst, 0, transform.ErrShortDst
		}
	}
	cut := len(src)
	if !atEOF {
		cut = safeCut(src)
	}
	if cut > 0 {
		out := c.step(src[:cut])
		n := copy(dst[nDst:], out)
		nDst += n
		if n < len(out) {
			c.pending = append(c.pending[:0], out[n:]...)
			return nDst, cut, transform.ErrShortDst
		}
	}
	if cut < len(src) {
		return nDst, cut, transform.ErrShortSrc
	}
	return nDst, cut, nil
}

// safeCut returns the last safe place to cut src, or 0 when there is none
// yet and src is short enough to wait for more input.
func safeCut(src []byte) int {
	for i := len(src) - 1; i > 0; i-- {
		if src[i-1] == '\n' {
			return i
		}
		if src[i] == ' ' && src[i-1] != ' ' && src[i-1] != '\r' && src[i-1] < utf8.RuneSelf {
			return i
		}
	}
	if len(src) < maxChunk {
		return 0
	}
	// No safe cut in a long run: cut before the last ASCII byte, or at a
	// rune start.
	for i := len(src) - 1; i > 0; i-- {
		if utf8.RuneStart(src[i]) && src[i] < utf8.RuneSelf {
			return i
		}
	}
	for i := len(src) - 1; i > 0; i-- {
		if utf8.RuneStart(src[i]) {
			return i
		}
	}
	return len(src)
}

// Decoder returns a Transformer that decodes text known to be in the
// legacy encoding enc (see Decode) to Unicode, for streams whose encoding
// is known; Normalize detects it instead. Use one per stream.
func Decoder(enc Encoding) transform.Transformer {
	return &chunker{step: func(b []byte) []byte {
		if enc == UTF8 {
			return b
		}
		out, _ := decodeLegacy(b, enc)
		return out
	}}
}
