package extract

import (
	"encoding/json"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzDates checks the invariants of the dates extractor on any input: no
// panic; spans inside the input, on rune boundaries, holding their text;
// dates sorted and not overlapping; valid JSON.
func FuzzDates(f *testing.F) {
	for _, tt := range dateTests {
		f.Add(tt.text)
	}
	for _, tt := range notDateTests {
		f.Add(tt.text)
	}
	f.Add("từ 20 đến 25/12 và 30/4 - 1/5 năm nay, (1975 - 2025), giai đoạn 2021 - 2025 và 2026 - 2030")
	f.Add("thứ Hai (12/4 thứ ( ( từ ngày từ từ 1/2/ 29/2 31/4 30 Tết mùng")
	f.Add("Cập nhật: 31/12/2099 23:59\n\nrằm tháng Giêng năm sau, 30 Tết")
	f.Add("\xff\xfe 20/1 \u0300 quý IV/ năm 20\u00a0/1")
	f.Add("thứ Ba tuần tới (16/5 tuần (thứ Hai, (15-21/5) từ tháng 3 đến nay hồi vào hồi Trước đó, ngày 31/2")
	f.Add("SEA Games 31 năm ngoái, đợt 2 năm nay, U23 năm sau, trong vòng 5 năm tới (thứ Sáu, 30/2)")
	ref := New(WithReference(time.Date(2021, 1, 20, 9, 0, 0, 0, vietnam)))
	noRef := New()
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		// Rune boundaries, counting each invalid byte as a rune.
		bounds := make([]bool, len(src)+1)
		for i := 0; i < len(src); {
			bounds[i] = true
			_, n := utf8.DecodeRune(src[i:])
			i += n
		}
		bounds[len(src)] = true
		for _, e := range []*Extractor{ref, noRef} {
			ds := e.Extract(src).Dates
			prevEnd := 0
			for _, d := range ds {
				if d.Start < 0 || d.End > len(src) || d.Start > d.End {
					t.Fatalf("span %d:%d outside %d bytes", d.Start, d.End, len(src))
				}
				if string(src[d.Start:d.End]) != d.Text {
					t.Fatalf("span %d:%d = %q, text %q", d.Start, d.End, src[d.Start:d.End], d.Text)
				}
				if !bounds[d.Start] || !bounds[d.End] {
					t.Fatalf("span %d:%d not on rune boundaries in %q", d.Start, d.End, s)
				}
				if d.Start < prevEnd {
					t.Fatalf("dates out of order or overlapping at %d (previous ended at %d) in %q", d.Start, prevEnd, s)
				}
				prevEnd = d.End
				if d.Grain < GrainYear || d.Grain > GrainMinute {
					t.Fatalf("bad grain %v for %q", d.Grain, d.Text)
				}
				b, err := json.Marshal(d)
				if err != nil || !json.Valid(b) {
					t.Fatalf("bad JSON %s: %v", b, err)
				}
			}
		}
	})
}
