package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Officials: every person an article names with a title or an honorific,
// one per person, with every title they are given and every mention.
//
// Patterns recognised (rule names in parentheses):
//
//   - a name then titles, after a comma, a dash or in parentheses:
//     "đồng chí Nguyễn Văn Nên, Bí thư Trung ương Đảng, Bí thư Thành ủy
//     TP Hồ Chí Minh", "ông Trần Văn A – Chủ tịch UBND tỉnh B", "ông A
//     (Giám đốc Sở Y tế)" (official.name-title);
//   - titles then a name: "Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn
//     Nên", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng",
//     "Giám đốc Trung tâm Khuyến nông tỉnh, ông Lương Văn Tỵ"
//     (official.title-name);
//   - lists: "các đồng chí: A, Bí thư ...; B, Phó Bí thư ..."
//     (official.list);
//   - an honorific then a name: "bà Nguyễn Thị Sen", "bác sĩ Vi Thị Hằng"
//     (official.honorific-name);
//   - later mentions of a person already named: "ông Nên", "Bí thư
//     Nên", "bà Hoa", the full name alone, or the title alone ("Bí thư
//     Tỉnh ủy cũng yêu cầu") when it matches one of theirs.
//
// The scanner is in officials_title.go (titles and organizations),
// names.go (names), credits.go (credits); the lexicons are described in
// officials_lexicon.go and at the top of each data file.

// Official is a person the text names with a title or an honorific: a
// leader, a civil servant, an officer, a doctor, or anyone introduced as
// "ông"/"bà". Mentions of one person are merged into one Official.
//
// The conventions, which the evaluation follows:
//
//   - A title is written as in the text, normalized, without the
//     honorific and the name. Each distinct title is kept once, in its
//     fullest written form: a title that is a prefix of another title of
//     the same person ("Bí thư Thành ủy TP", "Bí thư") is folded into it.
//     Two different wordings of one office ("Ngoại trưởng Australia",
//     "Bộ trưởng Ngoại giao Australia") are both kept. "nguyên" and "cựu"
//     stay in the title text; "kiêm" separates two titles and is left
//     out.
//   - Ranks (Đại tướng ... Thiếu úy), academic titles (GS.TS., TS.),
//     forms of address (đồng chí, ông, bà, anh, chị), professions named
//     before a name (bác sĩ, Luật sư, Nhà báo) and clergy (Hòa thượng) are
//     honorifics, not titles. "Thẩm phán", "Kiểm sát viên" and "đại biểu
//     Quốc hội" are titles.
//   - A person named only with an honorific is an official with no
//     titles; a person named with neither (an athlete, a defendant, a
//     pupil) is not an official.
//   - Two mentions are one person when their full names are equal. A
//     short mention (a given name, or the end of a full name) belongs to
//     the person with that name mentioned most recently before it, so two
//     different people called Hòa stay apart and "ông Hòa" goes to the
//     last one named.
//   - Places, streets, schools, hospitals, bridges and districts named
//     after people ("TP Hồ Chí Minh", "đường Lê Lợi", "trường THPT Nguyễn
//     Du", "quận Hai Bà Trưng", "cầu Trần Thị Lý", "Bệnh viện Bạch Mai")
//     are not people. Photo credits ("(Ảnh: Thy Dương)") and the byline
//     are returned as Credits, never as officials.
type Official struct {
	// Name is the full name, NFC with the traditional tone placement
	// ("Ngô Thị Minh Thủy").
	Name string `json:"name"`
	// Titles are the distinct titles, each in its fullest written form,
	// normalized, without honorific or name ("Phó Bí thư Thường trực
	// Tỉnh ủy", "nguyên Bộ trưởng Bộ Y tế"), in order of appearance.
	Titles []string `json:"titles"`
	// Honorifics are the honorifics and ranks seen before the name ("đồng
	// chí", "ông", "Thượng tá", "GS.TS.").
	Honorifics []string `json:"honorifics"`
	// Roles are Titles taken apart: position, organization, modifiers.
	Roles []Role `json:"roles"`
	// Mentions are every place the person is named, in order: the full
	// name, a short name ("Nên"), or a title standing for them.
	Mentions []Mention `json:"mentions"`
	// Rule names the pattern of the first mention that made the person an
	// official: "official.name-title", "official.title-name",
	// "official.list" or "official.honorific-name".
	Rule string `json:"rule"`
}

