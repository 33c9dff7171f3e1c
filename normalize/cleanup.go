package normalize

import (
	"unicode/utf8"
)

// Cleanup rules (step 3 of a Normalizer), each chosen so that extractors
// see one spelling of every separator:
//
//   - U+00A0 NO-BREAK SPACE, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000
//     and TAB become an ASCII space; other C0 controls and DEL (NUL among
//     them) become a space too, so words never run together.
//   - U+200B ZERO WIDTH SPACE, U+200C/U+200D joiners, U+2060 WORD JOINER,
//     U+FEFF BYTE ORDER MARK and U+00AD SOFT HYPHEN are removed.
//   - CRLF and lone CR become LF; U+2028 and U+2029 become LF.
//   - Runs of spaces collapse to one space; spaces before a line end are
//     removed. Leading spaces of the text are kept (as one space).
//   - Curly and low quotes ‘ ’ ‚ ‛ ′ become ', and “ ” „ ‟ ″ become ".
//   - U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN and U+2212 MINUS SIGN become
//     '-'. The en dash "–" and em dash "—" are kept: they separate ranges
//     ("2020 – 2030") and clauses, and the extractors read them as dashes.
//   - The ellipsis "…" is kept as one character; it is punctuation to the
//     extractors either way, and keeping it avoids ambiguity with decimal
//     points.
//   - Look-alike letters seen in scraped text are fixed: U+00D0 LATIN
//     CAPITAL LETTER ETH "Ð" becomes "Đ" (U+0110) and U+00F0 "ð" becomes "đ".
func Cleanup(s string) string {
	out, _, _ := cleanup([]byte(s))
	return string(out)
}

// cleanupRepl returns the replacement of a non-ASCII rune, and whether
// the rune changes. The replacement " " marks a space (collapsed later).
func cleanupRepl(r rune) (string, bool) {
	switch r {
	case '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return " ", true
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return "", true
	case '\u2028', '\u2029':
		return "\n", true
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032':
		return "'", true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
		return `"`, true
	case '\u2010', '\u2011', '\u2212':
		return "-", true
	case '\u00d0':
		return "Đ", true
	case '\u00f0':
		return "đ", true
	}
	if r >= '\u2000' && r <= '\u200a' {
		return " ", true
	}
	if r >= 0x80 && r <= 0x9f { // C1 controls
		return " ", true
	}
	return "", false
}

// needsCleanup reports the first position at which cleanup may change in,
// or len(in). Its ASCII loop is the fast path for clean text.
func needsCleanup(in []byte) int {
	prevSpace := false
	for i := 0; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return i - 1
				}
				if (i+1 < len(in) && in[i+1] == '\n') || i+1 == len(in) {
					return i
				}
				prevSpace = true
			case c == '\n':
				prevSpace = false
			case c < ' ' || c == 0x7f:
				return backToSpace(i, prevSpace)
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(in[i:])
		if _, ok := cleanupRepl(r); ok {
			return backToSpace(i, prevSpace)
		}
		prevSpace = false
		i += size
	}
	return len(in)
}

// backToSpace returns i, or i-1 when a space precedes it: a change at i
// may extend that space into a run.
func backToSpace(i int, prevSpace bool) int {
	if prevSpace {
		return i - 1
	}
	return i
}

// cleanup applies the clean-up rules to in.
func cleanup(in []byte) ([]byte, offsetMap, bool) {
	return cleanupFrom(in, needsCleanup(in))
}

// cleanupFrom is cleanup when needsCleanup(in) is known to be first.
func cleanupFrom(in []byte, first int) ([]byte, offsetMap, bool) {
	if first == len(in) {
		return in, offsetMap{}, false
	}
	b := newBuilder(in, 0)
	b.copyTo(first)
	c := cleaner{b: b}
	for i := first; i < len(in); {
		r, size := rune(in[i]), 1
		if r == '\r' && i+1 < len(in) && in[i+1] == '\n' {
			c.flushSpace(i, true)
			b.replaceString(i, i+2, "\n")
			i += 2
			continue
		}
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(in[i:])
		}
		c.rune(i, size, r)
		i += size
	}
	c.flushSpace(len(in), false)
	out, m := b.finish()
	return out, m, true
}

// A cleaner holds the state of the clean-up scan: a pending run of spaces
// is written only once it is known not to end a line or the text.
type cleaner struct {
	b          *builder
	spaceStart int  // input offset where the pending space run starts
	spaceEnd   int  // input offset where it ends
	pending    bool // a space run is pending
}

func (c *cleaner) rune(i, size int, r rune) {
	var repl string
	changed := false
	switch {
	case r == ' ' || r == '\t' || (r < ' ' && r != '\n' && r != '\r') || r == 0x7f:
		repl, changed = " ", true
	case r == '\r':
		c.flushSpace(i, true)
		c.b.replaceString(i, i+size, "\n")
		return
	case r == '\n':
		c.flushSpace(i, true)
		return
	case r >= utf8.RuneSelf:
		repl, changed = cleanupRepl(r)
	}
	if changed && repl == " " {
		if !c.pending {
			c.pending, c.spaceStart = true, i
		}
		c.spaceEnd = i + size
		return
	}
	if changed && repl == "" { // invisible: drop, keep any pending space run open
		if !c.pending {
			c.b.replaceString(i, i+size, "")
		} else {
			c.spaceEnd = i + size
		}
		return
	}
	c.flushSpace(i, changed && repl == "\n")
	if changed {
		c.b.replaceString(i, i+size, repl)
	}
}

// flushSpace writes the pending space run ending before i: dropped before a
// line end or at the end of the text, one space otherwise.
func (c *cleaner) flushSpace(i int, lineEnd bool) {
	if !c.pending {
		return
	}
	c.pending = false
	s, e := c.spaceStart, c.spaceEnd
	if lineEnd || i == len(c.b.in) {
		c.b.replaceString(s, e, "")
		return
	}
	if e-s == 1 && c.b.in[s] == ' ' {
		c.b.copyTo(e)
		return
	}
	c.b.replaceString(s, e, " ")
}
