package extract

import (
	"math/bits"
	"slices"
)

// The phrase tables of the date lexicon, as indexes into a word's
// dateVocab.phrases, in the order of dateLexicon.tables.
const (
	tabPartOfDay = iota
	tabWeekday
	tabMonth
	tabRelative
	tabRanges
	tabParts
	tabFestival
	tabDocWord
	tabFraction
	nDateTables
)

// The cue a word gives a bare day and month after it (dates-cues.txt).
const (
	cueEntryNone = iota
	cueEntryList // "và": a date of a list before it
	cueEntryWord // "ngày", "từ": a date
)

// startTables are the phrase tables whose phrases may start a date
// expression: a word that is neither in dateStartWords nor a number starts
// one only where one of its phrases of these tables matches.
const startTables = 1<<tabPartOfDay | 1<<tabWeekday | 1<<tabMonth | 1<<tabRelative |
	1<<tabRanges | 1<<tabParts | 1<<tabFestival

// The bits of dateVocab.next.
const (
	// nextAfterNum: a date may start with a number followed by the word
	// ("14 giờ", "14h", "2 tháng 9", "3 ngày trước", "30 Tết"); see
	// mayStartNum.
	nextAfterNum = 1 << iota
	// nextUnit: a date may start with a number in words followed by the
	// word ("hai năm trước", "sáu tháng đầu năm").
	nextUnit
	// nextAfterPart: a part of a period ("đầu", "thượng tuần") may be
	// followed by the word ("đầu năm", "thượng tuần tháng 6").
	nextAfterPart
	// nextNeeded: a start word's needWords hold the word.
	nextNeeded
)

// The values of dateVocab.need: what a start word wants after it, as the
// parsers read it; phrases that start with the word are checked apart.
const (
	needAny     = iota // anything: no check
	needFrom           // "từ": a number, or a word where a date may start (parseFrom)
	needNum            // "tháng": a number (monthAfter)
	needYear           // "năm": a number or a heavenly stem (parseYear)
	needQuarter        // "quý": a number or a Roman numeral (parseQuarter)
	needDay            // "ngày": a number, "mùng", "mồng", "rằm" or a weekday (parseDayCore, parseDayAnchor)
	needHom            // "hôm": a number or a weekday (parseDayCore, parseDayAnchor)
	needStem           // "tết": a heavenly stem (parseFestival's cycle year)
	needWord           // "tuần", "cách", "tầm", "nửa": a word of needWords
)

// startNeeds are the start words whose need is known; needWords the words
// that needWord wants after each: "tuần qua" (parseCoarse), "cách đây"
// (parseAgo), "tầm nhìn" (parseVision), "nửa đầu", "nửa cuối", "nửa
// sau" (parseHalf).
var (
	startNeeds = map[string]uint8{"từ": needFrom, "tháng": needNum, "năm": needYear, "quý": needQuarter,
		"ngày": needDay, "hôm": needHom, "tết": needStem, "tuần": needWord, "cách": needWord, "tầm": needWord, "nửa": needWord}
	needWords = map[string][]string{"tuần": {"qua"}, "cách": {"đây"}, "tầm": {"nhìn"}, "nửa": {"đầu", "cuối", "sau"}}
)

// The words of the bits of dateVocab.next: the words the parsers test
// after a number that starts a date (parseTime, parseDayNumber,
// monthAfter, parseFirstMonths, parseAgo) and after a part (parsePart).
var (
	wordsAfterNum = []string{"h", "g", "giờ", "tháng", "quý", "ngày", "tuần", "năm", "tết"}
	unitWords     = []string{"ngày", "tuần", "tháng", "năm", "quý"}
	partScopes    = []string{"tháng", "tuần", "năm"}
)

