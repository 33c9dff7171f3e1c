package extract

// This file holds the calendar arithmetic of the date resolver, in
// integers: time.Date and time.Unix cost far more than the few divisions
// it takes.

// dayNum returns the day number of y-m-d: days since 1970-01-01, as
// time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Unix()/86400 computes it, which
// truncates toward zero, so that a day before 1970 gets the number of the
// day after it. It normalizes out-of-range months and days like time.Date.
func dayNum(y, m, d int) int {
	if m < 1 || m > 12 {
		m--
		y += floorDiv(m, 12)
		m = m - 12*floorDiv(m, 12) + 1
	}
	n := daysFromCivil(y, m, d)
	if n < 0 {
		n++ // (n*86400 + 43200) / 86400 rounds toward zero
	}
	return n
}

// civilDay returns the civil date of a day number (days since 1970-01-01).
func civilDay(n int) Civil {
	y, m, d := civilFromDays(n)
	return Civil{Year: y, Month: m, Day: d}
}

// floorDiv returns a/b rounded toward minus infinity, for b > 0.
func floorDiv(a, b int) int {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// daysFromCivil returns the days since 1970-01-01 of the proleptic
// Gregorian date y-m-d, with m in 1–12 (d may be out of range): Howard
// Hinnant's algorithm, in eras of 400 years starting on 1 March.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400 // [0, 399]
	mp := m + 9        // months from March: [0, 11]
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(n int) (y, m, d int) {
	n += 719468
	era := floorDiv(n, 146097)
	doe := n - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365]
	mp := (5*doy + 2) / 153                  // [0, 11]
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
		y++
	}
	return y, m, d
}
