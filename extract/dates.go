package extract

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// A Grain is the precision of a date: the unit its value is written in.
type Grain int

// The grains, from the coarsest.
const (
	GrainYear    Grain = iota + 1 // "năm 2020": "2020"
	GrainQuarter                  // "quý I/2023": "2023-Q1"
	GrainMonth                    // "tháng 10/2022": "2022-10"
	GrainDay                      // "ngày 20/1/2021": "2021-01-20"
	GrainMinute                   // "14h30 ngày 3/2/2021": "2021-02-03T14:30"
)

// String returns "year", "quarter", "month", "day" or "minute".
func (g Grain) String() string {
	switch g {
	case GrainYear:
		return "year"
	case GrainQuarter:
		return "quarter"
	case GrainMonth:
		return "month"
	case GrainDay:
		return "day"
	case GrainMinute:
		return "minute"
	}
	return "Grain(" + strconv.Itoa(int(g)) + ")"
}

// A Civil is a calendar date and time of day as written, without a time
// zone. Only the fields down to a Date's grain are meaningful: a month
// has Day 0, a quarter has Month 0. Quarter is set only at quarter grain.
type Civil struct {
	Year    int
	Quarter int // 1–4, at quarter grain only
	Month   int // 1–12
	Day     int // 1–31
	Hour    int // 0–23
	Minute  int // 0–59
}

// Format returns c in ISO 8601 at grain g: "2020", "2023-Q1", "2022-10",
// "2021-01-20" or "2021-02-03T14:30".
func (c Civil) Format(g Grain) string {
	b := make([]byte, 0, 16)
	b = appendInt(b, c.Year, 4)
	switch g {
	case GrainYear:
		return string(b)
	case GrainQuarter:
		b = append(b, "-Q"...)
		b = appendInt(b, c.Quarter, 1)
		return string(b)
	}
	b = append(b, '-')
	b = appendInt(b, c.Month, 2)
	if g == GrainMonth {
		return string(b)
	}
	b = append(b, '-')
	b = appendInt(b, c.Day, 2)
	if g == GrainDay {
		return string(b)
	}
	b = append(b, 'T')
	b = appendInt(b, c.Hour, 2)
	b = append(b, ':')
	b = appendInt(b, c.Minute, 2)
	return string(b)
}

// Time returns the instant c starts in loc: a year starts on 1 January,
// a quarter on the first day of its first month, a month on its first day,
// a day at midnight. A nil loc means UTC.
func (c Civil) Time(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	m, d := c.Month, c.Day
	if m == 0 {
		m = 1
		if c.Quarter > 0 {
			m = 3*(c.Quarter-1) + 1
		}
	}
	if d == 0 {
		d = 1
	}
	return time.Date(c.Year, time.Month(m), d, c.Hour, c.Minute, 0, 0, loc)
}

// appendInt appends n in decimal, zero-padded to width digits.
func appendInt(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], int64(n), 10)
	for k := len(digits); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes
// U+FFFD, as encoding/json does.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, "\\ufffd"...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, "\\u202"...)
			b = append(b, hex[r&0xF])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// A Date is one mention of a date, a time, a period or a range of them,
