package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The lexicons of the counts extractor (see the conventions in counts.go).
var (
	//go:embed data/units.txt
	cntUnitsData string
	//go:embed data/counts-measures.txt
	cntMeasuresData string
	//go:embed data/counts-classifiers.txt
	cntClassifiersData string
	//go:embed data/counts-noncount.txt
	cntNoncountData string
	//go:embed data/currencies.txt
	cntCurrenciesData string
	//go:embed data/qualifiers.txt
	cntQualifiersData string
	//go:embed data/counts-ident.txt
	cntIdentData string
	//go:embed data/counts-per.txt
	cntPerData string
	//go:embed data/counts-stop.txt
	cntStopData string
	//go:embed data/counts-comparative.txt
	cntComparativeData string
	//go:embed data/counts-notqual.txt
	cntNotQualData string
	//go:embed data/counts-one.txt
	cntOneData string
	//go:embed data/counts-one-verbs.txt
	cntOneVerbsData string
	//go:embed data/counts-events.txt
	cntEventsData string
	//go:embed data/counts-year-words.txt
	cntYearWordsData string
)

// cntKind is what a phrase of the lexicons is.
type cntKind uint8

const (
	cntNoun        cntKind = iota + 1 // a counted noun (units.txt)
	cntMeasure                        // a measure unit (counts-measures.txt)
	cntClassifier                     // a classifier (counts-classifiers.txt)
	cntNoncount                       // a word that makes the number no count
	cntCurrency                       // a currency (currencies.txt)
	cntQual                           // a qualifier before the number
	cntQualAfter                      // a qualifier after the unit
	cntIdent                          // a word after which a number is an identifier
	cntNotIdent                       // an exception to cntIdent ("tổng số")
	cntPer                            // a rate denominator
	cntStop                           // a function word
	cntComparative                    // an adjective before a comparative "hơn"
	cntNotQual                        // a phrase ending with a qualifier word that is none ("nhiệt độ")
	cntOneNoun                        // a unit that "một" counts after a verb of record
	cntOneVerb                        // a word before "một" that makes it a count
	cntEventBefore                    // a word right before a length that makes it the name of a race ("chạy")
	cntEventHead                      // a word heading the name of a race, a few words before its length ("cự ly", "nội dung")
	cntEventAfter                     // a word after a length that makes it the name of a race ("tự do")
	cntYearWord                       // a word after which "năm" is a year ("đầu năm")
)

// A cntPhrase is one entry of a lexicon, as tokens.
type cntPhrase struct {
	words []string // the tokens, lower case
	space []bool   // space[k]: white space precedes words[k] (k > 0)
	text  string   // the entry as written in the file
	kind  cntKind
	arg   string // the currency code, the qualifier, a measure's dimension, "m" for an event word, "lexicon" for a classifier, "verb" for a noun
	// lastPunct, secondPunct: the last, the second token is a mark
	// ("km²", "đô-la"), which the vocabulary does not know.
	lastPunct, secondPunct bool
	// ws[k] is the vocabulary's entry of words[k], which a document's
	// token of that word points to; nil for a mark, which is compared by
	// its text. Set once the vocabulary is built (cntResolveWords).
	ws []*vocabWord
}

// A cntLexicon finds phrases at a position of a document: the longest
// entry whose tokens match. Entries are kept by their first token.
type cntLexicon struct {
	byFirst map[string][]*cntPhrase // longest first
	// bit is the lexicon's bit in vocabWord.cnt, vi its index in
	// cntStarts.lex: every lexicon matched on documents is one of
	// vocabCntLexicons, and the vocabulary sets them when it is built,
	// before any document is tokenized.
	bit uint8
	vi  int
	// maxLen is the most tokens a phrase holds; lastPunct says some
	// phrase ends with a mark.
	maxLen    int
	lastPunct bool
}

// A cntFile is one embedded lexicon file.
type cntFile struct {
	name string
	kind cntKind // the kind of its entries
	data string
}

// The lexicon files.
var (
	cntUnitsFile       = cntFile{"units.txt", cntNoun, cntUnitsData}
	cntMeasuresFile    = cntFile{"counts-measures.txt", cntMeasure, cntMeasuresData}
	cntClassifiersFile = cntFile{"counts-classifiers.txt", cntClassifier, cntClassifiersData}
	cntNoncountFile    = cntFile{"counts-noncount.txt", cntNoncount, cntNoncountData}
	cntCurrenciesFile  = cntFile{"currencies.txt", cntCurrency, cntCurrenciesData}
	cntQualifiersFile  = cntFile{"qualifiers.txt", cntQual, cntQualifiersData}
	cntIdentFile       = cntFile{"counts-ident.txt", cntIdent, cntIdentData}
	cntPerFile         = cntFile{"counts-per.txt", cntPer, cntPerData}
	cntStopFile        = cntFile{"counts-stop.txt", cntStop, cntStopData}
	cntComparativeFile = cntFile{"counts-comparative.txt", cntComparative, cntComparativeData}
	cntNotQualFile     = cntFile{"counts-notqual.txt", cntNotQual, cntNotQualData}
	cntOneFile         = cntFile{"counts-one.txt", cntOneNoun, cntOneData}
	cntOneVerbsFile    = cntFile{"counts-one-verbs.txt", cntOneVerb, cntOneVerbsData}
	cntEventsFile      = cntFile{"counts-events.txt", cntEventBefore, cntEventsData}
	cntYearWordsFile   = cntFile{"counts-year-words.txt", cntYearWord, cntYearWordsData}
)

