package normalize

import (
	"io"

	"golang.org/x/text/unicode/norm"
)

// isMarkLead reports whether c is the lead byte of a rune in U+0300–U+036F,
// the combining diacritical marks that Vietnamese text typed in decomposed
// form uses. NFC Vietnamese text never contains them.
func isMarkLead(c byte) bool { return c == 0xcc || c == 0xcd }

// firstUnnormalized returns the start of the first normalization segment of
// in that step 4 must rewrite, or len(in). A segment needs rewriting when it
// is not NFC or still holds a combining mark after NFC (marks in an order
// NFC cannot compose, such as a tone before the circumflex).
func firstUnnormalized(in []byte) int {
	n := norm.NFC.QuickSpan(in)
	for i := 0; i < n; i++ {
		if isMarkLead(in[i]) {
			if b := norm.NFC.LastBoundary(in[:i+1]); b > 0 {
				return b
			}
			return 0
		}
	}
	return n
}

// toNFC composes in to NFC segment by segment, reordering Vietnamese marks
// first. Segments that are already NFC are copied.
func toNFC(in []byte) ([]byte, offsetMap, bool) { return toNFCMarks(in, true) }

// toNFCMarks is toNFC; marks false promises that in holds no combining
// mark of U+0300–U+036F, which saves a scan.
func toNFCMarks(in []byte, marks bool) ([]byte, offsetMap, bool) {
	var i int
	if marks {
		i = firstUnnormalized(in)
	} else {
		i = norm.NFC.QuickSpan(in)
	}
	if i == len(in) {
		return in, offsetMap{}, false
	}
	b := newBuilder(in, 0)
	var it norm.Iter
	it.Init(norm.NFC, in)
	if _, err := it.Seek(int64(i), io.SeekStart); err != nil {
		return in, offsetMap{}, false // cannot happen: 0 <= i < len(in)
	}
	var buf []byte
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
		orig := in[start:end]
		if hasMark(seg) { // marks NFC could not compose: reorder them first
			buf = composeVietnamese(buf[:0], orig)
			seg = buf
		}
		if string(seg) != string(orig) {
			b.replace(start, end, seg)
		}
	}
	out, m := b.finish()
	return out, m, true
}

// hasMark reports whether b holds a combining mark of U+0300–U+036F.
func hasMark(b []byte) bool {
	for _, c := range b {
		if isMarkLead(c) {
			return true
		}
	}
	return false
}

// composeVietnamese appends the NFC form of one normalization segment to
// dst, after moving the vowel marks (circumflex, breve, horn) of each base
// letter before its tone mark, the order in which they compose.
func composeVietnamese(dst, seg []byte) []byte {
	var tmp [128]byte
	d := norm.NFD.Append(tmp[:0], seg...)
	reorderMarks(d)
	return norm.NFC.Append(dst, d...)
}

// Combining marks as UTF-8: all are two bytes, 0xCC or 0xCD then one byte.
const (
	markGrave     = 0x80 // U+0300
	markAcute     = 0x81 // U+0301
	markCircum    = 0x82 // U+0302
	markTilde     = 0x83 // U+0303
	markBreve     = 0x86 // U+0306
	markHook      = 0x89 // U+0309
	markHorn      = 0x9b // U+031B
	markDotBelow  = 0xa3 // U+0323
	markLeadBytes = 0xcc
)

// markRank orders Vietnamese marks for composition: vowel marks first, then
// the tone. Other bytes rank 0 (not a Vietnamese mark).
func markRank(c byte) int {
	switch c {
	case markCircum, markBreve, markHorn:
		return 1
	case markGrave, markAcute, markTilde, markHook, markDotBelow:
		return 2
	}
	return 0
}

// reorderMarks sorts each run of Vietnamese combining marks in d (NFD) so
// that vowel marks precede tone marks, in place on their two-byte encodings.
func reorderMarks(d []byte) {
	for i := 0; i+1 < len(d); {
		if d[i] != markLeadBytes {
			i++
			continue
		}
		j := i
		for j+1 < len(d) && d[j] == markLeadBytes {
			j += 2
		}
		sortMarkRun(d[i:j])
		i = j
	}
}

// sortMarkRun moves vowel marks before tone marks in a run of two-byte
// marks, keeping the order of the others (an insertion sort: runs are short).
func sortMarkRun(run []byte) {
	for k := 2; k+1 < len(run); k += 2 {
		for m := k; m >= 2 && markRank(run[m+1]) == 1 && markRank(run[m-1]) == 2; m -= 2 {
			run[m+1], run[m-1] = run[m-1], run[m+1]
		}
	}
}
