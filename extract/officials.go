package extract

import (
	"cmp"
	"slices"
	"strings"
	"sync"
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
//     (Giám đốc Sở Y tế)"; a hyphen glued between the name and a
//     capitalized title word, a typo of scraped text, is such a dash:
//     "đồng chí Nguyễn Thành Công-Ủy viên Trung ương Đảng, Bí thư Tỉnh
//     ủy" (official.name-title);
//   - titles then a name: "Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn
//     Nên", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng",
//     "Giám đốc Trung tâm Khuyến nông tỉnh, ông Lương Văn Tỵ"; a dash
//     between two titles stands for a comma: "Ủy viên Trung ương Đảng -
//     Bí thư Tỉnh ủy Lê Văn A", "Ủy viên Bộ Chính trị – Bí thư Thành ủy
//     Hà Nội Trần Văn B"; the name may follow the titles after a dash,
//     with or without an honorific ("Phó Chủ tịch UBND tỉnh - Nguyễn Văn
//     Tuấn", "Bí thư Huyện ủy – ông Lê Văn Phúc"), or after a
//     parenthesis that holds only places, which is left out of the title
//     ("Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) ông Bùi Minh Tâm":
//     "Chủ tịch UBND huyện Đông Hải") (official.title-name); after a preposition
//     ("với", "cùng", "của", "theo", "cho") a position alone before a
//     comma names someone else
//     ("tranh luận với Bộ trưởng, đại biểu Quốc hội A": A is only
//     "đại biểu Quốc hội");
//   - in both orders, a remark in parentheses after the name does not end
//     the titles: "đại biểu Quốc hội A (đoàn Kon Tum), nguyên Thứ trưởng
//     Bộ Giao thông vận tải";
//   - a title given with "là" right after a name, or after "đồng thời",
//     "hiện", "nay", "cũng", "đang", "nguyên" (then a comma may follow
//     the name): "Bà Vân đồng thời là Phó Chủ tịch Hiệp hội Ngân hàng
//     Việt Nam", "ông Nam, nguyên là Bộ trưởng Bộ Tư pháp" (former); the
//     position is capitalized (or a lower-case entry, "đại biểu"), and
//     without a comma the name starts the sentence or follows a comma
//     ("Vợ ông Bình là ..." is left alone) (official.name-is-title; a
//     short name goes to the person last named so);
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
	// "official.name-is-title", "official.list" or
	// "official.honorific-name".
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
	titles     []offTitle // a slice of offScan.titles
	hons       offHons
	rule       string
	start, end int // tokens of the mention
	next       int // the next item of the same person, -1 at the last
}

// offScan holds the state of one scan of a doc. Its buffers are reused
// from doc to doc through offScanPool; the results never refer to them.
type offScan struct {
	d    *doc
	lx   *offLexicon
	skip []bool // tokens of credits

	items  []offItem
	titles []offTitle // the titles of the items, in one array

	listHon int  // honorific of a list ("các đồng chí: ..."), until the end of the sentence; -1 when none
	subj    int  // the first token (honorific or name) of the name being parsed; -1 when it may not take "là"
	copula  bool // the last titles after a name came after "là"

	// multi holds the units of several tokens met, by their first token
	// (offScan.multiUnit).
	multi map[int32]offMultiUnit

	// Resolution.
	people  []offPerson
	byGiven offIndex // last word of the name; every word of a foreign name
	byTitle offIndex // first word of each title

	// Output.
	creds     []offCredit
	kept      []offTitle // the titles of each official, distinct and folded
	ments     [][2]int   // the mentions of each official, as spans of the source
	scratch   []byte     // the expanded organizations of the kept titles
	order     []int32    // the titles being folded, by key (gather)
	keepFlags []bool     // which of them are kept
	offOrder  []int32    // the officials (people), by their first mention
	exps      [][2]int32 // per kept title, its expanded organization in scratch; {-1, -1} when none
}

var offScanPool = sync.Pool{New: func() any { return new(offScan) }}

// offHons are honorifics, as indexes in offLexicon.honorificText, without
// allocating.
type offHons struct {
	n uint8
	h [8]uint16
}

func (h *offHons) add(idx int) {
	if int(h.n) < len(h.h) {
		h.h[h.n] = uint16(idx)
		h.n++
	}
}

// last returns the last honorific; h must not be empty.
func (h *offHons) last() int { return int(h.h[h.n-1]) }

// keep stores titles, built in a caller's buffer, for an item.
func (s *offScan) keep(titles []offTitle) []offTitle {
	if len(titles) == 0 {
		return nil
	}
	a := len(s.titles)
	s.titles = append(s.titles, titles...)
	return s.titles[a:len(s.titles):len(s.titles)]
}

// officials finds the credits, then the officials of d. It returns the
// officials, the bylines and the photo credits, each a non-nil list in
// text order.
func (e *Extractor) officials(d *doc) ([]Official, []Credit, []Credit) {
	s := newOffScan(d)
	defer s.release()
	s.credits()
	s.scan()
	s.resolve()
	return s.build()
}

// newOffScan prepares a scan of d, with buffers from the pool.
func newOffScan(d *doc) *offScan {
	lx := offLex()
	s := offScanPool.Get().(*offScan)
	s.d, s.lx, s.listHon, s.subj = d, lx, -1, -1
	s.skip = grow(s.skip, len(d.toks))
	return s
}

// release returns the scanner's buffers to the pool, unless one document
// made them huge.
func (s *offScan) release() {
	if cap(s.skip) > maxPooledTokens {
		return
	}
	clear(s.items)
	clear(s.titles)
	clear(s.people)
	clear(s.kept)
	s.items, s.titles, s.people = s.items[:0], s.titles[:0], s.people[:0]
	s.creds, s.kept, s.ments, s.scratch, s.exps = s.creds[:0], s.kept[:0], s.ments[:0], s.scratch[:0], s.exps[:0]
	s.byGiven.reset()
	s.byTitle.reset()
	clear(s.multi)
	s.d = nil
	offScanPool.Put(s)
}

// match matches the table t at token k, looking at the table only when
// the token may start one of its phrases.
func (s *offScan) match(t *offTable, k int) (end, idx int) { return t.at(s.d.toks, k) }

