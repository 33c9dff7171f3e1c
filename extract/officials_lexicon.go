package extract

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// The lexicons of the officials extractor, embedded from data/. Each file
// has one entry a line; blank lines and lines starting with '#' are
// comments. Their syntax is described at the top of each file.
var (
	//go:embed data/surnames.txt
	offSurnamesData string
	//go:embed data/honorifics.txt
	offHonorificsData string
	//go:embed data/positions.txt
	offPositionsData string
	//go:embed data/organizations.txt
	offOrganizationsData string
	//go:embed data/provinces.txt
	offProvincesData string
	//go:embed data/abbreviations.txt
	offAbbreviationsData string
	//go:embed data/placewords.txt
	offPlacewordsData string
	//go:embed data/officials-countries.txt
	offCountriesData string
	//go:embed data/officials-stopwords.txt
	offStopwordsData string
	//go:embed data/officials-orgwords.txt
	offOrgwordsData string
	//go:embed data/officials-middles.txt
	offMiddlesData string
	//go:embed data/officials-commapairs.txt
	offCommaPairsData string
)

// offDataFiles lists the lexicon files by name, for the loader and its
// tests.
func offDataFiles() map[string]string {
	return map[string]string{
		"surnames.txt":             offSurnamesData,
		"honorifics.txt":           offHonorificsData,
		"positions.txt":            offPositionsData,
		"organizations.txt":        offOrganizationsData,
		"provinces.txt":            offProvincesData,
		"abbreviations.txt":        offAbbreviationsData,
		"placewords.txt":           offPlacewordsData,
		"officials-countries.txt":  offCountriesData,
		"officials-stopwords.txt":  offStopwordsData,
		"officials-orgwords.txt":   offOrgwordsData,
		"officials-middles.txt":    offMiddlesData,
		"officials-commapairs.txt": offCommaPairsData,
	}
}

// An offTrie maps phrases, as sequences of lower-case tokens, to the index
// of an entry.
type offTrie struct {
	next map[string]*offTrie
	val  int // entry index + 1; 0 when no phrase ends here
}

// An offTable is a set of phrases matched against the tokens of a doc.
// It is built as a trie of maps (root), then compiled into the shared
// offTries x, which match uses.
type offTable struct {
	root offTrie
	n    int    // number of entries
	bit  uint16 // the table's bit in offLexicon.first
	x    *offTries
}

// add adds the phrase with the given lower-case tokens for entry idx. A
// phrase already present keeps its first entry; add reports whether it
// was new.
func (t *offTable) add(toks []string, idx int) bool {
	if len(toks) == 0 {
		return false
	}
	n := &t.root
	for _, w := range toks {
		c := n.next[w]
		if c == nil {
			if n.next == nil {
				n.next = make(map[string]*offTrie, 2)
			}
			c = &offTrie{}
			n.next[w] = c
		}
		n = c
	}
	if n.val != 0 {
		return false
	}
	n.val = idx + 1
	if idx+1 > t.n {
		t.n = idx + 1
	}
	return true
}

// match returns the end of the longest phrase starting at token i and its
// entry index, or (i, -1). A phrase may not run across a line break;
// spaces between its tokens do not matter ("GS. TS." is "GS.TS.").
func (t *offTable) match(d *doc, i int) (end, idx int) { return t.at(d.toks, i) }

// at is match on toks; i may be out of range. The first step needs no
// probe: the token's vocabulary entry says whether the word starts
// phrases of the table and where its node under the table's root is.
func (t *offTable) at(toks []token, i int) (end, idx int) {
	end, idx = i, -1
	if uint(i) >= uint(len(toks)) {
		return end, idx
	}
	w := &toks[i].w.off
	if w.first&t.bit == 0 {
		return end, idx
	}
	x := t.x
	// The word's node under this table's root comes after those under
	// the roots of the tables of lower bits it starts phrases of.
	below := (w.first & (t.bit - 1)) % (1 << offMaxTables)
	n := x.roots[int(w.roots)+int(offOnes[below])]
	for k := i + 1; ; k++ {
		v := x.vals[n]
		if v&offValMask != 0 {
			end, idx = k, int(v&offValMask)-1
		}
		if v&offHasKids == 0 || k >= len(toks) {
			break
		}
		tok := &toks[k]
		if tok.newline {
			break
		}
		// The word's id: the vocabulary's, or a punctuation token's.
		// The filter of the node's children turns 0 away too.
		id := tok.w.off.id
		if tok.kind == tokPunct {
			id = x.punctID(tok.lower)
		}
		if v&offKidBit(id) == 0 {
			break
		}
		if n = x.child(n, id); n == 0 {
			break
		}
	}
	return end, idx
}

