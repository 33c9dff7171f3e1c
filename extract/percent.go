package extract

// Percentages: a number followed by "%" or "phần trăm" ("6,8%", "15 phần
// trăm"), and percentage points, "điểm phần trăm" or "điểm %" ("tăng 2,3
// điểm phần trăm"), whose Unit says so. Per-mille and other fractions
// ("5‰", "3 phần nghìn", "2 phần mười") are neither percentages nor counts.

// percentUnitPoints is the unit of a change in percentage points.
const percentUnitPoints = "điểm phần trăm"

// percentTail reads a percent sign or words at token j into t and
// reports whether there is one; t is left alone when there is none. A
// fraction other than percent is read as skipped.
func (s *cntScan) percentTail(j int, t *cntTail) bool {
	d := s.d
	if uint(j) >= uint(len(d.toks)) || d.isTaken(j) {
		return false
	}
	switch tk := &d.toks[j]; tk.kind {
	case tokPunct:
		switch tk.text {
		case "%":
			*t = cntTail{kind: cntTailPercent, end: j + 1, rule: cntRuleSign}
			return true
		case "‰":
			*t = cntTail{kind: cntTailSkip, end: j + 1}
			return true
		}
	case tokWord:
		if j+2 > len(d.toks) || d.isTaken(j+1) {
			return false // both forms take the next token
		}
		switch tk.lower {
		case "phần":
			switch d.toks[j+1].lower {
			case "trăm":
				*t = cntTail{kind: cntTailPercent, end: j + 2, rule: cntRuleWords}
				return true
			case "nghìn", "ngàn", "triệu", "vạn", "mười":
				*t = cntTail{kind: cntTailSkip, end: j + 2}
				return true
			}
		case "điểm":
			switch {
			case d.toks[j+1].lower == "%":
				*t = cntTail{kind: cntTailPercent, end: j + 2, unit: cntUnitOf(percentUnitPoints), rule: cntRulePoints}
				return true
			case d.toks[j+1].lower == "phần" && d.lower(j+2) == "trăm" && !d.isTaken(j+2):
				*t = cntTail{kind: cntTailPercent, end: j + 3, unit: cntUnitOf(percentUnitPoints), rule: cntRulePoints}
				return true
			}
		}
	}
	return false
}