// dateVocab is what the date lexicons know of a word. The scanner tests
// these fields instead of looking the word up in the lexicon's maps.
type dateVocab struct {
	// cand is start, num != 0 or a phrase of startTables: a date may
	// start with the word (see mayStartWord); most words have none.
	cand  bool
	start bool // a date expression may start with it (dateStartWords)
	// need is, for a word of dateStartWords, what the token after it
	// must be for the parsers to read a date from the word (need*), its
	// phrases aside (see mayStartWord).
	need    uint8
	next    uint8  // the bits next*: what the word may come after
	tables  uint16 // bit t: it starts a phrase of phrase table t
	num     int8   // its value in dates-numbers.txt (1–10), 0 if none
	roman   int8   // its value as a Roman quarter (1–4), 0 if none
	stem    int8   // its heavenly stem + 1, 0 if none
	branch  int8   // its earthly branch + 1, 0 if none
	cue     uint8  // cueEntryNone, cueEntryList or cueEntryWord
	ordinal bool   // dates-ordinals.txt: a number after it names
	podWord bool   // a part of day by itself (a one-word partOfDay phrase)
	// id numbers the word when it is a word of a phrase after the first
	// (dateLexicon.wordID); 0 if it is not.
	id uint16
	// phrases holds, by table, the phrases the word starts, longest
	// first (dateLexicon.byWord); nil when tables is 0.
	phrases *[nDateTables][]phraseRef
}

// maxRestIDs is the number of words after the first that a phraseRef
// holds as ids (matchRefs reads as many tokens); a longer phrase is
// matched by its words.
const maxRestIDs = 3

// A phraseRef is a phrase as the scanner matches it: the ids of its words
// after the first (dateVocab.id), 16 bits each from the low ones, so that
// matching compares one number.
type phraseRef struct {
	p    *phrase
	n    int    // len(p.words)
	rest uint64 // the ids of p.words[1:], when n <= maxRestIDs+1
	mask uint64 // the bits of rest that count
}

// indexPhrases fills l.byWord and l.wordID from the phrase tables.
func (l *dateLexicon) indexPhrases() {
	l.byWord = map[string]*[nDateTables][]phraseRef{}
	l.wordID = map[string]uint16{}
	for _, tab := range l.tables() {
		for _, ps := range tab {
			for _, p := range ps {
				for _, pw := range p.words[1:] {
					if l.wordID[pw] == 0 {
						if len(l.wordID) == 1<<16-1 {
							panic("extract: too many words in the date phrases")
						}
						l.wordID[pw] = uint16(len(l.wordID) + 1)
					}
				}
			}
		}
	}
	for t, tab := range l.tables() {
		for w, ps := range tab {
			if l.byWord[w] == nil {
				l.byWord[w] = new([nDateTables][]phraseRef)
			}
			refs := make([]phraseRef, len(ps))
			for k, p := range ps {
				r := phraseRef{p: p, n: len(p.words)}
				for j, pw := range p.words[1:min(len(p.words), maxRestIDs+1)] {
					r.rest |= uint64(l.wordID[pw]) << (16 * j)
					r.mask |= 0xffff << (16 * j)
				}
				refs[k] = r
			}
			l.byWord[w][t] = refs
		}
	}
}

// dateVocabulary adds the date lexicons' words to the vocabulary.
func dateVocabulary(get func(string) *vocabWord) {
	l := dateLex
	for _, w := range dateStartWords {
		get(w).date.start = true
	}
	for w, n := range startNeeds {
		get(w).date.need = n
	}
	for _, ws := range needWords {
		for _, w := range ws {
			get(w).date.next |= nextNeeded
		}
	}
	for _, w := range wordsAfterNum {
		get(w).date.next |= nextAfterNum
	}
	for _, w := range unitWords {
		get(w).date.next |= nextUnit
	}
	for _, w := range partScopes {
		get(w).date.next |= nextAfterPart
	}
	for w, byTable := range l.byWord {
		v := &get(w).date
		v.phrases = byTable
		for t, ps := range byTable {
			if len(ps) > 0 {
				v.tables |= 1 << t
			}
		}
		if ps := byTable[tabPartOfDay]; len(ps) > 0 && ps[len(ps)-1].n == 1 {
			v.podWord = true
		}
	}
	for w, id := range l.wordID {
		get(w).date.id = id
	}
	for w, n := range l.numWord {
		get(w).date.num = int8(n)
	}
	for w, n := range l.roman {
		get(w).date.roman = int8(n)
	}
	for w, n := range l.stem {
		get(w).date.stem = int8(n + 1)
	}
	for w, n := range l.branch {
		get(w).date.branch = int8(n + 1)
	}
	for w, strong := range l.cue {
		v := &get(w).date
		v.cue = cueEntryList
		if strong {
			v.cue = cueEntryWord
		}
	}
	for w := range l.ordinal {
		get(w).date.ordinal = true
	}
	for _, w := range dateStartWords {
		get(w).date.cand = true
	}
	for w := range l.numWord {
		get(w).date.cand = true
	}
	for w := range l.byWord {
		if v := &get(w).date; v.tables&startTables != 0 {
			v.cand = true
		}
	}
}

