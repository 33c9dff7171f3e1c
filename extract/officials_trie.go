package extract

import "math/bits"

// The phrase tables of the officials lexicons, compiled for matching.
//
// The lexicon loader builds each table as a trie of maps keyed by the
// lower-case words (offTrie); compileTries then turns every table into
// one shared trie over word ids: each distinct word of a phrase has an id
// (the vocabulary gives it to the word's vocabWord, offVocab.id, so that a
// token carries it), each trie node has an id, and the edges of all the
// tables are one open-addressing hash table keyed by (node, word). The
// first step of a match needs no probe: the word's vocabulary entry says
// which tables its phrases start (offVocab.first) and where its nodes
// under their roots are (offVocab.roots). A further step is a field load
// on the token and one probe, and a match stops at a node that no longer
// phrase goes through without looking at the next token: no map lookup by
// string.

// offTries is the compiled trie of every officials table. It is
// read-only once built.
type offTries struct {
	words map[string]int32 // word -> id (1...)
	names []string         // id -> word; names[0] is ""
	// punct holds the ids of the words that are punctuation tokens, which
	// the vocabulary does not look up: ASCII ones by byte, others in
	// punctOther.
	punct      [128]int32
	punctOther map[string]int32

	vals []uint32 // per node id: its value (offValMask, offHasKids)
	// roots holds, for each word that starts phrases, from roots[base]
	// on (base is rootBase[word], given to its offVocab.roots), the node
	// of the word under the root of each table whose phrases it starts,
	// in the order of the tables' bits.
	roots    []int32
	rootBase map[string]int32
	edges    []uint64 // packed edges (offEdgeBits), a power of two, at most half full
	shift    uint     // 64 - log2(len(edges))
}

// An edge is packed in a uint64: the parent node in the top 22 bits,
// the word in the next 21, the child in the low 21. Node and word ids
// start at 1, so an empty slot (0) is never an edge.
const (
	offEdgeBits = 21
	offEdgeMask = 1<<offEdgeBits - 1
)

// A node's value packs the entry index + 1 of the phrase ending there (0
// when none) and offHasKids when a longer phrase goes through it.
const (
	offValMask = 1<<30 - 1
	offHasKids = 1 << 30
)

// offMaxTables bounds the tables of offTries: their bits below a table's
// own are counted with offOnes.
const offMaxTables = 10

// offOnes holds the number of bits set in each number below
// 1<<offMaxTables.
var offOnes = func() (t [1 << offMaxTables]uint8) {
	for i := range t {
		t[i] = uint8(bits.OnesCount(uint(i)))
	}
	return t
}()

// offEdgeKey returns the key part (parent and word) of an edge.
func offEdgeKey(node, word int32) uint64 {
	return uint64(node)<<(2*offEdgeBits) | uint64(word)<<offEdgeBits
}

// slot returns the first slot to probe for the key k.
func (x *offTries) slot(k uint64) int {
	return int((k * 0x9e3779b97f4a7c15) >> x.shift)
}

// child returns the child of node by the word, or 0.
func (x *offTries) child(node, word int32) int32 {
	k := offEdgeKey(node, word)
	mask := len(x.edges) - 1
	for i := x.slot(k); ; i = (i + 1) & mask {
		e := x.edges[i]
		if e&^offEdgeMask == k {
			return int32(e & offEdgeMask)
		}
		if e == 0 {
			return 0
		}
	}
}

// tokID returns the word id of a token, 0 when no phrase has it.
func (x *offTries) tokID(t *token) int32 {
	if id := t.w.off.id; id != 0 {
		return id
	}
	if t.kind != tokPunct {
		return 0
	}
	if c := t.lower[0]; c < 128 {
		return x.punct[c]
	}
	return x.punctOther[t.lower]
}

// compileTries compiles the map tries of the tables, given in the order
// of their bits, into one offTries, dropping their maps.
func compileTries(tables []*offTable) *offTries {
	x := &offTries{words: map[string]int32{}, names: []string{""}, punctOther: map[string]int32{},
		vals: []uint32{0}, rootBase: map[string]int32{}}
	type edge struct{ parent, word, child int32 }
	var edges []edge
	var walk func(n *offTrie) int32
	walk = func(n *offTrie) int32 {
		id := int32(len(x.vals))
		v := uint32(n.val)
		if len(n.next) > 0 {
			v |= offHasKids
		}
		x.vals = append(x.vals, v)
		for w, c := range n.next {
			wid := x.wordID(w)
			edges = append(edges, edge{id, wid, walk(c)})
		}
		return id
	}
	firsts := map[string][]int32{} // a word's nodes under the roots, in table order
	for _, t := range tables {
		from := len(edges)
		root := walk(&t.root)
		t.x = x
		for _, e := range edges[from:] {
			if e.parent == root {
				w := x.names[e.word]
				firsts[w] = append(firsts[w], e.child)
			}
		}
		t.root = offTrie{}
	}
	for w, nodes := range firsts {
		x.rootBase[w] = int32(len(x.roots))
		x.roots = append(x.roots, nodes...)
	}
	if len(tables) > offMaxTables {
		panic("officials lexicons: too many tables for offOnes")
	}
	if len(x.vals) > offEdgeMask+1 || len(x.names) > offEdgeMask+1 {
		panic("officials lexicons: too many phrases for the trie")
	}
	size := 16
	for size < 2*len(edges) {
		size *= 2
	}
	x.edges = make([]uint64, size)
	x.shift = uint(64 - bits.TrailingZeros(uint(size)))
	for _, e := range edges {
		k := offEdgeKey(e.parent, e.word)
		i := x.slot(k)
		for x.edges[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		x.edges[i] = k | uint64(e.child)
	}
	return x
}

// wordID returns the id of the word w, giving it one if it has none.
func (x *offTries) wordID(w string) int32 {
	if id, ok := x.words[w]; ok {
		return id
	}
	id := int32(len(x.names))
	x.words[w] = id
	x.names = append(x.names, w)
	if offPunctWord(w) {
		if w[0] < 128 {
			x.punct[w[0]] = id
		} else {
			x.punctOther[w] = id
		}
	}
	return id
}

// offPunctWord reports whether the word w of a phrase is a punctuation
// token, which the vocabulary does not look up.
func offPunctWord(w string) bool {
	toks := tokenize(w)
	return len(toks) == 1 && toks[0].kind == tokPunct
}
