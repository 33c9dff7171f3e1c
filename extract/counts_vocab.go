package extract

// cntVocab is what the counts lexicons and the number words know of a
// word.
type cntVocab struct {
	first uint16   // the cntLexicon.bit of the tables whose phrases it may start
	num   *numWord // its entry as a number word; nil if none
	// numPhrase: it starts a number phrase of two words ("mười lăm").
	numPhrase bool
}

// vocabCntLexicons are the counts lexicons the vocabulary knows, in bit
// order. A cntLexicon not listed has bit 0 and looks words up itself.
func vocabCntLexicons() []*cntLexicon {
	return []*cntLexicon{cntLex, cntBefore, cntPerLex, cntStopWords, cntOneVerbs,
		cntOneNouns, cntEvents, cntYearWords}
}

// cntVocabulary adds the counts lexicons' and the number words to the
// vocabulary.
func cntVocabulary(get func(string) *vocabWord) {
	for i, lex := range vocabCntLexicons() {
		lex.bit = 1 << i
		for w := range lex.byFirst {
			get(w).cnt.first |= lex.bit
		}
	}
	for w, n := range numWords {
		get(w).cnt.num = n
	}
	for w := range numPhrases {
		get(w).cnt.numPhrase = true
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