// match returns the longest phrase of table tab at token i and the token
// after it. The words of a phrase are consecutive word or number tokens.
func (s *dateScanner) match(tab int, i int) (*phrase, int) {
	if s.has(tab, i) {
		return s.matchAt(tab, i)
	}
	return nil, i
}

// has reports whether token i starts a phrase of table tab, the cheap
// test of match: the hot parsers test it before calling matchAt, as match
// itself is too large to inline.
func (s *dateScanner) has(tab int, i int) bool {
	return uint(i) < uint(len(s.toks)) && s.toks[i].w.date.tables>>tab&1 != 0
}

// matchAt is match at a word i that starts a phrase of tab. The parsers
// often try a table at the same token twice (parseDayAnchor, then
// parseCoarse): the last answer of each table is kept.
func (s *dateScanner) matchAt(tab int, i int) (*phrase, int) {
	m := &s.memo[tab]
	if m.i == i+1 {
		return m.p, m.end
	}
	p, end := s.matchRefs(s.toks[i].w.date.phrases[tab], i)
	*m = matchMemo{i: i + 1, p: p, end: end}
	return p, end
}

// A matchMemo is the last answer of matchAt for one table: the phrase at
// token i-1 (0: none yet) and the token after it.
type matchMemo struct {
	i, end int
	p      *phrase
}

// matchRefs returns the first of refs at token i and the token after it.
// It loads the id of the next word, which most phrases fail on, and those
// of the two after it only for a phrase whose second word matches.
func (s *dateScanner) matchRefs(refs []phraseRef, i int) (*phrase, int) {
	var id1 uint64
	if i+1 < len(s.toks) {
		id1 = uint64(s.toks[i+1].w.date.id)
	}
	next, all := id1, false
	for k := range refs {
		r := &refs[k]
		if r.n <= maxRestIDs+1 {
			// Past the last token the ids are 0, which no word of a
			// phrase has: a phrase that runs past the end fails here.
			if (id1^r.rest)&r.mask&0xffff != 0 {
				continue
			}
			if r.n > 2 && !all {
				next, all = s.nextIDs(i, id1), true
			}
			if (next^r.rest)&r.mask == 0 {
				return r.p, i + r.n
			}
			continue
		}
		if i+r.n <= len(s.toks) && s.matchWords(r.p, i) {
			return r.p, i + r.n
		}
	}
	return nil, i
}

// nextIDs returns the ids of the maxRestIDs (3) words after token i, 16
// bits each, as in phraseRef.rest; id1 is that of the first.
func (s *dateScanner) nextIDs(i int, id1 uint64) uint64 {
	next := id1
	if n := len(s.toks); i+2 < n {
		next |= uint64(s.toks[i+2].w.date.id) << 16
		if i+3 < n {
			next |= uint64(s.toks[i+3].w.date.id) << 32
		}
	}
	return next
}

// matchWords reports whether the words of p are at token i.
func (s *dateScanner) matchWords(p *phrase, i int) bool {
	for j := 1; j < len(p.words); j++ {
		if tk := &s.toks[i+j]; tk.kind == tokPunct || tk.lower != p.words[j] {
			return false
		}
	}
	return true
}

// dv returns what the date lexicons know of the word at i; its fields are
// all zero when i is not a word.
func (s *dateScanner) dv(i int) *dateVocab {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].kind != tokWord {
		return &vocabNone.date
	}
	return &s.toks[i].w.date
}

