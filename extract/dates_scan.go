package extract

import (
	"sync"
	"time"
)

// This file holds the date scanner: a left-to-right pass over the tokens
// that tries, at each token that may start a date, the forms below, longest
// first, and keeps the first that parses. Every form looks ahead a bounded
// number of tokens, so the pass is linear.

// relUnit is the unit of a relative date.
type relUnit uint8

const (
	relNone    relUnit = iota
	relDay             // days from the reference: "hôm qua", "sáng nay"
	relAnchor          // days from the previous date: "cùng ngày"
	relWeek            // weeks from the reference's week: "tuần trước"
	relMonth           // "tháng trước"
	relQuarter         // "quý tới"
	relYear            // "năm ngoái"
)

// wdMode says which weekday a weekday alone means.
type wdMode uint8

const (
	wdNearest  wdMode = iota // "vào thứ Hai": the nearest to the reference
	wdPast                   // "thứ Hai vừa qua": the last before the reference
	wdNext                   // "thứ Hai tới": the next after the reference
	wdThisWeek               // "thứ Hai này": in the reference's week
	wdUpTo                   // "từ thứ Hai đến nay": the last, or the reference's day
)

// cueLevel is how strongly the context says a bare "20/1" is a date.
type cueLevel uint8

const (
	cueNone  cueLevel = iota
	cueList           // after another date of a list, or "("
	cueParen          // after "(": the date must close it
	cueWord           // after "ngày", a part of day, a time, "từ"...
)

// A dpiece is one date as written, before it is resolved.
type dpiece struct {
	start, end int // tokens [start, end) of the mention
	takeEnd    int // tokens up to takeEnd belong to it ("GMT+7")
	rule       string

	y, y2   int // year written; y2 ends a year range ("2020-2021")
	q, q2   int // quarter; q2 ends a quarter range
	m, m2   int // month; m2 ends a month range ("6 tháng đầu năm")
	d, d2   int // day; d2 ends a day range ("7-8/7")
	yOff    int // "tháng 12 năm ngoái": year relative to the reference
	hasYOff bool
	cycle   int // lunar year by its cycle name, 1–60 (0: none)

	hour, min int
	hasTime   bool

	lunar      bool
	lastOfYear bool // "30 Tết": the last day of the lunar year
	dir        int  // without a year: 1 the next ("tới"), -1 the last ("vừa qua"), 0 the nearest
	// near is the day number (see dayNum) of the relative date a
	// year-less date glosses ("thứ Ba tuần tới (16/5)"): its year is the
	// one nearest near, if hasNear.
	near    int
	hasNear bool

	rel relUnit
	off int

	wd    time.Weekday
	hasWd bool
	mode  wdMode

	pod      string
	part     string
	relative bool
	bare     bool // a bare day, time or year: only as a side of a range
	written  bool // day and month written in numbers or words
}

// grain returns the grain of what p writes.
func (p *dpiece) grain() Grain {
	switch {
	case p.hasTime:
		return GrainMinute
	case p.d > 0 || p.rel == relDay || p.rel == relAnchor || p.hasWd || p.lastOfYear:
		return GrainDay
	case p.rel == relWeek:
		return GrainDay
	case p.m > 0 || p.rel == relMonth:
		return GrainMonth
	case p.q > 0 || p.rel == relQuarter:
		return GrainQuarter
	}
	return GrainYear
}

// A dexpr is one date mention: a date or a range of two.
type dexpr struct {
	a     dpiece
	b     dpiece // end of a range "từ A đến B", if hasB
	hasB  bool
	start int
	end   int
	take  int
	rule  string
}

// dateScanner scans one doc for dates.
type dateScanner struct {
	// immutable state
	d    *doc
	toks []token
	// The civil fields of d.ref, its day number and its weekday, and its
	// lunar date once hasRefLunar.
	ry, rm, rd  int
	refDay      int
	refWd       int
	refLunar    lunarDate
	hasRefLunar bool

	// scanning state
	slots   []dateSlot // the dates found; see output
	lastEnd int        // token after the last date emitted (-1: none)
	lastY   int        // year of the last "năm YYYY" emitted, for lists
	// lastRange says the last date was a range of years ("giai đoạn
	// 2021 - 2025"), lastY its end.
	lastRange bool
	prev      Civil // the last day mentioned, for "cùng ngày"
	hasPrev   bool
	inGloss   bool  // parsing inside parentheses: no gloss there
	x         dexpr // the expression being parsed
	memo      [nDateTables]matchMemo
}

// dateScannerPool keeps scanners, with the capacity of their slots, from
// document to document; the results never refer to them.
var dateScannerPool = sync.Pool{New: func() any { return new(dateScanner) }}

// maxPooledDates bounds the slots kept for reuse.
const maxPooledDates = 1 << 12

// newDateScanner returns a scanner for d from the pool; release returns
// it.
func newDateScanner(d *doc) *dateScanner {
	s := dateScannerPool.Get().(*dateScanner)
	s.reset(d)
	return s
}

// reset makes s a new scanner for d, keeping the capacity of its slots.
func (s *dateScanner) reset(d *doc) {
	slots := s.slots[:0]
	*s = dateScanner{d: d, toks: d.toks, lastEnd: -1, slots: slots}
	y, m, day := d.ref.Date()
	s.ry, s.rm, s.rd = y, int(m), day
	s.refDay = dayNum(y, int(m), day)
	s.refWd = int(d.ref.Weekday())
}

// release returns s to the pool. It must not be used after it.
func (s *dateScanner) release() {
	if cap(s.slots) > maxPooledDates {
		s.slots = nil
	}
	clear(s.slots)
	*s = dateScanner{slots: s.slots[:0]}
	dateScannerPool.Put(s)
}

// run scans every token.
func (s *dateScanner) run() {
	for i := 0; i < len(s.toks); {
		i = skipNonStarts(s.toks, i)
		if i >= len(s.toks) {
			break
		}
		if !s.maybeStart(i) || s.d.isTaken(i) {
			i++
			continue
		}
		if !s.parseExpr(i, &s.x) {
			i++
			continue
		}
		s.emit(&s.x)
		i = s.x.end
	}
}

// skipNonStarts returns the first token from i on that may start a date
// by its kind and word alone (see maybeStart), or len(toks): most tokens
// are words and punctuation that start none. One test of the token's
// flags finds the runs of digits, the words with vfDate and "(".
func skipNonStarts(toks []token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].wf&(vfDate|vfDigits|vfParen) != 0 {
			return i
		}
	}
	return i
}

// maybeStart reports whether a date may start at token i: a cheap test
// before the parsers.
func (s *dateScanner) maybeStart(i int) bool {
	t := &s.toks[i]
	switch t.kind {
	case tokWord:
		return t.w.date.cand && s.mayStartWord(i)
	case tokNum:
		return len(t.text) <= 4 && s.mayStartNum(i)
	}
	return t.text == "(" && s.mayStartParen(i)
}

// ---- token helpers ----

// word returns the lower-case word at i, or "" if i is not a word.
func (s *dateScanner) word(i int) string {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].kind != tokWord {
		return ""
	}
	return s.toks[i].lower
}

// punct reports whether token i is the punctuation p.
func (s *dateScanner) punct(i int, p string) bool {
	return uint(i) < uint(len(s.toks)) && s.toks[i].kind == tokPunct && s.toks[i].text == p
}

// isPunct reports whether token i is punctuation.
func (s *dateScanner) isPunct(i int) bool {
	return uint(i) < uint(len(s.toks)) && s.toks[i].kind == tokPunct
}

// dash reports whether token i is a hyphen or a dash.
func (s *dateScanner) dash(i int) bool {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].kind != tokPunct {
		return false
	}
	switch s.toks[i].text {
	case "-", "–", "—":
		return true
	}
	return false
}

// tight reports whether token i follows the previous one with no space.
func (s *dateScanner) tight(i int) bool {
	return uint(i) < uint(len(s.toks)) && !s.toks[i].space
}

// num returns the value and digit count of the number at i.
func (s *dateScanner) num(i int) (v, n int, ok bool) {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].kind != tokNum {
		return 0, 0, false
	}
	t := s.toks[i].text
	if len(t) > 9 {
		return 0, len(t), false
	}
	for k := 0; k < len(t); k++ {
		v = v*10 + int(t[k]-'0')
	}
	return v, len(t), true
}

// small returns the value of a one- or two-digit number at i in [lo, hi].
func (s *dateScanner) small(i, lo, hi int) (int, bool) {
	if uint(i) >= uint(len(s.toks)) {
		return 0, false
	}
	t := &s.toks[i]
	if t.kind != tokNum || len(t.text) > 2 {
		return 0, false
	}
	v := int(t.text[0] - '0')
	if len(t.text) == 2 {
		v = v*10 + int(t.text[1]-'0')
	}
	if v < lo || v > hi {
		return 0, false
	}
	return v, true
}

// year returns a four-digit year at i.
func (s *dateScanner) year(i int) (int, bool) {
	v, n, ok := s.num(i)
	if !ok || n != 4 || v < 1000 || v > 2999 {
		return 0, false
	}
	return v, true
}

// numberWordBefore reports whether token i-1 is a number or a quantity
// word, which makes a following "tháng", "năm" or "tuần" a unit of a
// duration ("3 năm nay", "những năm tới", "mỗi tháng 2 lần").
func (s *dateScanner) numberWordBefore(i int) bool {
	if i <= 0 {
		return false
	}
	t := &s.toks[i-1]
	if t.kind == tokNum {
		return !s.d.isTaken(i - 1)
	}
	if t.kind != tokWord {
		return false
	}
	if t.w.date.num != 0 {
		return true
	}
	switch t.lower {
	case "mỗi", "hằng", "hàng", "các", "những", "mấy", "vài", "nhiều", "mươi", "chục", "trăm", "nghìn", "ngàn", "bao":
		return true
	}
	return false
}

