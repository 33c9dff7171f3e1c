package extract

import (
	"bytes"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// The counts scanner walks the tokens once. At each number it looks at what
// stands before it (a qualifier, an identifier word, a glued code) and what
// follows (a range, "%", a currency, a unit), each look bounded, so the
// scan is linear in the number of tokens.

// cntMaxValue bounds the values reported: from 10^21 on, JSON numbers turn
// to exponents, and no news text counts that high.
const cntMaxValue = 1e21

// cntMaxList bounds the nouns of one list ("huyện, thị xã, thành phố").
const cntMaxList = 6

// A cntScan is the state of the counts extractor over one document. Its
// slices are scratch space, reused across documents through cntPool.
// While scanning, the items are cntItems, which hold no pointers (writing
// them costs no write barrier, and the pool need not clear them); at the
// end, results builds the Counts, Money and Percents from them with their
// texts, units and upper ends, in buffers made to size, so that a
// document costs a few allocations whatever it holds.
type cntScan struct {
	d *doc
	// [limFrom, limAt): tokens known to hold none taken, limAt being the
	// first taken token after them or the end (see limit).
	limFrom, limAt int
	// befJ, befP, befSt: the last answer of before (befJ -1: none).
	befJ, befSt int
	befP        *cntPhrase

	counts   []cntItem
	units    []cntUnit // the units of counts, parallel to counts
	parts    []cntPart // the pieces of units after their first (see cntUnit)
	money    []cntItem
	moneyX   []cntMoneyX // the currencies of money, parallel to money
	percents []cntItem
	ones     []cntOne // "một" counts waiting for a coordinated count
	last     int      // the token after the last item: nothing may start before it
}

// A cntItem is a count, an amount of money or a percentage as the scan
// keeps it: no strings, no pointers.
type cntItem struct {
	span         Span    // in the original text
	tok          cntSpan // its tokens
	value, until float64 // until: the upper end of a range, when ranged
	ranged       bool
	qual         uint8   // its Qualifier, an index of cntQualifiers
	rule         cntRule // the rule that found it
	points       bool    // a percentage in points (Unit percentUnitPoints)
}

// cntMoneyX is what an amount of money has that a cntItem has not.
type cntMoneyX struct {
	currency, per string
}

// cntQualifiers are the qualifiers, indexed by cntItem.qual.
var cntQualifiers = [...]Qualifier{Exact, MoreThan, LessThan, About, Nearly, AtLeast, AtMost}

// cntQualIndex returns the index of q in cntQualifiers.
func cntQualIndex(q Qualifier) uint8 {
	for k, x := range cntQualifiers {
		if x == q {
			return uint8(k)
		}
	}
	return 0
}

// A cntRule names the rule that found an item (cntRuleNames).
type cntRule uint8

// The rules.
const (
	cntRuleNone cntRule = iota
	cntRuleNoun
	cntRuleMeasure
	cntRuleClassifier
	cntRuleGuess
	cntRuleGuessWords
	cntRuleRange
	cntRuleOne
	cntRuleOneCoordinated
	cntRuleCurrency
	cntRulePer
	cntRuleSymbol
	cntRuleMoneyRange
	cntRuleSign
	cntRuleWords
	cntRulePoints
	cntRulePercentRange
)

// cntRuleNames are the names of the rules, as items report them.
var cntRuleNames = [...]string{
	cntRuleNone:           "",
	cntRuleNoun:           "count.noun",
	cntRuleMeasure:        "count.measure",
	cntRuleClassifier:     "count.classifier",
	cntRuleGuess:          "count.guess",
	cntRuleGuessWords:     "count.guess-words",
	cntRuleRange:          "count.range",
	cntRuleOne:            "count.one",
	cntRuleOneCoordinated: "count.one-coordinated",
	cntRuleCurrency:       "money.currency",
	cntRulePer:            "money.per",
	cntRuleSymbol:         "money.symbol",
	cntRuleMoneyRange:     "money.range",
	cntRuleSign:           "percent.sign",
	cntRuleWords:          "percent.words",
	cntRulePoints:         "percent.points",
	cntRulePercentRange:   "percent.range",
}

var cntPool = sync.Pool{New: func() any { return new(cntScan) }}

// cntMaxPooled bounds the scratch items kept for reuse.
const cntMaxPooled = 1 << 12

// A cntSpan is the token span [i, j) of an item.
type cntSpan struct{ i, j int }

// A cntOne is a count of "một" that stands only if another count of the
// same noun is coordinated with it in the sentence.
type cntOne struct {
	c    cntItem
	unit cntUnit
}

func newCntScan(d *doc) *cntScan {
	cntResolveWords()
	s := cntPool.Get().(*cntScan)
	s.d, s.last, s.limFrom, s.limAt, s.befJ = d, 0, -1, -1, -1
	return s
}

// before is cntBefore.matchEndingAt(s.d, j), remembered for the last j:
// the checks of one number ask it about the same token several times,
// and the tokens taken do not change while the scanner runs.
func (s *cntScan) before(j int) (*cntPhrase, int) {
	if j != s.befJ {
		s.befP, s.befSt = cntBefore.matchEndingAt(s.d, j)
		s.befJ = j
	}
	return s.befP, s.befSt
}

// limit returns the first taken token at or after token i (in range), or
// the number of tokens: a number is never read into taken tokens. The
// tokens taken do not change while the scanner runs, so it remembers the
// last span it found free.
func (s *cntScan) limit(i int) int {
	if s.limFrom <= i && i <= s.limAt {
		return s.limAt
	}
	n := len(s.d.toks)
	k := n
	if taken := s.d.taken; i < len(taken) {
		// A bool is one byte, 0 or 1.
		b := unsafe.Slice((*byte)(unsafe.Pointer(&taken[i])), len(taken)-i)
		if x := bytes.IndexByte(b, 1); x >= 0 {
			k = min(i+x, n)
		}
	}
	s.limFrom, s.limAt = i, k
	return k
}

// sameSentence reports whether tokens a and b are in the same sentence:
// no line break and no end mark followed by white space comes after the
// first of them up to the second. It stops at the first break.
func (s *cntScan) sameSentence(a, b int) bool {
	toks := s.d.toks
	if a > b {
		a, b = b, a
	}
	for i := max(a+1, 1); i <= b; i++ {
		if t := &toks[i]; t.newline || t.space && cntSentenceEnd(toks[i-1].text) {
			return false
		}
	}
	return true
}

// span returns the original span of tokens [i, j).
func (s *cntScan) span(i, j int) Span {
	d := s.d
	if i >= j || j > len(d.toks) {
		return Span{}
	}
	st, en := d.norm.Span(d.toks[i].start, d.toks[j-1].end)
	return Span{Start: st, End: en}
}

// unitLen returns the length of the text of u when it must be built,
// 0 when it is a lexicon entry as it is.
func (s *cntScan) unitLen(u *cntUnit) int {
	if u.n == 1 && !u.tok || u.n == 0 {
		return 0
	}
	n := len(u.head)
	for _, p := range s.unitParts(u) {
		n += 1 + len(p.text)
		if p.sep == ',' {
			n++
		}
	}
	return n
}

// results returns the counts, money and percentages found (empty lists
// are empty, not nil), with their texts, built units, per-units and upper
// ends in buffers made to size. The texts are copied from the input, so
// that Result.detach has none of them to copy.
func (s *cntScan) results() ([]Count, []Money, []Percent) {
	size, ranges := 0, 0
	for _, items := range [...][]cntItem{s.counts, s.money, s.percents} {
		for k := range items {
			it := &items[k]
			size += it.span.End - it.span.Start
			if it.ranged {
				ranges++
			}
		}
	}
	for k := range s.counts {
		size += s.unitLen(&s.units[k])
	}
	for k := range s.moneyX {
		size += len(s.moneyX[k].per)
	}
	b := cntBuilder{src: s.d.src}
	b.buf.Grow(size)
	if ranges > 0 {
		b.untils = make([]float64, 0, ranges)
	}
	counts := make([]Count, len(s.counts))
	for k := range counts {
		c := &counts[k]
		b.item(&s.counts[k], &c.Mention, &c.Value, &c.Until, &c.Qualifier, &c.Rule)
		c.Unit = s.unitText(&b, &s.units[k])
	}
	money := make([]Money, len(s.money))
	for k := range money {
		m, x := &money[k], &s.moneyX[k]
		b.item(&s.money[k], &m.Mention, &m.Value, &m.Until, &m.Qualifier, &m.Rule)
		m.Currency = x.currency
		if x.per != "" {
			m.Per = b.copy(x.per)
		}
	}
	percents := make([]Percent, len(s.percents))
	for k := range percents {
		p, it := &percents[k], &s.percents[k]
		b.item(it, &p.Mention, &p.Value, &p.Until, &p.Qualifier, &p.Rule)
		if it.points {
			p.Unit = percentUnitPoints
		}
	}
	return counts, money, percents
}

// item sets the fields that counts, money and percentages share from it.
func (b *cntBuilder) item(it *cntItem, m *Mention, value *float64, until **float64, q *Qualifier, rule *string) {
	m.Span, m.Text = it.span, b.text(it.span)
	*value, *q, *rule = it.value, cntQualifiers[it.qual], cntRuleNames[it.rule]
	if it.ranged {
		b.untils = append(b.untils, it.until)
		*until = &b.untils[len(b.untils)-1]
	}
}

// unitText returns the text of u, built in b unless it is a lexicon
// entry as it is.
func (s *cntScan) unitText(b *cntBuilder, u *cntUnit) string {
	if s.unitLen(u) == 0 {
		return u.first()
	}
	off := b.buf.Len()
	b.buf.WriteString(u.head)
	for _, p := range s.unitParts(u) {
		if p.sep == ',' {
			b.buf.WriteByte(',')
		}
		b.buf.WriteByte(' ')
		b.buf.WriteString(p.text)
	}
	return b.buf.String()[off:]
}

// A cntBuilder holds the buffers of the strings and upper ends of the
// results of one document.
type cntBuilder struct {
	buf    strings.Builder
	untils []float64
	src    []byte // the original input
}

// text returns a copy of the original text of sp.
func (b *cntBuilder) text(sp Span) string {
	off := b.buf.Len()
	b.buf.Write(b.src[sp.Start:sp.End])
	return b.buf.String()[off:]
}

// copy returns a copy of t in the buffer.
func (b *cntBuilder) copy(t string) string {
	off := b.buf.Len()
	b.buf.WriteString(t)
	return b.buf.String()[off:]
}

// release returns s to cntPool. s must not be used after it.
func (s *cntScan) release() {
	if max(cap(s.counts), cap(s.units), cap(s.money), cap(s.percents), cap(s.ones), cap(s.parts), cap(s.moneyX)) > cntMaxPooled {
		return
	}
	// The slices are not cleared: the items hold no pointers, and the
	// strings of units and per-units keep at most one document's text
	// alive until the next document overwrites them (clearing them
	// would cost a write barrier per pointer while the GC runs; see
	// doc.release).
	*s = cntScan{counts: s.counts[:0], units: s.units[:0], money: s.money[:0], moneyX: s.moneyX[:0],
		percents: s.percents[:0], ones: s.ones[:0], parts: s.parts[:0]}
	cntPool.Put(s)
}

// cntSentenceEnd reports whether a token ends a sentence when white space
// follows it.
func cntSentenceEnd(t string) bool {
	switch t {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

// run scans the document. Only digits and words that may start a number
// (a field of their vocabulary entry) are looked at.
func (s *cntScan) run() {
	d := s.d
	toks, taken := d.toks, d.taken
	for i := cntNext(toks, taken, 0); i < len(toks); i = cntNext(toks, taken, i) {
		i = s.at(i)
	}
	s.resolveOnes()
	for _, items := range [...][]cntItem{s.counts, s.money, s.percents} {
		for k := range items {
			d.take(items[k].tok.i, items[k].tok.j)
		}
	}
}

// cntNext returns the first token from i on that may start a number, a
// run of digits or a word that the vocabulary flags (the flags in the
// token: its vocabWord is not loaded), and that no item has taken; the
// number of tokens if there is none.
func cntNext(toks []token, taken []bool, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].wf&(vfNum|vfDigits) != 0 && (i >= len(taken) || !taken[i]) {
			return i
		}
	}
	return len(toks)
}

// A cntNum is a number read at tokens [i, j).
type cntNum struct {
	number
	i, j int
}

// readAt reads the number at token i, never into taken tokens.
func (s *cntScan) readAt(i int) (cntNum, bool) {
	toks := s.d.toks
	if uint(i) >= uint(len(toks)) || s.d.isTaken(i) {
		return cntNum{}, false
	}
	if toks[i].kind == tokNum {
		// Most numbers are one run of digits that nothing continues,
		// whether or not the tokens after it are taken.
		if v, ok := numPlainDigits(toks[i:]); ok {
			return cntNum{number: number{Value: v}, i: i, j: i + 1}, true
		}
	}
	n, c := readTokNumber(toks[i:s.limit(i)])
	if c == 0 {
		return cntNum{}, false
	}
	return cntNum{number: n, i: i, j: i + c}, true
}

// at handles the number starting at token i and returns where to go on.
func (s *cntScan) at(i int) int {
	d := s.d
	n, ok := s.readAt(i)
	if !ok {
		if d.toks[i].kind == tokNum {
			if r := tokDigitRunLen(d.toks[i:s.limit(i)]); r > 0 {
				return i + r
			}
		}
		return i + 1
	}
	if !s.standsAlone(n) {
		return n.j
	}
	// "$5", "US$ 200".
	start := i
	symbol := false
	if i > 0 && d.toks[i-1].text == "$" && !d.isTaken(i-1) && i-1 >= s.last {
		start, symbol = i-1, true
		if start > 0 && d.toks[start-1].lower == "us" && !d.toks[start].space && !d.isTaken(start-1) {
			start--
		}
	}
	// A range: "50-60 người", "từ 50 đến 60 người", "3-5 triệu đồng".
	first, second, hasRange := n, cntNum{}, false
	if m, ok := s.rangeEnd(n); ok {
		first, second, hasRange = n, m, true
		first.Value = cntScaleLow(s.d, n, m)
		if !(first.Value < second.Value) {
			hasRange = false
		}
	}
	end := n.j
	if hasRange {
		end = second.j
	}
	var tl cntTail
	s.tail(end, cntCtx{n: &n, start: start}, &tl)
	if hasRange && tl.kind == cntTailNone {
		// "3-1": no range of anything; nor is the first number alone
		// anything, as a dash follows it.
		return end
	}
	if !hasRange && tl.kind == cntTailPercent {
		// "10%-15%": the range is after the sign.
		if m, ok := s.rangeEnd(cntNum{number: n.number, i: n.i, j: tl.end}); ok {
			// The units of percentages are one piece: they compare as values.
			var t2 cntTail
			if s.tail(m.j, cntCtx{}, &t2); t2.kind == cntTailPercent && t2.unit == tl.unit && n.Value < m.Value {
				second, hasRange, tl = m, true, t2
			}
		}
	}
	if symbol {
		if tl.kind != cntTailNone && tl.kind != cntTailMoney {
			return tl.end
		}
		tl = cntTail{kind: cntTailMoney, end: end, currency: "USD", rule: cntRuleSymbol}
		if pe, per := s.per(end); pe > end {
			tl.end, tl.per = pe, per
		}
	}
	switch tl.kind {
	case cntTailNone:
		return n.j
	case cntTailSkip:
		return tl.end
	case cntTailCount:
		if s.isRace(n, &tl) {
			return tl.end // "cự ly 10.000 m", "400 m tự do": the name of a race
		}
	}
	// "từ" before a range is part of it.
	if hasRange && start == i && i > 0 && d.toks[i-1].lower == "từ" && !d.isTaken(i-1) && i-1 >= s.last {
		start = i - 1
	}
	// The qualifier before, included in the mention.
	q, qstart := s.qualifierBefore(start)
	if q != Exact {
		start = qstart
	} else if n.Approx {
		q = About
	}
	stop := tl.end
	if aq, ae := s.qualifierAfter(stop); ae > stop {
		// "100 người trở lên", "từ 20% trở lên".
		if q == Exact || q == About && n.Approx {
			q = aq
		}
		stop = ae
	}
	it := cntItem{tok: cntSpan{start, stop}, value: cntClean(first.Value), qual: cntQualIndex(q), rule: tl.rule}
	if hasRange {
		it.until, it.ranged = cntClean(second.Value), true
	}
	switch tl.kind {
	case cntTailPercent:
		if hasRange {
			it.rule = cntRulePercentRange
		}
		it.points = tl.unit.first() == percentUnitPoints
		it.span = s.span(start, stop)
		s.percents = append(s.percents, it)
	case cntTailMoney:
		if it.value < 0 {
			return stop
		}
		if hasRange {
			it.rule = cntRuleMoneyRange
		}
		it.span = s.span(start, stop)
		s.money = append(s.money, it)
		s.moneyX = append(s.moneyX, cntMoneyX{currency: tl.currency, per: tl.per})
	case cntTailCount:
		if !s.keepCount(&it, n, &tl, q) {
			return stop
		}
	}
	s.last = stop
	return stop
}

// keepCount checks the count it of the number n, whose unit is tl's, and
// keeps it (or leaves it waiting, for "một"); it reports whether the scan
// goes on after it as after an item.
func (s *cntScan) keepCount(it *cntItem, n cntNum, tl *cntTail, q Qualifier) bool {
	d := s.d
	if it.value < 0 || s.isYear(n, q) {
		return false
	}
	if !s.wordsCount(n, tl) {
		return false
	}
	if tl.measure == "" && it.value != math.Trunc(it.value) {
		// "1,300 người": nobody counts 1.3 people; English thousands.
		v, ok := cntEnglishThousands(d, n)
		if !ok {
			return false
		}
		it.value = v
	}
	if it.ranged {
		it.rule = cntRuleRange
	}
	it.span = s.span(it.tok.i, it.tok.j)
	if n.j-n.i == 1 && d.toks[n.i].lower == "một" && !it.ranged {
		if !s.oneCounts(it.tok.i, it.tok.j, tl) {
			s.ones = append(s.ones, cntOne{c: *it, unit: tl.unit})
			return false
		}
		it.rule = cntRuleOne
	}
	s.counts = append(s.counts, *it)
	s.units = append(s.units, tl.unit)
	return true
}

// mayGuess reports whether the number n, whose item starts at token start,
// may count a noun that is in no lexicon: it is an integer written in
// digits, not a version ("4.0"), and neither a name ("SEA Games 31 diễn
// ra") nor a preposition of time ("trong 2 buổi") comes right before it.
func (s *cntScan) mayGuess(start int, n cntNum) bool {
	d := s.d
	if d.toks[n.i].kind != tokNum || n.Value != math.Trunc(n.Value) {
		return false
	}
	for k := n.i + 1; k+1 < n.j; k++ {
		if d.toks[k].text == "." && len(d.toks[k+1].text) != 3 {
			return false // "công nghiệp 4.0": a version
		}
	}
	return s.beforeAllowsGuess(start, n)
}

// mayGuessWords reports whether the number n, whose item starts at token
// start, may count a compound noun in no lexicon (see guessWordsTail): it
// is written in words, an integer of at least two that begins with no
// ambiguous word ("một", "năm", "ba", "tư": "ba miền" is in the lexicon,
// "ba hội đoàn" is not guessed), and, as for digits, neither a name nor a
// preposition of time comes right before it ("trong hai buổi sáng").
func (s *cntScan) mayGuessWords(start int, n cntNum) bool {
	d := s.d
	first := d.toks[n.i].lower
	if !n.Words || d.toks[n.i].kind != tokWord || n.Value < 2 || n.Value != math.Trunc(n.Value) ||
		first == "một" || d.toks[n.i].numWord().ambiguous {
		return false
	}
	return s.beforeAllowsGuess(start, n)
}

// beforeAllowsGuess reports whether what comes before the number n, whose
// item starts at token start, allows a guessed unit: no preposition of
// time ("trong 2 buổi": a duration) and no name ("SEA Games 31 diễn ra")
// right before it, the qualifier aside.
func (s *cntScan) beforeAllowsGuess(start int, n cntNum) bool {
	d := s.d
	k := start - 1
	if q, st := s.before(n.i); q != nil && q.kind == cntQual {
		k = st - 1
	}
	switch d.lower(k) {
	case "trong", "sau", "suốt", "mất":
		return false // "trong 2 buổi": a duration
	}
	return k < 0 || d.toks[k].kind != tokWord || !d.toks[k].upper || s.sentenceStart(k)
}

// isRace reports whether the length count n, whose unit ends before
// tl.end, is the name of a race: after "cự ly", "nội dung" (perhaps a
// few lower-case words before, none of them a preposition or a word of
// size: "nội dung bơi vượt sông 10 km", not "môn bơi tại bể dài 25 m"),
// "chạy"... or before "tự do", "tiếp sức"... (data/counts-events.txt).
func (s *cntScan) isRace(n cntNum, tl *cntTail) bool {
	if tl.measure != cntLength && tl.measure != cntMetre {
		return false
	}
	d := s.d
	ok := func(p *cntPhrase) bool { return p.arg == "" || tl.measure == cntMetre }
	for k, words := n.i, 0; k > 0 && words <= 4; k-- {
		if p, _ := cntEvents.matchEndingAt(d, k); p != nil && ok(p) &&
			(p.kind == cntEventHead || p.kind == cntEventBefore && k == n.i) {
			return true
		}
		t := &d.toks[k-1]
		if t.kind != tokWord || t.upper || d.toks[k].newline || d.isTaken(k-1) {
			break
		}
		switch t.lower {
		case "tại", "ở", "của", "với", "trong", "trên", "dài", "rộng", "cao", "sâu", "cách", "khoảng", "gần", "hơn":
			// "môn bơi tại bể dài 25 m": a place, measured.
			return false
		}
		words++
	}
	p, _ := cntEvents.match(d, tl.end)
	return p != nil && p.kind == cntEventAfter && ok(p)
}

// standsAlone reports whether the number n may be a count, an amount or a
// percentage on its own: its value is sensible, it is not glued to letters
// or marks that make it a code ("COVID-19", "18h", "1A", "05-CT/TW",
// "15/8"), it does not follow a word that makes it an identifier or an
// ordinal ("số 9", "thứ 28", "Chỉ thị 16"), and, written in words, it is
// not part of a name ("Hai Bà Trưng").
func (s *cntScan) standsAlone(n cntNum) bool {
	d := s.d
	v := n.Value
	// Not NaN, not infinite, below cntMaxValue, not a tiny fraction.
	if a := math.Abs(v); !(a < cntMaxValue) || v != 0 && a < 1e-6 {
		return false
	}
	first := &d.toks[n.i]
	// Only digits start with "0"; the test seldom passes.
	if first.text[0] == '0' && len(first.text) > 1 && first.kind == tokNum {
		return false // "05", "0236": codes and phone numbers
	}
	if n.Words {
		if first.kind == tokWord && first.upper && !s.sentenceStart(n.i) {
			return false // "Hai Bà Trưng", "Năm Căn"
		}
		if v == 0 && first.kind == tokWord {
			return false // "không": mostly "not"
		}
		if n.i > 0 && first.kind == tokWord {
			if p, _ := cntLex.match(d, n.i-1); p != nil && p.kind == cntClassifier && p.words[0] == d.toks[n.i-1].lower && len(p.words) == 1 {
				return false // "chiếc ba lô": no number
			}
		}
		if w := first.numWord(); w.mag > 0 || w.hundred || w.chuc || w.tens {
			return false // a bare "tỷ", "trăm", "chục": "tỷ lệ", "Tỷ suất", "trăm người như một"
		}
		if n.Approx && v < 10 && first.kind == tokWord && !cntHasMagnitude(d.toks[n.i:n.j]) {
			return false // "vài người", "dăm ba người": no count
		}
	}
	if n.i > 0 && !first.space {
		prev := &d.toks[n.i-1]
		if prev.kind == tokWord || prev.kind == tokNum {
			return false
		}
		switch prev.text {
		case "(", "[", "\"", "“", "'", "‘", "«", "$", "~", "≈", ">", "<", "≥", "≤":
		default:
			return false
		}
	}
	if n.j < len(d.toks) && !d.toks[n.j].space {
		next := &d.toks[n.j]
		switch {
		case next.kind == tokWord:
			p, _ := cntLex.match(d, n.j)
			if p == nil || p.kind != cntMeasure && p.kind != cntCurrency {
				return false // "18h", "1A", "3G"
			}
		case next.text == "-" || next.text == "/" || next.text == ":" || next.text == ".":
			if n.j+1 < len(d.toks) && !d.toks[n.j+1].space {
				after := &d.toks[n.j+1]
				if after.kind == tokWord || next.text != "-" && after.kind == tokNum {
					return false // "18-NQ", "2156/QĐ", "15/8", "14:30"
				}
			}
		}
	}
	if p, st := s.before(n.i); p != nil && p.kind == cntIdent {
		if st == 0 || !(d.toks[st-1].lower == "mỗi" || d.toks[st-1].lower == "từng") {
			return false
		}
	}
	return true
}

// cntHasMagnitude reports whether a number's tokens hold a magnitude,
// hundred or ten word.
func cntHasMagnitude(toks []token) bool {
	for k := range toks {
		w := toks[k].numWord()
		if w.mag > 0 || w.hundred || w.chuc || w.tens || w.ten {
			return true
		}
	}
	return false
}

// sentenceStart reports whether token i starts a sentence: the first
// token, after a line break, or after an end mark, a colon, an opening
// bracket or quote.
func (s *cntScan) sentenceStart(i int) bool {
	d := s.d
	if i <= 0 || d.toks[i].newline {
		return true
	}
	switch d.toks[i-1].text {
	case ".", "!", "?", "…", ":", "(", "[", "\"", "“", "'", "‘", "«", "-", "–", "—":
		return true
	}
	return false
}

// clauseStart reports whether token i starts a clause: a sentence, or
// after a comma or a semicolon.
func (s *cntScan) clauseStart(i int) bool {
	if s.sentenceStart(i) {
		return true
	}
	switch s.d.toks[i-1].text {
	case ",", ";":
		return true
	}
	return false
}

// rangeEnd reads the upper end of a range after the number n: a dash or
// "đến"/"tới", then a number standing alone; or, after a digit in words,
// the next digit or the one after it in words, perhaps after a comma
// ("hai, ba người", "năm bảy hộ": two or three people, five to seven
// households).
func (s *cntScan) rangeEnd(n cntNum) (cntNum, bool) {
	d := s.d
	k := n.j
	if k >= len(d.toks) || d.isTaken(k) {
		return cntNum{}, false
	}
	if n.Words && n.j-n.i == 1 {
		if m, ok := s.wordsRangeEnd(n); ok {
			return m, true
		}
	}
	// A dash or a word of cntRangeWords.
	if t := &d.toks[k]; !t.w.cnt.rangeTo {
		if t.kind != tokPunct {
			return cntNum{}, false
		}
		switch t.text {
		case "-", "–", "—":
		default:
			return cntNum{}, false
		}
	}
	m, ok := s.readAt(k + 1)
	if !ok || d.toks[m.i].kind != d.toks[n.i].kind {
		return cntNum{}, false // "5 đến mười": no range
	}
	if d.toks[k].text == "-" && !d.toks[m.i].space && d.toks[k].space {
		return cntNum{}, false // "50 -60": a sign, or a code
	}
	if !s.standsAloneAfterDash(m) {
		return cntNum{}, false
	}
	return m, true
}

// wordsRangeEnd reads the second digit in words of an approximate range
// such as "hai, ba" or "năm bảy" after the number n.
func (s *cntScan) wordsRangeEnd(n cntNum) (cntNum, bool) {
	d := s.d
	digit := func(m cntNum) bool {
		t := &d.toks[m.i]
		return m.j-m.i == 1 && m.Words && !m.Approx && t.kind == tokWord && m.Value >= 1 && m.Value <= 9 && m.Value == math.Trunc(m.Value)
	}
	if !digit(n) {
		return cntNum{}, false
	}
	k := n.j
	if d.toks[k].text == "," {
		k++
	}
	if k >= len(d.toks) || !d.toks[k].space || d.toks[k].newline {
		return cntNum{}, false
	}
	m, ok := s.readAt(k)
	if !ok || !digit(m) || d.toks[m.i].upper || m.Value-n.Value < 1 || m.Value-n.Value > 2 {
		return cntNum{}, false
	}
	return m, true
}

// standsAloneAfterDash is standsAlone for the second end of a range, whose
// first token follows a dash.
func (s *cntScan) standsAloneAfterDash(m cntNum) bool {
	d := s.d
	v := m.Value
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v >= cntMaxValue {
		return false
	}
	first := &d.toks[m.i]
	if first.kind == tokNum && len(first.text) > 1 && first.text[0] == '0' {
		return false
	}
	if m.j < len(d.toks) && !d.toks[m.j].space {
		next := &d.toks[m.j]
		switch {
		case next.kind == tokWord:
			p, _ := cntLex.match(d, m.j)
			if p == nil || p.kind != cntMeasure && p.kind != cntCurrency {
				return false
			}
		case next.text == "-" || next.text == "/" || next.text == ":" || next.text == ".":
			if m.j+1 < len(d.toks) && !d.toks[m.j+1].space {
				return false
			}
		}
	}
	return true
}

// cntScaleLow returns the value of the lower end n of a range whose upper
// end m ends with magnitude words that n lacks: "3-5 triệu" is 3 to 5
// million.
func cntScaleLow(d *doc, n, m cntNum) float64 {
	if d.toks[n.j-1].numWord().mag > 0 {
		return n.Value
	}
	f := 1.0
	for k := m.j - 1; k > m.i; k-- {
		w := d.toks[k].numWord()
		if w.mag == 0 {
			break
		}
		f *= math.Pow(10, float64(w.mag))
	}
	if f > 1 && n.Value*f <= m.Value {
		return n.Value * f
	}
	return n.Value
}

// cntEnglishThousands reads the number n as "D,ddd" with a comma
// grouping thousands; ok is false when it is not written so.
func cntEnglishThousands(d *doc, n cntNum) (float64, bool) {
	if n.j-n.i != 3 || d.toks[n.i+1].text != "," || len(d.toks[n.i+2].text) != 3 || d.toks[n.i].kind != tokNum {
		return 0, false
	}
	v := 0.0
	for _, k := range []int{n.i, n.i + 2} {
		for _, c := range d.toks[k].text {
			v = v*10 + float64(c-'0')
		}
	}
	return v, true
}

// isYear reports whether n looks like a year the dates extractor left: four
// digits from 1900 to 2100 with no qualifier ("giai đoạn 2021 - 2025 tỉnh").
func (s *cntScan) isYear(n cntNum, q Qualifier) bool {
	t := &s.d.toks[n.i]
	if n.j-n.i != 1 || t.kind != tokNum || len(t.text) != 4 || q != Exact {
		return false
	}
	return n.Value >= 1900 && n.Value <= 2100
}

// wordsCount checks a count whose number is one ambiguous word ("năm", "ba",
// "tư"): "năm" must stand where five is meant, not "year": at the start of
// a clause, after a verb that counts, or before a classifier other than
// "con" ("cuốn trôi năm ngôi nhà"; "năm con trâu" is a zodiac year) that
// does not follow a word of time ("đầu năm cây cà phê ra hoa", see
// data/counts-year-words.txt).
func (s *cntScan) wordsCount(n cntNum, tl *cntTail) bool {
	if n.j-n.i != 1 || !n.Words {
		return true
	}
	w := s.d.toks[n.i].lower
	if !s.d.toks[n.i].numWord().ambiguous && w != "năm" && w != "ba" {
		return true
	}
	if w == "năm" && !s.clauseStart(n.i) {
		// "năm" is far more often "year" ("từ đầu năm thành phố ghi
		// nhận"): five only at the start of a clause or after a verb
		// that counts.
		switch s.d.lower(n.i - 1) {
		case "có", "gồm", "với", "và", "thêm", "chỉ", "cho":
		default:
			if tl.rule != cntRuleClassifier || tl.unit.first() == "con" {
				return false
			}
			if p, _ := cntYearWords.matchEndingAt(s.d, n.i); p != nil {
				return false
			}
		}
	}
	return true
}

// oneCounts reports whether a count of "một" at tokens [i, j) clearly
// counts: after "chỉ" or "thêm" ("chỉ một trường hợp", "thêm một ca"),
// after a verb of record with a case or casualty noun ("có một ca tử
// vong", see data/counts-one-verbs.txt and counts-one.txt), or followed by
// "duy nhất".
func (s *cntScan) oneCounts(i, j int, tl *cntTail) bool {
	if tl.kind != cntTailCount || tl.measure != "" {
		return false
	}
	d := s.d
	if d.lower(j) == "duy" && d.lower(j+1) == "nhất" {
		return true
	}
	v, _ := cntOneVerbs.matchEndingAt(d, i)
	if v == nil {
		return false
	}
	if v.arg == "any" {
		return true
	}
	p, _ := cntOneNouns.match(d, tl.ustart)
	return p != nil
}

// resolveOnes keeps the waiting "một" counts that are coordinated with
// another count of the same noun in their sentence ("hai người tử vong
// ... và một người mất tích"): the later of the two follows "và", "," or
// "còn". It looks at a bounded number of neighbours, so it stays linear.
func (s *cntScan) resolveOnes() {
	if len(s.ones) == 0 {
		return
	}
	const near = 8
	added := false
	for _, o := range s.ones {
		// k: the first count after o.
		k := sort.Search(len(s.counts), func(k int) bool { return s.counts[k].tok.i >= o.c.tok.j })
		ok := false
		for x := k - 1; x >= 0 && x >= k-near && !ok; x-- {
			ok = s.coordinated(s.counts[x].tok, &s.units[x], o.c.tok, &o.unit)
		}
		for x := k; x < len(s.counts) && x < k+near && !ok; x++ {
			ok = s.coordinated(o.c.tok, &o.unit, s.counts[x].tok, &s.units[x])
		}
		if !ok {
			continue
		}
		o.c.rule = cntRuleOneCoordinated
		s.counts = append(s.counts, o.c)
		s.units = append(s.units, o.unit)
		added = true
	}
	if added {
		sort.Stable(cntByStart{s})
	}
}

// cntByStart sorts the counts of a scan and their units by position.
type cntByStart struct{ s *cntScan }

func (b cntByStart) Len() int           { return len(b.s.counts) }
func (b cntByStart) Less(x, y int) bool { return b.s.counts[x].tok.i < b.s.counts[y].tok.i }
func (b cntByStart) Swap(x, y int) {
	b.s.counts[x], b.s.counts[y] = b.s.counts[y], b.s.counts[x]
	b.s.units[x], b.s.units[y] = b.s.units[y], b.s.units[x]
}

// coordinated reports whether the earlier item a and the later item b are
// in the same sentence, count the same noun, and b follows "và", "," or
// "còn", perhaps with "thêm" between ("và thêm một ca tử vong").
func (s *cntScan) coordinated(a cntSpan, ua *cntUnit, b cntSpan, ub *cntUnit) bool {
	k := b.i - 1
	if s.d.lower(k) == "thêm" {
		k--
	}
	switch s.d.lower(k) {
	case "và", ",", "còn", ";":
	default:
		return false
	}
	return cntHead(ua.first()) == cntHead(ub.first()) && s.sameSentence(a.i, b.i)
}

// cntHead returns the first word of a unit.
func cntHead(u string) string {
	for k := 0; k < len(u); k++ {
		if u[k] == ' ' || u[k] == ',' || u[k] == '/' {
			return u[:k]
		}
	}
	return u
}

// qualifierBefore returns the qualifier whose words end right before token
// i, and the index of its first word; Exact and i if there is none.
func (s *cntScan) qualifierBefore(i int) (Qualifier, int) {
	d := s.d
	p, st := s.before(i)
	if p == nil || p.kind != cntQual || st < s.last {
		return Exact, i
	}
	switch p.text {
	case "hơn":
		// "cao hơn 18%": a comparison.
		if c, _ := s.before(st); c != nil && c.kind == cntComparative {
			return Exact, i
		}
	case "ngoài":
		// "Ngoài 6 ca nhập cảnh, ...": besides.
		if s.clauseStart(st) || d.toks[st].upper {
			return Exact, i
		}
	}
	return Qualifier(p.arg), st
}

// qualifierAfter returns the qualifier that follows a unit ending before
// token j ("100 người trở lên") and the index after it; j if none.
func (s *cntScan) qualifierAfter(j int) (Qualifier, int) {
	if j >= len(s.d.toks) || !slices.Contains(cntQualAfterFirst, s.d.toks[j].w) {
		return Exact, j // compared by the token's pointer: its entry is not read
	}
	p, e := cntBefore.match(s.d, j)
	if p == nil || p.kind != cntQualAfter {
		return Exact, j
	}
	return Qualifier(p.arg), e
}

// cntClean rounds away the binary noise of decimal arithmetic, so that
// values print as written: integers as integers, decimals with at most
// twelve significant digits.
func cntClean(v float64) float64 {
	if r := math.Round(v); math.Abs(v-r) <= 1e-9*math.Max(1, math.Abs(v)) {
		return r
	}
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	e := math.Floor(math.Log10(math.Abs(v)))
	f := math.Pow(10, 11-e)
	if r := math.Round(v*f) / f; !math.IsInf(r, 0) && !math.IsNaN(r) {
		return r
	}
	return v
}