// with its value resolved to the calendar.
//
// # Conventions
//
// These are the annotation rules the dates extractor follows.
//
//   - One Date per mention. A glossed expression is one mention: "Sáng nay
//     (15/11)", "Chiều thứ Hai (16/8)", "hôm nay 20/1", "thứ Ba tuần tới
//     (16/5)", "Sáng nay (thứ Hai, 15/5)", "tuần trước (từ ngày 5/9 đến
//     11/9)", "tuần tới (15-21/5)"; so is a weekday with its date ("Thứ 2,
//     ngày 12/4/2021", "ngày 12/4 (thứ Hai)") and a time with its day
//     ("14h30 ngày 16/8", "8 giờ sáng ngày 24/7", "17/01/2023 09:12"). The
//     date in the gloss is the value, even when it disagrees with the
//     words; without its year it takes the year that puts it nearest the
//     day the words name.
//   - The text starts at the part of day, the time, the weekday or the
//     words "ngày", "hôm", "mùng", "rằm", "Tết", "tháng", "quý", "năm",
//     "đầu", "giữa", "cuối", "nửa" or a range word ("giai đoạn", "nhiệm
//     kỳ", "niên khóa", "năm học"...). Prepositions ("vào", "lúc",
//     "trước", "đến", "từ") are left out, except in a range written "từ A
//     đến B", which includes "từ"; "từ A đến nay" is the date A alone.
//   - Year inference: a day and month written without a year take the
//     year that puts them nearest the reference date (ties go to the
//     reference's year), as a newspaper means them: "28/12" in an article
//     of 5 January 2021 is 2020-12-28. A month or a quarter without a
//     year is likewise the nearest one, unless the next one in a
//     coordination has it: "quý I và quý II năm nay". The two ends of a
//     range complete each other: "từ 20 đến 25/12", "từ tháng 3 đến tháng
//     5/2021". Clear words of tense override the nearest: after "tới" or
//     "sắp tới" ("ngày 15/11 tới", "tháng 3 sắp tới") and after "từ nay
//     đến" ("từ nay đến tháng 6") a day, month or quarter is the next one
//     at or after the reference; before "vừa qua", "vừa rồi", "qua" (a
//     month or quarter: "trong tháng 10 qua"), "đến nay", "cho đến nay",
//     "đến hiện nay", "trở lại đây", after "hồi" ("hồi tháng 5", not "vào
//     hồi 8 giờ") and in a sentence that starts "Trước đó," it is the last
//     one at or before it: in an article of 8 November 2023 "từ tháng 3
//     đến nay" is 2023-03, not 2024-03. A weekday alone follows the same
//     words ("từ thứ Sáu đến nay" is the last Friday). The tense of the
//     end of a range places both ends ("từ tháng 3 đến tháng 5 vừa
//     qua"). A verb's aspect ("đã", "sẽ") does not count: it may belong
//     to another verb of the clause.
//   - Relative words resolve against the reference: "hôm nay", "hôm qua",
//     "ngày mai", "sáng nay", "tối qua", "năm ngoái", "tháng trước", "3
//     ngày trước", "cách đây 2 năm"... "10 năm trước" is a year, ten before
//     the reference's. After a number, "năm nay", "năm tới", "năm sau",
//     "năm trước" count it ("3 năm nay", "5 năm tới", "trong vòng 5 năm
//     tới", "trong 3 năm trước": durations, not dates) unless the number
//     names something: written against a word ("U23 năm nay") or after a
//     word that numbers editions, rounds or classes ("đợt 2 năm nay",
//     "lần thứ hai năm nay", "lớp 12 năm nay", "SEA Games 31 năm ngoái");
//     "năm ngoái" and "năm kia" never count. A week ("tuần trước", "tuần
//     này", "đầu tuần tới") is the range of its days, Monday to Sunday;
//     "tuần qua" is one only when glossed. A weekday alone ("vào thứ Hai",
//     "Chiều thứ Sáu") is the one nearest the reference, "thứ Hai tới" the
//     next, "thứ Hai vừa qua" the last; "thứ Sáu tuần trước" is that day of
//     the previous week. Without a reference, relative dates come back with
//     Relative set, Resolved unset and an empty value.
//   - "cùng ngày", "hôm đó", "ngày hôm sau", "20h cùng ngày" resolve from
//     the day mentioned just before (the end of a range), or the reference
//     when there is none.
//   - Periods: "9 tháng đầu năm 2022" and "9 tháng năm 2022" are the month
//     range 2022-01 to 2022-09 ("6 tháng cuối năm": 07 to 12, "nửa đầu
//     năm": 01 to 06, "2 quý đầu năm": Q1 to Q2). "đầu / giữa / cuối năm
//     2024" keep year grain and "đầu / giữa / cuối tháng 6" (also
//     "thượng tuần / trung tuần / hạ tuần tháng 6") month grain, with Part
//     "early", "mid" or "late". Without its year or month ("từ đầu năm đến
//     nay", "đến cuối tháng") a part means the reference's, after a
//     preposition or at the start of a clause only ("nghỉ 2 ngày cuối
//     năm" is not a date).
//   - Times have minute grain: "14h30", "8 giờ 30 phút", "20:15", "24h"
//     (24:00); "8 giờ tối" is 20:00, "2 giờ đêm" 02:00. A time is a date
//     only with its day (written, relative or "cùng ngày"): a bare "lúc
//     14h" is not extracted.
//   - Lunar dates: "tháng Giêng" and "tháng Chạp" alone are lunar months,
//     "tháng 1" is a solar month. "rằm tháng Giêng", "mùng 1 Tết", "30 Tết"
//     (the last day of the lunar year, the 29th in a short year), "23
//     tháng Chạp", "Tết Nguyên đán 2024", "Tết Giáp Thìn", "ngày 10/3 âm
//     lịch" are lunar days: Value holds the lunar date (its Year the lunar
//     year) and Solar the solar date. A lunar day without a year is the one
//     nearest the reference; with "năm nay" the one that falls in the
//     reference's solar year. "Tết Dương lịch" is solar.
//   - A dateline or header ("Cập nhật: 17/01/2023 09:12", "Thứ Tư,
//     20/1/2021 14:05") is a mention too, and gives the reference when none
//     was set with WithReference.
//   - Not dates: document numbers ("Nghị quyết số 20/NQ-CP", "Chỉ thị số
//     05-CT/TW", "Nghị định 15/2020/NĐ-CP"), fractions and ratios ("1/2 số
//     hộ", "tỷ lệ 3/4", "vào 1/3 thời gian"), scores ("thắng 3-1"),
//     addresses and classes ("số 12/34 đường Lê Lợi", "lớp 10/2"), phone
//     numbers, "khóa XV", "lần thứ XI", "Kỳ họp thứ 4", weekdays of every
//     week ("thứ Hai, thứ Tư và thứ Sáu"), durations ("3 năm", "trong 5
//     ngày", "kỷ niệm 50 năm", "3 năm nay", "những năm tới", "trong 24 giờ
//     qua"), the bare words "năm" and "ngày", version numbers. A day and
//     month without a year ("1/7", "16-1") count only after a word that
//     makes them a date: "ngày", "hôm", a part of day, a weekday, a time,
//     "từ", "đến", "vào", "trước", "dịp", "lễ", "(" or another date of a
//     list; "20/1" with a day above 12 (never a simple fraction) counts
//     anywhere. A bare year ("2025") is a date only as the end of a range
//     ("năm 2020-2021", "giai đoạn 2021 – 2025 và 2026 – 2030"), in a
//     list after "năm" ("năm 2021, 2022"), in a holiday's name ("Tết
//     Nguyên đán 2024"), after "tầm nhìn", or as a range of years in
//     parentheses ("(1975 - 2025)").
type Date struct {
	Mention

	// Value is the date, or the start of a range, down to Grain. For a
	// lunar date it is the lunar date; see Solar.
	Value Civil
	// Until is the end of a range (included), at UntilGrain; nil if the
	// mention is not a range.
	Until      *Civil
	Grain      Grain
	UntilGrain Grain

	// PartOfDay is the part of day written: "sáng", "trưa", "chiều",
	// "tối" or "đêm" ("khuya" is "đêm"); "" if none.
	PartOfDay string
	// Part is "early", "mid" or "late" for "đầu", "giữa", "cuối" (and
	// "thượng tuần", "trung tuần", "hạ tuần"); "" if none.
	Part string
	// Weekday is the weekday written ("thứ Hai", "Chủ nhật"), if
	// HasWeekday.
	Weekday    time.Weekday
	HasWeekday bool

	// Relative is set when the date was written relative to the reference
	// or to the previous date ("hôm qua", "năm ngoái", "cùng ngày").
	Relative bool
	// Resolved is set when Value (and Until) hold a calendar date; it is
	// unset for relative dates, and dates without a year, when there was
	// no reference.
	Resolved bool
	// Lunar is set for dates of the Vietnamese lunar calendar.
	Lunar bool
	// Solar is the solar date of a lunar day, at day grain; nil otherwise.
	Solar *Civil

	// Rule names the rule that produced the date, such as "date.dmy".
	Rule string
}