// matches reports whether a phrase of the table t starts at token k.
func (s *offScan) matches(t *offTable, k int) bool {
	_, idx := t.at(s.d.toks, k)
	return idx >= 0
}

// surnameTok reports whether the word token k is a family name.
func (s *offScan) surnameTok(k int) bool {
	t := &s.d.toks[k]
	return t.w.off.flags&offWSurname != 0 || s.lx.surnamePrefixInWord && s.lx.isSurname(t.lower)
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
func (s *offScan) honorificsAt(k int) (end int, hons offHons) {
	end = k
	for hons.n < 4 && k < len(s.d.toks) && !s.skip[k] {
		e, idx := s.match(&s.lx.honorifics, k)
		if idx < 0 {
			break
		}
		if s.lx.honorificLow[idx] && s.d.toks[k].upper && !s.sentStart(k) {
			break
		}
		hons.add(idx)
		end, k = e, e
		if s.tokText(k) == "," {
			if e2, idx2 := s.match(&s.lx.honorifics, k+1); idx2 >= 0 && e2 > k+1 {
				k++
			}
		}
	}
	return end, hons
}

// scan finds every mention, left to right, in one pass. Most tokens
// cannot start anything: their flags in the token say so (vfOff: the
// word may start a phrase the scan looks for; upper case: a name), and
// the scan passes over them without loading their vocabulary entry.
func (s *offScan) scan() {
	toks := s.d.toks
	for i := 0; i < len(toks); {
		if s.listHon < 0 {
			if i = offNextCandidate(toks, i); i >= len(toks) {
				break
			}
		} else {
			if !s.skip[i] && s.sentenceAt(i) {
				s.listHon = -1
			}
			if !offCandidate(&toks[i]) {
				i++
				continue
			}
		}
		if s.skip[i] {
			i++
			continue
		}
		// Most candidates start nothing, as their vocabulary entry and
		// the next token tell: every phrase the scan looks for that
		// starts with the word needs a next word that this one is not,
		// and no name starts there (a family name, or an apostrophed
		// unit: "H'Liên"). The test is written out here: the scan does
		// not pay for a call at each of them.
		t := &toks[i]
		if w := &t.w.off; w.flags&(offWScanOne|offWPosMod|offWSurname) == 0 && !s.lx.surnamePrefixInWord {
			next := i + 1
			if w.next != 0 && next < len(toks) && !toks[next].newline {
				nt := &toks[next]
				id := nt.w.off.id
				if nt.kind == tokPunct {
					id = s.lx.tries.punctID(nt.lower)
				}
				if uint64(w.next)<<offKidShift&offKidBit(id) != 0 {
					next = -1 // a phrase may go on
				}
			}
			if next >= 0 && !(t.upper && next < len(toks) && toks[next].text == "'") {
				i++
				continue
			}
		}
		i = s.scanAt(i)
	}
}

// offCandidate reports whether the scan must look at the token t: a word
// that may start a phrase the scan looks for (vfOff), or a capitalized
// word, perhaps a name. (Only words are capitalized; any other token
// would start nothing in scanAt either.)
func offCandidate(t *token) bool {
	return t.wf&vfOff != 0 || t.upper
}

// sentenceAt reports whether token i starts a line or follows the end of
// a sentence, where the honorific of a list ends.
func (s *offScan) sentenceAt(i int) bool {
	toks := s.d.toks
	if toks[i].newline {
		return true
	}
	if i == 0 {
		return false
	}
	switch toks[i-1].text {
	case ".", "!", "?":
		return true
	}
	return false
}

// scanAt looks for a mention at token i, which the scan must look at,
// and returns where the scan goes on.
func (s *offScan) scanAt(i int) int {
	toks, lx := s.d.toks, s.lx
	t := &toks[i]
	// What may start here, from the token's vocabulary entry: the
	// matchers below see nothing where their table's bit is not set.
	w := &t.w.off
	f := w.first
	if f&lx.honorifics.bit != 0 {
		if e, hons := s.honorificsAt(i); e > i {
			// "nhà văn hóa Trần Văn Ơn" is a place, not "nhà văn".
			if pw, _ := s.match(&lx.placewords, i); pw > e {
				if pe := s.placewordAt(i); pe > i {
					return pe
				}
			}
			return s.afterHonorifics(i, e, hons)
		}
	}
	if t.kind == tokWord {
		if w.flags&offWPosMod != 0 {
			if _, _, ok := s.positionAt(i); ok {
				return s.titleFirst(i, offHons{})
			}
		} else if f&lx.positions.bit != 0 && s.matches(&lx.positions, i) {
			// At a word that is no modifier, positionAt finds a position
			// where positions.txt has one (the scan skips credits).
			return s.titleFirst(i, offHons{})
		}
	}
	if f&lx.placewords.bit != 0 {
		if e := s.placewordAt(i); e > i {
			return e
		}
	}
	if f&lx.places.bit != 0 {
		if e, _ := s.placeAt(i); e > i {
			return e
		}
	}
	if f&lx.countries.bit != 0 {
		if e := s.countryAt(i); e > i {
			return e
		}
	}
	if t.kind == tokWord && t.upper && (s.surnameTok(i) || s.tokText(i+1) == "'") {
		n := s.nameAt(i, 4)
		if s.validFull(&n, false) {
			s.subj = i
			return s.nameFirst(n, offHons{}, s.listHon)
		}
	}
	return i + 1
}

// nextMayFollow reports whether the token after k may be the second
// word of a phrase whose second words are in the filter next
// (offVocab.next): it is on the same line and its id is in the filter.
func (s *offScan) nextMayFollow(k int, next uint32) bool {
	toks := s.d.toks
	if next == 0 || k+1 >= len(toks) || toks[k+1].newline {
		return false
	}
	t := &toks[k+1]
	id := t.w.off.id
	if t.kind == tokPunct {
		id = s.lx.tries.punctID(t.lower)
	}
	return uint64(next)<<offKidShift&offKidBit(id) != 0
}

// placewordAt matches a place word at k and skips the name after it:
// "đường Lê Lợi", "trường THPT Nguyễn Du". It returns k when none.
func (s *offScan) placewordAt(k int) int {
	d := s.d
	e, idx := s.match(&s.lx.placewords, k)
	if idx < 0 {
		return k
	}
	pw := &s.lx.pwInfo[idx]
	if k > 0 && !d.toks[k].newline {
		prev := d.toks[k-1].lower
		for _, w := range pw.notAfter {
			if prev == w {
				return k
			}
		}
	}
	if e == k+1 && d.toks[k].upper && s.surnameTok(k) {
		return k // "Lăng Văn Tài" is a person
	}
	j := e
	for j < len(d.toks) && !d.toks[j].newline && (d.toks[j].upper && isAllCaps(d.toks[j].text) || d.toks[j].kind == tokNum) {
		j++
	}
	if j >= len(d.toks) || !d.toks[j].upper {
		return e // no name: it starts with a capital
	}
	if s.startsTitleWord(j) {
		return e
	}
	n := s.nameAt(j, 6)
	if n.n == 0 {
		return e
	}
	return n.end
}

// afterHonorifics handles the text after honorifics [i, e): a list
// opening, a title, or a name.
func (s *offScan) afterHonorifics(i, e int, hons offHons) int {
	toks := s.d.toks
	s.subj = i
	if e < len(toks) && toks[e].text == ":" {
		// "các đồng chí: A, Bí thư ...; B, ..."
		s.listHon = hons.last()
		return e + 1
	}

	if _, _, ok := s.positionAt(e); ok {
		return s.titleFirst(e, hons)
	}
	n := s.nameAt(e, 4)
	switch {
	case n.n == 0:
		return e
	case n.n == 1:
		if s.isPlaceName(&n) {
			return n.end
		}
		it := offItem{kind: itemShort, name: n, hons: hons, start: n.start, end: n.end}
		var buf [offChainMax]offTitle
		titles, end := s.titlesAfterName(buf[:0], n.end, true)
		it.titles = s.keep(titles)
		s.items = append(s.items, it)
		return max(end, n.end)
	}
	if !s.validFull(&n, true) {
		if s.isPlaceName(&n) {
			return n.end
		}
		// Perhaps the end of a full name: "bà Bích Hạnh".
		s.items = append(s.items, offItem{kind: itemShort, name: n, hons: hons, start: n.start, end: n.end})
		return n.end
	}
	if i > 0 && !toks[i].newline && (toks[i-1].lower == "các" || toks[i-1].lower == "những") {
		// "các đồng chí Võ Trọng Hải, Trần Thế Dũng": the names after
		// this one in the sentence share the honorific.
		s.listHon = hons.last()
	}
	return s.nameFirst(n, hons, -1)
}

// nameFirst handles a full name, with the honorifics before it, and the
// titles after it. Without honorifics the name counts only with titles
// after it; otherwise it is a further mention of a known person.
func (s *offScan) nameFirst(n offName, hons offHons, listHon int) int {
	var buf [offChainMax]offTitle
	s.copula = false
	titles, end := s.titlesAfterName(buf[:0], n.end, hons.n > 0)
	it := offItem{kind: itemFull, name: n, titles: s.keep(titles), hons: hons, start: n.start, end: n.end}
	switch {
	case s.copula && len(titles) > 0:
		it.rule = "official.name-is-title"
	case hons.n > 0 && len(titles) > 0:
		it.rule = "official.name-title"
	case hons.n > 0:
		it.rule = "official.honorific-name"
	case listHon >= 0:
		it.rule = "official.list"
		it.hons.add(listHon)
	case len(titles) > 0:
		it.rule = "official.name-title"
	default:
		it.kind = itemBare
	}
	s.items = append(s.items, it)
	return max(end, n.end)
}

// titlesAfterName parses the titles after a name at k: after a comma or
// a dash, in parentheses, or (after an honorific and name) directly. It
// appends them to dst (at most offChainMax).
func (s *offScan) titlesAfterName(dst []offTitle, k int, direct bool) ([]offTitle, int) {
	toks := s.d.toks
	if k >= len(toks) || toks[k].newline || s.skip[k] {
		return dst, k
	}
	if a, former, ok := s.copulaAt(k); ok {
		titles, end := s.appositive(dst, a)
		if len(titles) > len(dst) && s.copulaTitle(titles[len(dst)]) {
			if former && titles[len(dst)].mods.m[0] != modFormer {
				t := &titles[len(dst)]
				m := offMods{}
				m.add(modFormer)
				for _, x := range t.mods.m[:t.mods.n] {
					m.add(x)
				}
				t.mods = m
			}
			s.copula = true
			return titles, end
		}
		return dst, k
	}
	switch toks[k].text {
	case ",", "–", "—":
		return s.appositive(dst, k+1)
	case "-":
		// A glued hyphen ends a name only before a title word
		// (gluedTitleAt): "Nguyễn Thành Công-Ủy viên ...".
		if toks[k].space || s.gluedTitleAt(k+1) {
			return s.appositive(dst, k+1)
		}
	case "(":
		titles, end := s.appositive(dst, k+1)
		if len(titles) > len(dst) && s.tokText(end) == ")" {
			end++
		}
		if len(titles) == len(dst) {
			// "ông Võ Văn Hưng (ảnh), Chủ tịch ...", "đại biểu Quốc
			// hội Đinh Văn Phúc (đoàn Kon Tum), nguyên Thứ trưởng
			// ...": a remark between the name and the titles.
			if c := s.closingParen(k); c > k {
				return s.titlesAfterName(dst, c+1, direct)
			}
		}
		return titles, end
	default:
		if direct && toks[k].upper {
			return s.appositive(dst, k)
		}
	}
	return dst, k
}

// copulaAt matches "là" after a name ending at k, right after it or
// after adverbs ("Bà Vân đồng thời là", "Ông Bình hiện là", "ông Nam,
// nguyên là"), and returns the token after "là" and whether "nguyên" was
// among the adverbs. A comma may stand before the adverbs. Without one,
// the name must start a sentence or follow a comma, so that "vợ ông Bình
// là ..." is left alone.
func (s *offScan) copulaAt(k int) (after int, former, ok bool) {
	toks := s.d.toks
	j := k
	comma := false
	if s.tokText(j) == "," {
		j++
		comma = true
	}
	adverbs := 0
	for ; adverbs < 3 && j < len(toks) && !toks[j].newline && !s.skip[j]; adverbs++ {
		switch toks[j].lower {
		case "hiện", "nay", "cũng", "đang":
			j++
			continue
		case "nguyên":
			former = true
			j++
			continue
		case "đồng":
			if s.d.at(j, "đồng", "thời") {
				j += 2
				continue
			}
		}
		break
	}
	if comma && adverbs == 0 || j+1 >= len(toks) || toks[j].lower != "là" || toks[j].newline || s.skip[j] || toks[j+1].newline {
		return k, false, false
	}
	if !comma && (s.subj < 0 || !s.sentStart(s.subj) && s.tokText(s.subj-1) != ",") {
		return k, false, false
	}
	return j + 1, former, true
}

// copulaTitle reports whether t, after "là", is written as a title: its
// position capitalized ("là Phó Chủ tịch"), or an entry of positions.txt
// written in lower case ("là đại biểu Quốc hội"); not "là giám đốc một
// công ty".
func (s *offScan) copulaTitle(t offTitle) bool {
	if s.d.toks[t.posStart].upper {
		return true
	}
	_, idx := s.match(&s.lx.positions, t.posStart)
	if idx < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.lx.posInfo[idx].text)
	return unicode.IsLower(r)
}

