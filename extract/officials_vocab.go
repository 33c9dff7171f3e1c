package extract

// offVocab is what the officials lexicons know of a word.
type offVocab struct {
	first uint16 // offLexicon.first: the tables whose phrases it may start
}

// offVocabulary adds the officials lexicons' words to the vocabulary.
func offVocabulary(get func(string) *vocabWord) {
	for w, bits := range offLex().first {
		get(w).off.first |= bits
	}
}