// countedBefore reports whether the unit word at j of the relative
// phrase [j, k) counts a number before it: "3 năm nay", "những năm tới",
// "5 tháng tới" are durations, not dates. "năm ngoái" and "năm kia" never
// count, and neither does a number that names something: "SEA Games 31
// năm ngoái", "đợt 2 năm nay", "U23 năm nay".
func (s *dateScanner) countedBefore(j, k int) bool {
	if !s.numberWordBefore(j) {
		return false
	}
	switch s.word(k - 1) {
	case "ngoái", "kia":
		return false
	}
	return !s.numberNames(j - 1)
}

// numberNames reports whether the number at n (in digits or a word) names
// something rather than counts: it is written against the word before
// ("U23"), or that word is one after which a number is an ordinal or an
// edition ("đợt 2", "lần thứ 3", "SEA Games 31").
func (s *dateScanner) numberNames(n int) bool {
	if n <= 0 || n >= len(s.toks) {
		return false
	}
	t := &s.toks[n]
	switch {
	case t.kind == tokNum:
		if !t.space && s.toks[n-1].kind == tokWord {
			return true
		}
	case t.kind == tokWord:
		if t.w.date.num == 0 {
			return false
		}
	default:
		return false
	}
	if w := s.word(n - 1); w == "vòng" && s.word(n-2) == "trong" {
		return false // "trong vòng 5 năm tới": within
	}
	return s.dv(n - 1).ordinal
}

// cueBefore returns how strongly the token before i says a bare day and
// month at i are a date.
func (s *dateScanner) cueBefore(i int) cueLevel {
	k := i - 1
	if k < 0 {
		return cueNone
	}
	t := &s.toks[k]
	switch t.kind {
	case tokWord:
		switch v := &t.w.date; v.cue {
		case cueEntryWord:
			return cueWord
		case cueEntryList:
			if s.lastEnd == k {
				return cueList
			}
			return cueNone
		default:
			if v.podWord {
				return cueWord
			}
		}
	case tokPunct:
		switch t.text {
		case "(":
			return cueParen
		case ",", ";", "-", "–", "—":
			if s.lastEnd == k {
				return cueList
			}
		}
	}
	return cueNone
}

// docBefore reports whether a document-number or address word ends just
// before token i ("số 12/34", "Quyết định 15/2020").
func (s *dateScanner) docBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k].kind != tokWord {
			return false
		}
		if !s.has(tabDocWord, k) {
			continue
		}
		if p, end := s.matchAt(tabDocWord, k); p != nil && end == i {
			return true
		}
	}
	return false
}

// ---- expressions ----

// parseExpr parses the date mention starting at token i.
func (s *dateScanner) parseExpr(i int, x *dexpr) bool {
	switch s.word(i) {
	case "từ":
		return s.parseFrom(i, x)
	case "tầm":
		return s.parseVision(i, x)
	}
	if s.punct(i, "(") {
		return s.parseParenYears(i, x)
	}
	if s.parseRangeWord(i, x) || s.parseYearListItem(i, x) {
		return true
	}
	cue := cueNone
	if s.toks[i].kind == tokNum {
		// "Quyết định 15/2020", "đợt 2 tháng 3/2023": the number names
		// a document or a round, not a day.
		if s.docBefore(i) || s.numberNames(i) {
			return false
		}
		cue = s.cueBefore(i)
	}
	x.hasB = false
	if !s.parseSingle(i, cue, false, &x.a) {
		return false
	}
	a := &x.a
	x.start, x.end, x.take, x.rule = a.start, a.end, a.takeEnd, a.rule
	s.glossOrDashRange(x)
	return true
}

// glossOrDashRange extends x with a gloss in parentheses ("Sáng nay
// (15/11)", "tuần trước (từ ngày 5/9 đến 11/9)") or a dash and the end of a
// range ("7/7 - 8/7").
func (s *dateScanner) glossOrDashRange(x *dexpr) {
	a := &x.a
	if s.punct(x.end, "(") {
		// Range glosses; a plain one was merged by finish.
		g, gb, hasB, end, ok := s.parseGloss(x.end)
		if ok && !hasB && g.d2 != 0 && g.m2 == 0 {
			// "tuần tới (15-21/5)": a range of days.
			gb, hasB = g, true
			gb.d, gb.d2, g.d2 = g.d2, 0, 0
		}
		if ok && hasB && s.mergeRangeGloss(x, &g, &gb) {
			x.end = end
			x.take = max(x.take, end)
		}
		return
	}
	if s.dash(x.end) && a.written && a.rel == relNone && a.d2 == 0 && a.m2 == 0 && a.y2 == 0 {
		b := &x.b
		ok := s.parseSingle(x.end+1, cueWord, true, b)
		if ok && b.written && b.rel == relNone && b.grain() == a.grain() && b.d2 == 0 {
			if b.bare && (b.d == 0 || a.m == 0) {
				return
			}
			s.fillRange(a, b)
			x.hasB = true
			x.end, x.take = b.end, b.takeEnd
			x.rule = "date.range-dash"
		}
	}
}

// parseGloss parses a date in parentheses at i: "(15/11)", "(thứ Hai)",
// "(thứ Hai, 15/5)", "(từ ngày 5/9 đến 11/9)". It returns the date, or
// the two ends of a range (hasB), and the token after ")".
func (s *dateScanner) parseGloss(i int) (g, gb dpiece, hasB bool, end int, ok bool) {
	if !s.punct(i, "(") || s.inGloss {
		return g, gb, false, 0, false // no gloss inside a gloss
	}
	s.inGloss = true
	defer func() { s.inGloss = false }()
	j := i + 1
	if s.word(j) == "từ" {
		var x dexpr
		if !s.parseFrom(j, &x) || !x.hasB || !s.punct(x.end, ")") {
			return g, gb, false, 0, false
		}
		return x.a, x.b, true, x.end + 1, true
	}
	if p, k := s.match(tabWeekday, j); p != nil {
		wd, _ := parseWeekday(p.fields[0])
		if s.punct(k, ")") {
			g = dpiece{wd: wd, hasWd: true}
			return g, gb, false, k + 1, true
		}
		// "(thứ Hai, 15/5)"
		if s.punct(k, ",") || s.dash(k) {
			k++
		}
		g = dpiece{start: k}
		e, ok := s.parseDayCore(&g, k, cueWord)
		if !ok || !g.written || !s.punct(e, ")") {
			return g, gb, false, 0, false
		}
		g.wd, g.hasWd = wd, true
		return g, gb, false, e + 1, true
	}
	g = dpiece{start: j}
	k, ok := s.parseDayCore(&g, j, cueWord)
	if !ok || !g.written || !s.punct(k, ")") {
		return g, gb, false, 0, false
	}
	return g, gb, false, k + 1, true
}

// mergeRangeGloss merges a range in parentheses into x: "tuần trước (từ
// ngày 5/9 đến 11/9)". The gloss is the value.
func (s *dateScanner) mergeRangeGloss(x *dexpr, g, gb *dpiece) bool {
	a := &x.a
	if x.hasB || a.written || a.hasWd || (a.rel != relWeek && a.rel != relDay && a.rel != relMonth) {
		return false
	}
	if !g.written || !gb.written {
		return false
	}
	s.nearRelative(g, a)
	s.nearRelative(gb, a)
	g.start, g.end = a.start, a.end
	g.relative = true
	g.pod = a.pod
	rule := glossRule(a.rule)
	x.a = *g
	x.b, x.hasB = *gb, true
	x.rule = rule
	return true
}

// nearRelative gives a date g written without its year, glossing the
// relative date a, the year that puts it nearest a rather than nearest
// the reference: "Tối nay (15/11)", "thứ Ba tuần tới (16/5)".
func (s *dateScanner) nearRelative(g, a *dpiece) {
	if g.y != 0 || g.hasYOff || g.cycle != 0 || g.d == 0 {
		return
	}
	if r := s.resolve(a); r.ok && r.g >= GrainDay {
		g.near, g.hasNear = dayNum(r.v.Year, r.v.Month, r.v.Day), true
	}
}

// mergeGloss merges a gloss g (a date or a weekday) into p and reports
// whether it fits: "Sáng nay (15/11)", "thứ Hai (12/4)", "ngày 12/4 (thứ
// Hai)".
func (s *dateScanner) mergeGloss(p *dpiece, g dpiece) bool {
	if g.hasWd && !g.written {
		if !p.written || p.hasWd || p.d2 != 0 {
			return false
		}
		p.wd, p.hasWd = g.wd, true
		p.rule = weekdayRule(p.rule)
		return true
	}
	if p.written || p.d2 != 0 || !g.written || g.d2 != 0 {
		return false
	}
	switch {
	case p.rel == relDay || p.rel == relAnchor:
	case p.rel == relNone && p.hasWd:
	case p.rel == relWeek && p.hasWd: // "thứ Ba tuần tới (16/5)"
	default:
		return false
	}
	// The written date wins; without its year, it takes the one nearest
	// the relative date.
	s.nearRelative(&g, p)
	p.relative = true
	p.rel, p.off = relNone, 0
	p.y, p.m, p.d = g.y, g.m, g.d
	p.yOff, p.hasYOff = g.yOff, g.hasYOff
	p.near, p.hasNear = g.near, g.hasNear
	p.lunar, p.cycle = g.lunar, g.cycle
	p.written = true
	if g.hasWd && !p.hasWd {
		p.wd, p.hasWd = g.wd, true
	}
	p.rule = glossRule(p.rule)
	return true
}

