package extract

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// A number is a value read from digits or words.
type number struct {
	Value  float64 // the value; integers up to 2^53 are exact
	Approx bool    // "hàng trăm", "vài chục", "mười mấy", "dăm": an approximate count; Value holds the documented conventional value
	Words  bool    // written (at least partly) in words
}

// A numTok is one token of the text as readNumber sees it.
type numTok struct {
	Text  string // the token: lower-cased, NFC, traditional tone placement
	Space bool   // Space: whitespace precedes this token
}

// numMaxDigits is the most digits a digit run may hold; longer runs are
// not read as numbers (nobody writes a count that long, and 18 digits
// always fit a uint64).
const numMaxDigits = 18

// readNumber reads the longest number at the start of words and returns it
// with the number of words consumed (0 if none).
//
// Digits. A run of digit tokens joined by "." or "," with no space on either
// side of the mark is read as a whole, or not at all:
//
//   - Vietnamese convention first: "." groups thousands and "," marks the
//     decimals: "1.234.567" = 1234567, "100.000" = 100000, "3,5" = 3.5,
//     "1.234,5" = 1234.5.
//   - A thousands group has exactly three digits and the leading group one to
//     three digits, not starting with 0. A single "." whose group is not a
//     thousands group is a decimal point: "1.5" = 1.5, "1.10" = 1.1,
//     "0.77" = 0.77, "0.500" = 0.5.
//   - A single ",ddd" is a Vietnamese decimal ("1,200" = 1.2), except ",000"
//     after a valid leading group, which no one writes as a decimal:
//     "100,000" = 100000.
//   - Two or more ",ddd" groups are English thousands ("1,200,000" =
//     1200000), and then a final "." marks the decimals ("1,234.5" = 1234.5).
//   - Anything else (dates "15.3.2020", versions "1.2.3", addresses, lists
//     "1,2,3") is no number: readNumber returns 0, and numDigitRunLen tells
//     how many tokens such a run spans.
//   - A space groups thousands only when each group after it has exactly
//     three digits and the leading group one to three: "1 200" = 1200,
//     "1 200 000,5" = 1200000.5. If the run after the spaced groups does not
//     parse, only the leading group is read.
//   - A run holding more than 18 digits in all is not read (returns 0).
//   - A trailing mark is never consumed: "1." and "12, 5" read 1 and 12, one
//     token.
//   - A "-" is never a sign (dashes are ranges in news text); "âm" is: "âm 3"
//     = -3.
//   - "k" and "tr" attached to digits abbreviate nghìn and triệu: "100k" =
//     100000, "10tr" = 10000000, and one attached digit after them is the
//     next place: "2k5" = 2500, "5tr5" = 5500000. Words stays false.
//
// Words. The standard forms: "ba" = 3, "mười" = 10, "mười lăm" = 15, "hai
// mươi mốt" = 21, "bốn mươi tư" = 44, "hai chục" = 20, "một trăm lẻ năm" = 105,
// "hai trăm ba mươi" = 230, "một nghìn không trăm linh một" = 1001, plus the
// contractions "hăm" and "băm" before a unit ("hăm lăm" = 25). "năm" is
// never read after mười/mươi ("mười năm" = ten years: 10, one word). Spoken
// ellipsis of the next place is read after "trăm" and after magnitudes
// written in words, for the unit words listed in data/numwords.txt (not
// "một", "năm", "không", which would misread "một triệu một tháng", "một
// trăm năm"): "trăm hai" = 120, "hai trăm tư" = 240, "một nghìn tư" = 1400,
// "một triệu hai" = 1200000.
//
// Magnitudes: nghìn/ngàn 10^3, vạn 10^4, triệu 10^6, tỷ/tỉ 10^9, and after
// digits also trăm 10^2 and chục 10. Consecutive magnitudes multiply when
// each is larger than the one before ("233 nghìn tỷ" = 2.33e14, "hai trăm
// nghìn" = 200000); groups add when each magnitude is smaller than the one
// before ("1 tỷ 200 triệu" = 1.2e9). Only the first group may have decimals
// ("3,5 triệu" = 3500000). After a magnitude, a group in words without a
// magnitude ends the number ("hai nghìn không trăm mười lăm" = 2015), but a
// group in digits without a magnitude is not consumed ("1 triệu 200" reads
// 1000000, two tokens). "rưỡi"/"rưởi" adds half of the magnitude just
// before it and ends the number: "hai triệu rưỡi" = 2500000, "trăm rưỡi" =
// 150, "chục rưỡi" = 15. A magnitude may stand alone: "nghìn" = 1000,
// "nghìn lẻ một" = 1001.
//
// Approximate counts (Approx is set, Value is the conventional value):
//
//	hàng/cả + magnitudes  the magnitude: "hàng trăm" = 100, "hàng chục" = 10,
//	                      "hàng nghìn" = 1000, "hàng chục nghìn" = 10000
//	vài, một vài          2, also as a multiplier: "vài chục" = 20
//	mấy                   2 as a multiplier only: "mấy chục" = 20, "mấy trăm"
//	                      = 200 ("mấy" alone is "how many" and is not read)
//	dăm                   5: "dăm chục" = 50; "dăm ba" = 3, "dăm bảy" = 5
//	mấy as a unit         the round base: "mười mấy" = 10, "hai mươi mấy" =
//	                      20, "trăm mấy" = 100, "hai nghìn mấy" = 2000
//	chục, mươi alone      10: "chục người", "mươi ngày"
//
// Words is set when any word of the number (magnitudes included, "âm" and
// "k"/"tr" not) is a number word. Some number words have other meanings;
// see isAmbiguousNumberWord.
//
// readNumber looks at no more than a bounded number of tokens (the grammar
// cannot repeat without bound), so scanning a text with it is linear.
func readNumber(toks []numTok) (n number, consumed int) {
	p := numParser{nt: toks, n: len(toks)}
	return p.read()
}

