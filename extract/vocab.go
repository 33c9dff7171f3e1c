package extract

import "sync"

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
	off  offVocab
	cnt  cntVocab
	date dateVocab
}

// vocabNone is the vocabWord of words no lexicon knows.
var vocabNone vocabWord

// vocabulary returns the vocabulary of every lexicon, built on first use.
var vocabulary = sync.OnceValue(buildVocabulary)

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
	return v
}

// lookupWord returns the vocabWord of the lower-case word w.
func lookupWord(vocab map[string]*vocabWord, w string) *vocabWord {
	if e := vocab[w]; e != nil {
		return e
	}
	return &vocabNone
}