// parseFrom parses "từ A đến B" at i ("từ ngày 1/9 đến 30/9", "từ 20 đến
// 25/12", "từ chiều 13/11 đến sáng hôm qua"), or "từ A" alone, which is
// the date A without "từ" ("từ ngày 27/4 đến nay").
func (s *dateScanner) parseFrom(i int, x *dexpr) bool {
	x.hasB = false
	a := &x.a
	if !s.parseSingle(i+1, cueWord, true, a) {
		return false
	}
	k := a.end
	sep := -1
	switch s.word(k) {
	case "đến", "tới":
		sep = k + 1
	case "cho":
		if w := s.word(k + 1); w == "đến" || w == "tới" {
			sep = k + 2
		}
	default:
		if s.dash(k) {
			sep = k + 1
		}
	}
	if sep >= 0 && s.word(sep) == "hết" {
		sep++
	}
	if sep >= 0 {
		if b := &x.b; s.parseSingle(sep, cueWord, true, b) && s.rangeFits(a, b) {
			s.fillRange(a, b)
			x.hasB = true
			x.start, x.end, x.take, x.rule = i, b.end, b.takeEnd, "date.range-from"
			return true
		}
	}
	if a.bare {
		return false
	}
	x.start, x.end, x.take, x.rule = a.start, a.end, a.takeEnd, a.rule
	s.glossOrDashRange(x)
	return true
}

// rangeFits reports whether b can end a range that a starts.
func (s *dateScanner) rangeFits(a, b *dpiece) bool {
	if a.bare && b.bare {
		return false
	}
	if a.d2 != 0 || a.m2 != 0 || a.y2 != 0 || b.d2 != 0 || b.m2 != 0 || b.y2 != 0 {
		return false
	}
	switch {
	case a.bare && a.hasTime && a.d == 0:
		return b.grain() >= GrainDay
	case a.bare: // a bare day: "từ 20 đến 25/12"
		return b.d > 0 && b.m > 0
	case b.bare && b.hasTime && b.d == 0:
		return a.grain() >= GrainDay
	case b.bare && b.y > 0 && b.m == 0: // "từ năm 2020 đến 2025"
		return a.grain() == GrainYear && a.y > 0 && b.y > a.y
	case b.bare: // "từ ngày 1/7 đến 15"
		return a.d > 0 && a.m > 0
	}
	return true
}

// fillRange completes the sides of a range from each other: "từ 20 đến
// 25/12" takes the month from its end, "từ 7h đến 11h ngày 5/9" the day.
func (s *dateScanner) fillRange(a, b *dpiece) {
	copyDay := func(dst, src *dpiece) {
		dst.y, dst.m, dst.d = src.y, src.m, src.d
		dst.near, dst.hasNear = src.near, src.hasNear
		dst.yOff, dst.hasYOff, dst.lunar, dst.lastOfYear = src.yOff, src.hasYOff, src.lunar, src.lastOfYear
		dst.rel, dst.off, dst.wd, dst.hasWd, dst.mode = src.rel, src.off, src.wd, src.hasWd, src.mode
		dst.relative, dst.written = src.relative, src.written
		if dst.pod == "" {
			dst.pod = src.pod
		}
	}
	switch {
	case a.bare && a.hasTime && a.d == 0:
		copyDay(a, b)
	case a.bare:
		a.y, a.m, a.yOff, a.hasYOff, a.lunar = b.y, b.m, b.yOff, b.hasYOff, b.lunar
		a.written = true
	case b.bare && b.hasTime && b.d == 0:
		copyDay(b, a)
	case b.bare && b.d > 0:
		b.y, b.m, b.yOff, b.hasYOff, b.lunar = a.y, a.m, a.yOff, a.hasYOff, a.lunar
		b.written = true
	}
	if a.y == 0 && !a.hasYOff && b.hasYOff {
		a.yOff, a.hasYOff = b.yOff, true
	}
	if b.y == 0 && !b.hasYOff && a.hasYOff {
		b.yOff, b.hasYOff = a.yOff, true
	}
	if !b.lunar && a.lunar && b.rel == relNone {
		b.lunar = true
	}
	a.bare, b.bare = false, false
}

// parseRangeWord parses a range of years after a range word: "giai đoạn
// 2020 – 2030", "nhiệm kỳ 2021-2026", "năm học 2022-2023", "giai đoạn từ
// 2021 đến 2025".
func (s *dateScanner) parseRangeWord(i int, x *dexpr) bool {
	if !s.has(tabRanges, i) {
		return false
	}
	p, k := s.matchAt(tabRanges, i)
	if p == nil {
		return false
	}
	if s.word(k) == "từ" {
		k++
	}
	if s.word(k) == "năm" {
		k++
	}
	y1, ok := s.year(k)
	if !ok {
		return false
	}
	y2, end, ok := s.yearRangeEnd(y1, k+1, true)
	if !ok {
		return false
	}
	a := dpiece{start: i, end: end, takeEnd: end, y: y1, y2: y2, rule: "date.range-word"}
	*x = dexpr{a: a, start: i, end: end, take: end, rule: a.rule}
	return true
}

// yearRangeEnd parses the end of a range of years after the year y1, at
// k: "- 2025", "– 25", and with words "đến 2025", "đến năm 2025".
func (s *dateScanner) yearRangeEnd(y1, k int, words bool) (y2, end int, ok bool) {
	slash := false
	switch {
	case s.dash(k):
		k++
	case s.punct(k, "/") && s.tight(k) && s.tight(k+1):
		// "2021/2022": a school or fiscal year
		slash = true
		k++
	case words && (s.word(k) == "đến" || s.word(k) == "tới"):
		k++
		if s.word(k) == "năm" {
			k++
		}
	default:
		return 0, 0, false
	}
	v, n, ok := s.num(k)
	switch {
	case !ok:
		return 0, 0, false
	case n == 4:
		y2 = v
	case n == 2 && s.tight(k) && s.tight(k-1):
		y2 = y1/100*100 + v
		if y2 <= y1 {
			y2 += 100
		}
	default:
		return 0, 0, false
	}
	if y2 <= y1 || y2-y1 > 100 || (slash && y2 != y1+1) || s.followsNumber(k+1) {
		return 0, 0, false
	}
	return y2, k + 1, true
}

// followsNumber reports whether token k continues a number or a code
// ("2021/2022/NQ", "2025.5").
func (s *dateScanner) followsNumber(k int) bool {
	if !s.tight(k) || !s.isPunct(k) {
		return false
	}
	switch s.toks[k].text {
	case "/", ".", ",", "-":
		return k+1 < len(s.toks) && s.tight(k+1) && s.toks[k+1].kind != tokPunct
	}
	return false
}

// parseParenYears parses a range of years in parentheses: "(1975 -
// 2025)". The mention is the years without the parentheses.
func (s *dateScanner) parseParenYears(i int, x *dexpr) bool {
	y1, ok := s.year(i + 1)
	if !ok {
		return false
	}
	y2, end, ok := s.yearRangeEnd(y1, i+2, false)
	if !ok || !s.punct(end, ")") {
		return false
	}
	a := dpiece{start: i + 1, end: end, takeEnd: end, y: y1, y2: y2, rule: "date.paren-years"}
	*x = dexpr{a: a, start: i + 1, end: end, take: end, rule: a.rule}
	return true
}

// parseVision parses "tầm nhìn 2045" ("tầm nhìn đến năm 2045" is a plain
// "năm 2045"); the mention is the year.
func (s *dateScanner) parseVision(i int, x *dexpr) bool {
	if s.word(i+1) != "nhìn" {
		return false
	}
	k := i + 2
	if w := s.word(k); w == "đến" || w == "tới" {
		k++
	}
	y, ok := s.year(k)
	if !ok || s.followsNumber(k+1) {
		return false
	}
	a := dpiece{start: k, end: k + 1, takeEnd: k + 1, y: y, rule: "date.vision-year"}
	*x = dexpr{a: a, start: k, end: k + 1, take: k + 1, rule: a.rule}
	return true
}

// parseYearListItem parses a bare year that continues a list after "năm
// YYYY": "năm 2021, 2022 và 2023".
func (s *dateScanner) parseYearListItem(i int, x *dexpr) bool {
	if s.lastY == 0 || s.lastEnd < 0 || i != s.lastEnd+1 {
		return false
	}
	switch sep := &s.toks[s.lastEnd]; {
	case sep.kind == tokPunct && sep.text == ",":
	case sep.kind == tokWord && (sep.lower == "và" || sep.lower == "hoặc"):
	default:
		return false
	}
	y, ok := s.year(i)
	if !ok || y <= s.lastY || y > s.lastY+30 {
		return false
	}
	if s.lastRange {
		// "giai đoạn 2021 - 2025 và 2026 - 2030"
		y2, end, ok := s.yearRangeEnd(y, i+1, false)
		if !ok {
			return false
		}
		a := dpiece{start: i, end: end, takeEnd: end, y: y, y2: y2, rule: "date.range-list"}
		*x = dexpr{a: a, start: i, end: end, take: end, rule: a.rule}
		return true
	}
	if s.followsNumber(i + 1) {
		return false
	}
	a := dpiece{start: i, end: i + 1, takeEnd: i + 1, y: y, rule: "date.year-list"}
	*x = dexpr{a: a, start: i, end: i + 1, take: i + 1, rule: a.rule}
	return true
}

// ---- single dates ----