// cntLex holds the phrases that may follow a number: counted nouns,
// measure units, classifiers, non-count words and currencies. cntBefore
// holds those that stand around it: qualifiers, identifier words and
// comparatives. cntPerLex holds rate denominators, cntStopWords function
// words, cntEvents the words around a length that make it the name of a
// race, cntYearWords the words that make "năm" a year. cntUnitHeads holds the first words of the counted nouns of more
// than one word (see guessWordsTail).
var (
	cntLex       = mustCntLexicon(cntUnitsFile, cntMeasuresFile, cntClassifiersFile, cntNoncountFile, cntCurrenciesFile)
	cntBefore    = mustCntLexicon(cntQualifiersFile, cntIdentFile, cntComparativeFile, cntNotQualFile)
	cntPerLex    = mustCntLexicon(cntPerFile)
	cntStopWords = mustCntLexicon(cntStopFile)
	cntOneVerbs  = mustCntLexicon(cntOneVerbsFile)
	cntOneNouns  = mustCntLexicon(cntOneFile)
	cntEvents    = mustCntLexicon(cntEventsFile)
	cntYearWords = mustCntLexicon(cntYearWordsFile)
	cntUnitHeads = cntHeads(cntLex)
)

// Measure dimensions (the second field of counts-measures.txt).
const (
	cntLength = "length" // a length: "km", "cây số"
	cntMetre  = "metre"  // a length in metres: "m", "mét"
)

// cntHeads returns the set of first words of the counted nouns of lex
// that have more than one word.
func cntHeads(lex *cntLexicon) map[string]bool {
	heads := make(map[string]bool)
	for w, ps := range lex.byFirst {
		for _, p := range ps {
			if p.kind == cntNoun && len(p.words) > 1 {
				heads[w] = true
			}
		}
	}
	return heads
}

func mustCntLexicon(files ...cntFile) *cntLexicon {
	lex, err := newCntLexicon(files...)
	if err != nil {
		panic(err)
	}
	return lex
}

// newCntLexicon parses the given files into one lexicon. A phrase may
// appear once in it.
func newCntLexicon(files ...cntFile) (*cntLexicon, error) {
	lex := &cntLexicon{byFirst: make(map[string][]*cntPhrase)}
	seen := make(map[string]string)
	for _, f := range files {
		phrases, err := parseCntFile(f.name, f.kind, f.data)
		if err != nil {
			return nil, err
		}
		for _, p := range phrases {
			key := strings.Join(p.words, " ")
			if prev, ok := seen[key]; ok {
				return nil, fmt.Errorf("%s: %q is already in %s", f.name, p.text, prev)
			}
			seen[key] = f.name
			lex.byFirst[p.words[0]] = append(lex.byFirst[p.words[0]], p)
			lex.maxLen = max(lex.maxLen, len(p.words))
			lex.lastPunct = lex.lastPunct || p.lastPunct
		}
	}
	for _, ps := range lex.byFirst {
		// Longest first; insertion sort keeps file order among equals.
		for i := 1; i < len(ps); i++ {
			for k := i; k > 0 && len(ps[k].words) > len(ps[k-1].words); k-- {
				ps[k], ps[k-1] = ps[k-1], ps[k]
			}
		}
	}
	return lex, nil
}