// readTokNumber is readNumber on the tokens of a document, whose number
// words are known from the vocabulary (tok.w.cnt) without a lookup.
func readTokNumber(toks []token) (n number, consumed int) {
	if len(toks) == 0 {
		return number{}, 0
	}
	switch t := &toks[0]; {
	case t.kind == tokNum:
		return readTokDigits(toks)
	case t.wf&vfNum == 0:
		return number{}, 0 // no digits, no number word: no number
	}
	w := toks[0].w.cnt.num()
	if w != nil && w.noStart {
		return number{}, 0
	}
	if v, ok := numPlainWord(toks); ok {
		return number{Value: v, Words: true}, 1
	}
	p := numParser{dt: toks, n: len(toks), doc: true}
	if w != nil && w.round && !w.sign {
		return p.readRound() // "hàng trăm", "cả nghìn"; "hàng hóa": none
	}
	return p.read()
}

// readTokDigits is readTokNumber on tokens that start with digits. A run
// of digits that no number word follows (no abbreviation, magnitude,
// trăm or chục) is read as its value without the parser's loop.
func readTokDigits(toks []token) (number, int) {
	if v, ok := numPlainDigits(toks); ok {
		return number{Value: v}, 1
	}
	mant, frac, next, ok := tokDigits(toks, 0)
	if !ok {
		return number{}, 0
	}
	if next >= len(toks) || toks[next].wf&vfNum == 0 {
		return number{Value: num10(mant, -frac)}, next // see segment
	}
	p := numParser{dt: toks, n: len(toks), doc: true}
	if toks[next].space || p.w(next).suffix == 0 {
		// Magnitudes after the digits ("3 triệu", "1,5 tỷ"), as
		// segment reads them; readUnsigned goes on only to a group
		// after them ("1 tỷ 200 triệu").
		exp, after := p.chain(next, true)
		if after == next {
			return number{Value: num10(mant, -frac)}, next
		}
		g := numSegment{value: num10(mant, exp-frac), exp: exp, next: after}
		p.half(&g)
		if g.ended || g.next >= len(toks) || toks[g.next].kind != tokNum && toks[g.next].wf&vfNum == 0 {
			return number{Value: g.value, Words: true}, g.next
		}
	}
	return p.read()
}

// numPlainDigits reads the most common number fast: one run of digits
// that nothing after it continues (no joined or spaced group, no
// abbreviation, magnitude, trăm or chục), which readNumber reads as its
// value, one token. ok is false when toks does not start so.
func numPlainDigits(toks []token) (v float64, ok bool) {
	if len(toks) == 0 || toks[0].kind != tokNum || len(toks[0].text) > numMaxDigits {
		return 0, false
	}
	t := toks[0].lower
	if len(toks) > 1 {
		next := &toks[1]
		switch {
		case next.wf&vfNum != 0 && next.w.cnt.num() != nil && next.w.cnt.num().afterDigits():
			return 0, false // "100k", "3 triệu", "2 trăm"
		case next.space:
			if next.kind == tokNum && len(next.lower) == 3 && len(t) <= 3 && t[0] != '0' {
				return 0, false // "1 200"
			}
		case next.kind == tokPunct && (next.lower == "." || next.lower == ","):
			if len(toks) > 2 && !toks[2].space && toks[2].kind == tokNum {
				return 0, false // "1.200", "3,5"
			}
		}
	}
	var m uint64
	for k := 0; k < len(t); k++ {
		m = m*10 + uint64(t[k]-'0')
	}
	if m < 1<<53 {
		return float64(m), true // num10(m, 0)
	}
	return num10(m, 0), true
}

// numPlainWord reads the most common number in words fast: a unit word
// that stands alone ("hai", "năm") followed by no number word and
// starting no number phrase, which readNumber reads as its digit, one
// token. ok is false when toks does not start so.
func numPlainWord(toks []token) (v float64, ok bool) {
	if len(toks) == 0 {
		return 0, false
	}
	c := &toks[0].w.cnt
	w := c.num()
	if w == nil || !w.plain {
		return 0, false
	}
	if len(toks) > 1 {
		next := &toks[1]
		if next.wf&vfNum != 0 && next.w.cnt.num() != nil {
			return 0, false
		}
		if c.starts != nil {
			for _, ph := range c.starts.numPhrases() {
				if next.lower == ph.second {
					return 0, false
				}
			}
		}
	}
	return float64(w.digit), true
}