// Role is one title taken apart.
type Role struct {
	// Text is the title as in Official.Titles.
	Text string `json:"text"`
	// Position is the office: "Bí thư", "Phó Trưởng Ban", "Phó Bí thư
	// Thường trực".
	Position string `json:"position"`
	// Organization is the body the office belongs to, as written:
	// "Thành ủy TP Hồ Chí Minh", "Ban Tổ chức Thành ủy TP Hồ Chí Minh";
	// empty for an office alone ("Thủ tướng").
	Organization string `json:"organization"`
	// OrganizationExpanded is Organization with the abbreviations of
	// abbreviations.txt expanded and places in their canonical form:
	// "Thành ủy Thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Đắk Lắk".
	OrganizationExpanded string `json:"organization_expanded"`
	// Modifiers qualify the office: "former" (nguyên, cựu), "acting"
	// (Quyền), "deputy" (Phó), "standing" (Thường trực), "concurrent"
	// (after kiêm).
	Modifiers []string `json:"modifiers"`
}

// Credit is the author of an article (its byline: the name alone on the
// last line, "Chi Mai") or of a photo ("(Ảnh: Thy Dương)").
type Credit struct {
	Mention
	// Name is the credited name: "Thy Dương".
	Name string `json:"name"`
	// Rule is "credit.byline" or "credit.photo".
	Rule string `json:"rule"`
}

// Kinds of offItem.
const (
	itemFull  = iota // a full name, with titles or honorifics
	itemShort        // a given name or the end of a full name
	itemBare         // a full name alone: only a further mention
	itemTitle        // a title alone, standing for its holder
)

// offItem is one mention found by the scanner, before merging.
type offItem struct {
	kind       int
	name       offName
	titles     []offTitle
	hons       []string
	rule       string
	start, end int // tokens of the mention
}

// offScan holds the state of one scan of a doc.
type offScan struct {
	d     *doc
	lx    *offLexicon
	skip  []bool   // tokens of credits
	mask  []uint16 // per token, the tables a phrase may start in
	items []offItem
	keys  map[[2]int]string // title keys by token span

	listHon string // honorific of a list ("các đồng chí: ..."), until the end of the sentence
}

// officials finds the credits, then the officials of d. It returns the
// officials, the bylines and the photo credits, each a non-nil list in
// text order.
func (e *Extractor) officials(d *doc) ([]Official, []Credit, []Credit) {
	s := newOffScan(d)
	bylines, photos := s.credits()
	s.scan()
	return s.resolve(), bylines, photos
}

// newOffScan prepares a scan of d.
func newOffScan(d *doc) *offScan {
	lx := offLex()
	s := &offScan{d: d, lx: lx, skip: make([]bool, len(d.toks)), mask: make([]uint16, len(d.toks))}
	for i := range d.toks {
		s.mask[i] = lx.first[d.toks[i].lower]
	}
	return s
}

// match matches the table t at token k, looking at the table only when
// the token may start one of its phrases.
func (s *offScan) match(t *offTable, k int) (end, idx int) {
	if k < 0 || k >= len(s.mask) || s.mask[k]&t.bit == 0 {
		return k, -1
	}
	return t.match(s.d, k)
}

// sentStart reports whether token k starts a sentence or a line.
func (s *offScan) sentStart(k int) bool {
	if k <= 0 || k >= len(s.d.toks) || s.d.toks[k].newline {
		return true
	}
	switch s.d.toks[k-1].text {
	case ".", "!", "?", ":", "\"", "(", "…", "–", "—", "-", ";":
		return true
	}
	return false
}