// parseSingle parses one date at i. cue says how the context makes a bare
// "20/1" a date; inRange allows a bare day, time or year (a side of a
// range).
func (s *dateScanner) parseSingle(i int, cue cueLevel, inRange bool, p *dpiece) bool {
	*p = dpiece{start: i}
	if i >= len(s.toks) {
		return false
	}
	j := i
	// A time first: "14h30 ngày 16/8", "8 giờ sáng ngày 24/7".
	if h, mi, k, ok := s.parseTime(j); ok {
		p.hour, p.min, p.hasTime = h, mi, true
		j = k
		if pod, k := s.partOfDay(j); pod != "" {
			p.pod = pod
			p.hour = podHour(pod, p.hour)
			j = k
		}
		if s.punct(j, ",") && s.word(j+1) == "ngày" {
			j++
		}
		if end, ok := s.parseDayAnchor(p, j, cueWord, p.pod != ""); ok {
			s.finish(p, end, "date.time")
			return true
		}
		if inRange && p.pod == "" {
			p.bare = true
			s.finish(p, j, "date.time")
			return true
		}
		return false
	}
	// A part of day: "Chiều 20/1", "sáng nay", "tối thứ Sáu".
	if pod, k := s.partOfDay(j); pod != "" {
		p.pod = pod
		if end, ok := s.parseDayAnchor(p, k, cueWord, true); ok {
			s.finish(p, end, "date.part-of-day")
			return true
		}
		return false
	}
	if end, ok := s.parseDayAnchor(p, j, cue, false); ok {
		s.finish(p, end, p.rule)
		return true
	}
	*p = dpiece{start: i}
	if end, ok := s.parseCoarse(p, j); ok {
		s.finish(p, end, p.rule)
		return true
	}
	if inRange {
		*p = dpiece{start: i}
		// A bare day ("từ 20 đến 25/12", "từ ngày 20 đến ngày 25/12")
		// or a bare year ("từ năm 2020 đến 2025").
		k := j
		if s.word(k) == "ngày" {
			k++
		}
		if d, ok := s.small(k, 1, 31); ok && !s.followsNumber(k+1) && s.word(k+1) != "tháng" {
			p.d, p.bare = d, true
			s.finish(p, k+1, "date.day")
			return true
		}
		if y, ok := s.year(j); ok && !s.followsNumber(j+1) {
			p.y, p.bare = y, true
			s.finish(p, j+1, "date.year")
			return true
		}
	}
	return false
}

// finish sets the end and rule of p and reads what may follow a day: a
// time ("17/01/2023 09:12", "ngày 5/9 lúc 14h") and a time zone.
func (s *dateScanner) finish(p *dpiece, end int, rule string) {
	p.end, p.takeEnd = end, end
	if p.rule == "" || rule != "" {
		p.rule = rule
	}
	if !p.hasTime && p.grain() == GrainDay && p.d2 == 0 {
		if h, mi, k, ok := s.trailingTime(end); ok {
			p.hour, p.min, p.hasTime = h, mi, true
			p.end, p.takeEnd = k, k
		}
	}
	if p.hasTime {
		p.takeEnd = s.timeZone(p.end)
	}
	// A gloss: "Sáng nay (15/11)", "thứ Hai (12/4)"; "hôm nay 20/1" in
	// the same sense without parentheses.
	if s.punct(p.end, "(") {
		if g, _, hasB, e, ok := s.parseGloss(p.end); ok && !hasB && s.mergeGloss(p, g) {
			p.end, p.takeEnd = e, max(p.takeEnd, e)
		}
	} else if p.rel == relDay && !p.written && p.end < len(s.toks) && s.toks[p.end].kind == tokNum {
		g := dpiece{start: p.end}
		if e, ok := s.parseDayNumber(&g, p.end, cueWord, false); ok && g.written && !g.lunar && s.mergeGloss(p, g) {
			p.end, p.takeEnd = e, max(p.takeEnd, e)
		}
	}
	// "ngày 15/11 tới", "tháng 3 vừa qua", "từ tháng 3 đến nay": the next
	// or the last one.
	switch {
	case p.y == 0 && !p.hasYOff && p.cycle == 0 && p.rel == relNone && p.d2 == 0 && p.m2 == 0 && p.q2 == 0 && (p.m > 0 || p.q > 0):
		p.dir = s.tense(p)
	case p.hasWd && p.d == 0 && p.rel == relNone && p.mode == wdNearest:
		// "từ thứ Hai đến nay", "hồi thứ Sáu"
		switch s.tense(p) {
		case -1:
			p.mode = wdUpTo
		case 1:
			p.mode = wdNext
		}
	}
}

// tense returns the direction the words around p give a date written
// without its year: 1 when they put it after the reference ("ngày 15/11
// tới", "tháng 3 sắp tới", "từ nay đến tháng 3"), -1 when they put it at
// or before it ("ngày 15/8 vừa qua", "tháng 10 qua", "từ tháng 3 đến
// nay", "từ tháng 3 trở lại đây", "hồi tháng 3", "Trước đó, ngày
// 20/12"), 0 when they say nothing. Only clear markers count: a verb's
// aspect ("đã", "sẽ") does not, as it may belong to another verb.
func (s *dateScanner) tense(p *dpiece) int {
	k := p.end
	switch w := s.word(k); w {
	case "vừa":
		if w2 := s.word(k + 1); w2 == "qua" || w2 == "rồi" {
			return -1
		}
	case "qua":
		// "trong tháng 10 qua", "quý III qua": a past month or quarter.
		// "từ tháng 3 qua tháng 5" is a range.
		if p.d == 0 && !s.dateAfter(k+1) {
			return -1
		}
	case "sắp":
		if s.word(k+1) == "tới" {
			return 1
		}
	case "trở":
		if s.word(k+1) == "lại" && s.word(k+2) == "đây" {
			return -1
		}
	case "cho", "đến", "tới":
		j := k
		if w == "cho" {
			j++
			if w2 := s.word(j); w2 != "đến" && w2 != "tới" {
				break
			}
		}
		// "đến nay", "đến hiện nay", "đến hiện tại", "đến giờ": up to the
		// reference, so the date is before it.
		switch s.word(j + 1) {
		case "nay", "giờ":
			return -1
		case "hiện":
			if w2 := s.word(j + 2); w2 == "nay" || w2 == "tại" {
				return -1
			}
		}
		if w == "tới" && !s.dateAfter(k+1) {
			return 1 // "ngày 15/11 tới"
		}
	}
	i := p.start
	// "hồi tháng 3", "hồi đầu năm": back in; "vào hồi 8 giờ ngày 5/9" is
	// a formal "at", and "phục hồi", "thu hồi" are verbs.
	if s.word(i-1) == "hồi" && !p.hasTime {
		switch s.word(i - 2) {
		case "phục", "thu", "vãn", "vào":
		default:
			return -1
		}
	}
	// "tính đến ngày 7/11", "tính tới hết tháng 9": figures as of a day
	// already passed.
	j := i - 1
	if s.word(j) == "hết" {
		j--
	}
	if w := s.word(j); (w == "đến" || w == "tới") && s.word(j-1) == "tính" {
		return -1
	}
	// "từ nay đến tháng 3", "từ giờ tới cuối năm": from now on.
	if w := s.word(i - 1); (w == "đến" || w == "tới") && s.word(i-3) == "từ" {
		if w2 := s.word(i - 2); w2 == "nay" || w2 == "giờ" {
			return 1
		}
	}
	// "Trước đó, ngày 20/12, ...": at the start of a sentence, "trước
	// đó" tells of the past; within a few tokens of the date.
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := &s.toks[j]
		if t.kind == tokPunct {
			if t.text == "." || t.text == ";" || t.text == "!" || t.text == "?" || t.text == ":" {
				break
			}
			continue
		}
		if t.lower == "đó" && s.word(j-1) == "trước" && s.sentenceStart(j-1) {
			return -1
		}
		if t.newline {
			break
		}
	}
	return 0
}

// sentenceStart reports whether token i starts a sentence: the first
// token, the first of a line, or after ".", "!", "?", ":" or ";".
func (s *dateScanner) sentenceStart(i int) bool {
	if i <= 0 || i >= len(s.toks) || s.toks[i].newline {
		return i >= 0 && i < len(s.toks)
	}
	t := &s.toks[i-1]
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case ".", "!", "?", ":", ";":
		return true
	}
	return false
}

// dateAfter reports whether a date may start at k (after "tới": "từ ngày
// 1/7 tới 15/7" is a range, not "the coming 1/7").
func (s *dateScanner) dateAfter(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if s.toks[k].kind == tokNum {
		return true
	}
	switch s.word(k) {
	case "ngày", "tháng", "năm", "quý", "hết", "mùng", "mồng", "cuối", "đầu", "giữa":
		return true
	}
	return false
}

// trailingTime parses a time after a day at k: "09:12", "- 14:05",
// "lúc 14h30", "lúc 8 giờ sáng".
func (s *dateScanner) trailingTime(k int) (h, mi, end int, ok bool) {
	switch {
	case s.word(k) == "lúc":
		h, mi, end, ok = s.parseTime(k + 1)
		if ok {
			if pod, e := s.partOfDay(end); pod != "" {
				h, end = podHour(pod, h), e
			}
		}
		return
	case s.punct(k, ",") || s.dash(k) || s.punct(k, "|"):
		if h, mi, end, ok = s.parseTime(k + 1); ok && s.punct(k+2, ":") {
			return
		}
		return 0, 0, 0, false
	}
	if h, mi, end, ok = s.parseTime(k); ok && (s.punct(k+1, ":") || s.word(k+1) == "h") {
		return
	}
	return 0, 0, 0, false
}