// read is readNumber on the parser's tokens.
func (p *numParser) read() (n number, consumed int) {
	if p.w(0).sign {
		q := p.from(1)
		n, consumed = q.readUnsigned()
		if consumed == 0 {
			return number{}, 0
		}
		if n.Value != 0 {
			n.Value = -n.Value
		}
		return n, consumed + 1
	}
	return p.readUnsigned()
}

// isAmbiguousNumberWord reports whether w, read by readNumber as (part of) a
// number, is also a common word that is no number, so that callers should
// require context before taking it as a count: "năm" (five / year), "tư"
// (four / fourth, private), "ba" (three / father), "mốt" (one in "hai mươi
// mốt" / the day after tomorrow), "không" (zero / not).
func isAmbiguousNumberWord(w string) bool {
	return numLookup(w).ambiguous
}

// numDigitRunLen returns how many tokens the run of digits at the start of
// toks spans: digit tokens joined by "." or "," with no space around the
// mark, whether or not readNumber reads the run as a number (0 if toks does
// not start with digits). A caller that gets nothing from readNumber on
// "192.168.1.1" can skip the whole run instead of reading "168.1" after it.
func numDigitRunLen(toks []numTok) int {
	p := numParser{nt: toks, n: len(toks)}
	return p.digitRunLen()
}

// tokDigitRunLen is numDigitRunLen on the tokens of a document.
func tokDigitRunLen(toks []token) int {
	p := numParser{dt: toks, n: len(toks), doc: true}
	return p.digitRunLen()
}

// digitRunLen is numDigitRunLen on the parser's tokens.
func (p *numParser) digitRunLen() int {
	if p.n == 0 || !p.isDigits(0) {
		return 0
	}
	j := 0
	for j+2 < p.n && p.joins(j+1) {
		j += 2
	}
	return j + 1
}

// readUnsigned is read without the sign word.
func (p *numParser) readUnsigned() (number, int) {
	if p.n == 0 {
		return number{}, 0
	}
	if p.w(0).round {
		return p.readRound()
	}
	var n number
	i := 0
	prevExp := 0       // exponent of the last group's magnitude
	prevWords := false // the last group's multiplier was written in words
	for {
		if i > 0 {
			// Spoken ellipsis: "một triệu hai" = 1200000.
			if u := p.w(i); prevWords && u.digit >= 0 && u.ctx&numEllipsis != 0 && !p.w(i+1).structural(true) {
				n.Value += num10(uint64(u.digit), prevExp-1)
				n.Approx = n.Approx || u.approx
				i++
				break
			}
		}
		s, ok := p.segment(i, i == 0)
		if !ok {
			break
		}
		if i > 0 {
			if s.exp < 0 {
				// A group without magnitude after a magnitude: only a
				// full group in words after nghìn or more.
				if s.single || !s.multWords || prevExp < 3 {
					break
				}
			} else if s.exp >= prevExp || s.value >= num10(1, prevExp) {
				break
			}
		}
		n.Value += s.value
		n.Approx = n.Approx || s.approx
		n.Words = n.Words || s.words
		i = s.next
		if s.ended || s.exp < 0 {
			break
		}
		prevExp, prevWords = s.exp, s.multWords
	}
	if i == 0 {
		return number{}, 0
	}
	return n, i
}

// readRound reads a number that starts with "hàng" or "cả": the
// magnitudes after it.
func (p *numParser) readRound() (number, int) {
	exp, next := p.chain(1, true)
	if next == 1 {
		return number{}, 0
	}
	return number{Value: num10(1, exp), Approx: true, Words: true}, next
}

// numParser reads one number from its tokens: numToks (nt), or the
// tokens of a document (dt, when doc is set), whose number words the
// vocabulary gives without a map lookup.
type numParser struct {
	nt  []numTok
	dt  []token
	n   int // the number of tokens
	doc bool
}

// from returns the parser of the tokens from i on.
func (p *numParser) from(i int) numParser {
	if p.doc {
		return numParser{dt: p.dt[i:], n: p.n - i, doc: true}
	}
	return numParser{nt: p.nt[i:], n: p.n - i}
}

// text returns the lower-case text of token i (in range).
func (p *numParser) text(i int) string {
	if p.doc {
		return p.dt[i].lower
	}
	return p.nt[i].Text
}

// space reports whether white space precedes token i (in range).
func (p *numParser) space(i int) bool {
	if p.doc {
		return p.dt[i].space
	}
	return p.nt[i].Space
}

// isDigits reports whether token i (in range) is a run of digits.
func (p *numParser) isDigits(i int) bool {
	if p.doc {
		return p.dt[i].kind == tokNum
	}
	return numIsDigits(p.nt[i].Text)
}

