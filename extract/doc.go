package extract

import (
	"sync"
	"time"
	"unsafe"

	"github.com/vnextract/vnextract/normalize"
)

// A doc is one text being extracted: the original bytes, the normalized
// text, its tokens and what the extractors share.
type doc struct {
	src    []byte
	norm   *normalize.Text
	text   string
	shared bool // text shares the caller's bytes (see docText)
	toks   []token
	ref    time.Time // reference time, in loc; zero when unknown
	hasRef bool
	loc    *time.Location
	taken  []bool // tokens that belong to an item already (dates, then counts)
	bufs   *docBuffers
}

// docBuffers are the per-token slices of a doc, reused across documents
// through bufPool: results never refer to them.
type docBuffers struct {
	toks  []token
	taken []bool
}

var bufPool = sync.Pool{New: func() any { return new(docBuffers) }}

// maxPooledTokens bounds the buffers kept for reuse, so that one huge
// document does not pin its memory.
const maxPooledTokens = 1 << 20

// newDoc normalizes and tokenizes src.
func (e *Extractor) newDoc(src []byte) *doc { return e.docOf(src, e.norm.Normalize(src)) }

// docOf tokenizes nt, the normalization of src.
func (e *Extractor) docOf(src []byte, nt *normalize.Text) *doc {
	text, shared := docText(nt)
	b := bufPool.Get().(*docBuffers)
	b.toks = tokenizeInto(b.toks[:0], text)
	d := &doc{src: src, norm: nt, text: text, shared: shared, toks: b.toks, loc: e.loc, ref: e.ref, hasRef: e.hasRef, bufs: b}
	d.taken = grow(b.taken, len(d.toks))
	b.taken = d.taken
	return d
}

// docText returns the normalized text as a string, sharing its bytes:
// when normalization changed the text, they are a buffer of the Text's own
// that nothing writes again; otherwise they are the caller's input, and
// shared reports it: Extract then detaches the result from them (see
// Result.detach), since the caller may change its input later.
func docText(nt *normalize.Text) (text string, shared bool) {
	b := nt.Bytes()
	if len(b) == 0 {
		return "", false
	}
	return unsafe.String(&b[0], len(b)), !nt.Changed()
}

// release returns the doc's buffers for reuse. The doc must not be used
// after it.
func (d *doc) release() {
	b := d.bufs
	d.bufs, d.toks, d.taken = nil, nil, nil
	if b == nil || cap(b.toks) > maxPooledTokens {
		return
	}
	// The tokens are not cleared: the next document overwrites them, and
	// until then they keep at most one document's text alive. Clearing
	// them costs a write barrier per pointer while the GC runs.
	bufPool.Put(b)
}

// grow returns s resized to n zero values, reusing its array when large
// enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// normText returns the normalized text of tokens [i, j), spaces as written.
func (d *doc) normText(i, j int) string {
	if i >= j || j > len(d.toks) {
		return ""
	}
	return d.text[d.toks[i].start:d.toks[j-1].end]
}

// lower returns the lower-case text of token i, or "" out of range.
func (d *doc) lower(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].lower
}

// at reports whether the tokens from i on are the given lower-case words.
func (d *doc) at(i int, words ...string) bool {
	for k, w := range words {
		if d.lower(i+k) != w {
			return false
		}
	}
	return true
}

// take marks tokens [i, j) as belonging to an item.
func (d *doc) take(i, j int) {
	for k := i; k < j && k < len(d.taken); k++ {
		d.taken[k] = true
	}
}

// isTaken reports whether token i belongs to an item already.
func (d *doc) isTaken(i int) bool { return i >= 0 && i < len(d.taken) && d.taken[i] }
