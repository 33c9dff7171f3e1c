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
	ustart   int    // the first token of a count's unit
	unit     string // the unit of a count or a percentage
	measure  bool   // the count's unit is a measure
	currency string // the currency of money
	per      string // money's per-unit
	rule     string
}

// A cntCtx is what stands before a number that matters to its tail.
type cntCtx struct {
	guess    bool // an unknown lower-case noun may be the unit (see guessTail)
	locative bool // "tại" or "ở" comes right before: "tại 7 điểm" counts places
}

// tail reads what follows a number that ends before token j.
func (s *cntScan) tail(j int, ctx cntCtx) cntTail {
	if t, ok := s.percentTail(j); ok {
		return t
	}
	p, e := cntLex.match(s.d, j)
	if p == nil {
		if ctx.guess {
			return s.guessTail(j)
		}
		return cntTail{kind: cntTailNone, end: j}
	}
	switch p.kind {
	case cntCurrency:
		if s.d.toks[j].upper && cntLowerFirst(p.text) && !s.sentenceStart(j) {
			return cntTail{kind: cntTailNone, end: j} // "Ngã ba Đồng Lộc": a name
		}
		return s.moneyTail(p, e)
	case cntNoun, cntMeasure, cntClassifier:
		return s.countTail(p, j, e)
	}
	if p.text == "điểm" && ctx.locative {
		// "sạt lở tại 7 điểm": places, not a score.
		return s.countTail(&cntPhrase{words: p.words, space: p.space, text: p.text, kind: cntNoun}, j, e)
	}
	return cntTail{kind: cntTailSkip, end: e} // a non-count word
}

// cntLowerFirst reports whether s starts with a lower-case letter.
func cntLowerFirst(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// guessTail reads a unit that is in no lexicon: one or two lower-case words
// that are no function words ("2 trung tâm chế biến" → "trung tâm"). The
// caller allows it only after digits that follow no name, where Vietnamese
// puts the counted noun.
func (s *cntScan) guessTail(j int) cntTail {
	w := s.freeNoun(j)
	if utf8.RuneCountInString(w) < 2 {
		return cntTail{kind: cntTailNone, end: j} // "a", "x": letters, no nouns
	}
	t := cntTail{kind: cntTailCount, end: j + 1, ustart: j, unit: w, rule: "count.guess"}
	if w2 := s.freeNoun(j + 1); w2 != "" {
		t.unit, t.end = w+" "+w2, j+2
	}
	if s.isRate(t.end) {
		return cntTail{kind: cntTailSkip, end: t.end}
	}
	return t
}

// countTail reads the unit of a count that starts with the phrase p at
// tokens [j, e): the classifier's noun, a list of nouns, and checks that
// no "/" makes it a rate.
func (s *cntScan) countTail(p *cntPhrase, j, e int) cntTail {
	d := s.d
	t := cntTail{kind: cntTailCount, end: e, ustart: j, unit: p.text}
	switch p.kind {
	case cntMeasure:
		t.rule, t.measure = "count.measure", true
	case cntNoun:
		t.rule = "count.noun"
	case cntClassifier:
		t.rule = "count.classifier"
		if q, e2 := cntLex.match(d, e); q != nil && q.kind == cntNoun && d.toks[e].space {
			t.unit, t.end = p.text+" "+q.text, e2
		} else if w := s.freeNoun(e); w != "" {
			t.unit, t.end = p.text+" "+w, e+1
		}
	}
	if !t.measure {
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
					return cntTail{kind: cntTailSkip, end: k + 1} // "2 suất/người": a rate
				}
			}
			q, e2 := cntLex.match(d, k+1)
			if q == nil || q.kind != cntNoun || !d.toks[k+1].space && sep == "," {
				break
			}
			t.unit += ", " + q.text
			t.end = e2
		}
	}
	if s.isRate(t.end) {
		return cntTail{kind: cntTailSkip, end: t.end}
	}
	return t
}

// freeNoun returns the word at token i when it may be the noun after a
// classifier: a lower-case word after a space that is no function word,
// number word or lexicon phrase; "" otherwise.
func (s *cntScan) freeNoun(i int) string { return s.freeWord(i, true) }

// freeWord is freeNoun; with spaced, the word must follow white space.
func (s *cntScan) freeWord(i int, spaced bool) string {
	d := s.d
	if i >= len(d.toks) || d.isTaken(i) {
		return ""
	}
	t := &d.toks[i]
	if t.kind != tokWord || spaced && !t.space || t.newline || t.upper || numLookup(t.lower) != &numNone {
		return ""
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

// isRate reports whether a "/" and a denominator follow a unit that ends
// before token j, perhaps after up to two words that qualify the unit:
// "3,2 tấn/ha", "3,2 tấn nhân/ha", "80 km/h".
func (s *cntScan) isRate(j int) bool {
	d := s.d
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
