package extract

// offVocab is what the officials lexicons know of a word.
type offVocab struct {
	first uint16 // offLexicon.first: the tables whose phrases it may start
	flags uint8  // offW* flags
	id    int32  // its id in offLexicon.tries; 0 when no phrase has it
	roots int32  // where its nodes under the tables' roots are in offTries.roots
}

// Flags of offVocab.
const (
	offWSurname    = 1 << iota // a family name: offLexicon.isSurname
	offWMiddle                 // a middle name of officials-middles.txt
	offWPlaceFirst             // the first word of a key of offLexicon.placeNames
	offWPosMod                 // a modifier that may start a title (offPosModWords)
	offWSyllable               // offWViet is known: the word is the officials lexicons' own
	offWViet                   // the word is a Vietnamese syllable (offVietSyllable)
)

// offVocabulary adds the officials lexicons' words to the vocabulary.
func offVocabulary(get func(string) *vocabWord) {
	lx := offLex()
	for w, bits := range lx.first {
		get(w).off.first |= bits
	}
	for w, id := range lx.tries.words {
		if !offPunctWord(w) {
			get(w).off.id = id
		}
	}
	for w, base := range lx.tries.rootBase {
		get(w).off.roots = base
	}
	for w := range lx.surnames {
		get(w).off.flags |= offWSurname
	}
	for w := range lx.middles {
		get(w).off.flags |= offWMiddle
	}
	for key := range lx.placeNames {
		get(offFirstWord(key)).off.flags |= offWPlaceFirst
	}
	for _, w := range offPosModWords {
		get(w).off.flags |= offWPosMod
	}
	// The syllable test for the words above, names' first words.
	for w := range lx.tries.words {
		if !offPunctWord(w) {
			offSyllableFlag(get(w), w)
		}
	}
	for w := range lx.surnames {
		offSyllableFlag(get(w), w)
	}
	for w := range lx.middles {
		offSyllableFlag(get(w), w)
	}
}

// offSyllableFlag records in the word's flags whether it is a Vietnamese
// syllable.
func offSyllableFlag(v *vocabWord, w string) {
	v.off.flags |= offWSyllable
	if offVietSyllable(w) {
		v.off.flags |= offWViet
	}
}

// offFirstWord returns the first word of a space-separated key.
func offFirstWord(key string) string {
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			return key[:i]
		}
	}
	return key
}
