package normalize

import "unicode/utf8"

// Mojibake: UTF-8 bytes that were decoded as Windows-1252 (or Latin-1) and
// encoded as UTF-8 again, so that each byte of a multi-byte character became
// a character of its own: "ố" = E1 BB 91 became "á»‘". Decoding maps each
// such run of characters back to its bytes and keeps the run when the bytes
// form one valid UTF-8 character in a plausible range.

// mojibakeCP1252 lists the characters Windows-1252 has at 0x80..0x9F; 0
// where it has none (a decoder then yields the Latin-1 control character).
var mojibakeCP1252 = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// mojibakeByte returns the byte that a Windows-1252 or Latin-1 decoder
// turned into r.
func mojibakeByte(r rune) (byte, bool) {
	if 0 <= r && r < 0x100 {
		return byte(r), true
	}
	for i, c := range mojibakeCP1252 {
		if c == r && c != 0 {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// mojibakeAllowed reports whether r is a character that mojibake of
// Vietnamese web text plausibly hides: Latin letters and marks,
// punctuation, symbols and emoji, and the Latin-1 controls and
// Windows-1252 characters that a first round of double mojibake leaves.
func mojibakeAllowed(r rune) bool {
	switch {
	case 0x80 <= r && r <= 0x24F, r == 0x2C6, r == 0x2DC, 0x300 <= r && r <= 0x36F, 0x1E00 <= r && r <= 0x1EFF,
		0x2000 <= r && r <= 0x206F, 0x20A0 <= r && r <= 0x214F, 0x2190 <= r && r <= 0x27BF,
		0x1F300 <= r && r <= 0x1FAFF:
		return true
	}
	return false
}

// mojibakeSeq reads the characters at in[i:] as the Windows-1252 view of
// one UTF-8 character. It returns the end of those characters and the
// character, or end 0. strict is false when a plain space had to stand
// for a no-break space (0xA0), as happens when the text was cleaned after
// the damage: "ThÃ nh" for "Thành".
func mojibakeSeq(in []byte, i int) (end int, r rune, strict bool) {
	lead, n := utf8.DecodeRune(in[i:])
	if lgFlags(lead)&lfMojiLead == 0 {
		return 0, 0, false
	}
	var buf [utf8.UTFMax]byte
	buf[0] = byte(lead)
	size := mojibakeLen(buf[0])
	j, strict := i+n, true
	for k := 1; k < size; k++ {
		c, m := utf8.DecodeRune(in[j:])
		b, ok := mojibakeByte(c)
		if m == 0 || !ok || b < 0x80 || b > 0xBF {
			if c != ' ' || !mojibakeSpaceOK(in[j+1:], buf[0], k) {
				return 0, 0, false
			}
			b, strict = 0xA0, false
		}
		buf[k] = b
		j += m
	}
	r, m := utf8.DecodeRune(buf[:size])
	if r == utf8.RuneError || m != size || !mojibakeAllowed(r) {
		return 0, 0, false
	}
	if _, vowel := lgVowelOf[r]; !strict && !vowel && !lgIsNative(r) {
		return 0, 0, false
	}
	return j, r, strict
}

// mojibakeLen returns the length of the UTF-8 sequence that lead starts.
func mojibakeLen(lead byte) int {
	switch {
	case lead >= 0xF0:
		return 4
	case lead >= 0xE0:
		return 3
	}
	return 2
}

// mojibakeSpaceOK reports whether a space at position k of a sequence with
// the given lead byte may stand for a no-break space; rest follows the
// space. "Ã " is "à" unless an upper-case letter or digit follows, as in
// the clean "NGÃ BA".
func mojibakeSpaceOK(rest []byte, lead byte, k int) bool {
	switch {
	case lead == 0xE1 && k == 2, lead == 0xC6 && k == 1:
		return true
	case lead == 0xC3 && k == 1:
		r, _ := utf8.DecodeRune(rest)
		return len(rest) == 0 || !('0' <= r && r <= '9') && !lgIsUpper(r)
	}
	return false
}

func lgIsUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	v, ok := lgVowelOf[r]
	return ok && v.upper || r == 'Đ'
}

// decodeMojibake undoes one or two rounds of mojibake.
func decodeMojibake(in []byte) ([]byte, offsetMap) {
	out, m, n := decodeMojibakeOnce(in)
	if n == 0 {
		return out, m
	}
	out2, m2, n2 := decodeMojibakeOnce(out)
	if n2 == 0 {
		return out, m
	}
	return out2, lgCompose(m, m2)
}

// decodeMojibakeOnce undoes one round of mojibake and says how many
// characters it restored.
func decodeMojibakeOnce(in []byte) ([]byte, offsetMap, int) {
	b := newBuilder(in, 0)
	var buf [utf8.UTFMax]byte
	n := 0
	for i := 0; i < len(in); {
		if in[i] == 0xC3 { // every lead character is U+00C2..U+00F4
			if end, r, _ := mojibakeSeq(in, i); end > 0 {
				b.replace(i, end, buf[:utf8.EncodeRune(buf[:], r)])
				n++
				i = end
				continue
			}
		}
		i++
	}
	out, m := b.finish()
	return out, m, n
}

// mojibakeDetect returns the evidence for mojibake in b, or 0: the number
// of repaired characters, when there are at least two, one of them without
// space repair, and no more than four times as many words already in
// Unicode Vietnamese.
func mojibakeDetect(b []byte, native int) int {
	seqs, strict := 0, 0
	for i := 0; i < len(b); i++ {
		if b[i] != 0xC3 {
			continue
		}
		end, _, ok := mojibakeSeq(b, i)
		if end == 0 {
			continue
		}
		seqs++
		if ok {
			strict++
		}
		i = end - 1
	}
	if seqs < 2 || strict < 1 || 4*seqs < native {
		return 0
	}
	return seqs
}

// lgCompose returns the map of two steps in a row: m1 maps the first
// step's output to its input, m2 the second's output to the first's. Every
// edit of m1 must lie inside or outside each edit of m2, as it does when
// both replace whole characters.
func lgCompose(m1, m2 offsetMap) offsetMap {
	var out []edit
	k, shift := 0, 0 // next edit of m1; first output offset minus second's
	for _, e2 := range m2.edits {
		for ; k < len(m1.edits) && m1.edits[k].outStart < e2.inStart; k++ {
			e := m1.edits[k]
			out = append(out, edit{e.outStart - shift, e.outEnd - shift, e.inStart, e.inEnd})
		}
		for k < len(m1.edits) && m1.edits[k].outStart < e2.inEnd {
			k++
		}
		out = append(out, edit{e2.outStart, e2.outEnd, m1.start(e2.inStart), m1.end(e2.inEnd)})
		shift = e2.inEnd - e2.outEnd
	}
	for ; k < len(m1.edits); k++ {
		e := m1.edits[k]
		out = append(out, edit{e.outStart - shift, e.outEnd - shift, e.inStart, e.inEnd})
	}
	return offsetMap{edits: out}
}
