package extract_test

import (
	"fmt"
	"time"

	"github.com/vnextract/vnextract/extract"
)

func ExampleDate() {
	ref := time.Date(2021, 8, 17, 0, 0, 0, 0, time.UTC) // the publication date
	e := extract.New(extract.WithReference(ref))
	r := e.ExtractString("Chiều thứ Hai (16/8), UBND tỉnh họp triển khai đề án giai đoạn 2021 – 2025; đợt đăng ký đầu tiên kéo dài từ ngày 1/9 đến 30/9, hồ sơ nộp trước 17h ngày 25/8.")
	for _, d := range r.Dates {
		fmt.Printf("%q: %s", d.Text, d.Value.Format(d.Grain))
		if d.Until != nil {
			fmt.Printf(" to %s", d.Until.Format(d.UntilGrain))
		}
		fmt.Printf(" (%s, %s)\n", d.Grain, d.Rule)
	}
	// Output:
	// "Chiều thứ Hai (16/8)": 2021-08-16 (day, date.part-of-day+gloss)
	// "giai đoạn 2021 – 2025": 2021 to 2025 (year, date.range-word)
	// "từ ngày 1/9 đến 30/9": 2021-09-01 to 2021-09-30 (day, date.range-from)
	// "17h ngày 25/8": 2021-08-25T17:00 (minute, date.time)
}

func ExampleDate_MarshalJSON() {
	e := extract.New(extract.WithReference(time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC)))
	r := e.ExtractString("Lễ hội diễn ra vào rằm tháng Giêng.")
	b, _ := r.Dates[0].MarshalJSON()
	fmt.Println(string(b))
	// Output:
	// {"text":"rằm tháng Giêng","start":26,"end":45,"value":"2024-01-15","grain":"day","lunar":true,"solar":"2024-02-24","rule":"date.lunar"}
}

func ExampleDate_context() {
	// 8 November 2023: "từ tháng 3 đến nay" runs up to it, so March is the
	// last one; the week's Friday is glossed with its date; "đợt 2" names
	// a round, so "năm ngoái" after it is a date.
	e := extract.New(extract.WithReference(time.Date(2023, 11, 8, 0, 0, 0, 0, time.UTC)))
	r := e.ExtractString("Thứ Sáu tuần trước (3/11), công an bắt 18 đối tượng; từ tháng 3 đến nay, đường dây chiếm đoạt 200 tỷ đồng, gấp đôi đợt 2 năm ngoái.")
	for _, d := range r.Dates {
		fmt.Printf("%q: %s (%s, %s)\n", d.Text, d.Value.Format(d.Grain), d.Grain, d.Rule)
	}
	// Output:
	// "Thứ Sáu tuần trước (3/11)": 2023-11-03 (day, date.weekday-week+gloss)
	// "tháng 3": 2023-03 (month, date.month)
	// "năm ngoái": 2022 (year, date.relative-year)
}