// offParenMax bounds the tokens of a remark in parentheses after a name.
const offParenMax = 16

// closingParen returns the ")" that closes the "(" at k on the same line,
// with no other parenthesis between, or k.
func (s *offScan) closingParen(k int) int {
	toks := s.d.toks
	for c := k + 1; c < len(toks) && c-k <= offParenMax && !toks[c].newline && !s.skip[c]; c++ {
		switch toks[c].text {
		case ")":
			if c == k+1 {
				return k
			}
			return c
		case "(":
			return k
		}
	}
	return k
}

// appositive parses the titles of a person already named, at k,
// appending them to dst. A title that ends with another person's name
// ("A, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng") belongs to that
// person: it is left out, and the scan goes on from its start.
func (s *offScan) appositive(dst []offTitle, k int) ([]offTitle, int) {
	titles, end, r := s.chainAt(dst, k, modeAppos)
	if r.name.n >= 2 && len(titles) > len(dst) {
		last := titles[len(titles)-1]
		titles = titles[:len(titles)-1]
		if len(titles) == len(dst) {
			return dst, k
		}
		prev := titles[len(titles)-1]
		return titles, min(prev.end, last.start)
	}
	if r.name.n == 1 {
		// "A, Bí thư Nên": not an appositive; keep the titles without
		// the short name.
		titles2, end2, _ := s.chainAt(dst, k, modeTitle)
		return titles2, end2
	}
	return titles, end
}

