package extract_test

import (
	"fmt"
	"strconv"

	"github.com/vnextract/vnextract/extract"
)

func ExampleExtractor_Extract_counts() {
	src := "Đà Nẵng đã sơ tán hơn 1.200 hộ dân với gần 4.000 nhân khẩu; hai người tử vong và một người mất tích. " +
		"Thiệt hại ước khoảng 150 tỷ đồng, gần 200 ha lúa bị ngập, chiếm 15% diện tích."
	r := extract.New().ExtractString(src)
	for _, c := range r.Counts {
		fmt.Printf("count %q: %v %s %q\n", c.Text, c.Value, c.Unit, c.Qualifier)
	}
	for _, m := range r.Money {
		fmt.Printf("money %q: %s %s %q\n", m.Text, strconv.FormatFloat(m.Value, 'f', -1, 64), m.Currency, m.Qualifier)
	}
	for _, p := range r.Percents {
		fmt.Printf("percent %q: %v\n", p.Text, p.Value)
	}
	// Output:
	// count "hơn 1.200 hộ dân": 1200 hộ dân "more_than"
	// count "gần 4.000 nhân khẩu": 4000 nhân khẩu "nearly"
	// count "hai người": 2 người ""
	// count "một người": 1 người ""
	// count "gần 200 ha": 200 ha "nearly"
	// money "ước khoảng 150 tỷ đồng": 150000000000 VND "about"
	// percent "15%": 15
}