// joins reports whether the mark at i and the digits at i+1 (in range)
// continue a digit run: "." or "," then digits, with no space before
// either.
func (p *numParser) joins(i int) bool {
	if p.space(i) || p.space(i+1) || !p.isDigits(i+1) {
		return false
	}
	t := p.text(i)
	return t == "." || t == ","
}

// w returns the entry of the word at i; a blank entry when i is out of
// range or the word is no number word.
func (p *numParser) w(i int) *numWord {
	if i < 0 || i >= p.n {
		return &numNone
	}
	if p.doc {
		if t := &p.dt[i]; t.wf&vfNum != 0 {
			if w := t.w.cnt.num(); w != nil {
				return w
			}
		}
		return &numNone
	}
	return numLookup(p.nt[i].Text)
}

// phrase returns the entry of the two-word phrase at i, i+1 (nil if
// none).
func (p *numParser) phrase(i int) *numWord {
	if i+1 >= p.n {
		return nil
	}
	if p.doc {
		for _, ph := range p.dt[i].w.cnt.starts.numPhrases() {
			if p.dt[i+1].lower == ph.second {
				return ph.w
			}
		}
		return nil
	}
	if second, ok := numPhrases[p.nt[i].Text]; ok {
		if e, ok := second[p.nt[i+1].Text]; ok {
			return e
		}
	}
	return nil
}

// few returns the approximate multiplier at i ("vài", "một vài", "dăm ba"):
// its value, how many tokens it takes (0 if none), and whether it may
// stand alone.
func (p *numParser) few(i int) (v, n int, alone bool) {
	if e := p.phrase(i); e != nil {
		return e.few, 2, e.fewAlone
	}
	if w := p.w(i); w.few > 0 {
		return w.few, 1, w.fewAlone
	}
	return 0, 0, false
}

// chain reads consecutive magnitude words from i, each larger than the one
// before, and returns the exponent of their product and the index after
// them (i if none). With small, trăm and chục count as magnitudes too.
func (p *numParser) chain(i int, small bool) (exp, next int) {
	last := 0
	for ; i < p.n; i++ {
		w := p.w(i)
		e := w.mag
		if small && w.hundred {
			e = 2
		} else if small && w.chuc {
			e = 1
		}
		if e == 0 || e <= last {
			break
		}
		exp += e
		last = e
	}
	return exp, i
}

// A numSegment is one group of a number: a multiplier and its magnitudes
// ("200 triệu", "hai mươi mốt nghìn", "không trăm mười một").
type numSegment struct {
	value     float64
	exp       int // exponent of the magnitude; -1 if the group has none
	next      int // index after the group
	approx    bool
	words     bool // some word of the group is a number word
	multWords bool // the multiplier is written in words
	single    bool // the group is one unit word, no magnitude
	ended     bool // the group ends the number ("rưỡi", "100k")
}

// segment reads the group at i; first says it starts the number.
func (p *numParser) segment(i int, first bool) (s numSegment, ok bool) {
	s.exp = -1
	if i >= p.n {
		return s, false
	}
	if p.isDigits(i) {
		mant, frac, next, ok := p.digits(i)
		if !ok {
			return s, false
		}
		if !first && frac > 0 {
			return s, false
		}
		if first && next < p.n && !p.space(next) {
			if sfx := p.w(next).suffix; sfx > 0 {
				s.value = num10(mant, sfx-frac)
				next++
				if frac == 0 && next < p.n && !p.space(next) {
					if t := p.text(next); len(t) == 1 && p.isDigits(next) {
						s.value += num10(uint64(t[0]-'0'), sfx-1)
						next++
					}
				}
				s.next, s.ended = next, true
				return s, true
			}
		}
		exp, after := p.chain(next, true)
		if after == next {
			if !first {
				return s, false
			}
			s.value, s.next = num10(mant, -frac), next
			return s, true
		}
		s.exp, s.words, s.next = exp, true, after
		s.value = num10(mant, exp-frac)
		p.half(&s)
		return s, true
	}
	if first && p.w(i).mag > 0 {
		// A bare magnitude: "nghìn", "triệu người".
		exp, after := p.chain(i, false)
		s.value, s.exp, s.next = num10(1, exp), exp, after
		s.words, s.multWords = true, true
		p.half(&s)
		return s, true
	}
	t, ok := p.triad(i, first)
	if !ok {
		return s, false
	}
	s.value, s.next, s.approx, s.single, s.ended = float64(t.val), t.next, t.approx, t.single, t.ended
	s.words, s.multWords = true, true
	if t.ended {
		return s, true
	}
	if exp, after := p.chain(t.next, false); after > t.next {
		s.exp, s.next, s.single = exp, after, false
		s.value = num10(uint64(t.val), exp)
		p.half(&s)
	}
	return s, true
}

// half reads "rưỡi" after the magnitude of s, if there: it adds half the
// magnitude and ends the number.
func (p *numParser) half(s *numSegment) {
	if p.w(s.next).half {
		s.value += num10(5, s.exp-1)
		s.next++
		s.ended = true
	}
}

