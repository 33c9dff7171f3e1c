package extract

import (
	"encoding/binary"
	"sync"
	"unsafe"
)

// A vocabWord is what the lexicons know of one lower-case word. The
// tokenizer looks every word and digit run up once in the vocabulary, so
// that the extractors test a field of the token's vocabWord instead of
// looking the word up in each of their tables. A word that no lexicon
// knows gets vocabNone, whose fields are all zero: every table lookup on
// it fails at once.
//
// Each extractor owns its part, filled by its own function (offVocabulary,
// cntVocabulary, dateVocabulary).
type vocabWord struct {
	flags vocabFlags // a summary the tokenizer copies into the token
	off   offVocab
	cnt   cntVocab
	date  dateVocab
}

// vocabFlags summarize a vocabWord for the extractors' main loops, which
// test them on the token itself (token.wf) to pass over the words that
// cannot start anything of theirs without loading the vocabWord. The
// tokenizer adds two of its own, so that one test of the flags also finds
// the tokens a loop wants by their kind.
type vocabFlags uint8

const (
	vfDate vocabFlags = 1 << iota // date.cand: a date may start with the word
	vfOff                         // the officials scan must look at the word (offScan.scan)
	vfNum                         // cnt.number: a number may start with the word

	vfDigits // the token is a run of digits (set by the tokenizer)
	vfParen  // the token is "(" (set by the tokenizer)
)

// summarize sets w.flags from its parts.
func (w *vocabWord) summarize(lx *offLexicon) {
	w.flags = 0
	if w.date.cand {
		w.flags |= vfDate
	}
	if w.off.first&lx.scanBits != 0 || w.off.flags&offWPosMod != 0 {
		w.flags |= vfOff
	}
	if w.cnt.number {
		w.flags |= vfNum
	}
}

// vocabNone is the vocabWord of words no lexicon knows.
var vocabNone vocabWord

// vocabulary returns the vocabulary of every lexicon, built on first use.
var vocabulary = sync.OnceValue(func() *vocabTable { return newVocabTable(buildVocabulary()) })

func buildVocabulary() map[string]*vocabWord {
	v := map[string]*vocabWord{}
	get := func(w string) *vocabWord {
		e := v[w]
		if e == nil {
			e = &vocabWord{}
			v[w] = e
		}
		return e
	}
	offVocabulary(get)
	cntVocabulary(get)
	dateVocabulary(get)
	lx := offLex()
	for _, w := range v {
		w.summarize(lx)
	}
	return v
}

// A vocabTable is the vocabulary as an open-addressing hash table, so that
// the tokenizer can look a word up straight from its lower-case bytes:
// the word's first eight bytes, loaded at once, are both its hash input
// and, for words of up to eight bytes (most Vietnamese syllables), the
// whole comparison (words hold no zero bytes, so the zero padding tells
// lengths apart). The slots hold only those eight bytes, so that the
// table the tokenizer probes for every word stays small enough for the
// first-level cache; what a hit needs is in a parallel array. It is
// read-only once built.
type vocabTable struct {
	heads []uint64    // by slot: the word's first eight bytes; 0: empty
	metas []uint32    // by slot: index<<8 | flags, and vocabLong
	words []string    // the words, by index
	vocab []vocabWord // their vocabWords, by index, side by side
	// maxDigits is the length of the longest word made of digits: digit
	// runs longer than that need no lookup.
	maxDigits int
}

// vocabLong marks, in a vocabTable meta, a word of more than eight
// bytes, which a lookup compares whole.
const vocabLong = 1 << 31

func newVocabTable(words map[string]*vocabWord) *vocabTable {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := &vocabTable{heads: make([]uint64, size), metas: make([]uint32, size)}
	for word, w := range words {
		if word[0] >= '0' && word[0] <= '9' {
			t.maxDigits = max(t.maxDigits, len(word))
		}
		meta := uint32(len(t.words))<<8 | uint32(w.flags)
		if len(word) > 8 {
			meta |= vocabLong
		}
		t.words = append(t.words, word)
		t.vocab = append(t.vocab, *w)
		head := wordHead(word, 0, len(word))
		k := t.slot(head)
		for t.heads[k] != 0 {
			k = (k + 1) & (len(t.heads) - 1)
		}
		t.heads[k], t.metas[k] = head, meta
	}
	return t
}

// slot returns the first slot to probe for a word.
func (t *vocabTable) slot(head uint64) int {
	return int((head*0x9e3779b97f4a7c15)>>40) & (len(t.heads) - 1)
}

// lookup returns the vocabWord of the lower-case word b[i:j] and its
// flags, vocabNone if the vocabulary does not know it.
func (t *vocabTable) lookup(b string, i, j int) (*vocabWord, vocabFlags) {
	head := wordHead(b, i, j)
	for k := t.slot(head); ; k = (k + 1) & (len(t.heads) - 1) {
		h := t.heads[k]
		if h == 0 {
			return &vocabNone, 0
		}
		if h != head {
			continue
		}
		m := t.metas[k]
		idx := m &^ vocabLong >> 8
		if m&vocabLong == 0 && j-i <= 8 || m&vocabLong != 0 && t.words[idx] == b[i:j] {
			return &t.vocab[idx], vocabFlags(m)
		}
	}
}

// wordHead returns the first eight bytes of b[i:j], little-endian, zero
// beyond j.
func wordHead(b string, i, j int) uint64 {
	n := j - i
	if i+8 <= len(b) {
		x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(b[i:]), 8))
		if n < 8 {
			x &= 1<<(8*n) - 1
		}
		return x
	}
	var x uint64
	for k := min(j, i+8) - 1; k >= i; k-- {
		x = x<<8 | uint64(b[k])
	}
	return x
}
