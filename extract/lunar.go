package extract

import (
	"math"
	"sort"
	"sync"
)

// This file implements the Vietnamese lunisolar calendar (âm lịch).
//
// Conventions:
//
//   - Months begin on the local calendar day of the astronomical new moon
//     (ngày Sóc), computed for the meridian 105°E, i.e. time zone UTC+7.
//     This is what distinguishes the Vietnamese calendar from the Chinese
//     one (UTC+8) in some years, e.g. Tết 1985 falls on 21 January 1985 in
//     Vietnam but on 20 February 1985 in China.
//   - Month 11 is the month that contains the winter solstice. A lunar year
//     (counted from one month 11 to the next) with 13 months has a leap
//     month: the first month after month 11 that contains no principal solar
//     term (trung khí, a multiple of 30° of solar longitude). It repeats the
//     number of the month before it.
//   - New moons and solar longitudes are computed with the low-precision
//     formulas from Jean Meeus, "Astronomical Algorithms", as in Hồ Ngọc
//     Đức's widely used "amlich" algorithm, whose results this code
//     reproduces exactly.
//   - UTC+7 is used for every year. North Vietnam adopted it in August 1967
//     (the South in 1975); before that the calendars in use were computed
//     for UTC+8, so for a few earlier years the results can differ by a day
//     from the historical calendar (e.g. Tết 1903, 1916, 1935 and 1965 come
//     out one day earlier than in the Chinese calendar).
//   - Solar dates are proleptic Gregorian; days are handled internally as
//     integer Julian day numbers (JDN, the JD at noon of that day).
//   - The supported range is lunar years 1900..2100, and solar dates from
//     1900-01-01 to the end of lunar year 2100 (2101-01-28). Everything is
//     precomputed once into a table of month starts, so conversions are
//     table look-ups.

// lunarDate is a date of the Vietnamese lunisolar calendar.
//
// Year is the lunar year in the usual Gregorian numbering: lunar year Y
// starts at Tết (1/1) in January or February of solar year Y. Month is 1..12,
// Day is 1..30, and Leap reports whether Month is the intercalary (nhuận)
// month that follows the ordinary month with the same number. The zero value
// means "no date".
type lunarDate struct {
	Year, Month, Day int
	Leap             bool
}

const (
	// lunarMinYear and lunarMaxYear bound the supported lunar years
	// (inclusive).
	lunarMinYear = 1900
	lunarMaxYear = 2100

	// lunarTimeZone is the offset from UTC, in hours, of the meridian used
	// for the Vietnamese calendar (105°E).
	lunarTimeZone = 7.0

	// lunarSynodicMonth is the mean length of a lunation in days.
	lunarSynodicMonth = 29.530588853

	// lunarNewMoonEpoch is the Julian date of the new moon of 1 January 1900
	// (UTC), which is lunation number k = 0 in lunarNewMoon.
	lunarNewMoonEpoch = 2415021.076998695
)

// lunarGregorianToJDN returns the Julian day number of the proleptic Gregorian
// date y-m-d. It assumes a valid date with a year well above -4800.
func lunarGregorianToJDN(y, m, d int) int {
	a := (14 - m) / 12 // 1 for January and February, else 0
	yy := y + 4800 - a // years counted from March of -4800
	mm := m + 12*a - 3 // months counted from March (0..11)
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}

// lunarJDNToGregorian is the inverse of lunarGregorianToJDN for non-negative
// Julian day numbers.
func lunarJDNToGregorian(jdn int) (y, m, d int) {
	a := jdn + 32044
	b := (4*a + 3) / 146097 // Gregorian 400-year cycles
	c := a - 146097*b/4
	dd := (4*c + 3) / 1461 // Julian 4-year cycles
	e := c - 1461*dd/4
	mm := (5*e + 2) / 153 // months counted from March
	d = e - (153*mm+2)/5 + 1
	m = mm + 3 - 12*(mm/10)
	y = 100*b + dd - 4800 + mm/10
	return y, m, d
}

