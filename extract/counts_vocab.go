package extract

import "sync"

// cntVocab is what the counts lexicons and the number words know of a
// word. Its pointers point into tables built once, so that two builds of
// the vocabulary give equal entries.
type cntVocab struct {
	first  uint16     // the cntLexicon.bit of the tables whose phrases it may start
	second uint16     // the cntLexicon.bit of the tables whose phrases it is the second word of
	starts *cntStarts // the phrases it starts or ends; nil if none
	num    *numWord   // its entry as a number word; nil if none
	// number: it may start a number (num is set, or it starts a number
	// phrase).
	number bool
}

// cntStarts holds the phrases one word starts, and the lengths of those
// it ends.
type cntStarts struct {
	// lex[k]: the phrases of the k-th lexicon of vocabCntLexicons that
	// start with the word, longest first.
	lex [cntVocabLexicons][]*cntPhrase
	// lens[k]: bit n is set when the word starts a phrase of n words of
	// the k-th lexicon (bit 7: seven words or more).
	lens [cntVocabLexicons]uint8
	// endLens[k]: bit n is set when the word ends a phrase of n words of
	// the k-th lexicon (bit 7: seven words or more); phrases ending with
	// a mark are left out (see cntLexicon.lastPunct).
	endLens [cntVocabLexicons]uint8
	// punct2: the bits of the lexicons of which the word starts a phrase
	// whose second token is a mark ("đô-la").
	punct2 uint16
	// num: the number phrases of two words it starts ("dăm ba").
	num []cntNumPhrase
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
// order. A cntLexicon not listed has bit 0 and looks words up itself.
func vocabCntLexicons() [cntVocabLexicons]*cntLexicon {
	return [...]*cntLexicon{cntLex, cntBefore, cntPerLex, cntStopWords, cntOneVerbs,
		cntOneNouns, cntEvents, cntYearWords}
}

// cntStartsByWord returns the phrases each word starts, built once.
var cntStartsByWord = sync.OnceValue(func() map[string]*cntStarts {
	m := map[string]*cntStarts{}
	get := func(w string) *cntStarts {
		e := m[w]
		if e == nil {
			e = new(cntStarts)
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
	return m
})

// cntVocabulary adds the counts lexicons' and the number words to the
// vocabulary.
func cntVocabulary(get func(string) *vocabWord) {
	for i, lex := range vocabCntLexicons() {
		for w, ps := range lex.byFirst {
			get(w).cnt.first |= 1 << i
			for _, p := range ps {
				if len(p.words) > 1 && !p.secondPunct {
					get(p.words[1]).cnt.second |= 1 << i
				}
			}
		}
		lex.vi, lex.bit = i, 1<<i
	}
	for w, n := range numWords {
		c := &get(w).cnt
		c.num, c.number = n, true
	}
	for w, st := range cntStartsByWord() {
		c := &get(w).cnt
		c.starts = st
		if len(st.num) > 0 {
			c.number = true
		}
	}
}

// numWord returns the number-word entry of the token, numNone if it has
// none.
func (t *token) numWord() *numWord {
	if n := t.w.cnt.num; n != nil {
		return n
	}
	return &numNone
}