// parseCntFile parses one lexicon file: one entry a line, '#' comments,
// fields separated by tabs. The fields after the phrase depend on kind.
func parseCntFile(name string, kind cntKind, data string) ([]*cntPhrase, error) {
	var out []*cntPhrase
	lines, nums := lexiconEntries(data)
	for k, line := range lines {
		bad := func(why string) error { return &lexiconError{name, nums[k], why + ": " + strconv.Quote(line)} }
		fields := strings.Split(line, "\t")
		p := &cntPhrase{text: fields[0], kind: kind}
		switch kind {
		case cntCurrency:
			if len(fields) != 2 || len(fields[1]) != 3 || strings.ToUpper(fields[1]) != fields[1] {
				return nil, bad("want PHRASE<TAB>CODE")
			}
			p.arg = fields[1]
		case cntQual:
			if len(fields) < 2 || len(fields) > 3 || !cntIsQualifier(fields[1]) {
				return nil, bad("want PHRASE<TAB>QUALIFIER[<TAB>after]")
			}
			p.arg = fields[1]
			if len(fields) == 3 {
				if fields[2] != "after" {
					return nil, bad("unknown flag")
				}
				p.kind = cntQualAfter
			}
		case cntMeasure:
			if len(fields) > 2 || len(fields) == 2 && fields[1] != cntLength && fields[1] != cntMetre {
				return nil, bad("want PHRASE[<TAB>length|metre]")
			}
			if len(fields) == 2 {
				p.arg = fields[1]
			}
		case cntNoun:
			if len(fields) > 2 || len(fields) == 2 && fields[1] != "verb" {
				return nil, bad("want PHRASE[<TAB>verb]")
			}
			if len(fields) == 2 {
				p.arg = fields[1]
			}
		case cntClassifier:
			if len(fields) > 2 || len(fields) == 2 && fields[1] != "lexicon" {
				return nil, bad("want PHRASE[<TAB>lexicon]")
			}
			if len(fields) == 2 {
				p.arg = fields[1]
			}
		case cntEventBefore:
			if len(fields) < 2 || len(fields) > 3 || fields[1] != "head" && fields[1] != "before" && fields[1] != "after" || len(fields) == 3 && fields[2] != "m" {
				return nil, bad("want PHRASE<TAB>head|before|after[<TAB>m]")
			}
			switch fields[1] {
			case "head":
				p.kind = cntEventHead
			case "after":
				p.kind = cntEventAfter
			}
			if len(fields) == 3 {
				p.arg = "m"
			}
		case cntOneVerb:
			if len(fields) > 2 || len(fields) == 2 && fields[1] != "any" {
				return nil, bad("want PHRASE[<TAB>any]")
			}
			if len(fields) == 2 {
				p.arg = "any"
			}
		case cntIdent:
			if len(fields) != 1 {
				return nil, bad("extra field")
			}
			if t, ok := strings.CutPrefix(p.text, "!"); ok {
				p.text, p.kind = t, cntNotIdent
			}
		default:
			if len(fields) != 1 {
				return nil, bad("extra field")
			}
		}
		if strings.TrimSpace(p.text) != p.text || strings.Contains(p.text, "  ") {
			return nil, bad("bad spacing")
		}
		toks := tokenize(p.text)
		if len(toks) == 0 {
			return nil, bad("empty phrase")
		}
		for k, t := range toks {
			p.words = append(p.words, t.lower)
			p.space = append(p.space, k > 0 && t.space)
		}
		p.lastPunct = toks[len(toks)-1].kind == tokPunct
		p.secondPunct = len(toks) > 1 && toks[1].kind == tokPunct
		out = append(out, p)
	}
	return out, nil
}

// cntIsQualifier reports whether q names a qualifier other than Exact.
func cntIsQualifier(q string) bool {
	switch Qualifier(q) {
	case MoreThan, LessThan, About, Nearly, AtLeast, AtMost:
		return true
	}
	return false
}

// match returns the longest phrase of lex at token i of d (nil if none)
// and the index after it. The phrase's tokens must not be taken, and its
// spacing must be as in the entry; the first token may be glued to what
// comes before. Most words start no phrase of lex: the test of the
// token's vocabulary entry is inline.
func (lex *cntLexicon) match(d *doc, i int) (*cntPhrase, int) {
	if uint(i) < uint(len(d.toks)) && d.toks[i].w.cnt.first&lex.bit != 0 {
		return lex.matchAt(d, i)
	}
	return nil, i
}

// matchAt is match at a token in range that may start a phrase of lex.
func (lex *cntLexicon) matchAt(d *doc, i int) (*cntPhrase, int) {
	if d.isTaken(i) {
		return nil, i
	}
	if lex.oneWord(d, i) {
		// Only a phrase of one word may match, and it always does.
		p := d.toks[i].w.cnt.unit
		if lex != cntLex {
			p = d.toks[i].w.cnt.starts.one(lex.vi)
		}
		if p != nil {
			return p, i + 1
		}
		return nil, i
	}
	next := &vocabNone
	if i+1 < len(d.toks) {
		next = d.toks[i+1].w
	}
	cands := d.toks[i].w.cnt.starts.lex(lex.vi)
	for k := range cands {
		if c := &cands[k]; (c.second == nil || c.second == next) && cntPhraseAt(d, i, c.p) {
			return c.p, i + c.n
		}
	}
	return nil, i
}

