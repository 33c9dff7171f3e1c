package extract

// Percentages: a number followed by "%" or "phần trăm" ("6,8%", "15 phần
// trăm"), and percentage points, "điểm phần trăm" or "điểm %" ("tăng 2,3
// điểm phần trăm"), whose Unit says so. Per-mille and other fractions
// ("5‰", "3 phần nghìn", "2 phần mười") are neither percentages nor counts.

// percentUnitPoints is the unit of a change in percentage points.
const percentUnitPoints = "điểm phần trăm"

// percentTail reads a percent sign or words at token j; ok is false when
// there is none. A fraction other than percent is returned as skipped.
func (s *cntScan) percentTail(j int) (t cntTail, ok bool) {
	d := s.d
	free := func(from, to int) bool {
		if to > len(d.toks) {
			return false
		}
		for k := from; k < to; k++ {
			if d.isTaken(k) {
				return false
			}
		}
		return true
	}
	if !free(j, j+1) {
		return t, false
	}
	switch {
	case d.toks[j].text == "%":
		return cntTail{kind: cntTailPercent, end: j + 1, rule: "percent.sign"}, true
	case d.toks[j].text == "‰":
		return cntTail{kind: cntTailSkip, end: j + 1}, true
	case d.lower(j) == "phần" && free(j, j+2):
		switch d.lower(j + 1) {
		case "trăm":
			return cntTail{kind: cntTailPercent, end: j + 2, rule: "percent.words"}, true
		case "nghìn", "ngàn", "triệu", "vạn", "mười":
			return cntTail{kind: cntTailSkip, end: j + 2}, true
		}
	case d.lower(j) == "điểm" && d.lower(j+1) == "%" && free(j, j+2):
		return cntTail{kind: cntTailPercent, end: j + 2, unit: cntUnitOf(percentUnitPoints), rule: "percent.points"}, true
	case d.at(j, "điểm", "phần", "trăm") && free(j, j+3):
		return cntTail{kind: cntTailPercent, end: j + 3, unit: cntUnitOf(percentUnitPoints), rule: "percent.points"}, true
	}
	return t, false
}