// MarshalJSON encodes d as the vnextract command prints it:
// {"text", "start", "end", "value", "until"?, "grain", "part_of_day"?,
// "part"?, "weekday"?, "relative"?, "lunar"?, "solar"?, "rule"}, with
// value and until in ISO 8601 at their grain ("2021-01-20"), value ""
// when the date is not resolved, and weekday in lower-case English
// ("monday").
func (d Date) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 160+len(d.Text))
	b = append(b, `{"text":`...)
	b = appendJSONString(b, d.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(d.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(d.End), 10)
	b = append(b, `,"value":"`...)
	if d.Resolved {
		b = append(b, d.Value.Format(d.Grain)...)
	}
	b = append(b, '"')
	if d.Resolved && d.Until != nil {
		g := d.UntilGrain
		if g == 0 {
			g = d.Grain
		}
		b = append(b, `,"until":"`...)
		b = append(b, d.Until.Format(g)...)
		b = append(b, '"')
	}
	b = append(b, `,"grain":"`...)
	b = append(b, d.Grain.String()...)
	b = append(b, '"')
	if d.PartOfDay != "" {
		b = append(b, `,"part_of_day":`...)
		b = appendJSONString(b, d.PartOfDay)
	}
	if d.Part != "" {
		b = append(b, `,"part":`...)
		b = appendJSONString(b, d.Part)
	}
	if d.HasWeekday {
		b = append(b, `,"weekday":"`...)
		b = append(b, weekdayNames[d.Weekday%7]...)
		b = append(b, '"')
	}
	if d.Relative {
		b = append(b, `,"relative":true`...)
	}
	if d.Lunar {
		b = append(b, `,"lunar":true`...)
		if d.Solar != nil {
			b = append(b, `,"solar":"`...)
			b = append(b, d.Solar.Format(GrainDay)...)
			b = append(b, '"')
		}
	}
	b = append(b, `,"rule":`...)
	b = appendJSONString(b, d.Rule)
	b = append(b, '}')
	return b, nil
}

var weekdayNames = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// dates finds every date mention of d, in order, after reading the
// reference date from the article's header when none was given. It marks
// the tokens it uses as taken.
func (e *Extractor) dates(d *doc) []Date {
	if !d.hasRef {
		headerReference(d)
	}
	s := newDateScanner(d)
	defer s.release()
	s.run()
	return s.output()
}
