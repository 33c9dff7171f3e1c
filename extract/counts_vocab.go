package extract

import (
	"maps"
	"slices"
	"sync"
)

// cntVocab is what the counts lexicons and the number words know of a
// word. Its pointers point into tables built once, so that two builds of
// the vocabulary give equal entries.
type cntVocab struct {
	first  uint8 // the cntLexicon.bit of the tables whose phrases it may start
	second uint8 // the cntLexicon.bit of the tables whose phrases it is the second word of
	// ends: the cntLexicon.bit of the tables whose phrases it ends (as
	// cntStarts.endLens, whose bits these summarize).
	ends uint8
	// long: the cntLexicon.bit of the tables of which it starts a
	// phrase of more than one word; where the bit is clear, the phrase
	// it starts, if any, is cntStarts.one.
	long uint8
	// number: it may start a number (num is set, or it starts a number
	// phrase).
	number bool
	// nw: its entry as a number word, cntNumWords[nw]; 0 if none (a
	// byte, so that the entry fits the cache line of its vocabWord
	// with unit).
	nw uint8
	// rangeTo: the word joins the two ends of a range of numbers, as a
	// dash does ("từ 50 đến 60": cntRangeWords).
	rangeTo bool
	starts  *cntStarts // the phrases it starts or ends; nil if none
	// unit is the phrase of one word of cntLex (the counted nouns,
	// measures, classifiers and currencies) that the word is, nil if
	// none: the matcher reads it here rather than through starts.
	unit *cntPhrase
}

// cntRangeWords are the words between the ends of a range of numbers
// (see cntScan.rangeEnd).
var cntRangeWords = []string{"đến", "tới"}

// cntNumWords are the number words' entries by cntVocab.nw (index 0:
// none), set with the vocabulary.
var cntNumWords []*numWord

// num returns the word's entry as a number word, nil if none.
func (c *cntVocab) num() *numWord {
	if c.nw == 0 {
		return nil
	}
	return cntNumWords[c.nw]
}

// cntStarts holds the phrases one word starts, and the lengths of those
// it ends. The cntStarts of all words are one array of 64-byte entries
// (one cache line each) and their phrases another, so that what the
// matchers read of a word is in few and nearby cache lines.
type cntStarts struct {
	// lens[k]: bit n is set when the word starts a phrase of n words of
	// the k-th lexicon of vocabCntLexicons (bit 7: seven words or more).
	lens [cntVocabLexicons]uint8
	// endLens[k]: bit n is set when the word ends a phrase of n words of
	// the k-th lexicon (bit 7: seven words or more); phrases ending with
	// a mark are left out (see cntLexicon.lastPunct).
	endLens [cntVocabLexicons]uint8
	// cands[off[k]:off[k+1]] are the phrases of the k-th lexicon that
	// start with the word, longest first.
	off [cntVocabLexicons + 1]uint8
	// punct2: the bits of the lexicons of which the word starts a phrase
	// whose second token is a mark ("đô-la").
	punct2 uint8
	cands  []cntCand
	// num: the number phrases of two words it starts ("dăm ba"); nil if
	// none (a pointer: few words start one).
	num *[]cntNumPhrase
}

// lex returns the phrases of the k-th lexicon that start with the word,
// longest first.
func (st *cntStarts) lex(k int) []cntCand { return st.cands[st.off[k]:st.off[k+1]] }

// one returns the phrase of one word of the k-th lexicon that the word
// is, nil if none: the last of lex(k), longest first.
func (st *cntStarts) one(k int) *cntPhrase {
	if e := st.off[k+1]; e > st.off[k] && st.cands[e-1].n == 1 {
		return st.cands[e-1].p
	}
	return nil
}

// numPhrases returns the number phrases the word starts.
func (st *cntStarts) numPhrases() []cntNumPhrase {
	if st == nil || st.num == nil {
		return nil
	}
	return *st.num
}

// A cntCand is a phrase that a word starts, with what matching looks at
// before the phrase itself.
type cntCand struct {
	p *cntPhrase
	n int // the phrase's number of words
	// second is the vocabulary entry of its second word, which the
	// next token must point to; nil for a phrase of one word or whose
	// second word is a mark. Set by cntResolveWords.
	second *vocabWord
}