// titleFirst handles titles at k followed by the person's name: "Bí thư
// Tỉnh ủy Hoàng Minh Khiêm", "Giám đốc Trung tâm Khuyến nông tỉnh, ông
// Lương Văn Tỵ". hons are honorifics before the titles.
func (s *offScan) titleFirst(k int, hons offHons) int {
	s.subj = -1
	// "Tranh luận với Bộ trưởng, đại biểu Quốc hội A": after a
	// preposition, a position alone before a comma is another person.
	if hons.n == 0 && s.afterPreposition(k) {
		if t, _, ok := s.titleAt(k, modeTitle); ok && t.orgEnd == t.posEnd && s.tokText(t.end) == "," &&
			!s.d.toks[t.end].newline && s.startsTitle(t.end+1) {
			return t.end + 1
		}
	}
	var buf [2 * offChainMax]offTitle
	titles, end, r := s.chainAt(buf[:0], k, modeName)
	if len(titles) == 0 {
		return k + 1
	}
	name := r.name
	if name.n == 0 {
		name, hons = s.nameAfterTitles(end, hons)
	}
	if name.n == 0 {
		s.addTitleMention(titles[0], k)
		return end
	}
	it := offItem{kind: itemFull, name: name, hons: hons, rule: "official.title-name",
		start: name.start, end: name.end}
	if name.n == 1 {
		it.kind = itemShort
	}
	titles, e2 := s.titlesAfterName(titles, name.end, false)
	it.titles = s.keep(titles)
	s.items = append(s.items, it)
	return max(e2, name.end)
}

// nameAfterTitles finds the holder of titles ending at k when the name
// does not follow them directly: an honorific and a name right after them
// ("Đại tướng Tô Lâm") or after a comma (", ông Lương Văn Tỵ"); after a
// dash, a name with or without an honorific ("– ông Lê Văn Phúc", "-
// Nguyễn Văn Tuấn"); after a parenthesis holding only places, then
// perhaps a comma or a dash, the same ("Chủ tịch UBND huyện Đông Hải
// (tỉnh Bạc Liêu) ông Bùi Minh Tâm"). The parenthesis is not part of the
// title. It returns the name (n == 0 when none) and hons with the
// honorifics before the name added.
func (s *offScan) nameAfterTitles(k int, hons offHons) (offName, offHons) {
	toks := s.d.toks
	j := k
	bare := false // a full name without honorific may follow
	if e := s.placeParenAt(j); e > j {
		j, bare = e, true
	}
	if j < len(toks) && !toks[j].newline {
		switch toks[j].text {
		case ",":
			j++
			bare = false
		case "–", "—":
			j++
			bare = true
		case "-":
			if toks[j].space {
				j++
				bare = true
			}
		}
	}
	if j >= len(toks) || toks[j].newline || s.skip[j] {
		return offName{}, hons
	}
	if e, h := s.honorificsAt(j); e > j {
		n := s.nameAt(e, 4)
		if n.n == 1 || s.validFull(&n, true) {
			for x := range h.n {
				hons.add(int(h.h[x]))
			}
			return n, hons
		}
		return offName{}, hons
	}
	if bare {
		if n := s.nameAt(j, 4); s.validFull(&n, false) {
			return n, hons
		}
	}
	return offName{}, hons
}