// timeZone returns the token after a time zone at k ("GMT+7", "(GMT+7)"),
// or k.
func (s *dateScanner) timeZone(k int) int {
	j := k
	paren := s.punct(j, "(")
	if paren {
		j++
	}
	if w := s.word(j); w != "gmt" && w != "utc" {
		return k
	}
	j++
	if s.punct(j, "+") || s.punct(j, "-") {
		if _, ok := s.small(j+1, 0, 14); ok {
			j += 2
		}
	}
	if paren {
		if !s.punct(j, ")") {
			return k
		}
		j++
	}
	return j
}

// partOfDay matches a part-of-day word at i.
func (s *dateScanner) partOfDay(i int) (string, int) {
	if !s.has(tabPartOfDay, i) {
		return "", i
	}
	p, k := s.matchAt(tabPartOfDay, i)
	if p == nil {
		return "", i
	}
	return p.fields[0], k
}

// podHour converts an hour written with a part of day to 0–23: "8 giờ
// tối" is 20, "2 giờ đêm" is 2, "1 giờ trưa" is 13.
func podHour(pod string, h int) int {
	switch pod {
	case "chiều", "tối":
		if h < 12 {
			return h + 12
		}
	case "đêm":
		if h >= 6 && h < 12 {
			return h + 12
		}
	case "trưa":
		if h < 6 {
			return h + 12
		}
	}
	return h
}

// parseTime parses a time of day at i: "14h", "14h30", "14g30", "8 giờ",
// "8 giờ 30 phút", "8 giờ rưỡi", "09:12".
func (s *dateScanner) parseTime(i int) (h, mi, end int, ok bool) {
	h, ok = s.small(i, 0, 24)
	if !ok {
		return 0, 0, 0, false
	}
	defer func() {
		if h == 24 && mi != 0 {
			ok = false // "24h" is the end of a day, 24:00, and no later
		}
	}()
	k := i + 1
	switch w := s.word(k); {
	case (w == "h" || w == "g") && s.tight(k):
		k++
		if m, ok := s.small(k, 0, 59); ok && s.tight(k) {
			mi = m
			k++
			if w := s.word(k); (w == "p" || w == "phút") || (w == "'" && s.tight(k)) {
				k++
			}
		}
		return h, mi, k, true
	case w == "giờ":
		k++
		if m, ok := s.small(k, 0, 59); ok && !s.followsNumber(k+1) {
			mi = m
			k++
			if s.word(k) == "phút" {
				k++
			}
		} else if s.word(k) == "rưỡi" {
			mi = 30
			k++
		}
		return h, mi, k, true
	case s.punct(k, ":") && s.tight(k) && s.tight(k+1):
		v, n, ok := s.num(k + 1)
		if !ok || n != 2 || v > 59 {
			return 0, 0, 0, false
		}
		k += 2
		if s.punct(k, ":") && s.tight(k) && s.tight(k+1) {
			if _, n, ok := s.num(k + 1); ok && n == 2 {
				k += 2
			}
		}
		return h, v, k, true
	}
	return 0, 0, 0, false
}

// parseDayAnchor parses what names a day at j, after an optional time or
// part of day already in p: a weekday, a written day, a relative day.
// afterPod allows "nay", "qua", "mai" and a weekday without other
// context.
func (s *dateScanner) parseDayAnchor(p *dpiece, j int, cue cueLevel, afterPod bool) (int, bool) {
	if j >= len(s.toks) {
		return j, false
	}
	// Relative days: "hôm nay", "ngày mai", "cùng ngày", "(sáng) nay".
	if s.has(tabRelative, j) {
		if r, k := s.matchAt(tabRelative, j); r != nil {
			switch r.fields[0] {
			case "day", "after", "anchor":
				if r.fields[0] == "after" && !afterPod {
					break
				}
				// "ngày mai" is not "ngày mai táng"; "hôm sau đó" is fine.
				p.rel, p.off = relDay, atoiSigned(r.fields[1])
				if r.fields[0] == "anchor" {
					p.rel = relAnchor
				}
				p.relative = true
				p.rule = "date.relative-day"
				if p.rel == relAnchor {
					p.rule = "date.anchor"
				}
				return k, true
			}
		}
	}
	// "hôm thứ Hai"; "ngày thứ Bảy (14/8)" ("ngày thứ hai của hội nghị" is
	// an ordinal: it wants a date beside it).
	if w := s.word(j); w == "hôm" || w == "ngày" {
		if _, k := s.match(tabWeekday, j+1); k > j+1 {
			return s.parseWeekday(p, j+1, w == "hôm")
		}
	}
	if s.has(tabWeekday, j) {
		if p0, _ := s.matchAt(tabWeekday, j); p0 != nil {
			ctx := afterPod || p.hasTime
			switch s.word(j - 1) {
			case "vào", "từ", "đến", "tới", "trước", "sau", "hết":
				ctx = true
			}
			return s.parseWeekday(p, j, ctx)
		}
	}
	k, ok := s.parseDayCore(p, j, cue)
	if ok && p.rule == "" {
		p.rule = "date.day"
	}
	return k, ok
}

// parseWeekday parses a weekday at j with what follows it: a date
// ("thứ Hai, ngày 12/4/2021", "Thứ Tư, 20/1/2021 14:05"), a week ("thứ Sáu
// tuần trước"), "vừa qua", "tới", "này", or a gloss ("thứ Hai (16/8)").
// ctx says the context already makes it a weekday (a part of day, "vào").
func (s *dateScanner) parseWeekday(p *dpiece, j int, ctx bool) (int, bool) {
	ph, k := s.match(tabWeekday, j)
	if ph == nil {
		return j, false
	}
	wd, _ := parseWeekday(ph.fields[0])
	p.wd, p.hasWd = wd, true
	p.rule = "date.weekday"
	// A date after it.
	k2 := k
	if s.punct(k2, ",") || s.dash(k2) {
		k2++
	}
	if s.word(k2) == "ngày" || s.toks[min(k2, len(s.toks)-1)].kind == tokNum {
		q := *p
		if end, ok := s.parseDayCore(&q, k2, cueWord); ok && q.written {
			*p = q
			p.rule = "date.weekday-date"
			return end, true
		}
	}
	// A week: "thứ Sáu tuần trước".
	if r, e := s.match(tabRelative, k); r != nil && r.fields[0] == "week" {
		p.rel, p.off = relWeek, atoiSigned(r.fields[1])
		p.relative = true
		p.rule = "date.weekday-week"
		return e, true
	}
	switch {
	case s.word(k) == "vừa" && s.word(k+1) == "qua":
		p.mode, k = wdPast, k+2
	case s.word(k) == "tuần" && s.word(k+1) == "qua":
		p.mode, k = wdPast, k+2
	case s.word(k) == "sắp" && s.word(k+1) == "tới":
		p.mode, k = wdNext, k+2
	case s.word(k) == "tới":
		p.mode, k = wdNext, k+1
	case s.word(k) == "này":
		p.mode, k = wdThisWeek, k+1
	default:
		// "thứ Hai, thứ Tư và thứ Sáu hằng tuần": days of every week.
		k2 := k
		if s.punct(k2, ",") || s.dash(k2) || s.word(k2) == "và" || s.word(k2) == "hoặc" {
			k2++
		}
		if ph, _ := s.match(tabWeekday, k2); ph != nil {
			return j, false
		}
		switch s.word(k) {
		case "hằng", "hàng", "mỗi", "các":
			return j, false
		}
		if !ctx {
			// A gloss "(16/8)" makes it a date; alone it may be an
			// ordinal ("Kỳ họp thứ 4", "thứ hai là").
			if _, _, _, _, ok := s.parseGloss(k); !ok {
				return j, false
			}
		} else if s.toks[j+1].kind == tokNum && !s.punct(k, "(") && s.word(j-1) != "vào" && s.word(j-1) != "hôm" && !s.hasPOD(p) {
			return j, false
		}
	}
	p.relative = true
	return k, true
}

func (s *dateScanner) hasPOD(p *dpiece) bool { return p.pod != "" || p.hasTime }

// parseDayCore parses a written day at j: "20/1", "20-1", "20.1.2021",
// "ngày 2 tháng 9 năm 1945", "mùng 3 tháng 2", "mùng 1 Tết", "30 Tết",
// "23 tháng Chạp", "rằm tháng Giêng", "ngày 10/3 âm lịch", "Tết Nguyên
// đán 2024".
func (s *dateScanner) parseDayCore(p *dpiece, j int, cue cueLevel) (int, bool) {
	switch s.word(j) {
	case "ngày":
		switch s.word(j + 1) {
		case "mùng", "mồng", "rằm":
			return s.parseDayCore(p, j+1, cueWord)
		}
		return s.parseDayNumber(p, j+1, cueWord, true)
	case "hôm":
		return s.parseDayNumber(p, j+1, cueWord, false)
	case "mùng", "mồng":
		return s.parseMung(p, j)
	case "rằm":
		k := j + 1
		if m, lunar, e, ok := s.monthAfter(k, true); ok {
			_ = lunar
			p.m, p.d, p.lunar, p.written = m, 15, true, true
			p.rule = "date.lunar"
			return s.lunarYear(p, e), true
		}
		return j, false
	case "tết":
		return s.parseFestival(p, j)
	}
	return s.parseDayNumber(p, j, cue, false)
}

// monthAfter parses a month at k: "tháng 7", "tháng Giêng", "tháng Bảy";
// with loose set, a month word in lower case ("rằm tháng bảy") is fine.
// lunar says the month is named in the lunar calendar.
func (s *dateScanner) monthAfter(k int, loose bool) (m int, lunar bool, end int, ok bool) {
	if s.has(tabMonth, k) {
		if ph, e := s.matchAt(tabMonth, k); ph != nil {
			m = atoiSigned(ph.fields[0])
			lunar = ph.fields[1] == "lunar"
			if !lunar && !loose && !s.toks[k+1].upper {
				return 0, false, k, false
			}
			return m, lunar, e, true
		}
	}
	if s.word(k) != "tháng" {
		return 0, false, k, false
	}
	if m, ok := s.small(k+1, 1, 12); ok {
		return m, false, k + 2, true
	}
	return 0, false, k, false
}