// A cntNumPhrase is a number phrase of two words: its second word and
// the phrase's entry.
type cntNumPhrase struct {
	second string
	w      *numWord
}

// cntVocabLexicons is the number of lexicons of vocabCntLexicons.
const cntVocabLexicons = 8

// vocabCntLexicons are the counts lexicons the vocabulary knows, in bit
// order: every lexicon matched on documents must be listed.
func vocabCntLexicons() [cntVocabLexicons]*cntLexicon {
	return [...]*cntLexicon{cntLex, cntBefore, cntPerLex, cntStopWords, cntOneVerbs,
		cntOneNouns, cntEvents, cntYearWords}
}

// cntStartsByWord returns the phrases each word starts, built once.
var cntStartsByWord = sync.OnceValue(func() map[string]*cntStarts {
	type starts struct {
		cntStarts
		lex [cntVocabLexicons][]*cntPhrase
		num []cntNumPhrase
	}
	m := map[string]*starts{}
	get := func(w string) *starts {
		e := m[w]
		if e == nil {
			e = new(starts)
			m[w] = e
		}
		return e
	}
	for i, lex := range vocabCntLexicons() {
		for w, ps := range lex.byFirst {
			e := get(w)
			e.lex[i] = ps
			for _, p := range ps {
				e.lens[i] |= 1 << min(len(p.words), 7)
				if p.secondPunct {
					e.punct2 |= 1 << i
				}
				if !p.lastPunct {
					get(p.words[len(p.words)-1]).endLens[i] |= 1 << min(len(p.words), 7)
				}
			}
		}
	}
	for first, seconds := range numPhrases {
		e := get(first)
		for second, n := range seconds {
			e.num = append(e.num, cntNumPhrase{second, n})
		}
	}
	// Lay the entries out in the order of the words, their phrases too.
	words := slices.Sorted(maps.Keys(m))
	slab := make([]cntStarts, len(words))
	var cands []cntCand
	for _, w := range words {
		for _, ps := range m[w].lex {
			for _, p := range ps {
				cands = append(cands, cntCand{p: p, n: len(p.words)})
			}
		}
	}
	out := make(map[string]*cntStarts, len(words))
	at := 0
	for k, w := range words {
		e, st := m[w], &slab[k]
		*st = e.cntStarts
		from := at
		for i, ps := range e.lex {
			if at-from+len(ps) > 255 {
				panic("counts lexicons: too many phrases start with " + w)
			}
			st.off[i] = uint8(at - from)
			at += len(ps)
		}
		st.off[cntVocabLexicons] = uint8(at - from)
		st.cands = cands[from:at:at]
		if e.num != nil {
			st.num = &e.num
		}
		out[w] = st
	}
	return out
})

// cntVocabulary adds the counts lexicons' and the number words to the
// vocabulary.
func cntVocabulary(get func(string) *vocabWord) {
	for i, lex := range vocabCntLexicons() {
		bit := uint8(1) << i
		for w, ps := range lex.byFirst {
			c := &get(w).cnt
			c.first |= bit
			for _, p := range ps {
				if len(p.words) > 1 {
					c.long |= bit
				}
				if len(p.words) > 1 && !p.secondPunct {
					get(p.words[1]).cnt.second |= bit
				}
			}
		}
		lex.vi, lex.bit = i, bit
	}
	for _, w := range cntRangeWords {
		get(w).cnt.rangeTo = true
	}
	cntNumWords = []*numWord{nil}
	for _, w := range slices.Sorted(maps.Keys(numWords)) {
		c := &get(w).cnt
		c.nw, c.number = uint8(len(cntNumWords)), true
		cntNumWords = append(cntNumWords, numWords[w])
	}
	for w, st := range cntStartsByWord() {
		c := &get(w).cnt
		c.starts = st
		if len(st.numPhrases()) > 0 {
			c.number = true
		}
		for i, lens := range st.endLens {
			if lens != 0 {
				c.ends |= 1 << i
			}
		}
		c.unit = st.one(cntLex.vi)
	}
}

// numWord returns the number-word entry of the token, numNone if it has
// none.
func (t *token) numWord() *numWord {
	if n := t.w.cnt.num(); n != nil {
		return n
	}
	return &numNone
}