// offLowerTokens returns the lower-case tokens of a phrase.
func offLowerTokens(s string) []string {
	toks := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

// offPosition is an entry of positions.txt.
type offPosition struct {
	text     string // as written, brackets removed
	unit     int    // index of the token that starts the shared unit, or -1
	needsOrg bool   // a title only with an organization after it
	standing bool   // the position is "Thường trực" itself
}

// offPlace is one province or city of provinces.txt.
type offPlace struct {
	period    string // "both", "before" or "after"
	canonical string // "Thành phố Hồ Chí Minh", "tỉnh Đắk Lắk"
}

// offPlaceword is an entry of placewords.txt.
type offPlaceword struct {
	text     string
	admin    bool     // an administrative unit, allowed inside organizations
	notAfter []string // lower-case words that make it part of another word
}

// Flags of stop words (officials-stopwords.txt) that may stand inside an
// organization's name.
const (
	stopOrg   = 1 // "mới", "về", "các": when more of the organization or a name follows
	stopBoard = 2 // "chỉ đạo", "kiểm tra": the same, right after a head that needs a name
)

// offLexicon holds every table of the officials extractor. It is built
// once and only read afterwards.
type offLexicon struct {
	surnames        map[string]bool // lower case
	surnamePrefixes []string        // lower case, e.g. "h'"
	// surnamePrefixInWord: a prefix may start a word token (none does when
	// each has an apostrophe, a token of its own).
	surnamePrefixInWord bool
	middles             map[string]bool

	honorifics    offTable
	honorificText []string // canonical text of each honorific
	honorificLow  []bool   // written in lower case: capitalized only at a sentence start

	positions offTable
	posInfo   []offPosition

	orgs      offTable
	orgNamed  []bool // needs a name after it
	orgPlace  []bool // often followed by the name of its place
	orgField  []bool // after a department's name, a word of that name
	orgSingle []bool // one word: must be capitalized in the text

	places     offTable
	placeInfo  []offPlace
	placeIndex []int           // phrase entry -> placeInfo index
	placeNames map[string]bool // lower-case bare names and variants, never a person

	countries offTable

	abbrevs   offTable
	abbrevExp []string
	abbrevCap []bool // the abbreviation starts with capitals: "TƯ" is not "Tư" in "Bộ Tư pháp"

	placewords offTable
	pwInfo     []offPlaceword

	stop       offTable
	stopInOrg  []uint8 // per stop entry: 0, stopOrg or stopBoard
	orgwords   offTable
	commaPairs offTable // "phòng, chống": a comma inside an organization

	// first maps the first word of every phrase of every table to the
	// bits of the tables it may start, so that a scan looks each token up
	// once.
	first map[string]uint16
	// tries is every table compiled for matching.
	tries *offTries
	// scanBits are the tables whose phrases the scan looks for at every
	// token (offScan.scan).
	scanBits uint16
	// titleWordBits are the tables of offScan.startsTitleWord.
	titleWordBits uint16
}

// offLex returns the lexicons, loading them on first use.
var offLex = sync.OnceValue(func() *offLexicon {
	l, err := loadOffLexicon()
	if err != nil {
		panic(err) // the embedded data is checked by the tests
	}
	return l
})

// loadOffLexicon parses the embedded lexicon files and compiles their
// tables for matching.
func loadOffLexicon() (*offLexicon, error) {
	l, err := parseOffLexicon()
	if err != nil {
		return nil, err
	}
	l.tries = compileTries(l.tables())
	return l, nil
}

// tables returns the phrase tables, in the order of their bits.
func (l *offLexicon) tables() []*offTable {
	return []*offTable{&l.honorifics, &l.positions, &l.orgs, &l.places, &l.countries,
		&l.abbrevs, &l.placewords, &l.stop, &l.orgwords, &l.commaPairs}
}

// parseOffLexicon parses the embedded lexicon files; its tables are tries
// of maps, not compiled.
func parseOffLexicon() (*offLexicon, error) {
	l := &offLexicon{
		surnames:   map[string]bool{},
		middles:    map[string]bool{},
		placeNames: map[string]bool{},
	}
	fail := func(file string, line int, msg string) error {
		return &lexiconError{file: file, line: line, msg: msg}
	}

	lines, nums := lexiconEntries(offSurnamesData)
	for k, s := range lines {
		low := strings.ToLower(s)
		if strings.HasSuffix(s, "'") {
			l.surnamePrefixes = append(l.surnamePrefixes, low)
			if toks := tokenize(low + "a"); len(toks) == 1 && toks[0].kind == tokWord {
				l.surnamePrefixInWord = true
			}
			continue
		}
		if strings.ContainsAny(s, " |") {
			return nil, fail("surnames.txt", nums[k], "a surname is one word")
		}
		l.surnames[low] = true
	}
	lines, nums = lexiconEntries(offMiddlesData)
	for k, s := range lines {
		if strings.ContainsAny(s, " |") {
			return nil, fail("officials-middles.txt", nums[k], "one word a line")
		}
		l.middles[strings.ToLower(s)] = true
	}

	lines, nums = lexiconEntries(offHonorificsData)
	for k, s := range lines {
		toks := offLowerTokens(s)
		idx := len(l.honorificText)
		l.honorificText = append(l.honorificText, s)
		l.honorificLow = append(l.honorificLow, s == strings.ToLower(s))
		if !l.honorifics.add(toks, idx) {
			return nil, fail("honorifics.txt", nums[k], "duplicate "+s)
		}
		if len(toks) > 1 && toks[len(toks)-1] == "." {
			l.honorifics.add(toks[:len(toks)-1], idx)
		}
	}

	lines, nums = lexiconEntries(offPositionsData)
	for k, s := range lines {
		p := offPosition{unit: -1}
		if t, ok := strings.CutSuffix(s, "|org"); ok {
			s, p.needsOrg = t, true
		}
		if strings.Contains(s, "|") {
			return nil, fail("positions.txt", nums[k], "unknown flag in "+s)
		}
		if o := strings.IndexByte(s, '['); o >= 0 {
			c := strings.IndexByte(s, ']')
			if c < o || c != len(s)-1 {
				return nil, fail("positions.txt", nums[k], "bad unit brackets in "+s)
			}
			p.unit = len(tokenize(s[:o]))
			s = s[:o] + s[o+1:c]
		}
		p.text = s
		p.standing = strings.EqualFold(s, "Thường trực")
		if !l.positions.add(offLowerTokens(s), len(l.posInfo)) {
			return nil, fail("positions.txt", nums[k], "duplicate "+s)
		}
		l.posInfo = append(l.posInfo, p)
	}

	lines, nums = lexiconEntries(offOrganizationsData)
	for k, s := range lines {
		named, place, field := false, false, false
		if t, ok := strings.CutSuffix(s, "|field"); ok {
			s, field = t, true
		}
		if t, ok := strings.CutSuffix(s, "|named"); ok {
			s, named = t, true
		} else if t, ok := strings.CutSuffix(s, "|place"); ok {
			s, place = t, true
		}
		if strings.Contains(s, "|") {
			return nil, fail("organizations.txt", nums[k], "unknown flag in "+s)
		}
		toks := offLowerTokens(s)
		if !l.orgs.add(toks, len(l.orgNamed)) {
			return nil, fail("organizations.txt", nums[k], "duplicate "+s)
		}
		l.orgNamed = append(l.orgNamed, named)
		l.orgPlace = append(l.orgPlace, place)
		l.orgField = append(l.orgField, field)
		l.orgSingle = append(l.orgSingle, len(toks) == 1)
	}

	lines, nums = lexiconEntries(offProvincesData)
	prefixes := [][]string{{"tỉnh"}, {"thành", "phố"}, {"tp"}, {"tp", "."}}
	for k, s := range lines {
		f := strings.Split(s, "|")
		if len(f) < 2 {
			return nil, fail("provinces.txt", nums[k], "want period|canonical|variants")
		}
		switch f[0] {
		case "both", "before", "after":
		default:
			return nil, fail("provinces.txt", nums[k], "unknown period "+f[0])
		}
		canon := f[1]
		bare, ok := strings.CutPrefix(canon, "tỉnh ")
		if !ok {
			bare, ok = strings.CutPrefix(canon, "Thành phố ")
		}
		if !ok {
			return nil, fail("provinces.txt", nums[k], "canonical name without its kind: "+canon)
		}
		pi := len(l.placeInfo)
		l.placeInfo = append(l.placeInfo, offPlace{period: f[0], canonical: canon})
		variants := append([]string{bare}, f[2:]...)
		for _, v := range variants {
			v = strings.TrimSpace(v)
			if v == "" {
				return nil, fail("provinces.txt", nums[k], "empty variant")
			}
			toks := offLowerTokens(v)
			l.addPlace(toks, pi)
			if toks[0] == "tp" || strings.HasPrefix(toks[0], "tp") && len(toks) == 1 {
				continue // a short form with the kind inside it
			}
			l.placeNames[strings.Join(toks, " ")] = true
			for _, p := range prefixes {
				l.addPlace(append(append([]string{}, p...), toks...), pi)
			}
		}
		l.addPlace(offLowerTokens(canon), pi)
	}

	lines, nums = lexiconEntries(offCountriesData)
	for k, s := range lines {
		toks := offLowerTokens(s)
		if !l.countries.add(toks, k) {
			return nil, fail("officials-countries.txt", nums[k], "duplicate "+s)
		}
		l.placeNames[strings.Join(toks, " ")] = true
	}

	lines, nums = lexiconEntries(offAbbreviationsData)
	for k, s := range lines {
		a, exp, ok := strings.Cut(s, " = ")
		if !ok || strings.TrimSpace(a) == "" || strings.TrimSpace(exp) == "" {
			return nil, fail("abbreviations.txt", nums[k], "want ABBR = expansion")
		}
		a, exp = strings.TrimSpace(a), strings.TrimSpace(exp)
		if !l.abbrevs.add(offLowerTokens(a), len(l.abbrevExp)) {
			return nil, fail("abbreviations.txt", nums[k], "duplicate "+a)
		}
		l.abbrevExp = append(l.abbrevExp, exp)
		l.abbrevCap = append(l.abbrevCap, isAllCaps(tokenize(a)[0].text))
	}

	lines, nums = lexiconEntries(offPlacewordsData)
	for k, s := range lines {
		f := strings.Split(s, "|")
		pw := offPlaceword{text: f[0]}
		for _, flag := range f[1:] {
			switch {
			case flag == "admin":
				pw.admin = true
			case strings.HasPrefix(flag, "not-after:"):
				for _, w := range strings.Split(flag[len("not-after:"):], ",") {
					pw.notAfter = append(pw.notAfter, strings.ToLower(strings.TrimSpace(w)))
				}
			default:
				return nil, fail("placewords.txt", nums[k], "unknown flag "+flag)
			}
		}
		if !l.placewords.add(offLowerTokens(pw.text), len(l.pwInfo)) {
			return nil, fail("placewords.txt", nums[k], "duplicate "+pw.text)
		}
		l.pwInfo = append(l.pwInfo, pw)
	}

	for _, f := range []struct {
		name  string
		data  string
		t     *offTable
		flags bool
	}{
		{"officials-stopwords.txt", offStopwordsData, &l.stop, true},
		{"officials-orgwords.txt", offOrgwordsData, &l.orgwords, false},
		{"officials-commapairs.txt", offCommaPairsData, &l.commaPairs, false},
	} {
		lines, nums = lexiconEntries(f.data)
		for k, s := range lines {
			var flag uint8
			if f.flags {
				w, fl, ok := strings.Cut(s, "|")
				switch {
				case !ok:
				case fl == "org":
					flag = stopOrg
				case fl == "board":
					flag = stopBoard
				default:
					return nil, fail(f.name, nums[k], "unknown flag "+fl)
				}
				s = w
				l.stopInOrg = append(l.stopInOrg, flag)
			}
			if s != strings.ToLower(s) {
				return nil, fail(f.name, nums[k], "entries are lower case: "+s)
			}
			toks := offLowerTokens(s)
			if f.t == &l.commaPairs && (len(toks) < 3 || !slices.Contains(toks[1:len(toks)-1], ",")) {
				return nil, fail(f.name, nums[k], "want words, a comma, words: "+s)
			}
			if !f.t.add(toks, k) {
				return nil, fail(f.name, nums[k], "duplicate "+s)
			}
		}
	}
	l.first = map[string]uint16{}
	for i, t := range l.tables() {
		t.bit = 1 << i
		for w := range t.root.next {
			l.first[w] |= t.bit
		}
	}
	l.scanBits = l.honorifics.bit | l.positions.bit | l.placewords.bit | l.places.bit | l.countries.bit
	l.titleWordBits = l.honorifics.bit | l.positions.bit | l.orgs.bit
	return l, nil
}

// addPlace adds one written form of the place pi.
func (l *offLexicon) addPlace(toks []string, pi int) {
	idx := len(l.placeIndex)
	if l.places.add(toks, idx) {
		l.placeIndex = append(l.placeIndex, pi)
	}
}