// parseMung parses "mùng 1 Tết", "mồng 3 tháng 2", "mùng 10/3".
func (s *dateScanner) parseMung(p *dpiece, j int) (int, bool) {
	k := j + 1
	d, ok := s.small(k, 1, 30)
	if !ok {
		if v := int(s.dv(k).num); v >= 1 && v <= 10 {
			d, ok = v, true
		}
	}
	if !ok {
		return j, false
	}
	k++
	switch {
	case s.word(k) == "tết":
		p.m, p.d, p.lunar, p.written = 1, d, true, true
		p.rule = "date.lunar"
		return s.lunarYear(p, k+1), true
	case s.punct(k, "/") && s.toks[j+1].kind == tokNum:
		return s.parseDayNumber(p, j+1, cueWord, true)
	}
	if m, lunar, e, ok := s.monthAfter(k, true); ok {
		p.m, p.d, p.written = m, d, true
		p.rule = "date.day-words"
		if lunar {
			p.lunar = true
			p.rule = "date.lunar"
			return s.lunarYear(p, e), true
		}
		return s.afterDay(p, s.yearAfter(p, e)), true
	}
	return j, false
}

// parseDayNumber parses a day written in digits at j: "20/1", "20-1-2021",
// "20.1.2021", "7-8/7", "2 tháng 9 năm 1945", "23 tháng Chạp", "30 Tết".
// afterNgay says "ngày" or "mùng" comes before it.
func (s *dateScanner) parseDayNumber(p *dpiece, j int, cue cueLevel, afterNgay bool) (int, bool) {
	d, ok := s.small(j, 1, 31)
	if !ok {
		return j, false
	}
	k := j + 1
	// "7-8/7", "7 – 8/7": a range of days of one month.
	if s.dash(k) {
		d2, ok1 := s.small(k+1, 1, 31)
		m, ok2 := s.small(k+3, 1, 12)
		if ok1 && ok2 && s.sepAt(k+2) == '/' && s.tight(k+2) && s.tight(k+3) && d2 > d {
			return s.dayRange(p, j, d, d2, m, k+4, cue)
		}
	}
	if sep := s.sepAt(k); sep != 0 && s.tight(k) && s.tight(k+1) {
		m, ok := s.small(k+1, 1, 12)
		if !ok {
			return j, false
		}
		e := k + 2
		if s.sepAt(e) == sep && s.tight(e) && s.tight(e+1) {
			y, ok := s.year(e + 1)
			if !ok {
				return j, false // "1.2.3", "12/3/45"
			}
			p.y = y
			e += 2
		}
		if s.followsNumber(e) {
			return j, false // "12/3/NQ", "1/2/3/4"
		}
		if p.y == 0 {
			switch {
			case cue == cueNone && !(sep == '/' && d > 12):
				// "1/2", "3/4" may be fractions; "20/1" is a date.
				return j, false
			case sep == '.' && !afterNgay:
				return j, false
			case sep == '-' && cue != cueWord:
				return j, false
			}
			if ph, _ := s.match(tabFraction, e); ph != nil || s.punct(e, "%") {
				return j, false // "1/2 số hộ", "vào 1/3 thời gian"
			}
		}
		if !validDay(p.y, m, d) {
			return j, false
		}
		p.d, p.m, p.written = d, m, true
		p.rule = "date.dmy"
		if p.y == 0 {
			p.rule = "date.dm"
			// "30/4 năm nay", "20/1 năm 2021"
			e = s.yearAfterWord(p, e)
		}
		e = s.afterDay(p, e)
		if cue == cueParen && !s.punct(e, ")") && p.y == 0 {
			return j, false
		}
		return e, true
	}
	// "2 tháng 9 năm 1945", "23 tháng Chạp".
	if m, lunar, e, ok := s.monthAfter(k, afterNgay); ok {
		p.d, p.m, p.written = d, m, true
		p.rule = "date.day-words"
		if lunar {
			p.lunar = true
			p.rule = "date.lunar"
			return s.lunarYear(p, e), true
		}
		e = s.yearAfter(p, e)
		if cue == cueNone && p.y == 0 {
			return j, false
		}
		if !validDay(p.y, m, d) {
			return j, false
		}
		return s.afterDay(p, e), true
	}
	// "ngày 21 và 26/3": the first day of a list takes its month from
	// the next.
	if cue != cueNone && (s.word(k) == "và" || s.punct(k, ",")) {
		d2, ok1 := s.small(k+1, 1, 31)
		m, ok2 := s.small(k+3, 1, 12)
		if ok1 && ok2 && d2 > d && s.sepAt(k+2) == '/' && s.tight(k+2) && s.tight(k+3) && validDay(0, m, d) {
			if s.sepAt(k+4) == '/' && s.tight(k+4) {
				y, ok := s.year(k + 5)
				if !ok {
					return j, false
				}
				p.y = y
			}
			p.d, p.m, p.written = d, m, true
			p.rule = "date.day-list"
			return k, true
		}
	}
	// "30 Tết", "28 Tết": the last days of the lunar year.
	if s.word(k) == "tết" && d >= 20 && d <= 30 {
		p.d, p.m, p.lunar, p.written = d, 12, true, true
		p.lastOfYear = d == 30
		p.rule = "date.lunar"
		return s.lunarYear(p, k+1), true
	}
	if s.word(k) == "tết" && d <= 10 && afterNgay {
		p.d, p.m, p.lunar, p.written = d, 1, true, true
		p.rule = "date.lunar"
		return s.lunarYear(p, k+1), true
	}
	return j, false
}

// dayRange finishes "7-8/7" after its month, at e: an optional year.
func (s *dateScanner) dayRange(p *dpiece, j, d, d2, m, e int, cue cueLevel) (int, bool) {
	p.d, p.d2, p.m = d, d2, m
	if s.sepAt(e) == '/' && s.tight(e) && s.tight(e+1) {
		y, ok := s.year(e + 1)
		if !ok {
			return j, false
		}
		p.y = y
		e += 2
	}
	if s.followsNumber(e) || !validDay(p.y, m, d2) {
		return j, false
	}
	if p.y == 0 {
		if cue == cueNone || (cue == cueParen && !s.punct(e, ")")) {
			return j, false
		}
		e = s.yearAfterWord(p, e)
	}
	p.written = true
	p.rule = "date.day-range"
	return s.afterDay(p, e), true
}

// sepAt returns the date separator at k ('/', '-', '.') or 0.
func (s *dateScanner) sepAt(k int) byte {
	if !s.isPunct(k) {
		return 0
	}
	switch t := s.toks[k].text; t {
	case "/", "-", ".":
		return t[0]
	}
	return 0
}

// afterDay reads "âm lịch" after a written day: "ngày 10/3 âm lịch",
// "10/3 (âm lịch)".
func (s *dateScanner) afterDay(p *dpiece, e int) int {
	if s.word(e) == "âm" && s.word(e+1) == "lịch" {
		p.lunar = true
		p.rule = "date.lunar"
		return e + 2
	}
	if s.punct(e, "(") && s.word(e+1) == "âm" && s.word(e+2) == "lịch" && s.punct(e+3, ")") {
		p.lunar = true
		p.rule = "date.lunar"
		return e + 4
	}
	return e
}

// yearAfter reads a year after a month at e: "năm 1945", "/2023",
// "năm ngoái".
func (s *dateScanner) yearAfter(p *dpiece, e int) int {
	if sep := s.sepAt(e); sep != 0 && s.tight(e) && s.tight(e+1) {
		if y, ok := s.year(e + 1); ok && !s.followsNumber(e+2) {
			p.y = y
			return e + 2
		}
		return e
	}
	if s.word(e) != "năm" {
		return e
	}
	if y, ok := s.year(e + 1); ok && !s.followsNumber(e+2) {
		p.y = y
		return e + 2
	}
	if r, k := s.match(tabRelative, e); r != nil && r.fields[0] == "year" && s.word(k) != "đó" {
		p.yOff, p.hasYOff = atoiSigned(r.fields[1]), true
		p.relative = true
		return k
	}
	return e
}

// yearAfterWord reads a year written with "năm" after a day at e: "năm
// 2021", "năm nay".
func (s *dateScanner) yearAfterWord(p *dpiece, e int) int {
	if s.word(e) != "năm" {
		return e
	}
	return s.yearAfter(p, e)
}

// lunarYear reads the year of a lunar date at e: "2024", "năm 2024",
// "Giáp Thìn", "năm Giáp Thìn 2024".
func (s *dateScanner) lunarYear(p *dpiece, e int) int {
	k := e
	if s.word(k) == "năm" {
		k++
	}
	if c, end, ok := s.cycleYear(k); ok {
		p.cycle = c
		k = end
		if y, ok := s.year(k); ok && !s.followsNumber(k+1) {
			p.y = y
			return k + 1
		}
		return k
	}
	if y, ok := s.year(k); ok && !s.followsNumber(k+1) {
		p.y = y
		return k + 1
	}
	if s.word(e) == "năm" {
		// "Tết Nguyên đán năm nay", "tháng Chạp năm ngoái"
		if r, end := s.match(tabRelative, e); r != nil && r.fields[0] == "year" && s.word(end) != "đó" {
			p.yOff, p.hasYOff, p.relative = atoiSigned(r.fields[1]), true, true
			return end
		}
	}
	if s.word(e) == "âm" && s.word(e+1) == "lịch" {
		return e + 2
	}
	return e
}