// placeParenAt matches at k a parenthesis that holds only places, each
// perhaps with its administrative word: "(tỉnh Bạc Liêu)", "(Khánh
// Hòa)", "(huyện Đông Hải, tỉnh Bạc Liêu)". It returns the token after
// ")", or k.
func (s *offScan) placeParenAt(k int) int {
	if s.tokText(k) != "(" {
		return k
	}
	c := s.closingParen(k)
	if c == k {
		return k
	}
	for j := k + 1; j < c; {
		if e, _ := s.placeAt(j); e > j {
			j = e
		} else if e := s.adminAt(j); e > j {
			if pe, _ := s.placeAt(e); pe > e {
				j = pe
			} else if n := s.nameAt(e, 4); n.n > 0 {
				j = n.end
			} else {
				return k
			}
		} else {
			return k
		}
		switch {
		case j == c:
			return c + 1
		case j > c:
			return k
		}
		switch s.tokText(j) {
		case ",", "-", "–":
			j++
		default:
			return k
		}
	}
	return k
}

// afterPreposition reports whether token k follows a preposition that
// makes what comes after it an object: "với", "cùng", "của", "theo",
// "cho".
func (s *offScan) afterPreposition(k int) bool {
	if k <= 0 || k >= len(s.d.toks) || s.d.toks[k].newline {
		return false
	}
	switch s.d.toks[k-1].lower {
	case "với", "cùng", "của", "theo", "cho":
		return true
	}
	return false
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
	s.items = append(s.items, offItem{kind: itemTitle, titles: s.keep([]offTitle{t}), start: t.start, end: t.end})
}

// offPerson is one person being assembled from mentions.
type offPerson struct {
	name       offName
	hons       offHons // distinct, ignoring case
	rule       string
	official   bool
	first      int
	lastSeen   int
	head, tail int // the person's items, a list through offItem.next; -1 when none

	keptA, keptB int // the official's titles in offScan.kept
	mentA, mentB int // the official's mentions in offScan.ments
}

// addHon adds the honorific idx unless one equal to it, ignoring case,
// is there.
func (p *offPerson) addHon(lx *offLexicon, idx int) {
	for _, h := range p.hons.h[:p.hons.n] {
		if strings.EqualFold(lx.honorificText[h], lx.honorificText[idx]) {
			return
		}
	}
	p.hons.add(idx)
}

// offBucketMax bounds the people a later mention is compared with: the
// most recently named ones sharing its key. It keeps resolution linear
// on any input; no real article has that many people of one given name.
const offBucketMax = 64

// offIndex files people (indexes in offScan.people) by a word: the given
// name, or the first word of a title. Each key has a list of entries, the
// most recent first. A document names few people: the index finds the
// most recent entry of a key by looking at every entry until it has more
// than offIndexLinear, and then through a map.
type offIndex struct {
	ents   []offIndexEntry
	head   map[string]int32 // key -> its most recent entry + 1, when useMap
	useMap bool
	// The last key looked up or filed and its most recent entry + 1:
	// resolution asks for the same key a few times in a row.
	lastKey  string
	lastHead int32
}

type offIndexEntry struct {
	key  string
	p    int32 // the person
	next int32 // the previous entry of the key + 1; 0 at the end
}

// offIndexLinear is the most entries an offIndex looks through.
const offIndexLinear = 32

func (x *offIndex) reset() {
	clear(x.head)
	clear(x.ents)
	x.ents, x.useMap = x.ents[:0], false
	x.lastKey, x.lastHead = "", 0
}

// first returns the most recent entry of k + 1, 0 when none.
func (x *offIndex) first(k string) int32 {
	if k == x.lastKey && k != "" {
		return x.lastHead
	}
	h := int32(0)
	if x.useMap {
		h = x.head[k]
	} else {
		for i := len(x.ents) - 1; i >= 0; i-- {
			if x.ents[i].key == k {
				h = int32(i + 1)
				break
			}
		}
	}
	x.lastKey, x.lastHead = k, h
	return h
}

// add files the person p under k, unless it is among the last ones filed
// there.
func (x *offIndex) add(k string, p int) {
	h := x.first(k)
	for e, n := h, 0; e != 0 && n < offBucketMax; e, n = x.ents[e-1].next, n+1 {
		if int(x.ents[e-1].p) == p {
			return
		}
	}
	x.ents = append(x.ents, offIndexEntry{key: k, p: int32(p), next: h})
	x.lastKey, x.lastHead = k, int32(len(x.ents))
	switch {
	case x.useMap:
		x.head[k] = int32(len(x.ents))
	case len(x.ents) > offIndexLinear:
		if x.head == nil {
			x.head = map[string]int32{}
		}
		for i, e := range x.ents {
			x.head[e.key] = int32(i + 1)
		}
		x.useMap = true
	}
}

// each calls f for the last people filed under k, the most recent first.
func (x *offIndex) each(k string, f func(p int)) {
	for e, n := x.first(k), 0; e != 0 && n < offBucketMax; e, n = x.ents[e-1].next, n+1 {
		f(int(x.ents[e-1].p))
	}
}

// resolve merges the mentions into people, in s.people; those with
// official set are the officials.
func (s *offScan) resolve() {
	// People: one for each full name with titles or honorifics, unless
	// it is the end of a longer name already met.
	for i := range s.items {
		it := &s.items[i]
		if it.kind != itemFull || s.findFull(&it.name) >= 0 || s.suffixOf(&it.name) >= 0 {
			continue
		}
		s.people = append(s.people, offPerson{name: it.name, first: it.start, lastSeen: -1, head: -1, tail: -1})
		p := len(s.people) - 1
		s.byGiven.add(s.last(&it.name), p)
		if it.name.foreign {
			for u := range it.name.n {
				s.byGiven.add(s.unitLower(&it.name, u), p)
			}
		}
	}
	if len(s.people) == 0 {
		return
	}
	for i := range s.items {
		it := &s.items[i]
		p := -1
		switch it.kind {
		case itemFull, itemBare:
			p = s.findFull(&it.name)
			if p < 0 {
				p = s.suffixOf(&it.name)
				if p >= 0 && it.kind == itemFull {
					it.kind = itemShort
				}
			}
		case itemShort:
			s.byGiven.each(s.last(&it.name), func(q int) {
				if s.shortOf(&s.people[q].name, &it.name) {
					p = s.pick(p, q, it.start)
				}
			})
		case itemTitle:
			t := it.titles[0]
			s.byTitle.each(s.d.toks[t.start].lower, func(q int) {
				if s.holds(q, t, it.start) {
					p = s.pick(p, q, it.start)
				}
			})
		}
		if p >= 0 {
			s.addItem(p, i)
		}
	}
}

