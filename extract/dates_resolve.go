package extract

import "strings"

// This file resolves parsed dates against the reference date and the
// previous date, and emits them.

// A resolved is a piece resolved to the calendar.
type resolved struct {
	v, u     Civil
	g, ug    Grain
	hasU     bool
	solar    Civil // the solar day of a lunar one, if hasSolar
	hasSolar bool
	ok       bool
}

// A dateSlot is a date found, before the output is built: its text is
// left empty and its Until and Solar are held by value (hasUntil,
// hasSolar), so that emitting a date allocates nothing; output gives
// every date its text and pointers in three allocations in all.
type dateSlot struct {
	d                  Date
	until, solar       Civil
	hasUntil, hasSolar bool
}

// emit resolves x, appends it to the dates found and marks its tokens.
func (s *dateScanner) emit(x *dexpr) {
	a := &x.a
	s.slots = append(s.slots, dateSlot{})
	sl := &s.slots[len(s.slots)-1]
	dt := &sl.d
	dt.Span = s.span(x.start, x.end)
	dt.PartOfDay, dt.Part = a.pod, a.part
	dt.Lunar, dt.Relative = a.lunar, a.relative
	dt.Rule = x.rule
	if a.hasWd {
		dt.Weekday, dt.HasWeekday = a.wd, true
	}
	var r resolved
	if x.hasB {
		b := &x.b
		dt.Relative = dt.Relative || b.relative
		if !a.hasWd && b.hasWd && a.rel == relNone && !a.written {
			dt.Weekday, dt.HasWeekday = b.wd, true
		}
		r = s.resolveRange(a, b)
	} else {
		r = s.resolve(a)
	}
	dt.Grain = r.g
	if r.ok {
		dt.Resolved = true
		dt.Value = r.v
		if r.hasU {
			sl.until, sl.hasUntil, dt.UntilGrain = r.u, true, r.ug
		}
		if r.hasSolar {
			sl.solar, sl.hasSolar = r.solar, true
		}
		s.notePrev(sl)
	}
	s.d.take(x.start, max(x.end, x.take))
	s.lastEnd = x.end
	s.lastY, s.lastRange = 0, false
	switch x.rule {
	case "date.year", "date.year-list":
		if r.ok {
			s.lastY = r.v.Year
		}
	case "date.range-word", "date.year-range", "date.range-list":
		if r.ok && r.hasU {
			s.lastY, s.lastRange = r.u.Year, true
		}
	}
}

// span returns the original span of tokens [i, j).
func (s *dateScanner) span(i, j int) Span {
	if i >= j || j > len(s.toks) {
		return Span{}
	}
	st, en := s.d.norm.Span(s.toks[i].start, s.toks[j-1].end)
	return Span{Start: st, End: en}
}

// output returns the dates found, with their texts cut from one string
// and their Until and Solar from one array.
func (s *dateScanner) output() []Date {
	if len(s.slots) == 0 {
		return []Date{}
	}
	ntext, nciv := 0, 0
	for i := range s.slots {
		sl := &s.slots[i]
		ntext += sl.d.End - sl.d.Start
		if sl.hasUntil {
			nciv++
		}
		if sl.hasSolar {
			nciv++
		}
	}
	var b strings.Builder
	b.Grow(ntext)
	for i := range s.slots {
		b.Write(s.d.src[s.slots[i].d.Start:s.slots[i].d.End])
	}
	text := b.String()
	var civs []Civil
	if nciv > 0 {
		civs = make([]Civil, 0, nciv)
	}
	out := make([]Date, len(s.slots))
	off := 0
	for i := range s.slots {
		sl := &s.slots[i]
		dt := &out[i]
		*dt = sl.d
		n := dt.End - dt.Start
		dt.Text = text[off : off+n]
		off += n
		if sl.hasUntil {
			civs = append(civs, sl.until)
			dt.Until = &civs[len(civs)-1]
		}
		if sl.hasSolar {
			civs = append(civs, sl.solar)
			dt.Solar = &civs[len(civs)-1]
		}
	}
	return out
}