// A numTriad is a multiplier below a thousand written in words.
type numTriad struct {
	val    int
	next   int
	approx bool
	single bool // one unit word alone ("hai")
	ended  bool // closed by "rưỡi"
}

// triad reads a multiplier below a thousand in words at i: hundreds, tens
// and units ("hai trăm ba mươi tư", "mười lăm", "lẻ một", "vài chục").
// first says it starts the number: only there may it be a bare "trăm",
// "chục" or "mươi", and only elsewhere may it start with "không trăm" or
// "lẻ".
func (p *numParser) triad(i int, first bool) (t numTriad, ok bool) {
	j, hundreds := i, -1
	if d := p.w(j); first && d.hundred {
		hundreds, j = 1, j+1
	} else if d.digit >= 0 && d.ctx&numAlone != 0 && (d.digit > 0 || !first) && p.w(j+1).hundred {
		hundreds, j = d.digit, j+2
	} else if v, n, _ := p.few(j); n > 0 && p.w(j+n).hundred {
		hundreds, j, t.approx = v, j+n+1, true
	}
	if hundreds >= 0 {
		t.val, t.next = 100*hundreds, j
		w := p.w(j)
		if w.half {
			t.val += 50
			t.next, t.ended = j+1, true
			return t, true
		}
		if u := p.w(j + 1); w.odd && u.digit >= 0 && u.ctx&numOdd != 0 {
			t.val += u.digit
			t.next = j + 2
			return t, true
		}
		if r, ok := p.tens(j, false); ok {
			t.val += r.val
			t.next, t.approx, t.ended = r.next, t.approx || r.approx, r.ended
			return t, true
		}
		if w.digit >= 0 && w.ctx&numEllipsis != 0 && !p.w(j+1).structural(false) {
			t.val += 10 * w.digit
			t.next, t.approx = j+1, t.approx || w.approx
		}
		return t, true
	}
	if !first {
		if w, u := p.w(j), p.w(j+1); w.odd {
			if u.digit >= 0 && u.ctx&numOdd != 0 {
				return numTriad{val: u.digit, next: j + 2}, true
			}
			return t, false
		}
	}
	if r, ok := p.tens(j, first); ok {
		return r, true
	}
	if v, n, alone := p.few(j); n > 0 && (alone || p.w(j+n).mag > 0) {
		return numTriad{val: v, next: j + n, approx: true}, true
	}
	if d := p.w(j); d.digit >= 0 && d.ctx&numAlone != 0 {
		return numTriad{val: d.digit, next: j + 1, single: true}, true
	}
	return t, false
}

// tens reads the tens of a triad at i ("mười lăm", "hai mươi mốt", "hăm
// lăm", "ba chục", "vài chục"); bare allows "chục" and "mươi" alone.
func (p *numParser) tens(i int, bare bool) (r numTriad, ok bool) {
	w := p.w(i)
	switch {
	case w.ten:
		r.val, r.next = 10, i+1
		if u := p.w(i + 1); u.digit >= 0 && u.ctx&numTeen != 0 {
			r.val += u.digit
			r.next, r.approx = i+2, u.approx
		}
		return r, true
	case w.tensShort > 0:
		if u := p.w(i + 1); u.digit >= 0 && u.ctx&numTens != 0 {
			return numTriad{val: 10*w.tensShort + u.digit, next: i + 2, approx: u.approx}, true
		}
		return r, false
	}
	mult, n, approx := 0, 0, false
	if v, m, _ := p.few(i); m > 0 {
		mult, n, approx = v, m, true
	} else if w.digit >= 1 && w.ctx&numAlone != 0 {
		mult, n = w.digit, 1
	}
	if n > 0 {
		m := p.w(i + n)
		switch {
		case m.tens && (mult >= 2 || approx):
			r.val, r.next, r.approx = 10*mult, i+n+1, approx
			if u := p.w(r.next); u.digit >= 0 && u.ctx&numTens != 0 {
				r.val += u.digit
				r.next++
				r.approx = r.approx || u.approx
			}
			return r, true
		case m.chuc:
			r.val, r.next, r.approx = 10*mult, i+n+1, approx
			p.halfTen(&r)
			return r, true
		}
		return r, false
	}
	if bare && (w.chuc || w.tens) {
		r.val, r.next, r.approx = 10, i+1, true
		if w.chuc {
			p.halfTen(&r)
		}
		return r, true
	}
	return r, false
}

// halfTen reads "rưỡi" after "chục": five more, and the number ends.
func (p *numParser) halfTen(r *numTriad) {
	if p.w(r.next).half {
		r.val += 5
		r.next++
		r.ended = true
	}
}