// addItem gives the item i to the person p.
func (s *offScan) addItem(p, i int) {
	q, it := &s.people[p], &s.items[i]
	it.next = -1
	if q.tail >= 0 {
		s.items[q.tail].next = i
	} else {
		q.head = i
	}
	q.tail = i
	if it.kind != itemTitle {
		for _, h := range it.hons.h[:it.hons.n] {
			q.addHon(s.lx, int(h))
		}
		for _, t := range it.titles {
			s.byTitle.add(s.d.toks[t.start].lower, p)
		}
	}
	if it.kind == itemFull && !q.official && (len(it.titles) > 0 || it.hons.n > 0) {
		q.official, q.rule = true, it.rule
	}
	q.lastSeen = it.start
}

// holds reports whether the person q, already mentioned before token at,
// has a title equal to t or extending it.
func (s *offScan) holds(q int, t offTitle, at int) bool {
	p := &s.people[q]
	if p.lastSeen < 0 || p.lastSeen > at {
		return false
	}
	// The titles come with the first mentions; looking at a bounded
	// number of them keeps resolution linear.
	for i, n := p.head, 0; i >= 0 && n < offBucketMax; i, n = s.items[i].next, n+1 {
		if s.items[i].kind == itemTitle {
			continue
		}
		for _, qt := range s.items[i].titles {
			if s.cmpTitles(qt, t) == 0 || s.extendsTitle(qt, t) {
				return true
			}
		}
	}
	return false
}

// pick returns, of the people best and q that match a mention at token
// at, the one mentioned last before it, or else the first one mentioned
// after it. best is -1 when there is none yet.
func (s *offScan) pick(best, q, at int) int {
	if best < 0 {
		if p := &s.people[q]; p.lastSeen >= 0 && p.lastSeen < at || p.first > at {
			return q
		}
		return -1
	}
	b, p := &s.people[best], &s.people[q]
	bBefore := b.lastSeen >= 0 && b.lastSeen < at
	pBefore := p.lastSeen >= 0 && p.lastSeen < at
	switch {
	case pBefore && (!bBefore || p.lastSeen > b.lastSeen):
		return q
	case !pBefore && !bBefore && p.first > at && p.first < b.first:
		return q
	}
	return best
}

// findFull returns the person whose full name is n, or -1.
func (s *offScan) findFull(n *offName) int {
	found := -1
	s.byGiven.each(s.last(n), func(q int) {
		if found < 0 && s.sameName(&s.people[q].name, n) {
			found = q
		}
	})
	return found
}

// sameName reports whether two names are equal, ignoring case.
func (s *offScan) sameName(a, b *offName) bool {
	if a.n != b.n {
		return false
	}
	for i := range a.n {
		if s.unitLower(a, i) != s.unitLower(b, i) {
			return false
		}
	}
	return true
}

// offKeyCursor walks the key of a title, its text in lower case, a chunk
// at a time: the lower-case tokens and the single spaces between them. It
// compares titles without building their keys.
type offKeyCursor struct {
	toks          []token
	k, start, end int
	spaced        bool // the space before token k was given
	cur           string
}

func (s *offScan) keyCursor(t offTitle) offKeyCursor {
	return offKeyCursor{toks: s.d.toks, k: t.start, start: t.start, end: t.end}
}

// fill makes cur the rest of the current chunk, reporting false at the
// end of the key.
func (c *offKeyCursor) fill() bool {
	if c.cur != "" {
		return true
	}
	if c.k >= c.end {
		return false
	}
	if c.k > c.start && c.toks[c.k].space && !c.spaced {
		c.cur, c.spaced = " ", true
		return true
	}
	c.cur, c.spaced = c.toks[c.k].lower, false
	c.k++
	return c.cur != "" || c.fill()
}

// cmpTitles compares the keys of two titles as strings.Compare does.
func (s *offScan) cmpTitles(a, b offTitle) int {
	// Token by token while the two keys are made alike, which decides
	// most comparisons; the cursors otherwise.
	toks := s.d.toks
	for i, j := a.start, b.start; ; i, j = i+1, j+1 {
		switch {
		case i == a.end && j == b.end:
			return 0
		case i == a.end:
			return -1 // a proper prefix: b has another token
		case j == b.end:
			return 1
		}
		if i > a.start && toks[i].space != toks[j].space {
			break
		}
		x, y := toks[i].lower, toks[j].lower
		if x == y {
			continue
		}
		if !strings.HasPrefix(x, y) && !strings.HasPrefix(y, x) {
			return strings.Compare(x, y)
		}
		break
	}
	return s.cmpKeys(a, b)
}

// cmpKeys is cmpTitles through key cursors.
func (s *offScan) cmpKeys(a, b offTitle) int {
	x, y := s.keyCursor(a), s.keyCursor(b)
	for {
		okx, oky := x.fill(), y.fill()
		switch {
		case !okx && !oky:
			return 0
		case !okx:
			return -1
		case !oky:
			return 1
		}
		n := min(len(x.cur), len(y.cur))
		if c := strings.Compare(x.cur[:n], y.cur[:n]); c != 0 {
			return c
		}
		x.cur, y.cur = x.cur[n:], y.cur[n:]
	}
}

// extendsTitle reports whether the key of b starts with the key of a and
// a space: "bí thư tỉnh ủy" extends "bí thư".
func (s *offScan) extendsTitle(b, a offTitle) bool {
	// Token by token while the two keys are made alike, as in cmpTitles.
	toks := s.d.toks
	for i, j := a.start, b.start; ; i, j = i+1, j+1 {
		switch {
		case i == a.end:
			return j < b.end && toks[j].space
		case j == b.end:
			return false
		}
		if i > a.start && toks[i].space != toks[j].space {
			break
		}
		x, y := toks[i].lower, toks[j].lower
		if x == y {
			continue
		}
		if !strings.HasPrefix(x, y) && !strings.HasPrefix(y, x) {
			return false
		}
		break
	}
	return s.extendsKeys(b, a)
}