// notePrev remembers the last day of the date in sl for "cùng ngày".
func (s *dateScanner) notePrev(sl *dateSlot) {
	dt := &sl.d
	c, g := dt.Value, dt.Grain
	if sl.hasUntil {
		c, g = sl.until, dt.UntilGrain
	}
	if dt.Lunar {
		if !sl.hasSolar || sl.hasUntil {
			return
		}
		c, g = sl.solar, GrainDay
	}
	if g < GrainDay {
		return
	}
	s.prev = Civil{Year: c.Year, Month: c.Month, Day: c.Day}
	s.hasPrev = true
}

// refCivil returns the civil fields of the reference date.
func (s *dateScanner) refCivil() (y, m, d int) { return s.ry, s.rm, s.rd }

// refLunarDate returns the lunar date of the reference, converted on first
// use.
func (s *dateScanner) refLunarDate() lunarDate {
	if !s.hasRefLunar {
		s.refLunar, s.hasRefLunar = solarToLunar(s.ry, s.rm, s.rd), true
	}
	return s.refLunar
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// resolve resolves one piece.
func (s *dateScanner) resolve(p *dpiece) (r resolved) {
	r.g = p.grain()
	hasRef := s.d.hasRef
	var ry, rm, rd int
	if hasRef {
		ry, rm, rd = s.refCivil()
	}
	switch {
	case p.lunar:
		return s.resolveLunar(p)
	case p.rel == relDay || p.rel == relAnchor:
		base := 0
		switch {
		case p.rel == relAnchor && s.hasPrev:
			base = dayNum(s.prev.Year, s.prev.Month, s.prev.Day)
		case hasRef:
			base = s.refDay
		default:
			return r
		}
		r.v = civilDay(base + p.off)
	case p.rel == relWeek:
		if !hasRef {
			return r
		}
		monday := s.refDay - (s.refWd+6)%7 + 7*p.off
		if p.hasWd {
			r.v = civilDay(monday + (int(p.wd)+6)%7)
		} else {
			r.v, r.u = civilDay(monday), civilDay(monday+6)
			r.hasU, r.ug = true, GrainDay
		}
	case p.rel == relMonth:
		if !hasRef {
			return r
		}
		n := ry*12 + rm - 1 + p.off
		r.v = Civil{Year: n / 12, Month: n%12 + 1}
	case p.rel == relQuarter:
		if !hasRef {
			return r
		}
		n := ry*4 + (rm-1)/3 + p.off
		r.v = Civil{Year: n / 4, Quarter: n%4 + 1}
	case p.rel == relYear:
		if !hasRef {
			return r
		}
		r.v = Civil{Year: ry + p.off}
	case p.hasWd && p.d == 0:
		if !hasRef {
			return r
		}
		today := s.refDay
		back := (s.refWd - int(p.wd) + 7) % 7 // days back to the last such weekday
		var n int
		switch p.mode {
		case wdPast:
			if back == 0 {
				back = 7
			}
			n = today - back
		case wdNext:
			fwd := (7 - back) % 7
			if fwd == 0 {
				fwd = 7
			}
			n = today + fwd
		case wdUpTo:
			n = today - back
		case wdThisWeek:
			monday := today - (s.refWd+6)%7
			n = monday + (int(p.wd)+6)%7
		default:
			if back <= 3 {
				n = today - back
			} else {
				n = today + 7 - back
			}
		}
		r.v = civilDay(n)
	case p.d > 0:
		ny, nm, nd := ry, rm, rd
		if p.hasNear {
			c := civilDay(p.near)
			ny, nm, nd = c.Year, c.Month, c.Day
		}
		y, ok := s.yearOf(p, func() int { return nearestDayYear(ny, nm, nd, p.m, p.d, p.dir) })
		if !ok {
			return r
		}
		if !validDay(y, p.m, p.d) {
			return r
		}
		r.v = Civil{Year: y, Month: p.m, Day: p.d}
		if p.d2 > 0 {
			if !validDay(y, p.m, p.d2) {
				return r
			}
			r.u, r.ug, r.hasU = Civil{Year: y, Month: p.m, Day: p.d2}, GrainDay, true
		}
	case p.m > 0:
		y, ok := s.yearOf(p, func() int { return nearestMonthYear(ry, rm, p.m, p.dir) })
		if !ok {
			return r
		}
		r.v = Civil{Year: y, Month: p.m}
		if p.m2 > 0 {
			r.u, r.ug, r.hasU = Civil{Year: y, Month: p.m2}, GrainMonth, true
		}
	case p.q > 0:
		y, ok := s.yearOf(p, func() int { return nearestQuarterYear(ry, rm, p.q, p.dir) })
		if !ok {
			return r
		}
		r.v = Civil{Year: y, Quarter: p.q}
		if p.q2 > 0 {
			r.u, r.ug, r.hasU = Civil{Year: y, Quarter: p.q2}, GrainQuarter, true
		}
	case p.y > 0:
		r.v = Civil{Year: p.y}
		if p.y2 > 0 {
			r.u, r.ug, r.hasU = Civil{Year: p.y2}, GrainYear, true
		}
	case p.hasYOff:
		if !hasRef {
			return r
		}
		r.v = Civil{Year: ry + p.yOff}
	default:
		return r
	}
	if p.hasTime {
		r.v.Hour, r.v.Minute = p.hour, p.min
	}
	r.ok = true
	return r
}

// yearOf returns the year of p: written, relative ("năm ngoái") or the
// nearest to the reference.
func (s *dateScanner) yearOf(p *dpiece, nearest func() int) (int, bool) {
	switch {
	case p.y > 0:
		return p.y, true
	case !s.d.hasRef && !p.hasNear:
		return 0, false
	case p.hasYOff:
		y, _, _ := s.refCivil()
		return y + p.yOff, true
	}
	return nearest(), true
}

// nearestDayYear returns the year that puts month m, day d nearest the
// reference ry-rm-rd; ties go to the reference's year. With dir 1 the
// date must not be before the reference ("ngày 15/11 tới"), with dir -1
// not after it ("ngày 15/8 vừa qua").
func nearestDayYear(ry, rm, rd, m, d, dir int) int {
	ref := dayNum(ry, rm, rd)
	best, bestDist := ry, -1
	years := [...]int{ry, ry - 1, ry + 1, ry - 2, ry + 2, ry - 3, ry + 3, ry - 4, ry + 4}
	n := len(years)
	if validDay(0, m, d) && (m != 2 || d <= 28) {
		// Every year has the day, so the nearest one in the direction
		// asked is within a year of the reference: the day in ry-2 or
		// before is further than in ry-1 (and in ry when dir is 0), in
		// ry+2 or after further than in ry+1 (and in ry).
		n = 3
	}
	for _, y := range years[:n] {
		if !validDay(y, m, d) {
			continue
		}
		delta := dayNum(y, m, d) - ref
		if dir*delta < 0 {
			continue
		}
		if dist := abs(delta); bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// nearestMonthYear returns the year that puts month m nearest the
// reference month (with dir, as nearestDayYear).
func nearestMonthYear(ry, rm, m, dir int) int { return nearestPeriodYear(ry, rm, m, 12, dir) }

// nearestQuarterYear returns the year that puts quarter q nearest the
// reference month's quarter (with dir, as nearestDayYear).
func nearestQuarterYear(ry, rm, q, dir int) int {
	return nearestPeriodYear(ry, (rm-1)/3+1, q, 4, dir)
}

// nearestPeriodYear returns the year that puts period k of a year divided
// into n periods nearest the reference period rk of year ry, keeping to
// the direction dir when it is not 0.
func nearestPeriodYear(ry, rk, k, n, dir int) int {
	best, bestDist := ry, -1
	for _, y := range [...]int{ry, ry - 1, ry + 1} {
		delta := (y-ry)*n + k - rk
		if dir*delta < 0 {
			continue
		}
		if dist := abs(delta); bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// resolveLunar resolves a lunar day, month or year.
func (s *dateScanner) resolveLunar(p *dpiece) (r resolved) {
	r.g = p.grain()
	hasRef := s.d.hasRef
	var rl lunarDate
	var refDay int
	if hasRef {
		rl = s.refLunarDate()
		refDay = s.refDay
	}
	// The lunar years to try, in an array so that nothing escapes.
	var ybuf [3]int
	years := func() []int {
		if p.y > 0 {
			ybuf[0] = p.y
			return ybuf[:1]
		}
		if !hasRef {
			return nil
		}
		if p.hasYOff {
			// "năm nay" is the solar year: the lunar date that falls in
			// it.
			ry, _, _ := s.refCivil()
			y := ry + p.yOff
			best, bestDist := y, -1
			for _, ly := range [...]int{y, y - 1} {
				sy, sm, sd, ok := lunarToSolar(lunarDate{Year: ly, Month: p.m, Day: max(p.d, 1)})
				if !ok || sy != y {
					continue
				}
				if dist := abs(dayNum(sy, sm, sd) - refDay); bestDist < 0 || dist < bestDist {
					best, bestDist = ly, dist
				}
			}
			ybuf[0] = best
			return ybuf[:1]
		}
		if p.cycle > 0 {
			// The year of the cycle nearest the reference's lunar year.
			y := rl.Year - ((rl.Year-4)%60+60)%60 + p.cycle - 1
			if y-rl.Year > 30 {
				y -= 60
			} else if rl.Year-y > 30 {
				y += 60
			}
			ybuf[0] = y
			return ybuf[:1]
		}
		ybuf = [3]int{rl.Year, rl.Year - 1, rl.Year + 1}
		return ybuf[:]
	}()
	if len(years) == 0 {
		return r
	}
	switch {
	case p.d > 0:
		bestDist := -1
		for _, ly := range years {
			day := p.d
			sy, sm, sd, ok := lunarToSolar(lunarDate{Year: ly, Month: p.m, Day: day})
			if !ok && p.lastOfYear {
				day = 29
				sy, sm, sd, ok = lunarToSolar(lunarDate{Year: ly, Month: p.m, Day: day})
			}
			if !ok {
				continue
			}
			dist := 0
			if hasRef {
				delta := dayNum(sy, sm, sd) - refDay
				if p.dir*delta < 0 && p.y == 0 && !p.hasYOff && p.cycle == 0 {
					continue // "rằm tháng Giêng vừa qua"
				}
				dist = abs(delta)
			}
			if bestDist < 0 || dist < bestDist {
				bestDist = dist
				r.v = Civil{Year: ly, Month: p.m, Day: day}
				r.solar, r.hasSolar = Civil{Year: sy, Month: sm, Day: sd}, true
			}
		}
		if bestDist < 0 {
			return r
		}
		if p.hasTime {
			r.v.Hour, r.v.Minute = p.hour, p.min
			r.solar.Hour, r.solar.Minute = p.hour, p.min
		}
	case p.m > 0:
		y := years[0]
		if p.y == 0 && len(years) > 1 {
			y = nearestMonthYear(rl.Year, rl.Month, p.m, p.dir)
		}
		r.v = Civil{Year: y, Month: p.m}
	default:
		r.v = Civil{Year: years[0]}
	}
	r.ok = true
	return r
}

// resolveRange resolves "từ A đến B": the sides complete each other's
// year.
func (s *dateScanner) resolveRange(a, b *dpiece) resolved {
	explicit := func(p *dpiece) bool { return p.rel == relNone && !p.hasWd && p.m > 0 && !p.lunar }
	if explicit(a) && explicit(b) {
		// "từ tháng 3 đến tháng 5 vừa qua": the end's tense places both.
		if a.y == 0 && !a.hasYOff && b.y == 0 && !b.hasYOff && b.dir != 0 && a.dir == 0 && s.d.hasRef {
			if rb := s.resolve(b); rb.ok {
				b.y = rb.v.Year
			}
		}
		switch {
		case a.y == 0 && !a.hasYOff && b.y > 0:
			a.y = b.y
			if a.m > b.m || (a.m == b.m && a.d > b.d) {
				a.y--
			}
		case b.y == 0 && !b.hasYOff && a.y > 0:
			b.y = a.y
			if b.m < a.m || (b.m == a.m && b.d < a.d) {
				b.y++
			}
		}
	}
	ra := s.resolve(a)
	if explicit(a) && explicit(b) && ra.ok && b.y == 0 && !b.hasYOff {
		b.y = ra.v.Year
		if b.m < a.m || (b.m == a.m && b.d < a.d) {
			b.y++
		}
	}
	rb := s.resolve(b)
	r := ra
	r.ok = ra.ok && rb.ok
	r.u, r.ug, r.hasU = rb.v, rb.g, true
	if rb.hasU {
		r.u, r.ug = rb.u, rb.ug
	}
	return r
}