// cycleYear parses a year's name in the sexagenary cycle at k ("Giáp
// Thìn") and returns its place in the cycle, 1–60 (1: Giáp Tý, 1984).
func (s *dateScanner) cycleYear(k int) (int, int, bool) {
	stem, branch := int(s.dv(k).stem)-1, int(s.dv(k+1).branch)-1
	if stem < 0 || branch < 0 || (stem%2) != (branch%2) {
		return 0, k, false
	}
	// The year y has stem (y-4) mod 10 and branch (y-4) mod 12.
	for c := 0; c < 60; c++ {
		if c%10 == stem && c%12 == branch {
			return c + 1, k + 2, true
		}
	}
	return 0, k, false
}

// parseFestival parses a named day at j: "Tết Nguyên đán 2024", "Tết
// Trung thu", "Tết Giáp Thìn".
func (s *dateScanner) parseFestival(p *dpiece, j int) (int, bool) {
	if ph, k := s.match(tabFestival, j); ph != nil {
		p.m, p.d = atoiSigned(ph.fields[0]), atoiSigned(ph.fields[1])
		p.lunar = ph.fields[2] == "lunar"
		p.written = true
		p.rule = "date.festival"
		if !p.lunar {
			k2 := k
			if s.word(k2) == "năm" {
				k2++
			}
			if y, ok := s.year(k2); ok && !s.followsNumber(k2+1) {
				p.y = y
				return k2 + 1, true
			}
			return k, true
		}
		return s.lunarYear(p, k), true
	}
	if c, k, ok := s.cycleYear(j + 1); ok {
		p.m, p.d, p.lunar, p.written, p.cycle = 1, 1, true, true, c
		p.rule = "date.festival"
		if y, ok := s.year(k); ok && !s.followsNumber(k+1) {
			p.y = y
			return k + 1, true
		}
		return k, true
	}
	return j, false
}

// ---- months, quarters, years, weeks ----

// parseCoarse parses a date coarser than a day at j: a month, a quarter,
// a year, a week, a part of a year or month, "6 tháng đầu năm", "3 ngày
// trước".
func (s *dateScanner) parseCoarse(p *dpiece, j int) (int, bool) {
	if s.has(tabRelative, j) {
		if r, k := s.matchAt(tabRelative, j); r != nil {
			unit := r.fields[0]
			if unit == "week" || unit == "month" || unit == "quarter" || unit == "year" {
				if s.countedBefore(j, k) || s.word(k) == "đó" || s.word(k) == "nữa" {
					return j, false
				}
				p.off = atoiSigned(r.fields[1])
				p.relative = true
				switch unit {
				case "week":
					p.rel = relWeek
				case "month":
					p.rel = relMonth
				case "quarter":
					p.rel = relQuarter
				case "year":
					p.rel = relYear
				}
				p.rule = relativeRule(unit)
				return k, true
			}
		}
	}
	// "tuần qua (từ ngày 5 đến 11/9)": "tuần qua" alone is the last
	// seven days, not a week; glossed, the gloss gives its days.
	if s.word(j) == "tuần" && s.word(j+1) == "qua" && !s.numberWordBefore(j) {
		if _, _, hasB, _, ok := s.parseGloss(j + 2); ok && hasB {
			p.rel, p.off, p.relative = relWeek, -1, true
			p.rule = "date.relative-week"
			return j + 2, true
		}
		return j, false
	}
	switch s.word(j) {
	case "tháng":
		return s.parseMonth(p, j)
	case "quý":
		return s.parseQuarter(p, j)
	case "năm":
		return s.parseYear(p, j)
	case "nửa":
		return s.parseHalf(p, j)
	case "cách":
		if s.word(j+1) == "đây" {
			return s.parseAgo(p, j+2)
		}
		return j, false
	}
	if s.has(tabParts, j) {
		if ph, k := s.matchAt(tabParts, j); ph != nil {
			return s.parsePart(p, ph, k)
		}
	}
	if s.toks[j].kind == tokNum {
		if end, ok := s.parseFirstMonths(p, j); ok {
			return end, true
		}
		return s.parseAgo(p, j)
	}
	if s.dv(j).num != 0 {
		if end, ok := s.parseFirstMonths(p, j); ok {
			return end, true
		}
		return s.parseAgo(p, j) // "hai năm trước"
	}
	return j, false
}

// parseMonth parses a month at j: "tháng 10/2022", "tháng 12 năm
// ngoái", "tháng Mười Hai", "tháng Giêng", "tháng 7 âm lịch".
func (s *dateScanner) parseMonth(p *dpiece, j int) (int, bool) {
	return s.parseMonthLook(p, j, false)
}

// parseMonthLook is parseMonth; noLook stops it from looking for the year
// of a following month.
func (s *dateScanner) parseMonthLook(p *dpiece, j int, noLook bool) (int, bool) {
	if s.numberWordBefore(j) && s.word(j-1) != "các" && s.word(j-1) != "những" && !s.numberNames(j-1) {
		return j, false
	}
	m, lunar, e, ok := s.monthAfter(j, true)
	if !ok {
		return j, false
	}
	if s.toks[j+1].kind == tokNum {
		// "mỗi tháng 2 lần", "tháng 2 đợt": a count, not a month.
		switch s.word(e) {
		case "lần", "lượt", "đợt", "kỳ", "ngày", "tuần", "tháng", "giờ":
			return j, false
		}
		if s.followsNumber(e) && s.sepAt(e) != '/' && s.sepAt(e) != '-' && s.sepAt(e) != '.' {
			return j, false
		}
	}
	p.m, p.lunar = m, lunar
	p.rule = "date.month"
	e2 := s.yearAfter(p, e)
	if e2 == e && s.sepAt(e) != 0 && s.tight(e) && s.tight(e+1) && s.toks[min(e+1, len(s.toks)-1)].kind == tokNum {
		return j, false // "tháng 9/20": not a year
	}
	e = e2
	if !lunar && p.y == 0 && !p.hasYOff && s.toks[j+1].kind != tokNum && !s.toks[j+1].upper {
		return j, false
	}
	if p.y == 0 && !p.hasYOff && !noLook {
		s.coordinatedYear(p, e, "tháng")
	}
	if s.word(e) == "âm" && s.word(e+1) == "lịch" {
		p.lunar = true
		e += 2
	}
	if p.lunar {
		p.rule = "date.lunar-month"
	}
	return e, true
}

// parseQuarter parses "quý I/2023", "quý 3 năm 2022", "quý IV".
func (s *dateScanner) parseQuarter(p *dpiece, j int) (int, bool) {
	return s.parseQuarterLook(p, j, false)
}

// parseQuarterLook is parseQuarter; noLook stops it from looking for the
// year of a following quarter.
func (s *dateScanner) parseQuarterLook(p *dpiece, j int, noLook bool) (int, bool) {
	if s.numberWordBefore(j) && !s.numberNames(j-1) {
		return j, false
	}
	k := j + 1
	q, ok := s.small(k, 1, 4)
	if !ok {
		q = int(s.dv(k).roman)
		if q == 0 {
			return j, false
		}
	}
	p.q = q
	p.rule = "date.quarter"
	e := s.yearAfter(p, k+1)
	if p.y == 0 && !p.hasYOff && !noLook {
		s.coordinatedYear(p, e, "quý")
	}
	return e, true
}

// coordinatedYear gives a month or quarter written without a year the year
// of the next one in a coordination: "quý I và quý II năm nay", "tháng 7
// và tháng 8/2023". e is the token after the first; kind is "tháng" or
// "quý".
func (s *dateScanner) coordinatedYear(p *dpiece, e int, kind string) {
	switch {
	case s.word(e) == "và" || s.word(e) == "hoặc" || s.word(e) == "đến" || s.word(e) == "tới":
	case s.punct(e, ",") || s.dash(e):
	default:
		return
	}
	if s.word(e+1) != kind {
		return
	}
	var q dpiece
	var ok bool
	if kind == "tháng" {
		_, ok = s.parseMonthLook(&q, e+1, true)
	} else {
		_, ok = s.parseQuarterLook(&q, e+1, true)
	}
	if !ok || q.lunar != p.lunar {
		return
	}
	p.y, p.yOff, p.hasYOff = q.y, q.yOff, q.hasYOff
	p.relative = p.relative || q.hasYOff
}

// parseYear parses "năm 2020", "năm 2020-2021", "năm Giáp Thìn".
func (s *dateScanner) parseYear(p *dpiece, j int) (int, bool) {
	k := j + 1
	if y, ok := s.year(k); ok {
		p.y = y
		if y2, end, ok := s.yearRangeEnd(y, k+1, false); ok {
			p.y2 = y2
			p.rule = "date.year-range"
			return end, true
		}
		if s.followsNumber(k + 1) {
			return j, false
		}
		p.rule = "date.year"
		return k + 1, true
	}
	if c, e, ok := s.cycleYear(k); ok {
		p.cycle, p.lunar = c, true
		p.rule = "date.lunar-year"
		if y, ok := s.year(e); ok && !s.followsNumber(e+1) {
			p.y = y
			return e + 1, true
		}
		return e, true
	}
	return j, false
}

