package normalize

import "sort"

// An edit records that the output bytes [outStart, outEnd) of one
// normalization step replaced the input bytes [inStart, inEnd) of that step.
// Bytes outside every edit were copied unchanged.
type edit struct {
	outStart, outEnd int
	inStart, inEnd   int
}

// An offsetMap maps byte offsets in the output of one step back to byte
// offsets in that step's input. The zero value is the identity map.
type offsetMap struct {
	edits []edit // sorted by outStart, non-overlapping
}

// find returns the index of the last edit with outStart <= pos, or -1.
func (m *offsetMap) find(pos int) int {
	return sort.Search(len(m.edits), func(i int) bool { return m.edits[i].outStart > pos }) - 1
}

// start maps an output offset that begins a span to an input offset. An
// offset inside or at the start of a replacement maps to the start of the
// replaced input; one just after a deletion maps past the deleted input.
func (m *offsetMap) start(pos int) int {
	i := m.find(pos)
	if i < 0 {
		return pos
	}
	e := m.edits[i]
	if pos < e.outEnd {
		return e.inStart
	}
	return e.inEnd + pos - e.outEnd
}

// end maps an output offset that ends a span to an input offset. An offset
// inside or at the end of a replacement maps to the end of the replaced
// input; a deletion that follows the span is not included.
func (m *offsetMap) end(pos int) int {
	i := m.find(pos - 1)
	if i < 0 {
		return pos
	}
	e := m.edits[i]
	if pos <= e.outEnd {
		return e.inEnd
	}
	return e.inEnd + pos - e.outEnd
}

// A builder writes the output of one step while recording its offset map.
// Steps copy runs of input with copyTo and record changes with replace.
type builder struct {
	in   []byte
	out  []byte
	last int // input consumed so far
	m    offsetMap
}

func newBuilder(in []byte, extra int) *builder {
	return &builder{in: in, out: make([]byte, 0, len(in)+extra)}
}

// copyTo copies the input up to i unchanged.
func (b *builder) copyTo(i int) {
	if i > b.last {
		b.out = append(b.out, b.in[b.last:i]...)
		b.last = i
	}
}

// replace copies the input up to i, then writes repl in place of in[i:j].
func (b *builder) replace(i, j int, repl []byte) {
	b.copyTo(i)
	s := len(b.out)
	b.out = append(b.out, repl...)
	b.m.edits = append(b.m.edits, edit{outStart: s, outEnd: len(b.out), inStart: i, inEnd: j})
	b.last = j
}

// replaceString is replace for a string replacement.
func (b *builder) replaceString(i, j int, repl string) {
	b.copyTo(i)
	s := len(b.out)
	b.out = append(b.out, repl...)
	b.m.edits = append(b.m.edits, edit{outStart: s, outEnd: len(b.out), inStart: i, inEnd: j})
	b.last = j
}

// finish copies the rest of the input and returns the output and its map.
func (b *builder) finish() ([]byte, offsetMap) {
	b.copyTo(len(b.in))
	return b.out, b.m
}
