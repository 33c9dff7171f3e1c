package extract

import "time"

// Header lines: the reference date is read from the first headerLines
// lines of an article, from a line that is a dateline ("Cập nhật:
// 17/01/2023 09:12", "Thứ Tư, 20/1/2021 14:05", "20/01/2021 - 14:05
// GMT+7"): a full date with its year, and at most headerWords other words
// on the line, with at most headerTokens tokens in all.
const (
	headerLines  = 8
	headerWords  = 4
	headerTokens = 20
)

// headerReference sets d.ref from the article's dateline, if it has one.
func headerReference(d *doc) {
	s := newDateScanner(d)
	defer s.release()
	line := 0
	for i := 0; i < len(d.toks) && line < headerLines; {
		// The line [i, j).
		j := i + 1
		for j < len(d.toks) && !d.toks[j].newline {
			j++
		}
		if j-i <= headerTokens {
			if t, ok := s.dateline(i, j); ok {
				d.ref, d.hasRef = t, true
				return
			}
		}
		i = j
		line++
	}
}

// dateline reads a full date on the line of tokens [i, j) when the line
// is a dateline, and returns it as a time in d.loc.
func (s *dateScanner) dateline(i, j int) (time.Time, bool) {
	for k := i; k < j; k++ {
		if !s.maybeStart(k) {
			continue
		}
		x := &s.x
		if !s.parseExpr(k, x) || x.end > j {
			continue
		}
		a := &x.a
		if x.hasB || a.y == 0 || a.d == 0 || a.d2 != 0 || a.lunar || a.rel != relNone || !validDay(a.y, a.m, a.d) {
			return time.Time{}, false
		}
		words := 0
		for n := i; n < j; n++ {
			if (n < x.start || n >= max(x.end, x.take)) && s.toks[n].kind == tokWord {
				words++
			}
		}
		if words > headerWords {
			return time.Time{}, false
		}
		return time.Date(a.y, time.Month(a.m), a.d, a.hour, a.min, 0, 0, s.d.loc), true
	}
	return time.Time{}, false
}
