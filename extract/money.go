package extract

// Money: a number followed by a currency of data/currencies.txt ("1.234,5
// tỷ đồng", "200 triệu USD", "100.000đ") or after "$" ("$5", "US$ 200"),
// with "/" and a denominator as its per-unit ("3 triệu đồng/tháng"). The
// magnitude words are part of the number, so the value is in units of the
// currency: "1.234,5 tỷ đồng" is 1234500000000 VND.

// moneyTail reads into t the currency p, which ends before token e, and
// its per-unit.
func (s *cntScan) moneyTail(p *cntPhrase, e int, t *cntTail) {
	*t = cntTail{kind: cntTailMoney, end: e, currency: p.arg, rule: cntRuleCurrency}
	if pe, per := s.per(e); pe > e {
		t.end, t.per, t.rule = pe, per, cntRulePer
	}
}

// per reads "/" and a denominator at token k ("/tháng", "/ha", "/người/
// tháng") and returns the index after it and its normalized text; k and ""
// if there is none.
func (s *cntScan) per(k int) (int, string) {
	d := s.d
	per := ""
	for n := 0; n < 3; n++ {
		if k+1 >= len(d.toks) || d.isTaken(k) || d.toks[k].text != "/" {
			break
		}
		text := ""
		q, e := cntPerLex.match(d, k+1)
		if q == nil {
			q, e = cntLex.match(d, k+1)
		}
		switch {
		case q != nil && q.kind != cntCurrency:
			text = q.text
		case q == nil && s.freeWord(k+1, false) != "":
			text, e = s.freeWord(k+1, false), k+2 // "/lượng"
		default:
			return k, per
		}
		if per != "" {
			per += "/"
		}
		per += text
		k = e
	}
	return k, per
}
