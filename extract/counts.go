package extract

// Counts, money and percentages.
//
// The counts extractor reads the numbers of the text (see readNumber for
// the forms: digits with "." thousands and "," decimals, magnitude words,
// number words) and keeps those that count or measure something. It follows
// these conventions, which are the annotation rules of the evaluation:
//
//   - A count is a number followed by a counted noun ("96 cán bộ", "hơn
//     3.500 hộ dân"), a classifier and its noun ("hai chiếc xe máy", "312
//     ngôi nhà") or a measure unit ("25 nghìn tấn", "1.200 ha", "20 km"):
//     measured amounts are counts. Number words count as digits do ("hai
//     nước", "mười tám tập thể", "một trăm lẻ năm cán bộ, chiến sĩ").
//   - The unit is the counted noun phrase, lower case (abbreviations as
//     usually written): the longest phrase of the lexicon that matches
//     ("ca mắc", "ca tử vong", "dự án luật", "bị hại"), the classifier with
//     its noun ("chiếc xe máy", "đứa cháu", "ngôi nhà"; a classifier with
//     no noun after it is the unit alone: "12 em", "500 con"), or the
//     measure unit ("ha", "km2").
//   - A list of nouns after one number is one count whose unit is the list
//     ("12 tỉnh, thành phố" → "tỉnh, thành phố"; "63 tỉnh/thành phố").
//   - The qualifier word before the number is part of the mention ("hơn
//     1.300 biên chế", "Gần 14.000 thí sinh"); see Qualifier for the words.
//     Approximate number words ("hàng trăm" = 100, "vài chục" = 20) are
//     qualified about. "hơn" after an adjective ("cao hơn 18%") is a
//     comparison, no qualifier.
//   - A range keeps both ends ("từ 50 đến 60 người", "50-60 người", "400 -
//     500 người": Value 50, Until 60); a magnitude written only after the
//     second end applies to both ("3-5 triệu đồng").
//   - A noun in no lexicon is taken as the unit after an integer in digits
//     that follows no name and no preposition of time ("2 trung tâm"
//     counts; "SEA Games 31 diễn ra", "trong 2 buổi" do not). After number
//     words it is taken, conservatively, only as a compound of two words
//     whose first is the first word of a lexicon noun ("hai hội đoàn":
//     "hội" as in "hội viên"; "sáu công viên"), after a number of at least
//     two that does not begin with "một", "năm", "ba" or "tư", which are
//     also other words: "ba hội đoàn" is not guessed, "hai mặt của vấn
//     đề", "hai phần ba" (one word) and "trong hai buổi sáng" are no
//     counts. Idioms of a lexicon noun stay counts ("hai bên", "ba miền").
//   - "một" counts only where it clearly does: after "chỉ" ("chỉ một
//     trường hợp"), after a verb of record before a case or casualty ("có
//     một ca tử vong", "làm một người chết"), or coordinated with another
//     count of the same noun in the sentence ("hai người tử vong ... và
//     một người mất tích", "3 ca mắc mới và thêm một ca tử vong"); never
//     "một số", "một cách", "một trong", "một lần", nor "thêm một" alone
//     ("khởi tố thêm một vụ án"). "năm" is five only at the start of a
//     clause, after a verb that counts ("gồm năm chuyên gia") or before a
//     classifier other than "con" that follows no word of time ("cuốn trôi
//     năm ngôi nhà"), never in "đầu năm thành phố", "đầu năm cây cà phê",
//     "năm con trâu".
//   - Not counts: durations ("19 năm tù", "trong 22 ngày", "3 ngày thi"),
//     ages ("47 tuổi"), times ("18h", "3 giờ"), multipliers and frequencies
//     ("gấp 29,7 lần"), rates ("3,2 tấn/ha", "3,2 tấn nhân/ha"), per-mille
//     ("5‰"), scores ("thắng 3-1"), years and dates (the tokens the dates
//     extractor took), ordinals ("thứ 3", "Kỳ họp thứ 4", "khóa XV", Roman
//     numerals), document numbers ("Nghị quyết số 18-NQ/TW", "Quyết định
//     123/QĐ-UBND", "Chỉ thị 16"), addresses ("số 12 đường Lê Lợi"), phone
//     numbers ("0236.3822.115"), codes and identifiers ("BN 1234", "Quốc lộ
//     1A", "COVID-19", "cơ sở 2", "tầng 1"), numbers in names ("Hội nghị
//     Trung ương 6"), names of races ("cự ly 10.000 m", "nội dung 400 m tự
//     do", "chạy 1.500 m", "4x200 m tiếp sức"; but "20 km đường", "chạy 5
//     km" are measured amounts), and money and percentages, which have
//     types of their own.
//   - Money is a number followed by a currency ("1.234,5 tỷ đồng", "200
//     triệu USD", "5 USD", "100.000đ"), with "/" and a denominator as its
//     per-unit ("3 triệu đồng/tháng"). Percentages are a number followed by
//     "%" or "phần trăm"; "điểm phần trăm" is a percentage point.
//
// Values are float64: integers up to 2^53 are exact ("3,5 triệu" is exactly
// 3500000), fractional values are the nearest float64 to the decimal
// written ("6,8%" is 6.8). A count of a noun (not a measure) is a whole
// number: "1,300 người" is read with English thousands, 1300, and a count
// such as "2,5 người" is dropped. Numbers longer than 18 digits, negative
// counts and values of 10^21 or more are not reported.
//
// Every item names the rule that found it: count.noun, count.measure,
// count.classifier, count.guess (a noun in no lexicon after digits),
// count.guess-words (a compound in no lexicon after words), count.range,
// count.one, count.one-coordinated; money.currency, money.per,
// money.symbol, money.range; percent.sign, percent.words, percent.points,
// percent.range.
//
// The lexicons are the files extract/data/units.txt (counted nouns),
// counts-measures.txt, counts-classifiers.txt, counts-noncount.txt,
// counts-ident.txt (words after which a number is an identifier),
// counts-per.txt (rate denominators), counts-stop.txt,
// counts-comparative.txt, counts-notqual.txt, counts-one.txt,
// counts-one-verbs.txt, counts-events.txt (names of races),
// counts-year-words.txt (words that make "năm" a year), qualifiers.txt and
// currencies.txt.
//
// The extractor allocates a few times per document, whatever it finds: its
// scratch space is pooled, and the strings of all its results share one
// buffer made to size.