// lunarGregorianMonthDays returns the number of days of month m (1..12) of
// Gregorian year y.
func lunarGregorianMonthDays(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// lunarNewMoon returns the Julian date (UTC, fractional) of the k-th new moon
// after the one of 1 January 1900 (k may be negative), following Meeus.
func lunarNewMoon(k int) float64 {
	const rad = math.Pi / 180
	kf := float64(k)
	t := kf / 1236.85 // Julian centuries since 1900
	t2 := t * t
	t3 := t2 * t

	jd := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*rad)

	sunAnomaly := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3
	moonAnomaly := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3
	latArg := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3

	sin := func(deg float64) float64 { return math.Sin(deg * rad) }
	corr := (0.1734-0.000393*t)*sin(sunAnomaly) + 0.0021*sin(2*sunAnomaly)
	corr += -0.4068*sin(moonAnomaly) + 0.0161*sin(2*moonAnomaly)
	corr += -0.0004 * sin(3*moonAnomaly)
	corr += 0.0104*sin(2*latArg) - 0.0051*sin(sunAnomaly+moonAnomaly)
	corr += -0.0074*sin(sunAnomaly-moonAnomaly) + 0.0004*sin(2*latArg+sunAnomaly)
	corr += -0.0004*sin(2*latArg-sunAnomaly) - 0.0006*sin(2*latArg+moonAnomaly)
	corr += 0.0010*sin(2*latArg-moonAnomaly) + 0.0005*sin(2*moonAnomaly+sunAnomaly)

	// ΔT (TT − UT) in days.
	var deltaT float64
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd + corr - deltaT
}

// lunarNewMoonDay returns the JDN of the local (UTC+7) calendar day on
// which the k-th new moon falls.
func lunarNewMoonDay(k int) int {
	return int(math.Floor(lunarNewMoon(k) + 0.5 + lunarTimeZone/24))
}

// lunarSunSector returns which 30° sector (0..11, sector 0 starting at
// the March equinox, 9 at the December solstice) the Sun's true longitude
// (low precision, after Meeus) is in at local (UTC+7) midnight at the
// start of day jdn. A month contains a principal term exactly when the
// sector at its first day differs from the sector at the next month's.
func lunarSunSector(jdn int) int {
	const rad = math.Pi / 180
	jd := float64(jdn) - 0.5 - lunarTimeZone/24
	t := (jd - 2451545.0) / 36525 // Julian centuries since J2000.0
	t2 := t * t
	meanAnomaly := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2
	meanLong := 280.46645 + 36000.76983*t + 0.0003032*t2
	center := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(rad*meanAnomaly)
	center += (0.019993-0.000101*t)*math.Sin(2*rad*meanAnomaly) + 0.000290*math.Sin(3*rad*meanAnomaly)
	l := (meanLong + center) * rad
	l -= 2 * math.Pi * math.Floor(l/(2*math.Pi))
	return int(math.Floor(l / math.Pi * 6))
}

// lunarMonth11Start returns the JDN of the first day of lunar month 11 that
// begins in solar year y (the month containing the December solstice).
func lunarMonth11Start(y int) int {
	off := float64(lunarGregorianToJDN(y, 12, 31)) - lunarNewMoonEpoch
	k := int(math.Floor(off / lunarSynodicMonth))
	nm := lunarNewMoonDay(k)
	if lunarSunSector(nm) >= 9 { // new moon after the solstice (270°)
		nm = lunarNewMoonDay(k - 1)
	}
	return nm
}

