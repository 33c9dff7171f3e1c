package extract

import (
	"embed"
	"strconv"
	"strings"
	"time"
)

// The date lexicons: one entry a line, "phrase | field | field", with
// '#' comments. Phrases are lower case, NFC, traditional tone placement,
// words separated by single spaces.
//
//go:embed data/dates-*.txt
var dateData embed.FS

// A phrase is one lexicon entry: its words and its fields.
type phrase struct {
	words  []string
	fields []string
}

// A phraseTable finds lexicon phrases in the tokens, by first word.
type phraseTable map[string][]*phrase

// add adds p, keeping longer phrases first.
func (t phraseTable) add(p *phrase) {
	l := t[p.words[0]]
	i := len(l)
	for i > 0 && len(l[i-1].words) < len(p.words) {
		i--
	}
	l = append(l, nil)
	copy(l[i+1:], l[i:])
	l[i] = p
	t[p.words[0]] = l
}

// parseLexicon parses the text of a lexicon file into phrases, each with
// nfields fields after the phrase.
func parseLexicon(name, text string, nfields int) ([]*phrase, error) {
	var out []*phrase
	lines, nums := lexiconEntries(text)
	for k, line := range lines {
		n := nums[k] - 1
		parts := strings.Split(line, "|")
		for k := range parts {
			parts[k] = strings.TrimSpace(parts[k])
		}
		if len(parts) != nfields+1 || parts[0] == "" {
			return nil, &lexiconError{name, n + 1, "want a phrase and " + strconv.Itoa(nfields) + " fields"}
		}
		out = append(out, &phrase{words: strings.Fields(parts[0]), fields: parts[1:]})
	}
	return out, nil
}

// dateLexicon holds the date lexicons, ready for matching.
type dateLexicon struct {
	partOfDay phraseTable // canonical part of day
	weekday   phraseTable // weekday
	month     phraseTable // month, calendar
	relative  phraseTable // unit, offset
	ranges    phraseTable // range words
	parts     phraseTable // part, scope
	roman     map[string]int
	festival  phraseTable // month, day, calendar
	stem      map[string]int
	branch    map[string]int
	cue       map[string]bool // word cues (true) and list cues (false)
	numWord   map[string]int
	docWord   phraseTable
	fraction  phraseTable     // words after "1/3" that make it a fraction
	ordinal   map[string]bool // words after which a number names: "đợt 2"
	// byWord holds, for each first word of a phrase, its phrases by table
	// (indexed by the tab constants), and wordID a number for each other
	// word of a phrase, for the vocabulary: built once, so that every
	// vocabulary built from l shares them.
	byWord map[string]*[nDateTables][]phraseRef
	wordID map[string]uint16
}

// tables returns the phrase tables of l, in the order of the tab
// constants (tabPartOfDay...).
func (l *dateLexicon) tables() []phraseTable {
	return []phraseTable{l.partOfDay, l.weekday, l.month, l.relative, l.ranges, l.parts,
		l.festival, l.docWord, l.fraction}
}

// dateFiles lists the lexicon files and the number of fields of each.
var dateFiles = map[string]int{
	"dates-partofday.txt": 1,
	"dates-weekdays.txt":  1,
	"dates-months.txt":    2,
	"dates-relative.txt":  2,
	"dates-ranges.txt":    0,
	"dates-parts.txt":     2,
	"dates-roman.txt":     1,
	"dates-festivals.txt": 3,
	"dates-canchi.txt":    2,
	"dates-cues.txt":      1,
	"dates-numbers.txt":   1,
	"dates-docwords.txt":  0,
	"dates-fractions.txt": 0,
	"dates-ordinals.txt":  0,
}

// loadDateFile reads and parses one embedded lexicon file.
func loadDateFile(name string) ([]*phrase, error) {
	b, err := dateData.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	return parseLexicon(name, string(b), dateFiles[name])
}

var dateLex = mustLoadDateLexicon()

func mustLoadDateLexicon() *dateLexicon {
	l, err := loadDateLexicon()
	if err != nil {
		panic(err)
	}
	return l
}