// honorificsAt matches honorifics at k ("đồng chí", "Thượng tá", "GS.TS.
// bác sĩ"), returning their end and canonical texts. One written in lower
// case in the lexicon is taken capitalized only at a sentence start.
func (s *offScan) honorificsAt(k int) (end int, hons []string) {
	end = k
	for len(hons) < 4 && k < len(s.d.toks) && !s.skip[k] {
		e, idx := s.match(&s.lx.honorifics, k)
		if idx < 0 {
			break
		}
		if s.lx.honorificLow[idx] && s.d.toks[k].upper && !s.sentStart(k) {
			break
		}
		hons = append(hons, s.lx.honorificText[idx])
		end, k = e, e
		if s.tokText(k) == "," {
			if e2, idx2 := s.match(&s.lx.honorifics, k+1); idx2 >= 0 && e2 > k+1 {
				k++
			}
		}
	}
	return end, hons
}

// scan finds every mention, left to right, in one pass.
func (s *offScan) scan() {
	toks := s.d.toks
	for i := 0; i < len(toks); {
		if s.skip[i] {
			i++
			continue
		}
		t := toks[i]
		if s.listHon != "" && (t.newline || i > 0 && (toks[i-1].text == "." || toks[i-1].text == "!" || toks[i-1].text == "?")) {
			s.listHon = ""
		}
		if e, hons := s.honorificsAt(i); e > i {
			// "nhà văn hóa Trần Văn Ơn" is a place, not "nhà văn".
			if pw, _ := s.match(&s.lx.placewords, i); pw > e {
				if pe := s.placewordAt(i); pe > i {
					i = pe
					continue
				}
			}
			i = s.afterHonorifics(i, e, hons)
			continue
		}
		if t.kind == tokWord {
			if _, _, ok := s.positionAt(i); ok {
				i = s.titleFirst(i, nil)
				continue
			}
		}
		if e := s.placewordAt(i); e > i {
			i = e
			continue
		}
		if e, _ := s.placeAt(i); e > i {
			i = e
			continue
		}
		if e := s.countryAt(i); e > i {
			i = e
			continue
		}
		if t.kind == tokWord && t.upper && (s.lx.isSurname(t.lower) || s.tokText(i+1) == "'") {
			n := s.nameAt(i, 4)
			if s.lx.validFull(n, false) {
				i = s.nameFirst(n, nil, s.listHon)
				continue
			}
		}
		i++
	}
}

// placewordAt matches a place word at k and skips the name after it:
// "đường Lê Lợi", "trường THPT Nguyễn Du". It returns k when none.
func (s *offScan) placewordAt(k int) int {
	d := s.d
	e, idx := s.match(&s.lx.placewords, k)
	if idx < 0 {
		return k
	}
	pw := s.lx.pwInfo[idx]
	if k > 0 && !d.toks[k].newline {
		prev := d.toks[k-1].lower
		for _, w := range pw.notAfter {
			if prev == w {
				return k
			}
		}
	}
	if e == k+1 && d.toks[k].upper && s.lx.isSurname(d.toks[k].lower) {
		return k // "Lăng Văn Tài" is a person
	}
	j := e
	for j < len(d.toks) && !d.toks[j].newline && (d.toks[j].kind == tokWord && isAllCaps(d.toks[j].text) || d.toks[j].kind == tokNum) {
		j++
	}
	if j < len(d.toks) && s.startsTitleWord(j) {
		return e
	}
	n := s.nameAt(j, 6)
	if len(n.units) == 0 {
		return e
	}
	return n.end
}