// extendsKeys is extendsTitle through key cursors.
func (s *offScan) extendsKeys(b, a offTitle) bool {
	x, y := s.keyCursor(a), s.keyCursor(b)
	for {
		okx, oky := x.fill(), y.fill()
		if !okx {
			return oky && y.cur[0] == ' '
		}
		if !oky {
			return false
		}
		n := min(len(x.cur), len(y.cur))
		if x.cur[:n] != y.cur[:n] {
			return false
		}
		x.cur, y.cur = x.cur[n:], y.cur[n:]
	}
}

// suffixOf returns the person, mentioned most recently, whose full name
// ends with n and is longer than it, or -1.
func (s *offScan) suffixOf(n *offName) int {
	best := -1
	s.byGiven.each(s.last(n), func(q int) {
		p := &s.people[q]
		if p.name.n > n.n && s.hasSuffix(&p.name, n) {
			// The most recent first: an older one wins a tie.
			if best < 0 || p.lastSeen >= s.people[best].lastSeen {
				best = q
			}
		}
	})
	return best
}

// shortOf reports whether short names the person full: it is the end of
// the full name ("Nên", "Bích Hạnh"), or, for a foreign name, any one of
// its words ("Kishida" for "Kishida Fumio", "Putin" for "Vladimir
// Putin").
func (s *offScan) shortOf(full, short *offName) bool {
	if s.hasSuffix(full, short) {
		return true
	}
	if full.foreign && short.n == 1 {
		low := s.unitLower(short, 0)
		for u := range full.n {
			if s.unitLower(full, u) == low {
				return true
			}
		}
	}
	return false
}

// hasSuffix reports whether the units of full end with those of short,
// ignoring case, and full is longer.
func (s *offScan) hasSuffix(full, short *offName) bool {
	if short.n == 0 || full.n <= short.n {
		return false
	}
	off := full.n - short.n
	for i := range short.n {
		if s.unitLower(full, off+i) != s.unitLower(short, i) {
			return false
		}
	}
	return true
}

// build makes the results: the officials, the bylines and the photo
// credits, each a non-nil list in text order. Their strings are all
// written in one arena and their lists share a few arrays, so that a
// document costs a handful of allocations whatever the number of
// officials, and no result keeps the document's text alive. A first pass
// computes what each official has and the sizes; the second fills.
func (s *offScan) build() (offs []Official, bylines, photos []Credit) {
	d := s.d
	var nStr, nRole, nMent, nMod, size int
	order := s.offOrder[:0] // the officials, then in the order of their first mentions
	for i := range s.people {
		p := &s.people[i]
		if !p.official {
			continue
		}
		s.gather(p)
		order = append(order, int32(i))
		nt := p.keptB - p.keptA
		nStr += nt + int(p.hons.n)
		nRole += nt
		nMent += p.mentB - p.mentA
		size += len(p.name.text(d))
		s.exps = slices.Grow(s.exps, p.keptB-len(s.exps))[:p.keptB]
		for ki := p.keptA; ki < p.keptB; ki++ {
			t := s.kept[ki]
			nMod += int(t.mods.n)
			size += len(d.normText(t.start, t.end))
			s.exps[ki] = [2]int32{-1, -1}
			if t.orgEnd > t.orgStart && t.orgEnd > t.posEnd {
				a := len(s.scratch)
				var changed bool
				if s.scratch, changed = s.expandAppend(s.scratch, t.orgStart, t.orgEnd); changed {
					s.exps[ki] = [2]int32{int32(a), int32(len(s.scratch))}
					size += len(s.scratch) - a
				} else {
					s.scratch = s.scratch[:a]
				}
			}
		}
		for _, m := range s.ments[p.mentA:p.mentB] {
			size += m[1] - m[0]
		}
	}
	nb := 0
	for _, c := range s.creds {
		st, en := d.norm.Span(d.toks[c.a].start, d.toks[c.b-1].end)
		size += en - st + len(d.normText(c.nameStart, c.nameEnd))
		if c.byline {
			nb++
		}
	}
	var ar offArena
	ar.b.Grow(size)

	slices.SortStableFunc(order, func(a, b int32) int {
		return cmp.Compare(s.ments[s.people[a].mentA][0], s.ments[s.people[b].mentA][0])
	})
	s.offOrder = order
	offs = make([]Official, 0, len(order))
	strs := make([]string, nStr+nMod)
	strs, mods := strs[:nStr:nStr], strs[nStr:]
	roles := make([]Role, nRole)
	ments := make([]Mention, nMent)
	for _, i := range order {
		p := &s.people[i]
		nt, nh := p.keptB-p.keptA, int(p.hons.n)
		o := Official{Name: ar.add(p.name.text(d)), Rule: p.rule}
		o.Titles, strs = strs[:0:nt], strs[nt:]
		o.Honorifics, strs = strs[:0:nh], strs[nh:]
		o.Roles, roles = roles[:nt:nt], roles[nt:]
		for x, t := range s.kept[p.keptA:p.keptB] {
			r := &o.Roles[x]
			n := int(t.mods.n)
			s.role(r, t, &ar, mods[:0:n], s.exps[p.keptA+x])
			mods = mods[n:]
			o.Titles = append(o.Titles, r.Text)
		}
		for _, h := range p.hons.h[:p.hons.n] {
			o.Honorifics = append(o.Honorifics, s.lx.honorificText[h])
		}
		nm := p.mentB - p.mentA
		o.Mentions, ments = ments[:nm:nm], ments[nm:]
		for x, m := range s.ments[p.mentA:p.mentB] {
			o.Mentions[x] = Mention{Span: Span{Start: m[0], End: m[1]}, Text: ar.addBytes(d.src[m[0]:m[1]])}
		}
		offs = append(offs, o)
	}

	creds := make([]Credit, len(s.creds))
	bylines, photos = creds[:0:nb], creds[nb:nb]
	for _, c := range s.creds {
		st, en := d.norm.Span(d.toks[c.a].start, d.toks[c.b-1].end)
		cr := Credit{Mention: Mention{Span: Span{Start: st, End: en}, Text: ar.addBytes(d.src[st:en])},
			Name: ar.add(d.normText(c.nameStart, c.nameEnd))}
		if c.byline {
			cr.Rule = "credit.byline"
			bylines = append(bylines, cr)
		} else {
			cr.Rule = "credit.photo"
			photos = append(photos, cr)
		}
	}
	return offs, bylines, photos
}

