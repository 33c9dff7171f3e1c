package extract

import (
	"unicode"
	"unicode/utf8"
)

// What follows a number decides what it is: a percentage, an amount of
// money, a count, or nothing.

// cntTailKind is what the words after a number make of it.
type cntTailKind uint8

const (
	cntTailNone    cntTailKind = iota // nothing: the number is no item
	cntTailSkip                       // no item, and the words after it are used up (a duration, a rate)
	cntTailCount                      // a count
	cntTailMoney                      // an amount of money
	cntTailPercent                    // a percentage
)

// A cntTail is what follows a number, up to token end.
type cntTail struct {
	kind     cntTailKind
	end      int
	ustart   int     // the first token of a count's unit
	unit     cntUnit // the unit of a count or a percentage
	measure  string  // the count's unit is a measure: "measure", or its dimension (cntLength, cntMetre)
	currency string  // the currency of money
	per      string  // money's per-unit
	rule     cntRule
}

// cntMaxUnitParts bounds the pieces of a unit: a classifier, its noun and
// the rest of a list.
const cntMaxUnitParts = cntMaxList + 2

// A cntUnit is a unit as its pieces ("chiếc", "xe máy"), so that the
// string is built only for a count that is kept: most pieces are lexicon
// entries or token texts, and a unit of one piece costs nothing. The
// pieces after the first are kept in the scanner (cntScan.parts), so that
// a unit is small and copying it cheap.
type cntUnit struct {
	head string // the first piece; "" for an empty unit
	more int32  // the pieces after head are cntScan.parts[more : more+n-1]
	n    int8   // the number of pieces
	tok  bool   // a piece is a token's text (a slice of the document), not a lexicon entry
}

// A cntPart is a piece of a unit after its first, with the separator
// before it: ' ' or ','.
type cntPart struct {
	text string
	sep  byte
}

// cntUnitOf returns the unit of one piece.
func cntUnitOf(s string) cntUnit { return cntUnit{head: s, n: 1} }

// addPart appends the piece str to u after sep (' ' or ','); it reports
// false when the unit is full.
func (s *cntScan) addPart(u *cntUnit, sep byte, str string) bool {
	if int(u.n) >= cntMaxUnitParts {
		return false
	}
	switch more := int(u.more); {
	case u.n <= 1:
		u.more = int32(len(s.parts))
	case more+int(u.n)-1 != len(s.parts):
		// Other pieces came after u's: move u's to the end.
		s.parts = append(s.parts, s.parts[more:more+int(u.n)-1]...)
		u.more = int32(len(s.parts) - int(u.n) + 1)
	}
	s.parts = append(s.parts, cntPart{str, sep})
	u.n++
	return true
}

// unitParts returns the pieces of u after the first.
func (s *cntScan) unitParts(u *cntUnit) []cntPart {
	if u.n <= 1 {
		return nil
	}
	return s.parts[u.more : int(u.more)+int(u.n)-1]
}

// first returns the first piece, "" for an empty unit.
func (u *cntUnit) first() string { return u.head }

// A cntCtx is the number before a tail, for the checks that look before
// it, made only when the tail needs them: whether an unknown lower-case
// noun may be the unit (see mayGuess and guessTail), an unknown compound
// noun (see mayGuessWords and guessWordsTail), and whether "tại" or "ở"
// comes right before ("tại 7 điểm" counts places). A zero cntCtx allows
// none of them.
type cntCtx struct {
	n     *cntNum // the number; nil: no checks
	start int     // the first token of its item
}

// tail reads what follows a number that ends before token j into t. The
// tail functions write their answer in place: a cntTail is large, and
// returning it through the layers would copy it at each.
func (s *cntScan) tail(j int, ctx cntCtx, t *cntTail) {
	if s.percentTail(j, t) {
		return
	}
	p, e := cntLex.match(s.d, j)
	if p == nil {
		switch {
		case ctx.n == nil:
		case s.mayGuess(ctx.start, *ctx.n):
			s.guessTail(j, t)
			return
		case s.mayGuessWords(ctx.start, *ctx.n):
			s.guessWordsTail(j, t)
			return
		}
		*t = cntTail{kind: cntTailNone, end: j}
		return
	}
	switch p.kind {
	case cntCurrency:
		if s.d.toks[j].upper && cntLowerFirst(p.text) && !s.sentenceStart(j) {
			*t = cntTail{kind: cntTailNone, end: j} // "Ngã ba Đồng Lộc": a name
			return
		}
		s.moneyTail(p, e, t)
		return
	case cntNoun, cntMeasure, cntClassifier:
		s.countTail(p, j, e, t)
		return
	}
	if p.text == "điểm" && ctx.n != nil && (s.d.lower(ctx.n.i-1) == "tại" || s.d.lower(ctx.n.i-1) == "ở") {
		// "sạt lở tại 7 điểm": places, not a score.
		s.countTail(&cntPhrase{words: p.words, space: p.space, text: p.text, kind: cntNoun}, j, e, t)
		return
	}
	*t = cntTail{kind: cntTailSkip, end: e} // a non-count word
}