// lunarLeapOffset returns, for a 13-month span starting at month 11 on day
// a11, the offset in months (counted from that month 11) of the leap month:
// the first month in which the solar longitude sector does not change.
func lunarLeapOffset(a11 int) int {
	k := int(math.Floor((float64(a11)-lunarNewMoonEpoch)/lunarSynodicMonth + 0.5))
	i := 1
	arc := lunarSunSector(lunarNewMoonDay(k + i))
	for {
		last := arc
		i++
		arc = lunarSunSector(lunarNewMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}

// lunarMonthInfo is one lunar month of the precomputed table.
type lunarMonthInfo struct {
	start       int // JDN of day 1
	year, month int
	leap        bool
}

// lunarTable holds every lunar month from month 11 of lunar year
// lunarMinYear-2 to the last month before month 11 of solar year
// lunarMaxYear+2, plus a sentinel holding the start of the next month.
type lunarTable struct {
	months []lunarMonthInfo
	// tet[y-(lunarMinYear-1)] is the index in months of 1/1 of lunar year y,
	// for y in lunarMinYear-1 .. lunarMaxYear+2.
	tet []int
}

// lunarCalendar returns the precomputed month table, building it on first
// use.
var lunarCalendar = sync.OnceValue(buildLunarTable)

// buildLunarTable computes all month starts of the supported range.
func buildLunarTable() *lunarTable {
	tbl := &lunarTable{}
	// The span from the month 11 starting in solar year y-1 to the one
	// starting in year y has 12 or 13 months: 11 and 12 of lunar year y-1,
	// then 1..10 of lunar year y, with one of them repeated as the leap
	// month when there are 13.
	a11 := lunarMonth11Start(lunarMinYear - 2)
	for y := lunarMinYear - 1; y <= lunarMaxYear+2; y++ {
		b11 := lunarMonth11Start(y)
		k := int(math.Floor((float64(a11)-lunarNewMoonEpoch)/lunarSynodicMonth + 0.5))
		count := 12
		leapOff := -1
		if b11-a11 > 365 {
			count = 13
			leapOff = lunarLeapOffset(a11)
		}
		for off := 0; off < count; off++ {
			start := lunarNewMoonDay(k + off)
			num := off + 11
			leap := false
			if leapOff >= 0 && off >= leapOff {
				num--
				leap = off == leapOff
			}
			if num > 12 {
				num -= 12
			}
			year := y
			if num >= 11 && off < 4 {
				year = y - 1
			}
			if num == 1 && !leap {
				tbl.tet = append(tbl.tet, len(tbl.months))
			}
			tbl.months = append(tbl.months, lunarMonthInfo{start: start, year: year, month: num, leap: leap})
		}
		a11 = b11
	}
	tbl.months = append(tbl.months, lunarMonthInfo{start: a11}) // sentinel
	return tbl
}

// monthIndex returns the index in the table of the given lunar month, or -1
// if that month does not exist or is out of range.
func (t *lunarTable) monthIndex(year, month int, leap bool) int {
	if year < lunarMinYear || year > lunarMaxYear || month < 1 || month > 12 {
		return -1
	}
	first := t.tet[year-(lunarMinYear-1)]
	next := t.tet[year+1-(lunarMinYear-1)]
	for i := first; i < next; i++ {
		if m := t.months[i]; m.month == month && m.leap == leap {
			return i
		}
	}
	return -1
}

// lunarToSolar converts a Vietnamese lunar date to the proleptic Gregorian
// date (y, m, d). ok is false if the lunar date does not exist (a day beyond
// the length of its month, a leap month that year does not have, a month
// outside 1..12, a day below 1) or if l.Year is outside 1900..2100.
func lunarToSolar(l lunarDate) (y, m, d int, ok bool) {
	t := lunarCalendar()
	i := t.monthIndex(l.Year, l.Month, l.Leap)
	if i < 0 || l.Day < 1 || l.Day > t.months[i+1].start-t.months[i].start {
		return 0, 0, 0, false
	}
	y, m, d = lunarJDNToGregorian(t.months[i].start + l.Day - 1)
	return y, m, d, true
}

// solarToLunar converts the proleptic Gregorian date y-m-d to the
// Vietnamese lunar calendar (UTC+7). It is defined for valid dates from
// 1900-01-01 to the last day of lunar year 2100 (2101-01-28), so that every
// result of lunarToSolar converts back; days of January 1900 before Tết 1900
// (31 January) yield lunar year 1899. For invalid or out-of-range dates it
// returns the zero lunarDate.
func solarToLunar(y, m, d int) lunarDate {
	if y < lunarMinYear || y > lunarMaxYear+1 || m < 1 || m > 12 || d < 1 || d > lunarGregorianMonthDays(y, m) {
		return lunarDate{}
	}
	jdn := lunarGregorianToJDN(y, m, d)
	t := lunarCalendar()
	if jdn >= t.months[t.tet[lunarMaxYear+1-(lunarMinYear-1)]].start {
		return lunarDate{}
	}
	// Index of the first month starting after jdn; the table starts before
	// 1900 and ends after 2101, so 0 < i < len(t.months).
	i := sort.Search(len(t.months), func(i int) bool { return t.months[i].start > jdn })
	mi := t.months[i-1]
	return lunarDate{Year: mi.year, Month: mi.month, Day: jdn - mi.start + 1, Leap: mi.leap}
}

// tetDate returns the solar (proleptic Gregorian) date of Tết Nguyên đán,
// day 1 of month 1 of the given lunar year, in Vietnam (UTC+7). It returns
// zeros if lunarYear is outside 1900..2100.
func tetDate(lunarYear int) (y, m, d int) {
	y, m, d, _ = lunarToSolar(lunarDate{Year: lunarYear, Month: 1, Day: 1})
	return y, m, d
}

// lunarMonthLength returns the number of days (29 or 30) of the given month
// of a lunar year in 1900..2100, the leap month if leap is set. It returns 0
// if there is no such month (a leap month the year does not have, a month
// outside 1..12 or a year out of range).
func lunarMonthLength(year, month int, leap bool) int {
	t := lunarCalendar()
	i := t.monthIndex(year, month, leap)
	if i < 0 {
		return 0
	}
	return t.months[i+1].start - t.months[i].start
}