// digits reads the run of digits at i under the rules of readNumber and
// returns its digits as an integer mant with frac of them after the
// decimal mark, and the index after the run; ok is false when the run is
// no number (malformed or more than numMaxDigits digits).
func (p *numParser) digits(i int) (mant uint64, frac, next int, ok bool) {
	if p.doc {
		return tokDigits(p.dt, i)
	}
	q, ok := newDigitGroups(p.text(i))
	if !ok {
		return 0, 0, 0, false
	}
	j := i
	for {
		var sep byte
		switch {
		case j+2 < p.n && p.joins(j+1):
			sep = p.text(j + 1)[0]
			j += 2
		case q.spacedNext() && j+1 < p.n && p.space(j+1) &&
			len(p.text(j+1)) == 3 && p.isDigits(j+1):
			sep = ' '
			j++
		}
		if sep == 0 {
			break
		}
		if !q.add(p.text(j), sep) {
			return 0, 0, 0, false
		}
	}
	return q.result(i, j)
}

// tokDigits is numParser.digits on the tokens of a document.
func tokDigits(toks []token, i int) (mant uint64, frac, next int, ok bool) {
	q, ok := newDigitGroups(toks[i].lower)
	if !ok {
		return 0, 0, 0, false
	}
	j := i
	for {
		var sep byte
		if j+2 < len(toks) {
			// A joined group: "." or "," then digits, no space around.
			if m, d := &toks[j+1], &toks[j+2]; !m.space && !d.space && d.kind == tokNum && (m.lower == "." || m.lower == ",") {
				sep = m.lower[0]
				j += 2
			}
		}
		if sep == 0 && q.spacedNext() && j+1 < len(toks) {
			// A spaced thousands group.
			if d := &toks[j+1]; d.space && len(d.lower) == 3 && d.kind == tokNum {
				sep = ' '
				j++
			}
		}
		if sep == 0 {
			break
		}
		if !q.add(toks[j].lower, sep) {
			return 0, 0, 0, false
		}
	}
	return q.result(i, j)
}

// digitGroups collects the digit groups of a number as its readers find
// them: their lengths, the separators before them and the second group's
// text; the digits of the first group and of all groups are summed up on
// the way.
type digitGroups struct {
	lens        [numMaxDigits]uint8
	seps        [numMaxDigits]byte // seps[k] comes before group k
	mant0, mant uint64             // the first group's digits, all digits
	second      string
	ng, ndig    int
	lead        bool // the first group may lead a thousands grouping
}

// newDigitGroups starts with the first group g; false if it is too long.
func newDigitGroups(g string) (digitGroups, bool) {
	if len(g) > numMaxDigits {
		return digitGroups{}, false
	}
	q := digitGroups{ng: 1, ndig: len(g), lead: len(g) <= 3 && g[0] != '0'}
	q.lens[0] = uint8(len(g))
	q.mant0 = numDigitsValue(0, g)
	q.mant = q.mant0
	return q, true
}

// spacedNext reports whether a group after a space may come next.
func (q *digitGroups) spacedNext() bool { return q.lead && (q.ng == 1 || q.seps[q.ng-1] == ' ') }

// add adds the group g after sep; false if the number gets too long.
func (q *digitGroups) add(g string, sep byte) bool {
	q.ndig += len(g)
	if q.ndig > numMaxDigits {
		return false
	}
	if q.ng == 1 {
		q.second = g
	}
	q.lens[q.ng], q.seps[q.ng] = uint8(len(g)), sep
	q.mant = numDigitsValue(q.mant, g)
	q.ng++
	return true
}

// result returns the number whose first group is token i and last token
// j: its digits, how many are after the decimal mark, the token after it.
func (q *digitGroups) result(i, j int) (mant uint64, frac, next int, ok bool) {
	ng, next, mant := q.ng, j+1, q.mant
	intGroups, ok := numGroupingLens(q.lens[:ng], q.second, q.seps[:ng], q.lead)
	if !ok {
		if ng == 1 || q.seps[1] != ' ' {
			return 0, 0, 0, false
		}
		ng, intGroups, next, mant = 1, 1, i+1, q.mant0
	}
	if intGroups < ng {
		frac = int(q.lens[ng-1])
	}
	return mant, frac, next, true
}

// numDigitsValue returns m followed by the digits of g.
func numDigitsValue(m uint64, g string) uint64 {
	for k := 0; k < len(g); k++ {
		m = m*10 + uint64(g[k]-'0')
	}
	return m
}