// afterHonorifics handles the text after honorifics [i, e): a list
// opening, a title, or a name.
func (s *offScan) afterHonorifics(i, e int, hons []string) int {
	toks := s.d.toks
	if e < len(toks) && toks[e].text == ":" {
		// "các đồng chí: A, Bí thư ...; B, ..."
		s.listHon = hons[len(hons)-1]
		return e + 1
	}

	if _, _, ok := s.positionAt(e); ok {
		return s.titleFirst(e, hons)
	}
	n := s.nameAt(e, 4)
	switch {
	case len(n.units) == 0:
		return e
	case len(n.units) == 1:
		if s.lx.placeNames[n.key()] {
			return n.end
		}
		it := offItem{kind: itemShort, name: n, hons: hons, start: n.start, end: n.end}
		titles, end := s.titlesAfterName(n.end, true)
		it.titles = titles
		s.items = append(s.items, it)
		return max(end, n.end)
	}
	if !s.lx.validFull(n, true) {
		if s.lx.isPlaceName(n) {
			return n.end
		}
		// Perhaps the end of a full name: "bà Bích Hạnh".
		s.items = append(s.items, offItem{kind: itemShort, name: n, hons: hons, start: n.start, end: n.end})
		return n.end
	}
	if i > 0 && !toks[i].newline && (toks[i-1].lower == "các" || toks[i-1].lower == "những") {
		// "các đồng chí Võ Trọng Hải, Trần Thế Dũng": the names after
		// this one in the sentence share the honorific.
		s.listHon = hons[len(hons)-1]
	}
	return s.nameFirst(n, hons, "")
}

// nameFirst handles a full name, with the honorifics before it, and the
// titles after it. Without honorifics the name counts only with titles
// after it; otherwise it is a further mention of a known person.
func (s *offScan) nameFirst(n offName, hons []string, listHon string) int {
	titles, end := s.titlesAfterName(n.end, len(hons) > 0)
	it := offItem{kind: itemFull, name: n, titles: titles, hons: hons, start: n.start, end: n.end}
	switch {
	case len(hons) > 0 && len(titles) > 0:
		it.rule = "official.name-title"
	case len(hons) > 0:
		it.rule = "official.honorific-name"
	case listHon != "":
		it.rule = "official.list"
		it.hons = []string{listHon}
	case len(titles) > 0:
		it.rule = "official.name-title"
	default:
		it.kind = itemBare
	}
	s.items = append(s.items, it)
	return max(end, n.end)
}

// titlesAfterName parses the titles after a name at k: after a comma or
// a dash, in parentheses, or (after an honorific and name) directly.
func (s *offScan) titlesAfterName(k int, direct bool) ([]offTitle, int) {
	toks := s.d.toks
	if k >= len(toks) || toks[k].newline || s.skip[k] {
		return nil, k
	}
	switch toks[k].text {
	case ",", "–", "—":
		return s.appositive(k + 1)
	case "-":
		if toks[k].space {
			return s.appositive(k + 1)
		}
	case "(":
		titles, end := s.appositive(k + 1)
		if len(titles) > 0 && s.tokText(end) == ")" {
			end++
		}
		if len(titles) == 0 {
			// "ông Võ Văn Hưng (ảnh), Chủ tịch ...": a short remark in
			// lower case between the name and the titles.
			c := k + 1
			for c < len(toks) && c-k <= 6 && s.isWordLower(c) {
				c++
			}
			if c > k+1 && s.tokText(c) == ")" && !toks[c].newline {
				return s.titlesAfterName(c+1, direct)
			}
		}
		return titles, end
	default:
		if direct && toks[k].upper {
			return s.appositive(k)
		}
	}
	return nil, k
}

// appositive parses the titles of a person already named, at k. A title
// that ends with another person's name ("A, Bộ trưởng Bộ Kế hoạch và Đầu
// tư Nguyễn Chí Dũng") belongs to that person: it is left out, and the
// scan goes on from its start.
func (s *offScan) appositive(k int) ([]offTitle, int) {
	titles, end, r := s.chainAt(k, modeAppos)
	if len(r.name.units) >= 2 && len(titles) > 0 {
		last := titles[len(titles)-1]
		titles = titles[:len(titles)-1]
		if len(titles) == 0 {
			return nil, k
		}
		prev := titles[len(titles)-1]
		return titles, min(prev.end, last.start)
	}
	if len(r.name.units) == 1 {
		// "A, Bí thư Nên": not an appositive; keep the titles without
		// the short name.
		titles2, end2, _ := s.chainAt(k, modeTitle)
		return titles2, end2
	}
	return titles, end
}