// oneWord reports whether only a phrase of one word of lex may start at
// token i of d, which starts some: the token starts no longer phrase of
// lex, or the token after it is the second word of no phrase of lex, as
// the vocabulary knows (and no phrase starting with token i has a mark
// second).
func (lex *cntLexicon) oneWord(d *doc, i int) bool {
	c := &d.toks[i].w.cnt
	if c.long&lex.bit == 0 {
		return true
	}
	if c.starts.punct2&lex.bit != 0 {
		return false
	}
	return i+1 >= len(d.toks) || d.toks[i+1].w.cnt.second&lex.bit == 0
}

// matchEndingAt returns the longest phrase of lex whose last token is
// token j-1 of d (nil if none) and the index of its first token. Phrases
// may hold up to four tokens.
func (lex *cntLexicon) matchEndingAt(d *doc, j int) (*cntPhrase, int) {
	if j <= 0 || j > len(d.toks) {
		return nil, j
	}
	if !lex.lastPunct && d.toks[j-1].w.cnt.ends&lex.bit == 0 {
		return nil, j // most words end no phrase
	}
	var best *cntPhrase
	start := j
	lens := lex.endLens(d, j-1)
	for n := 1; n <= 4 && lens>>n != 0 && j-n >= 0; n++ {
		i := j - n
		if d.isTaken(i) {
			break
		}
		if lens&(1<<n) == 0 || !lex.mayStartOf(d, i, n) {
			continue
		}
		if n == 1 {
			if p := d.toks[i].w.cnt.starts.one(lex.vi); p != nil {
				best, start = p, i
			}
			continue
		}
		cands := d.toks[i].w.cnt.starts.lex(lex.vi)
		for k := range cands {
			if c := &cands[k]; c.n == n && (c.second == nil || c.second == d.toks[i+1].w) && cntPhraseAt(d, i, c.p) {
				best, start = c.p, i
				break
			}
		}
	}
	return best, start
}

// endLens returns the lengths of the phrases of lex that token i of d
// may end, as bits (bit n: n words; bit 7: seven or more): all for a
// lexicon some of whose phrases end with a mark.
func (lex *cntLexicon) endLens(d *doc, i int) uint8 {
	if lex.lastPunct {
		return 0xfe
	}
	if st := d.toks[i].w.cnt.starts; st != nil {
		return st.endLens[lex.vi]
	}
	return 0
}

// mayStartOf reports whether token i of d may start a phrase of lex of n
// words (1 ≤ n ≤ 7).
func (lex *cntLexicon) mayStartOf(d *doc, i, n int) bool {
	c := &d.toks[i].w.cnt
	return c.first&lex.bit != 0 && c.starts.lens[lex.vi]&(1<<n) != 0
}

// cntPhraseAt reports whether the tokens of p are at token i of d, with
// the same spacing, none of them taken. The caller has checked the first
// token: it starts p (p is among its cntStarts.lex) and is not taken.
// Words are compared by their vocabulary entries, marks by their text.
func cntPhraseAt(d *doc, i int, p *cntPhrase) bool {
	if i+len(p.words) > len(d.toks) {
		return false
	}
	ws := p.ws
	if ws == nil {
		ws = make([]*vocabWord, len(p.words)) // not resolved: all by text
	}
	for k := 1; k < len(p.words); k++ {
		t := &d.toks[i+k]
		if w := ws[k]; w != nil && t.w != w || w == nil && t.lower != p.words[k] {
			return false
		}
		if d.isTaken(i+k) || t.space != p.space[k] || t.newline {
			return false
		}
	}
	return true
}

// cntIsMark reports whether the word w of a phrase is a mark, a token
// the tokenizer does not look up.
func cntIsMark(w string) bool {
	toks := tokenize(w)
	return len(toks) != 1 || toks[0].kind == tokPunct
}

// cntQualAfterFirst holds the vocabulary entries of the first words of
// the qualifiers after a unit ("trở lên"), set by cntResolveWords.
var cntQualAfterFirst []*vocabWord

// cntResolveWords sets the vocabulary entries of the words of the
// phrases of the counts lexicons (cntPhrase.ws), once.
var cntResolveWords = sync.OnceFunc(func() {
	v := vocabulary()
	for _, lex := range vocabCntLexicons() {
		for _, ps := range lex.byFirst {
			for _, p := range ps {
				ws := make([]*vocabWord, len(p.words))
				for k, w := range p.words {
					if e, _ := v.lookup(w, 0, len(w)); e != &vocabNone && !cntIsMark(w) {
						ws[k] = e
					}
				}
				p.ws = ws
			}
		}
	}
	for _, ps := range cntBefore.byFirst {
		for _, p := range ps {
			if p.kind == cntQualAfter && p.ws[0] != nil && !slices.Contains(cntQualAfterFirst, p.ws[0]) {
				cntQualAfterFirst = append(cntQualAfterFirst, p.ws[0])
			}
		}
	}
	for _, st := range cntStartsByWord() {
		for k := range st.cands {
			if c := &st.cands[k]; c.n > 1 {
				c.second = c.p.ws[1]
			}
		}
	}
})