// cntLowerFirst reports whether s starts with a lower-case letter.
func cntLowerFirst(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// guessTail reads into t a unit that is in no lexicon: one or two lower-case words
// that are no function words ("40 vòi chữa cháy" → "vòi chữa", "12 địa
// điểm": see nounAfter for the second). The
// caller allows it only after digits that follow no name, where Vietnamese
// puts the counted noun.
func (s *cntScan) guessTail(j int, t *cntTail) {
	w := s.freeNoun(j)
	if utf8.RuneCountInString(w) < 2 {
		*t = cntTail{kind: cntTailNone, end: j} // "a", "x": letters, no nouns
		return
	}
	*t = cntTail{kind: cntTailCount, end: j + 1, ustart: j, unit: cntUnitOf(w), rule: cntRuleGuess}
	t.unit.tok = true
	if w2 := s.nounAfter(j + 1); w2 != "" {
		s.addPart(&t.unit, ' ', w2)
		t.end = j + 2
	}
	if s.isRate(t.end) {
		*t = cntTail{kind: cntTailSkip, end: t.end}
		return
	}
}

// guessWordsTail reads into t a unit in no lexicon after a number in words: two
// lower-case words that are no function words, the first of them the first
// word of a counted noun of the lexicon ("hai hội đoàn", "hai chiến dịch":
// "hội" as in "hội viên", "chiến" as in "chiến sĩ"); the second may be a
// counted noun or a classifier of one word ("đoàn", "công viên"). One word is not enough: "hai mặt của vấn đề", "ba phần tư" are no counts. The caller
// allows it only after an unambiguous number word (see mayGuessWords).
func (s *cntScan) guessWordsTail(j int, t *cntTail) {
	w, w2 := s.freeNoun(j), s.nounAfter(j+1)
	if w == "" || w2 == "" || !cntUnitHeads[w] || utf8.RuneCountInString(w2) < 2 {
		*t = cntTail{kind: cntTailNone, end: j}
		return
	}
	*t = cntTail{kind: cntTailCount, end: j + 2, ustart: j, unit: cntUnitOf(w), rule: cntRuleGuessWords}
	t.unit.tok = true
	s.addPart(&t.unit, ' ', w2)
	if s.isRate(t.end) {
		*t = cntTail{kind: cntTailSkip, end: t.end}
		return
	}
}

// countTail reads into t the unit of a count that starts with the phrase p at
// tokens [j, e): the classifier's noun, a list of nouns, and checks that
// no "/" makes it a rate.
func (s *cntScan) countTail(p *cntPhrase, j, e int, t *cntTail) {
	d := s.d
	*t = cntTail{kind: cntTailCount, end: e, ustart: j, unit: cntUnitOf(p.text)}
	switch p.kind {
	case cntMeasure:
		t.rule, t.measure = cntRuleMeasure, "measure"
		if p.arg != "" {
			t.measure = p.arg
		}
	case cntNoun:
		t.rule = cntRuleNoun
	case cntClassifier:
		t.rule = cntRuleClassifier
		if q, e2 := cntLex.match(d, e); q != nil && (q.kind == cntNoun || q.kind == cntClassifier) && d.toks[e].space {
			// "hai đứa cháu"; a classifier is a noun after another
			// one: "hai đứa con".
			s.addPart(&t.unit, ' ', q.text)
			t.end = e2
		} else if w := s.freeNoun(e); w != "" && p.arg != "lexicon" {
			s.addPart(&t.unit, ' ', w)
			t.unit.tok = true
			t.end = e + 1
		}
	}
	if t.measure == "" {
		// "12 tỉnh, thành phố", "63 tỉnh/thành phố": one count.
		for n := 1; n < cntMaxList; n++ {
			k := t.end
			if k+1 >= len(d.toks) || d.isTaken(k) {
				break
			}
			sep := d.toks[k].text
			if sep != "," && sep != "/" {
				break
			}
			if sep == "/" {
				if q, _ := cntPerLex.match(d, k+1); q != nil {
					*t = cntTail{kind: cntTailSkip, end: k + 1} // "2 suất/người": a rate
					return
				}
			}
			q, e2 := cntLex.match(d, k+1)
			if q == nil || q.kind != cntNoun || !d.toks[k+1].space && sep == "," {
				break
			}
			if q.arg == "verb" && !s.phraseEnds(e2) {
				break // "46 ổ dịch, tổ chức chiến dịch": a verb and its object
			}
			if !s.addPart(&t.unit, ',', q.text) {
				break
			}
			t.end = e2
		}
	}
	if s.isRate(t.end) {
		*t = cntTail{kind: cntTailSkip, end: t.end}
		return
	}
}

// phraseEnds reports whether a noun phrase may end before token i: the
// end of the text or of a line, a mark, a number, a name, a function
// word or a qualifier after it ("trở lên").
func (s *cntScan) phraseEnds(i int) bool {
	d := s.d
	if i >= len(d.toks) || d.isTaken(i) {
		return true
	}
	t := &d.toks[i]
	if t.kind != tokWord || t.newline || t.upper {
		return true
	}
	if p, _ := cntStopWords.match(d, i); p != nil {
		return true
	}
	p, _ := cntBefore.match(d, i)
	return p != nil && p.kind == cntQualAfter
}

// nounAfter returns the word at token i when it may be the second word
// of a compound noun in no lexicon: a free noun, or a counted noun, a
// classifier or a non-count word of one word ("địa điểm", "công viên",
// "hội đoàn"); "" otherwise.
func (s *cntScan) nounAfter(i int) string {
	if w := s.freeNoun(i); w != "" {
		return w
	}
	d := s.d
	if i >= len(d.toks) {
		return ""
	}
	t := &d.toks[i]
	if t.kind != tokWord || !t.space || t.newline || t.upper {
		return ""
	}
	if p, _ := cntLex.match(d, i); p != nil && len(p.words) == 1 {
		switch p.kind {
		case cntNoun, cntClassifier, cntNoncount:
			return t.lower
		}
	}
	return ""
}

// freeNoun returns the word at token i when it may be the noun after a
// classifier: a lower-case word after a space that is no function word,
// number or lexicon phrase; "" otherwise.
func (s *cntScan) freeNoun(i int) string { return s.freeWord(i, true) }

// freeWord is freeNoun; with spaced, the word must follow white space.
func (s *cntScan) freeWord(i int, spaced bool) string {
	d := s.d
	if i >= len(d.toks) || d.isTaken(i) {
		return ""
	}
	t := &d.toks[i]
	if t.kind != tokWord || spaced && !t.space || t.newline || t.upper {
		return ""
	}
	if t.wf&vfNum == 0 && t.w.cnt.first&(cntStopWords.bit|cntLex.bit|cntBefore.bit) == 0 {
		return t.lower // no number word, no phrase of the lexicons below
	}
	if t.w.cnt.num() != nil {
		// A number word, unless it reads as none here: "kiện hàng" (goods),
		// not "hàng trăm".
		if _, c := readTokNumber(d.toks[i:s.limit(i)]); c > 0 || t.lower == "mấy" {
			return ""
		}
	}
	if p, _ := cntStopWords.match(d, i); p != nil {
		return ""
	}
	if p, _ := cntLex.match(d, i); p != nil {
		return ""
	}
	if p, _ := cntBefore.match(d, i); p != nil && (p.kind == cntQual || p.kind == cntQualAfter) {
		return ""
	}
	return t.lower
}

// cntSlashWithin reports whether one of the tokens [i, j) of d (in range)
// is a "/".
func cntSlashWithin(d *doc, i, j int) bool {
	for k := i; k < min(j, len(d.toks)); k++ {
		if t := &d.toks[k]; t.kind == tokPunct && t.text == "/" {
			return true
		}
	}
	return false
}

// isRate reports whether a "/" and a denominator follow a unit that ends
// before token j, perhaps after up to two words that qualify the unit:
// "3,2 tấn/ha", "3,2 tấn nhân/ha", "80 km/h".
func (s *cntScan) isRate(j int) bool {
	d := s.d
	if !cntSlashWithin(d, j, j+3) {
		return false // the "/" must be at most two words on
	}
	k := j
	for n := 0; n < 2 && s.freeNoun(k) != ""; n++ {
		k++
	}
	if k+1 >= len(d.toks) || d.isTaken(k) || d.toks[k].text != "/" {
		return false
	}
	if p, _ := cntPerLex.match(d, k+1); p != nil {
		return true
	}
	p, _ := cntLex.match(d, k+1)
	return p != nil && p.kind == cntMeasure
}
