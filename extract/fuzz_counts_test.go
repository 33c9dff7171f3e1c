package extract_test

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extract"
)

// countsSeeds are sentences with the patterns of the counts extractor and
// its traps.
var countsSeeds = []string{
	"Ban Tổ chức Thành ủy đã điều động, bổ nhiệm 96 cán bộ; tham gia ý kiến 189 trường hợp.",
	"Cả nước ghi nhận 8.751 ca mắc COVID-19, hơn 3.900 bệnh nhân khỏi bệnh tại 51 tỉnh, thành phố.",
	"Khoảng 3,5 triệu người đã được tiêm đủ 2 mũi; hàng trăm người dân, vài chục xe.",
	"Có hai người tử vong do bị nước cuốn trôi và một người mất tích; chỉ một trường hợp bị thương.",
	"Từ 50 đến 60 người, 50-60 người, 400 - 500 người, 3-5 triệu cây giống, 63 tỉnh/thành phố.",
	"Tổng kinh phí khoảng 1.234,5 tỷ đồng; 200 triệu USD; 3 triệu đồng/tháng; $5 và US$ 200.",
	"GDP tăng 6,8%, 15 phần trăm, tăng 2,3 điểm phần trăm, trên 50%, 25-30%, 6%-8%.",
	"Năng suất 3,2 tấn nhân/ha, gấp 29,7 lần, 15‰, 19 năm tù, 47 tuổi, lúc 18h, thứ 28, khóa XV.",
	"Nghị quyết số 18-NQ/TW, Quyết định 123/QĐ-UBND, số 12 đường Lê Lợi, 0236.3822.115, thắng 3-1.",
	"Bệnh nhân BN 1234 trên Quốc lộ 1A, cơ sở 2, tầng 1, Hội nghị Trung ương 6, Hai Bà Trưng.",
	"Một trăm lẻ năm cán bộ, chiến sĩ; mười tám tập thể; hai chiếc xe máy; 312 ngôi nhà; 50m2, 20km.",
	"Có 1 200 hộ, 1,200,000 người, 1 tỷ 200 triệu đồng, âm 3%, 100k, 2k5 đồng.",
	"Chị nuôi hai đứa cháu, ba đứa trẻ, năm ngôi nhà, hai bộ hồ sơ, 12 bộ, ngành; đầu năm cây cà phê ra hoa.",
	"Vụ án có hơn 3.600 bị hại, 12 bị can, 5 bị cáo; thi hành kỷ luật 12 tổ chức đảng; triệu tập 7 đối tượng.",
	"Buổi gặp có hai hội đoàn, sáu công viên; hai mặt của vấn đề, trong hai buổi sáng, Hai Bà Trưng.",
	"Cự ly 10.000 m, nội dung 400 m tự do, chạy 1.500 m, 4x200 m tiếp sức, 4 x 100 m tiếp sức nữ, 20 km đường.",
	"Khởi tố thêm một vụ án; ghi nhận thêm 3 ca mắc mới và thêm một ca tử vong; hơn 60.000 em so với năm trước.",
}

// FuzzCounts checks the invariants of counts, money and percentages on any
// input: no panic, spans inside the input on rune boundaries holding their
// text, lists sorted by position, values finite, ranges increasing.
func FuzzCounts(f *testing.F) {
	for _, s := range countsSeeds {
		f.Add(s)
	}
	f.Add(strings.Repeat("9", 10000))
	f.Add(strings.Repeat("9", 10000) + " người")
	f.Add(strings.Repeat("1.", 3000) + " người")
	f.Add(strings.Repeat("hơn ", 500) + "5 người")
	ex := extract.New()
	f.Fuzz(func(t *testing.T, src string) {
		r := ex.ExtractString(src)
		checkCountSpans(t, src, r)
	})
}

func checkCountSpans(t *testing.T, src string, r *extract.Result) {
	t.Helper()
	// Rune boundaries as a decoder sees them: invalid bytes count as one
	// rune each.
	boundary := make([]bool, len(src)+1)
	for i := 0; i < len(src); {
		boundary[i] = true
		_, size := utf8.DecodeRuneInString(src[i:])
		i += size
	}
	boundary[len(src)] = true
	check := func(kind string, i int, m extract.Mention, prevStart int, value float64, until *float64) {
		t.Helper()
		if m.Start < 0 || m.End > len(src) || m.Start >= m.End {
			t.Fatalf("%s %d: bad span %d:%d", kind, i, m.Start, m.End)
		}
		if !boundary[m.Start] || !boundary[m.End] {
			t.Errorf("%s %d: span %d:%d not on rune boundaries", kind, i, m.Start, m.End)
		}
		if src[m.Start:m.End] != m.Text {
			t.Errorf("%s %d: text %q, src holds %q", kind, i, m.Text, src[m.Start:m.End])
		}
		if m.Start < prevStart {
			t.Errorf("%s %d: not sorted by position", kind, i)
		}
		if math.IsNaN(value) || math.IsInf(value, 0) || math.Abs(value) >= 1e21 {
			t.Errorf("%s %d: value %v", kind, i, value)
		}
		if until != nil && !(*until > value) {
			t.Errorf("%s %d: range %v to %v", kind, i, value, *until)
		}
	}
	prev := 0
	for i, c := range r.Counts {
		check("count", i, c.Mention, prev, c.Value, c.Until)
		prev = c.Start
		if c.Unit == "" || c.Value < 0 {
			t.Errorf("count %d: %+v", i, c)
		}
	}
	prev = 0
	for i, m := range r.Money {
		check("money", i, m.Mention, prev, m.Value, m.Until)
		prev = m.Start
		if m.Currency == "" {
			t.Errorf("money %d: no currency", i)
		}
	}
	prev = 0
	for i, p := range r.Percents {
		check("percent", i, p.Mention, prev, p.Value, p.Until)
		prev = p.Start
	}
}

// TestCountsLongDigits runs the worst inputs of the fuzz seeds as a plain
// test: a run of 10 000 nines is no number, and nothing overflows.
func TestCountsLongDigits(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("9", 10000),
		strings.Repeat("9", 10000) + " người",
		"Có " + strings.Repeat("9", 10000) + " tỷ đồng và 5 người.",
		strings.Repeat("9 ", 5000) + "người",
	} {
		r := extract.New().ExtractString(src)
		checkCountSpans(t, src, r)
		for _, c := range r.Counts {
			if c.Value > 999 {
				t.Errorf("long digits read as %+v", c)
			}
		}
		if len(r.Money) != 0 {
			t.Errorf("long digits read as money %+v", r.Money)
		}
	}
}