// loadDateLexicon loads and checks every date lexicon.
func loadDateLexicon() (*dateLexicon, error) {
	l := &dateLexicon{
		partOfDay: phraseTable{}, weekday: phraseTable{}, month: phraseTable{},
		relative: phraseTable{}, ranges: phraseTable{}, parts: phraseTable{},
		roman: map[string]int{}, festival: phraseTable{}, stem: map[string]int{},
		branch: map[string]int{}, cue: map[string]bool{}, numWord: map[string]int{},
		docWord: phraseTable{}, fraction: phraseTable{},
		ordinal: map[string]bool{},
	}
	tables := map[string]phraseTable{
		"dates-partofday.txt": l.partOfDay,
		"dates-weekdays.txt":  l.weekday,
		"dates-months.txt":    l.month,
		"dates-relative.txt":  l.relative,
		"dates-ranges.txt":    l.ranges,
		"dates-parts.txt":     l.parts,
		"dates-festivals.txt": l.festival,
		"dates-docwords.txt":  l.docWord,
		"dates-fractions.txt": l.fraction,
	}
	for name := range dateFiles {
		ps, err := loadDateFile(name)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			if err := checkDateEntry(name, p); err != nil {
				return nil, err
			}
			if t, ok := tables[name]; ok {
				t.add(p)
				continue
			}
			w := p.words[0]
			switch name {
			case "dates-roman.txt":
				l.roman[w], _ = strconv.Atoi(p.fields[0])
			case "dates-canchi.txt":
				n, _ := strconv.Atoi(p.fields[1])
				if p.fields[0] == "stem" {
					l.stem[w] = n
				} else {
					l.branch[w] = n
				}
			case "dates-cues.txt":
				l.cue[w] = p.fields[0] == "word"
			case "dates-numbers.txt":
				l.numWord[w], _ = strconv.Atoi(p.fields[0])
			case "dates-ordinals.txt":
				l.ordinal[w] = true
			}
		}
	}
	l.indexPhrases()
	return l, nil
}

// dateStartWords are the words, besides the first words of phrases and
// the numbers in words, that a date expression may start with: the
// parsers test them by name.
var dateStartWords = []string{"ngày", "mùng", "mồng", "rằm", "tháng", "quý", "năm", "tuần", "từ", "hôm", "tết", "nửa", "cách", "tầm", "("}

// checkDateEntry checks the fields of one lexicon entry.
func checkDateEntry(name string, p *phrase) error {
	bad := func(msg string) error { return &lexiconError{name, 0, strings.Join(p.words, " ") + ": " + msg} }
	num := func(s string, lo, hi int) bool {
		n, err := strconv.Atoi(s)
		return err == nil && lo <= n && n <= hi
	}
	f := p.fields
	switch name {
	case "dates-partofday.txt":
		switch f[0] {
		case "sáng", "trưa", "chiều", "tối", "đêm":
		default:
			return bad("unknown part of day " + f[0])
		}
	case "dates-weekdays.txt":
		if _, ok := parseWeekday(f[0]); !ok {
			return bad("unknown weekday " + f[0])
		}
	case "dates-months.txt":
		if !num(f[0], 1, 12) || (f[1] != "solar" && f[1] != "lunar") {
			return bad("want month 1-12 and solar or lunar")
		}
	case "dates-relative.txt":
		switch f[0] {
		case "day", "after", "anchor", "week", "month", "quarter", "year":
		default:
			return bad("unknown unit " + f[0])
		}
		if !num(strings.TrimPrefix(f[1], "+"), -10, 10) {
			return bad("bad offset " + f[1])
		}
	case "dates-parts.txt":
		if (f[0] != "early" && f[0] != "mid" && f[0] != "late") || (f[1] != "year-month" && f[1] != "month") {
			return bad("want early, mid or late and year-month or month")
		}
	case "dates-roman.txt":
		if !num(f[0], 1, 4) || len(p.words) != 1 {
			return bad("want one numeral and 1-4")
		}
	case "dates-festivals.txt":
		if !num(f[0], 1, 12) || !num(f[1], 1, 30) || (f[2] != "solar" && f[2] != "lunar") {
			return bad("want month, day and solar or lunar")
		}
	case "dates-canchi.txt":
		if len(p.words) != 1 || !(f[0] == "stem" && num(f[1], 0, 9) || f[0] == "branch" && num(f[1], 0, 11)) {
			return bad("want one word, stem 0-9 or branch 0-11")
		}
	case "dates-cues.txt":
		if len(p.words) != 1 || (f[0] != "word" && f[0] != "list") {
			return bad("want one word and word or list")
		}
	case "dates-numbers.txt":
		if len(p.words) != 1 || !num(f[0], 1, 10) {
			return bad("want one word and 1-10")
		}
	case "dates-ordinals.txt":
		if len(p.words) != 1 {
			return bad("want one word")
		}
	}
	return nil
}

// parseWeekday parses an English weekday name in lower case.
func parseWeekday(s string) (time.Weekday, bool) {
	for i, n := range weekdayNames {
		if n == s {
			return time.Weekday(i), true
		}
	}
	return 0, false
}