// parsePart parses a part of a year or month after its word ("đầu",
// "cuối", "thượng tuần"), ph, at k: "đầu năm 2024", "cuối tháng 6",
// "cuối năm nay", "từ đầu năm đến nay".
func (s *dateScanner) parsePart(p *dpiece, ph *phrase, k int) (int, bool) {
	part, scope := ph.fields[0], ph.fields[1]
	var q dpiece
	q.start = p.start
	var end int
	var ok bool
	switch {
	case s.word(k) == "tháng":
		if r, e := s.match(tabRelative, k); r != nil && r.fields[0] == "month" {
			q.rel, q.off, q.relative = relMonth, atoiSigned(r.fields[1]), true
			end, ok = e, true
		} else {
			end, ok = s.parseMonth(&q, k)
			if !ok && s.barePart(p.start, k+1) {
				q.rel, q.relative = relMonth, true
				end, ok = k+1, true
			}
		}
	case s.word(k) == "tuần" && scope == "year-month":
		// "đầu tuần tới", "cuối tuần này"
		if r, e := s.match(tabRelative, k); r != nil && r.fields[0] == "week" && s.word(e) != "đó" {
			q.rel, q.off, q.relative = relWeek, atoiSigned(r.fields[1]), true
			end, ok = e, true
		}
	case s.word(k) == "năm" && scope == "year-month":
		if r, e := s.match(tabRelative, k); r != nil && r.fields[0] == "year" && s.word(e) != "đó" {
			q.rel, q.off, q.relative = relYear, atoiSigned(r.fields[1]), true
			end, ok = e, true
		} else {
			end, ok = s.parseYear(&q, k)
			if ok && q.y2 != 0 {
				ok = false
			}
			if !ok && s.barePart(p.start, k+1) {
				q.rel, q.relative = relYear, true
				end, ok = k+1, true
			}
		}
	}
	if !ok {
		return k, false
	}
	*p = q
	p.part = part
	p.rule = "date.part"
	return end, true
}

// barePart reports whether a part without its year or month ("đầu năm",
// "cuối tháng") at [start, k) names the current one: "từ đầu năm đến
// nay", "phấn đấu đến cuối năm đạt...", like "6 tháng đầu năm". It does not
// when the word after makes another compound: "đầu năm học", "cuối năm
// thứ ba", "cuối năm đó".
func (s *dateScanner) barePart(start, k int) bool {
	// After a preposition or at the start of a clause only: "nghỉ 2 ngày
	// cuối năm" counts days, and may mean the lunar year.
	if start > 0 && s.toks[start-1].kind == tokWord && !s.toks[start].newline {
		switch s.toks[start-1].lower {
		case "từ", "đến", "tới", "vào", "trong", "dịp", "hồi", "trước", "sau", "cho", "hết", "khoảng":
		default:
			return false
		}
	}
	if k >= len(s.toks) {
		return true
	}
	t := &s.toks[k]
	switch t.kind {
	case tokNum:
		return false
	case tokPunct:
		return t.text != "/" && t.text != "-"
	}
	if t.w.date.num != 0 {
		return false // "cuối năm hai", "đầu tháng năm"
	}
	switch t.lower {
	case "học", "mới", "tài", "âm", "dương", "thứ", "nhất", "sinh", "ấy", "đó", "kia", "nào", "qua", "lương", "giêng", "chạp", "này", "tuổi", "tù", "công", "làm", "đầu", "cuối", "giữa":
		return false
	}
	return true
}

// parseHalf parses "nửa đầu năm 2022" and "nửa cuối năm", the month
// ranges 01–06 and 07–12.
func (s *dateScanner) parseHalf(p *dpiece, j int) (int, bool) {
	var m1, m2 int
	switch s.word(j + 1) {
	case "đầu":
		m1, m2 = 1, 6
	case "cuối", "sau":
		m1, m2 = 7, 12
	default:
		return j, false
	}
	if s.word(j+2) != "năm" {
		return j, false
	}
	e, ok := s.yearOfRange(p, j+2)
	if !ok {
		return j, false
	}
	p.m, p.m2 = m1, m2
	p.rule = "date.half-year"
	return e, true
}

// yearOfRange reads "năm 2022", "năm nay" or a bare "năm" at k, the year
// of "6 tháng đầu năm 2022".
func (s *dateScanner) yearOfRange(p *dpiece, k int) (int, bool) {
	if s.word(k) != "năm" {
		return k, false
	}
	if y, ok := s.year(k + 1); ok && !s.followsNumber(k+2) {
		p.y = y
		return k + 2, true
	}
	if r, e := s.match(tabRelative, k); r != nil && r.fields[0] == "year" && s.word(e) != "đó" {
		p.yOff, p.hasYOff, p.relative = atoiSigned(r.fields[1]), true, true
		return e, true
	}
	if w := s.word(k + 1); w == "học" || w == "tài" || w == "mới" {
		return k, false
	}
	p.yOff, p.hasYOff, p.relative = 0, true, true
	return k + 1, true
}

// parseFirstMonths parses "9 tháng đầu năm 2022" (months 01–09), "6 tháng
// cuối năm" (07–12) and "2 quý đầu năm" at j.
func (s *dateScanner) parseFirstMonths(p *dpiece, j int) (int, bool) {
	n, ok := s.small(j, 1, 12)
	if !ok {
		n = int(s.dv(j).num) // "hai tháng cuối năm"
		ok = n != 0
	}
	if !ok {
		return j, false
	}
	unit := s.word(j + 1)
	if unit != "tháng" && unit != "quý" {
		return j, false
	}
	first := s.word(j + 2)
	var e int
	switch {
	case first == "đầu" || first == "cuối":
		e, ok = s.yearOfRange(p, j+3)
		if !ok {
			return j, false
		}
	case first == "năm" && unit == "tháng" && n >= 2 && n <= 11:
		// "10 tháng năm 2023": the first ten months, as statistics
		// count them; the year must be written.
		first = "đầu"
		e = s.yearAfter(p, j+2)
		if p.y == 0 && !p.hasYOff {
			return j, false
		}
	default:
		return j, false
	}
	max := 12
	if unit == "quý" {
		max = 4
	}
	if n > max {
		return j, false
	}
	lo, hi := 1, n
	if first == "cuối" {
		lo, hi = max-n+1, max
	}
	if unit == "tháng" {
		p.m, p.m2 = lo, hi
	} else {
		p.q, p.q2 = lo, hi
	}
	p.rule = "date.first-months"
	return e, true
}

// parseAgo parses "3 ngày trước", "2 năm trước đây" and, after "cách
// đây", "3 ngày": a day, month or year counted back from the reference.
func (s *dateScanner) parseAgo(p *dpiece, j int) (int, bool) {
	n, ok := s.small(j, 1, 99)
	if !ok {
		if v := int(s.dv(j).num); v != 0 {
			n, ok = v, true
		}
	}
	if !ok {
		return j, false
	}
	unit := s.word(j + 1)
	k := j + 2
	cach := s.word(j-1) == "đây" && s.word(j-2) == "cách"
	// "đợt 2 năm trước" is last year's second round; "trong 3 năm
	// trước" a duration.
	if !cach && (s.numberNames(j) || s.word(j-1) == "trong" || s.word(j-1) == "suốt") {
		return j, false
	}
	if !cach {
		if s.word(k) != "trước" {
			return j, false
		}
		k++
		if s.word(k) == "đây" {
			k++
		}
	}
	// "3 ngày trước khi", "3 ngày trước kỳ thi": before something else.
	if k < len(s.toks) && !s.isPunct(k) && !s.toks[k].newline && s.word(k) != "và" {
		if !cach || s.toks[k].kind != tokWord {
			return j, false
		}
	}
	switch unit {
	case "ngày":
		p.rel, p.off = relDay, -n
	case "tuần":
		p.rel, p.off = relDay, -7*n
	case "tháng":
		p.rel, p.off = relMonth, -n
	case "năm":
		p.rel, p.off = relYear, -n
	default:
		return j, false
	}
	if cach {
		p.start = j - 2
	}
	p.relative = true
	p.rule = "date.ago"
	return k, true
}

// ---- helpers ----

// atoiSigned parses a small signed decimal ("-1", "+2", "3").
func atoiSigned(s string) int {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		return -n
	}
	return n
}

// validDay reports whether day d of month m exists in year y (any leap
// year when y is 0).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= daysIn(y, m)
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// relativeRule returns the rule of a relative week, month, quarter or
// year, a constant so that naming it allocates nothing.
func relativeRule(unit string) string {
	switch unit {
	case "week":
		return "date.relative-week"
	case "month":
		return "date.relative-month"
	case "quarter":
		return "date.relative-quarter"
	}
	return "date.relative-year"
}

// glossRule returns rule with "+gloss": the rule of a date glossed by
// another in parentheses ("Sáng nay (15/11)": "date.part-of-day+gloss").
// The usual ones are constants, so that naming them allocates nothing.
func glossRule(rule string) string {
	switch rule {
	case "date.relative-day":
		return "date.relative-day+gloss"
	case "date.part-of-day":
		return "date.part-of-day+gloss"
	case "date.weekday":
		return "date.weekday+gloss"
	case "date.weekday-week":
		return "date.weekday-week+gloss"
	case "date.anchor":
		return "date.anchor+gloss"
	case "date.time":
		return "date.time+gloss"
	case "date.day":
		return "date.day+gloss"
	case "date.relative-week":
		return "date.relative-week+gloss"
	case "date.part":
		return "date.part+gloss"
	}
	return rule + "+gloss"
}

// weekdayRule returns rule with "+weekday": the rule of a date glossed by
// its weekday ("ngày 12/4 (thứ Hai)": "date.day+weekday").
func weekdayRule(rule string) string {
	switch rule {
	case "date.day":
		return "date.day+weekday"
	case "date.dm":
		return "date.dm+weekday"
	case "date.dmy":
		return "date.dmy+weekday"
	case "date.day-words":
		return "date.day-words+weekday"
	case "date.part-of-day":
		return "date.part-of-day+weekday"
	case "date.time":
		return "date.time+weekday"
	case "date.lunar":
		return "date.lunar+weekday"
	}
	return rule + "+weekday"
}
