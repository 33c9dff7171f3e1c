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
	names []string         // id -> word; "" at the ids that are multiples of 32
	// punct holds the ids of the words that are punctuation tokens, which
	// the vocabulary does not look up: ASCII ones by byte, others in
	// punctOther.
	punct      [128]int32
	punctOther []offPunct

	vals []uint64 // per node id: its value (offValMask, offHasKids, offKidShift)
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
// when none), offHasKids when a longer phrase goes through it, and from
// bit offKidShift on a filter of the words of its children: bit id%32
// for each child's word id. A word whose bit is clear is no child, which
// most failed steps of a match find without probing the edges.
const (
	offValMask  = 1<<30 - 1
	offHasKids  = 1 << 30
	offKidShift = 32
)

// offKidBit returns the bit of the word id in a node's filter of
// children.
func offKidBit(id int32) uint64 { return 1 << (offKidShift + uint(id)%32) }

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

// punctID returns the word id of the punctuation token w, 0 when no
// phrase has it.
func (x *offTries) punctID(w string) int32 {
	if c := w[0]; c < 128 {
		return x.punct[c]
	}
	k := offPunctKey(w)
	for _, p := range x.punctOther {
		if p.key == k {
			return p.id
		}
	}
	return 0
}

// offPunct is the id of a punctuation word outside ASCII ("–"), which
// is one rune: its bytes packed by offPunctKey. A short list looked
// through without a call keeps match a leaf function.
type offPunct struct {
	key uint32
	id  int32
}

// offPunctKey packs the bytes of w, at most four, in a uint32.
func offPunctKey(w string) uint32 {
	var k uint32
	for i := 0; i < len(w) && i < 4; i++ {
		k |= uint32(w[i]) << (8 * i)
	}
	return k
}

// compileTries compiles the map tries of the tables, given in the order
// of their bits, into one offTries, dropping their maps.
func compileTries(tables []*offTable) *offTries {
	x := &offTries{words: map[string]int32{}, names: []string{""},
		vals: []uint64{0}, rootBase: map[string]int32{}}
	type edge struct{ parent, word, child int32 }
	var edges []edge
	var walk func(n *offTrie) int32
	walk = func(n *offTrie) int32 {
		id := int32(len(x.vals))
		v := uint64(n.val)
		if len(n.next) > 0 {
			v |= offHasKids
		}
		x.vals = append(x.vals, v)
		for w, c := range n.next {
			wid := x.wordID(w)
			x.vals[id] |= offKidBit(wid)
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
	if len(x.names)%32 == 0 {
		// No word has an id of bit 0 in the filters of children
		// (offKidBit): the id 0 of the words no phrase has, which a
		// match meets at most of its steps, is never found there.
		x.names = append(x.names, "")
	}
	id := int32(len(x.names))
	x.words[w] = id
	x.names = append(x.names, w)
	if offPunctWord(w) {
		if w[0] < 128 {
			x.punct[w[0]] = id
		} else {
			x.punctOther = append(x.punctOther, offPunct{offPunctKey(w), id})
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
