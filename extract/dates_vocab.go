package extract

// dateVocab is what the date lexicons know of a word.
type dateVocab struct {
	start  bool // dateLexicon.start: a date expression may start with it
	phrase bool // it starts a phrase of some phraseTable of the lexicon
}

// dateVocabulary adds the date lexicons' words to the vocabulary.
func dateVocabulary(get func(string) *vocabWord) {
	for w := range dateLex.start {
		get(w).date.start = true
	}
	for _, t := range dateLex.tables() {
		for w := range t {
			get(w).date.phrase = true
		}
	}
}