// numGroupingLens decides how the digit groups of a run, given by their
// lengths lens and the text of the second group (all it looks at),
// separated by seps (seps[k] before group k: '.', ',' or ' '), read under
// the rules of readNumber. It returns how many leading groups form the
// integer part (the one group after them, if any, is the fraction), or
// ok false when the run is no number. lead says the first group may lead
// thousands groups.
func numGroupingLens(lens []uint8, second string, seps []byte, lead bool) (intGroups int, ok bool) {
	n := len(lens)
	if n == 1 {
		return 1, true
	}
	threes := func(from, to int) bool {
		for k := from; k < to; k++ {
			if lens[k] != 3 {
				return false
			}
		}
		return true
	}
	uniform := func(to int) bool {
		for k := 2; k < to; k++ {
			if seps[k] != seps[1] {
				return false
			}
		}
		return true
	}
	if uniform(n) {
		switch {
		case seps[1] == ' ':
			return n, true
		case n == 2 && seps[1] == '.':
			if lead && lens[1] == 3 {
				return 2, true
			}
			return 1, true
		case n == 2: // ','
			if lead && second == "000" {
				return 2, true
			}
			return 1, true
		case lead && threes(1, n):
			return n, true
		}
		return 0, false
	}
	// Mixed marks: thousands groups, then one decimal mark of the other kind.
	if !uniform(n-1) || !lead || !threes(1, n-1) {
		return 0, false
	}
	if first, last := seps[1], seps[n-1]; first == '.' && last == ',' || first == ',' && last == '.' || first == ' ' && last == ',' {
		return n - 1, true
	}
	return 0, false
}