// titleFirst handles titles at k followed by the person's name: "Bí thư
// Tỉnh ủy Hoàng Minh Khiêm", "Giám đốc Trung tâm Khuyến nông tỉnh, ông
// Lương Văn Tỵ". hons are honorifics before the titles.
func (s *offScan) titleFirst(k int, hons []string) int {
	titles, end, r := s.chainAt(k, modeName)
	if len(titles) == 0 {
		return k + 1
	}
	name := r.name
	if len(name.units) == 0 {
		// ", ông Lương Văn Tỵ" or "Đại tướng Tô Lâm" after the titles.
		j := end
		if s.tokText(j) == "," {
			j++
		}
		if e, h := s.honorificsAt(j); e > j {
			n := s.nameAt(e, 4)
			if len(n.units) == 1 || s.lx.validFull(n, true) {
				name = n
				hons = append(append([]string{}, hons...), h...)
			}
		}
	}
	if len(name.units) == 0 {
		s.addTitleMention(titles[0], k)
		return end
	}
	it := offItem{kind: itemFull, name: name, titles: titles, hons: hons, rule: "official.title-name",
		start: name.start, end: name.end}
	if len(name.units) == 1 {
		it.kind = itemShort
	}
	more, e2 := s.titlesAfterName(name.end, false)
	it.titles = append(it.titles, more...)
	s.items = append(s.items, it)
	return max(e2, name.end)
}

// addTitleMention records a title standing alone for its holder, when it
// stands where a subject does: at a sentence start, after a comma or
// "theo".
func (s *offScan) addTitleMention(t offTitle, k int) {
	toks := s.d.toks
	if !toks[t.posStart].upper {
		return
	}
	if !s.sentStart(k) && toks[k-1].text != "," && toks[k-1].lower != "theo" {
		return
	}
	s.items = append(s.items, offItem{kind: itemTitle, titles: []offTitle{t}, start: t.start, end: t.end})
}

// offPerson is one person being assembled from mentions.
type offPerson struct {
	name     offName
	titles   []offTitle
	hons     []string
	mentions [][2]int
	rule     string
	official bool
	first    int
	lastSeen int
}

// offBucketMax bounds the people a later mention is compared with: the
// most recently named ones sharing its key. It keeps resolution linear
// on any input; no real article has that many people of one given name.
const offBucketMax = 64

// offIndex finds people by a word: the given name, or the first word of
// a title.
type offIndex map[string][]*offPerson

func (x offIndex) add(k string, p *offPerson) {
	b := x[k]
	for _, q := range b {
		if q == p {
			return
		}
	}
	x[k] = append(b, p)
}

// get returns the last people filed under k.
func (x offIndex) get(k string) []*offPerson {
	b := x[k]
	if len(b) > offBucketMax {
		b = b[len(b)-offBucketMax:]
	}
	return b
}