// A Qualifier says how a count, amount or percentage relates to its value.
type Qualifier string

// The qualifiers, with the words that mark them (data/qualifiers.txt).
const (
	Exact    Qualifier = ""          // no qualifier
	MoreThan Qualifier = "more_than" // hơn, trên, ngoài (not at the start of a clause)
	LessThan Qualifier = "less_than" // dưới, chưa đến, chưa tới, chưa đầy, không đến
	About    Qualifier = "about"     // khoảng, chừng, tầm, độ, xấp xỉ, ước, ước tính, trên dưới; approximate number words
	Nearly   Qualifier = "nearly"    // gần
	AtLeast  Qualifier = "at_least"  // ít nhất, tối thiểu, không dưới; "... trở lên"
	AtMost   Qualifier = "at_most"   // tối đa, không quá; "... trở xuống"
)

// A Count is a number and the thing it counts or measures: "hơn 1.300 biên
// chế", "hai chiếc xe máy", "khoảng 25 nghìn tấn", "từ 50 đến 60 người".
type Count struct {
	Mention             // the qualifier, the number(s) and the unit, as written
	Value     float64   `json:"value"`           // the number; the lower end of a range
	Until     *float64  `json:"until,omitempty"` // the upper end of a range; nil otherwise
	Unit      string    `json:"unit"`            // the counted noun phrase or measure unit, normalized
	Qualifier Qualifier `json:"qualifier"`       // how the count relates to Value
	Rule      string    `json:"rule"`            // the rule that found it ("count.noun", "count.range"...)
}

// Money is an amount of money: "1.234,5 tỷ đồng", "200 triệu USD", "3 triệu
// đồng/tháng".
type Money struct {
	Mention             // the qualifier, the amount, the currency and the per-unit, as written
	Value     float64   `json:"value"`           // the amount in units of Currency; the lower end of a range
	Until     *float64  `json:"until,omitempty"` // the upper end of a range; nil otherwise
	Currency  string    `json:"currency"`        // ISO 4217 code: "VND", "USD"...
	Per       string    `json:"per,omitempty"`   // the unit after "/": "tháng" in "3 triệu đồng/tháng"
	Qualifier Qualifier `json:"qualifier"`       // how the amount relates to Value
	Rule      string    `json:"rule"`            // the rule that found it ("money.currency"...)
}

// A Percent is a percentage or a change in percentage points: "6,8%", "15
// phần trăm", "trên 50%", "2,3 điểm phần trăm".
type Percent struct {
	Mention             // the qualifier, the number and the sign or words, as written
	Value     float64   `json:"value"`           // the percentage: 6.8 for "6,8%"; the lower end of a range
	Until     *float64  `json:"until,omitempty"` // the upper end of a range; nil otherwise
	Unit      string    `json:"unit,omitempty"`  // "điểm phần trăm" for percentage points; empty for percentages
	Qualifier Qualifier `json:"qualifier"`       // how the percentage relates to Value
	Rule      string    `json:"rule"`            // the rule that found it ("percent.sign"...)
}

// counts finds the counts, amounts of money and percentages of d, each
// sorted by position, and marks their tokens taken.
func (e *Extractor) counts(d *doc) ([]Count, []Money, []Percent) {
	s := newCntScan(d)
	s.run()
	counts, money, percents := s.results()
	s.release()
	return counts, money, percents
}