// numIsDigits reports whether s is a non-empty run of ASCII digits.
func numIsDigits(s string) bool {
	if s == "" {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// numPow10 holds the powers of ten that float64 represents exactly.
var numPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// num10 returns m×10^e, correctly rounded.
func num10(m uint64, e int) float64 {
	if m == 0 {
		return 0
	}
	if m < 1<<53 {
		// Both operands exact: one correctly rounded operation.
		if e >= 0 && e < len(numPow10) {
			return float64(m) * numPow10[e]
		}
		if e < 0 && -e < len(numPow10) {
			return float64(m) / numPow10[-e]
		}
	}
	f, _ := strconv.ParseFloat(strconv.FormatUint(m, 10)+"e"+strconv.Itoa(e), 64)
	return f
}

// numCtx is a set of places where a unit word may stand (see
// data/numwords.txt).
type numCtx uint8

// The places a unit word may stand.
const (
	numAlone    numCtx = 1 << iota // on its own, or as a multiplier
	numTeen                        // after mười
	numTens                        // after mươi, hăm, băm
	numOdd                         // after lẻ, linh
	numEllipsis                    // as the elided next place
)

// numCtxNames maps the place names of data/numwords.txt to places.
var numCtxNames = map[string]numCtx{
	"alone": numAlone, "teen": numTeen, "tens": numTens, "odd": numOdd, "ellipsis": numEllipsis,
}

// A numWord describes every role of one number word (see
// data/numwords.txt for the kinds).
type numWord struct {
	digit     int    // unit value 0..9; -1 if the word is no unit
	ctx       numCtx // where the unit may stand
	approx    bool   // the unit makes the number approximate ("mấy")
	ten       bool   // mười
	tens      bool   // mươi
	tensShort int    // hăm 2, băm 3
	hundred   bool   // trăm
	chuc      bool   // chục
	mag       int    // magnitude exponent; 0 if none
	odd       bool   // lẻ, linh
	half      bool   // rưỡi, rưởi
	few       int    // approximate multiplier; 0 if none
	fewAlone  bool   // the multiplier also counts alone
	round     bool   // hàng, cả
	sign      bool   // âm
	suffix    int    // exponent of an abbreviation attached to digits
	ambiguous bool   // also a common non-number word
	// plain: a unit that stands alone and has no other role, which
	// readNumber reads as its digit when no number word follows.
	plain bool
	// noStart: no number starts with the word ("tư", "linh", "rưỡi",
	// "k"): see canStart.
	noStart bool
}

// canStart reports whether a number may start with a word of entry w that
// starts no number phrase, as read and readUnsigned allow: a sign, "hàng"
// or "cả", a magnitude, and the words a group may start with (see
// segment, triad and tens).
func (w *numWord) canStart() bool {
	return w.sign || w.round || w.mag > 0 || w.hundred || w.few > 0 || w.ten || w.tens ||
		w.tensShort > 0 || w.chuc || w.digit >= 0 && w.ctx&numAlone != 0
}

// afterDigits reports whether w continues a number after digits: an
// abbreviation ("100k"), a magnitude ("3 triệu"), trăm or chục.
func (w *numWord) afterDigits() bool {
	return w.suffix > 0 || w.mag > 0 || w.hundred || w.chuc
}

// isPlain reports whether w is a unit that stands alone and has no other
// role (see numWord.plain).
func (w *numWord) isPlain() bool {
	return w.digit >= 0 && w.ctx&numAlone != 0 && !w.approx && !w.ten && !w.tens && w.tensShort == 0 &&
		!w.hundred && !w.chuc && w.mag == 0 && !w.odd && !w.half && w.few == 0 && !w.round && !w.sign && w.suffix == 0
}

// structural reports whether w builds a larger number with a unit before
// it (mươi, chục, trăm, and with mags a magnitude), so that the unit is no
// elided place.
func (w *numWord) structural(mags bool) bool {
	return w.tens || w.chuc || w.hundred || mags && w.mag > 0
}

// numNone is the entry of words that are no number words.
var numNone = numWord{digit: -1}

// numWordsData is data/numwords.txt.
//
//go:embed data/numwords.txt
var numWordsData string

// numWords holds the one-word entries of data/numwords.txt, numPhrases the
// two-word ones by first then second word.
var numWords, numPhrases = mustParseNumWords(numWordsData)

// numLookup returns the entry of w, numNone if it has none.
func numLookup(w string) *numWord {
	if e, ok := numWords[w]; ok {
		return e
	}
	return &numNone
}

// mustParseNumWords is parseNumWords that panics on error.
func mustParseNumWords(data string) (map[string]*numWord, map[string]map[string]*numWord) {
	words, phrases, err := parseNumWords(data)
	if err != nil {
		panic(err)
	}
	return words, phrases
}

// parseNumWords parses the format of data/numwords.txt. A word may have
// several lines of different kinds.
func parseNumWords(data string) (words map[string]*numWord, phrases map[string]map[string]*numWord, err error) {
	words = make(map[string]*numWord)
	phrases = make(map[string]map[string]*numWord)
	lines, nums := lexiconEntries(data)
	for k, line := range lines {
		f := strings.Fields(line)
		bad := func(why string) error {
			return &lexiconError{"numwords.txt", nums[k], why + ": " + strconv.Quote(line)}
		}
		if len(f) < 2 {
			return nil, nil, bad("no kind")
		}
		var e *numWord
		if first, second, ok := strings.Cut(f[0], "+"); ok {
			if first == "" || second == "" || strings.Contains(second, "+") {
				return nil, nil, bad("bad phrase")
			}
			if phrases[first] == nil {
				phrases[first] = make(map[string]*numWord)
			}
			if e = phrases[first][second]; e == nil {
				e = &numWord{digit: -1}
				phrases[first][second] = e
			}
		} else if e = words[f[0]]; e == nil {
			e = &numWord{digit: -1}
			words[f[0]] = e
		}
		args := f[2:]
		intArg := func(lo, hi int) (int, error) {
			if len(args) == 0 {
				return 0, bad("missing value")
			}
			v, err := strconv.Atoi(args[0])
			if err != nil || v < lo || v > hi {
				return 0, bad("bad value")
			}
			return v, nil
		}
		nargs := func(min, max int) error {
			if len(args) < min || len(args) > max {
				return bad("wrong number of arguments")
			}
			return nil
		}
		set := func(flag *bool) error {
			if *flag {
				return bad("duplicate entry")
			}
			*flag = true
			return nargs(0, 0)
		}
		setInt := func(field *int, lo, hi int) error {
			if err := nargs(1, 1); err != nil {
				return err
			}
			if *field != 0 {
				return bad("duplicate entry")
			}
			v, err := intArg(lo, hi)
			*field = v
			return err
		}
		switch f[1] {
		case "digit":
			if err := nargs(2, 2); err != nil {
				return nil, nil, err
			}
			if e.digit >= 0 {
				return nil, nil, bad("duplicate entry")
			}
			if e.digit, err = intArg(0, 9); err != nil {
				return nil, nil, err
			}
			for _, c := range strings.Split(args[1], ",") {
				if c == "approx" {
					e.approx = true
				} else if bit, ok := numCtxNames[c]; ok {
					e.ctx |= bit
				} else {
					return nil, nil, bad("unknown place " + c)
				}
			}
			if e.ctx == 0 {
				return nil, nil, bad("no place")
			}
		case "ten":
			err = set(&e.ten)
		case "tens":
			err = set(&e.tens)
		case "tens-short":
			err = setInt(&e.tensShort, 2, 9)
		case "hundred":
			err = set(&e.hundred)
		case "chuc":
			err = set(&e.chuc)
		case "magnitude":
			err = setInt(&e.mag, 3, 12)
		case "odd":
			err = set(&e.odd)
		case "half":
			err = set(&e.half)
		case "few":
			if err := nargs(1, 2); err != nil {
				return nil, nil, err
			}
			if e.few != 0 {
				return nil, nil, bad("duplicate entry")
			}
			if e.few, err = intArg(1, 9); err != nil {
				return nil, nil, err
			}
			if len(args) == 2 {
				if args[1] != "alone" {
					return nil, nil, bad("unknown flag " + args[1])
				}
				e.fewAlone = true
			}
		case "round":
			err = set(&e.round)
		case "sign":
			err = set(&e.sign)
		case "suffix":
			err = setInt(&e.suffix, 1, 12)
		case "ambiguous":
			err = set(&e.ambiguous)
		default:
			return nil, nil, bad("unknown kind")
		}
		if err != nil {
			return nil, nil, err
		}
	}
	for w, e := range words {
		e.plain = e.isPlain()
		e.noStart = !e.canStart() && phrases[w] == nil
	}
	for first, m := range phrases {
		for second, e := range m {
			if e.few == 0 || *e != (numWord{digit: -1, few: e.few, fewAlone: e.fewAlone}) {
				return nil, nil, fmt.Errorf("numwords.txt: phrase %q: only kind few is supported", first+"+"+second)
			}
		}
	}
	return words, phrases, nil
}