// mayStartWord reports whether a date may start at the word at i: a word
// of dateStartWords, a number in words before a unit, or the first word of
// a phrase of startTables that matches there (the longest, which the
// parsers take) and may start a date. Any other word fails every parser
// of parseExpr, which test these words by name or by phrase.
func (s *dateScanner) mayStartWord(i int) bool {
	v := &s.toks[i].w.date
	if v.start && (v.need == needAny || s.hasNeed(v.need, i)) {
		return true
	}
	if v.num != 0 && s.dv(i+1).next&nextUnit != 0 {
		return true
	}
	if v.tables&startTables == 0 {
		return false
	}
	for m := v.tables & startTables; m != 0; m &= m - 1 {
		t := bits.TrailingZeros16(m)
		p, end := s.matchAt(t, i)
		switch {
		case p == nil:
		case t == tabRelative && p.fields[0] == "after":
			// "nay", "qua", "mai" name a day only after a part of day
			// (parseDayAnchor), which would start the date.
		case t == tabParts && s.dv(end).next&nextAfterPart == 0:
			// "đầu", "cuối tháng": a part wants its month, week or
			// year after it (parsePart).
		default:
			return true
		}
	}
	return false
}

// hasNeed reports whether the token after the start word at i is what
// the word's need wants there.
func (s *dateScanner) hasNeed(need uint8, i int) bool {
	k := i + 1
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.kind == tokNum {
		return need != needStem && need != needWord
	}
	if t.kind != tokWord {
		return false
	}
	v := &t.w.date
	switch need {
	case needFrom:
		return t.wf&vfDate != 0 && s.mayStartWord(k)
	case needYear, needStem:
		return v.stem != 0
	case needQuarter:
		return v.roman != 0
	case needDay:
		switch t.lower {
		case "mùng", "mồng", "rằm":
			return true
		}
		return v.tables&(1<<tabWeekday) != 0
	case needHom:
		return v.tables&(1<<tabWeekday) != 0
	case needWord:
		return v.next&nextNeeded != 0 && slices.Contains(needWords[s.toks[i].lower], t.lower)
	}
	return false
}

// mayStartNum reports whether a date may start at the number at i: when it
// continues a list of years (parseYearListItem), or is followed by a word
// of wordsAfterNum or by punctuation the parsers read after a number: ":"
// ("09:12"), "/" or "." ("20/1", "20.1.2021") against both numbers, a
// dash ("20-1", "7 – 8/7"); "," or "và" only after a cue ("vào 21, 26/3":
// the first day of a list, parseDayNumber). A number followed by anything
// else fails every parser of parseExpr.
func (s *dateScanner) mayStartNum(i int) bool {
	if i == s.lastEnd+1 {
		return true
	}
	k := i + 1
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	switch t.kind {
	case tokWord:
		if t.lower == "và" {
			return s.cueBefore(i) != cueNone // "ngày 21 và 26/3"
		}
		return t.w.date.next&nextAfterNum != 0
	case tokPunct:
		// After ":" a minute, after "/", "." or a dash a month or a day:
		// one or two digits.
		switch t.text {
		case ":":
			return !t.space && s.tight(k+1) && s.digitsAt(k+1, 2, 2)
		case "/", ".":
			return !t.space && s.tight(k+1) && s.digitsAt(k+1, 1, 2)
		case "-", "–", "—":
			return s.digitsAt(k+1, 1, 2)
		case ",":
			return s.cueBefore(i) != cueNone // "vào 21, 26/3"
		}
	}
	return false
}

// digitsAt reports whether token k is a run of lo to hi digits.
func (s *dateScanner) digitsAt(k, lo, hi int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokNum {
		return false
	}
	n := len(s.toks[k].text)
	return lo <= n && n <= hi
}

// mayStartParen reports whether a date may start at the "(" at i: a range
// of years in parentheses, "(1975 - 2025)", the only date parseExpr reads
// there, starts with a number.
func (s *dateScanner) mayStartParen(i int) bool {
	return i+1 < len(s.toks) && s.toks[i+1].kind == tokNum
}