// resolve merges the mentions into people and returns the officials.
func (s *offScan) resolve() []Official {
	byKey := map[string]*offPerson{}
	byGiven := offIndex{} // last word of the name; every word of a foreign name
	byTitle := offIndex{} // first word of each title
	var people []*offPerson
	file := func(p *offPerson) {
		byGiven.add(p.name.lower[len(p.name.lower)-1], p)
		if p.name.foreign {
			for _, u := range p.name.lower {
				byGiven.add(u, p)
			}
		}
	}
	for _, it := range s.items {
		if it.kind != itemFull {
			continue
		}
		if p := byKey[it.name.key()]; p != nil {
			continue
		}
		if s.suffixOf(byGiven, it.name) != nil {
			continue
		}
		p := &offPerson{name: it.name, first: it.start, lastSeen: -1}
		byKey[it.name.key()] = p
		people = append(people, p)
		file(p)
	}
	add := func(p *offPerson, it offItem) {
		p.mentions = append(p.mentions, [2]int{it.start, it.end})
		if it.kind != itemTitle {
			p.titles = append(p.titles, it.titles...)
			p.hons = append(p.hons, it.hons...)
			for _, t := range it.titles {
				w, _, _ := strings.Cut(s.titleKey(t), " ")
				byTitle.add(w, p)
			}
		}
		if it.kind == itemFull && !p.official && (len(it.titles) > 0 || len(it.hons) > 0) {
			p.official, p.rule = true, it.rule
		}
		p.lastSeen = it.start
	}
	for _, it := range s.items {
		var p *offPerson
		switch it.kind {
		case itemFull, itemBare:
			p = byKey[it.name.key()]
			if p == nil {
				p = s.suffixOf(byGiven, it.name)
				if p != nil && it.kind == itemFull {
					it.kind = itemShort
				}
			}
		case itemShort:
			p = pick(byGiven.get(it.name.lower[len(it.name.lower)-1]), it,
				func(q *offPerson) bool { return shortOf(q.name, it.name) })
		case itemTitle:
			key := s.titleKey(it.titles[0])
			w, _, _ := strings.Cut(key, " ")
			p = pick(byTitle.get(w), it, func(q *offPerson) bool {
				if q.lastSeen < 0 || q.lastSeen > it.start {
					return false
				}
				for _, t := range q.titles {
					tk := s.titleKey(t)
					if tk == key || strings.HasPrefix(tk, key+" ") {
						return true
					}
				}
				return false
			})
		}
		if p != nil {
			add(p, it)
		}
	}
	out := make([]Official, 0, len(people))
	for _, p := range people {
		if p.official {
			out = append(out, s.official(p))
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Mentions[0].Start < out[b].Mentions[0].Start })
	return out
}

// titleKey returns the text of a title in lower case, computed once per
// title position.
func (s *offScan) titleKey(t offTitle) string {
	if s.keys == nil {
		s.keys = map[[2]int]string{}
	}
	k := [2]int{t.start, t.end}
	if v, ok := s.keys[k]; ok {
		return v
	}
	v := strings.ToLower(s.d.normText(t.start, t.end))
	s.keys[k] = v
	return v
}

// suffixOf returns the person, mentioned most recently, whose full name
// ends with n and is longer than it.
func (s *offScan) suffixOf(byGiven offIndex, n offName) *offPerson {
	var best *offPerson
	for _, q := range byGiven.get(n.lower[len(n.lower)-1]) {
		if len(q.name.units) > len(n.units) && hasSuffix(q.name, n) {
			if best == nil || q.lastSeen > best.lastSeen {
				best = q
			}
		}
	}
	return best
}

// pick returns, among the people that match, the one mentioned last
// before the item, or else the first one mentioned after it.
func pick(people []*offPerson, it offItem, match func(*offPerson) bool) *offPerson {
	var before, after *offPerson
	for _, q := range people {
		if !match(q) {
			continue
		}
		if q.lastSeen >= 0 && q.lastSeen < it.start {
			if before == nil || q.lastSeen > before.lastSeen {
				before = q
			}
		} else if q.first > it.start && (after == nil || q.first < after.first) {
			after = q
		}
	}
	if before != nil {
		return before
	}
	return after
}

// shortOf reports whether short names the person full: it is the end of
// the full name ("Nên", "Bích Hạnh"), or, for a foreign name, any one of
// its words ("Kishida" for "Kishida Fumio", "Putin" for "Vladimir
// Putin").
func shortOf(full, short offName) bool {
	if hasSuffix(full, short) {
		return true
	}
	if full.foreign && len(short.units) == 1 {
		for _, u := range full.lower {
			if u == short.lower[0] {
				return true
			}
		}
	}
	return false
}

