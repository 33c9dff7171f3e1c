package extract_test

import (
	"fmt"
	"time"

	"github.com/vnextract/vnextract/extract"
)

func ExampleExtractor_Extract() {
	ref := time.Date(2021, 1, 20, 0, 0, 0, 0, time.UTC) // publication date
	ex := extract.New(extract.WithReference(ref))
	src := []byte("Chiều 20/1, đồng chí Nguyễn Văn Nên, Bí thư Thành ủy TP Hồ Chí Minh, trao bằng khen cho 8 tập thể.")
	r := ex.Extract(src)
	for _, d := range r.Dates {
		fmt.Println(d.Text, "→", d.Value.Format(d.Grain))
	}
	for _, o := range r.Officials {
		fmt.Println(o.Name, "→", o.Titles)
	}
	for _, c := range r.Counts {
		fmt.Println(c.Text, "→", c.Value, c.Unit)
		fmt.Println(string(src[c.Start:c.End]) == c.Text)
	}
	// Output:
	// Chiều 20/1 → 2021-01-20
	// Nguyễn Văn Nên → [Bí thư Thành ủy TP Hồ Chí Minh]
	// 8 tập thể → 8 tập thể
	// true
}