// offArena holds the strings of the results of one document: each added
// string is a slice of its buffer, whose written bytes never change.
type offArena struct{ b strings.Builder }

func (a *offArena) add(x string) string {
	off := a.b.Len()
	a.b.WriteString(x)
	return a.b.String()[off:]
}

func (a *offArena) addBytes(x []byte) string {
	off := a.b.Len()
	a.b.Write(x)
	return a.b.String()[off:]
}

// gather puts the titles of the official p, distinct and each in its
// fullest form, in s.kept, and its mentions, as spans of the source, in
// s.ments.
func (s *offScan) gather(p *offPerson) {
	a, m0 := len(s.kept), len(s.ments)
	for i := p.head; i >= 0; i = s.items[i].next {
		it := &s.items[i]
		s.ments = append(s.ments, [2]int{it.start, it.end})
		if it.kind != itemTitle {
			s.kept = append(s.kept, it.titles...)
		}
	}
	// Sorted by key, equal titles are together, the first written first,
	// and the titles that extend one come right after it: a title that
	// is a word prefix of another is folded into it.
	titles := s.kept[a:]
	order := s.order[:0]
	for i := range titles {
		order = append(order, int32(i))
	}
	s.order = order
	slices.SortFunc(order, func(x, y int32) int {
		if c := s.cmpTitles(titles[x], titles[y]); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	keep := grow(s.keepFlags, len(titles))
	s.keepFlags = keep
	for x := 0; x < len(order); {
		y := x + 1
		for y < len(order) && s.cmpTitles(titles[order[x]], titles[order[y]]) == 0 {
			y++
		}
		if y == len(order) || !s.extendsTitle(titles[order[y]], titles[order[x]]) {
			keep[order[x]] = true
		}
		x = y
	}
	n := 0
	for i, t := range titles {
		if keep[i] {
			titles[n] = t
			n++
		}
	}
	s.kept = s.kept[:a+n]
	p.keptA, p.keptB = a, a+n

	ms := s.ments[m0:]
	slices.SortFunc(ms, func(x, y [2]int) int { return cmp.Compare(x[0], y[0]) })
	ms = slices.Compact(ms)
	for i, m := range ms {
		st, en := s.d.norm.Span(s.d.toks[m[0]].start, s.d.toks[m[1]-1].end)
		ms[i] = [2]int{st, en}
	}
	s.ments = s.ments[:m0+len(ms)]
	p.mentA, p.mentB = m0, m0+len(ms)
}

// role fills r with the title t taken apart, its strings in the arena and
// its modifiers in mods (empty, with room for them). exp is where its
// expanded organization is in s.scratch, {-1, -1} when it has none.
func (s *offScan) role(r *Role, t offTitle, ar *offArena, mods []string, exp [2]int32) {
	d := s.d
	text := ar.add(d.normText(t.start, t.end))
	base := d.toks[t.start].start
	sub := func(a, b int) string { return text[d.toks[a].start-base : d.toks[b-1].end-base] }
	r.Text = text
	r.Position = sub(t.posStart, t.posEnd)
	if t.orgEnd > t.orgStart && t.orgEnd > t.posEnd {
		r.Organization = sub(t.orgStart, t.orgEnd)
		r.OrganizationExpanded = r.Organization
		if exp[0] >= 0 {
			r.OrganizationExpanded = ar.addBytes(s.scratch[exp[0]:exp[1]])
		}
	}
	for _, m := range t.mods.m[:t.mods.n] {
		mods = append(mods, offModNames[m])
	}
	r.Modifiers = mods
}

// expandAppend appends to dst the organization [a, b) with abbreviations
// expanded and places in their canonical form, its first letter in upper
// case. It reports whether that changes it: its first letter is in lower
// case, or it has an abbreviation or a place not in its canonical form.
func (s *offScan) expandAppend(dst []byte, a, b int) ([]byte, bool) {
	d, lx := s.d, s.lx
	start := len(dst)
	r, _ := utf8.DecodeRuneInString(d.toks[a].text)
	changed := unicode.IsLower(r)
	for k := a; k < b; {
		if k > a && d.toks[k].space {
			dst = append(dst, ' ')
		}
		if d.toks[k].w.off.first&(lx.places.bit|lx.abbrevs.bit) == 0 {
			dst = append(dst, d.toks[k].text...) // neither a place nor an abbreviation
			k++
			continue
		}
		if e, pi := s.placeAt(k); e > k && e <= b {
			canon := s.lx.placeInfo[pi].canonical
			changed = changed || d.normText(k, e) != canon
			dst = append(dst, canon...)
			k = e
			continue
		}
		if e, idx := s.abbrevAt(k); idx >= 0 && e <= b {
			changed = true
			dst = append(dst, s.lx.abbrevExp[idx]...)
			k = e
			continue
		}
		dst = append(dst, d.toks[k].text...)
		k++
	}
	if r, size := utf8.DecodeRune(dst[start:]); size > 0 && unicode.IsLower(r) {
		var up [utf8.UTFMax]byte
		n := utf8.EncodeRune(up[:], unicode.ToUpper(r))
		tail := len(dst) - start - size
		if n > size {
			dst = append(dst, up[:n-size]...)
		}
		copy(dst[start+n:], dst[start+size:start+size+tail])
		dst = dst[:start+n+tail]
		copy(dst[start:], up[:n])
	}
	return dst, changed
}

// offNextCandidate returns the first token from i on that the scan must
// look at, or len(toks).
func offNextCandidate(toks []token, i int) int {
	for k := uint(i); k < uint(len(toks)); k++ {
		if offCandidate(&toks[k]) {
			return int(k)
		}
	}
	return len(toks)
}