// hasSuffix reports whether the units of full end with those of short,
// ignoring case, and full is longer.
func hasSuffix(full, short offName) bool {
	if len(short.units) == 0 || len(full.units) <= len(short.units) {
		return false
	}
	off := len(full.units) - len(short.units)
	for i, u := range short.lower {
		if full.lower[off+i] != u {
			return false
		}
	}
	return true
}

// official builds the Official of a person.
func (s *offScan) official(p *offPerson) Official {
	d := s.d
	o := Official{Name: p.name.text(), Titles: []string{}, Honorifics: []string{}, Roles: []Role{},
		Mentions: []Mention{}, Rule: p.rule}
	// Titles: distinct, each in its fullest form.
	type tt struct {
		t   offTitle
		key string
	}
	var ts []tt
	seen := map[string]bool{}
	for _, t := range p.titles {
		k := s.titleKey(t)
		if !seen[k] {
			seen[k] = true
			ts = append(ts, tt{t, k})
		}
	}
	// A title that is a word prefix of another is folded into it: sorted,
	// the titles that extend one come right after it.
	order := make([]int, len(ts))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return ts[order[a]].key < ts[order[b]].key })
	folded := make([]bool, len(ts))
	for x := 0; x+1 < len(order); x++ {
		a, b := ts[order[x]].key, ts[order[x+1]].key
		if strings.HasPrefix(b, a+" ") {
			folded[order[x]] = true
		}
	}
	for i, a := range ts {
		if folded[i] {
			continue
		}
		o.Titles = append(o.Titles, d.normText(a.t.start, a.t.end))
		o.Roles = append(o.Roles, s.role(a.t))
	}
	hseen := map[string]bool{}
	for _, h := range p.hons {
		k := strings.ToLower(h)
		if !hseen[k] {
			hseen[k] = true
			o.Honorifics = append(o.Honorifics, h)
		}
	}
	sort.Slice(p.mentions, func(a, b int) bool { return p.mentions[a][0] < p.mentions[b][0] })
	last := [2]int{-1, -1}
	for _, m := range p.mentions {
		if m == last {
			continue
		}
		last = m
		o.Mentions = append(o.Mentions, d.mention(m[0], m[1]))
	}
	return o
}

// role takes a title apart.
func (s *offScan) role(t offTitle) Role {
	d := s.d
	r := Role{
		Text:      d.normText(t.start, t.end),
		Position:  d.normText(t.posStart, t.posEnd),
		Modifiers: []string{},
	}
	if t.orgEnd > t.orgStart && t.orgEnd > t.posEnd {
		r.Organization = d.normText(t.orgStart, t.orgEnd)
		r.OrganizationExpanded = s.expand(t.orgStart, t.orgEnd)
	}
	r.Modifiers = append(r.Modifiers, t.mods...)
	return r
}

// expand returns the organization [a, b) with abbreviations expanded and
// places in their canonical form, its first letter in upper case.
func (s *offScan) expand(a, b int) string {
	d := s.d
	var sb strings.Builder
	for k := a; k < b; {
		if k > a && d.toks[k].space {
			sb.WriteByte(' ')
		}
		if e, pi := s.placeAt(k); e > k && e <= b {
			sb.WriteString(s.lx.placeInfo[pi].canonical)
			k = e
			continue
		}
		if e, idx := s.abbrevAt(k); idx >= 0 && e <= b {
			sb.WriteString(s.lx.abbrevExp[idx])
			k = e
			continue
		}
		sb.WriteString(d.toks[k].text)
		k++
	}
	out := sb.String()
	if r, size := utf8.DecodeRuneInString(out); size > 0 && unicode.IsLower(r) {
		out = string(unicode.ToUpper(r)) + out[size:]
	}
	return out
}
