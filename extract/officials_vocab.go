package extract

// offVocab is what the officials lexicons know of a word.
type offVocab struct {
	first uint16 // offLexicon.first: the tables whose phrases it may start
	flags uint8  // offW* flags
	id    int32  // its id in offLexicon.tries; 0 when no phrase has it
	roots int32  // where its nodes under the tables' roots are in offTries.roots
	// next is the filter of the second words (offKidBit, shifted down by
	// offKidShift) of the phrases it starts in the tables the scan looks
	// for (offLexicon.scanBits).
	next uint32
	// title is next for the tables of positions and organization heads.
	title uint32
}

// Flags of offVocab.
const (
	offWSurname    = 1 << iota // a family name: offLexicon.isSurname
	offWMiddle                 // a middle name of officials-middles.txt
	offWPlaceFirst             // the first word of a key of offLexicon.placeNames
	offWPosMod                 // a modifier that may start a title (offPosModWords)
	offWSyllable               // offWViet is known: the word is the officials lexicons' own
	offWViet                   // the word is a Vietnamese syllable (offVietSyllable)
	offWScanOne                // it is a phrase of one word of a table of offLexicon.scanBits
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
		v := get(w)
		v.off.roots = base
		offScanStarts(&v.off, lx)
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

// offScanStarts records in v, the entry of a word that starts phrases,
// what its phrases in the tables the scan looks for need of the next
// word: none when one of them is the word alone (offWScanOne), else one
// whose id is in v.next; and in v.title the second words of its
// positions and organization heads.
func offScanStarts(v *offVocab, lx *offLexicon) {
	x := lx.tries
	for _, t := range lx.tables() {
		if t.bit&lx.scanBits == 0 || v.first&t.bit == 0 {
			continue
		}
		below := (v.first & (t.bit - 1)) % (1 << offMaxTables)
		val := x.vals[x.roots[int(v.roots)+int(offOnes[below])]]
		if val&offValMask != 0 {
			v.flags |= offWScanOne
		}
		v.next |= uint32(val >> offKidShift)
	}
	for _, t := range []*offTable{&lx.positions, &lx.orgs} {
		if v.first&t.bit != 0 {
			below := (v.first & (t.bit - 1)) % (1 << offMaxTables)
			v.title |= uint32(x.vals[x.roots[int(v.roots)+int(offOnes[below])]] >> offKidShift)
		}
	}
}
