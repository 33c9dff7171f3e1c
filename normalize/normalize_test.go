package normalize

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

var cleanupTests = []struct{ name, in, want string }{
	{"nbsp", "Thành\u00a0ủy TP\u00a0Hồ Chí Minh", "Thành ủy TP Hồ Chí Minh"},
	{"narrow nbsp", "1\u202f200 hộ dân", "1 200 hộ dân"},
	{"em space and thin space", "hội\u2003nghị\u2009tổng kết", "hội nghị tổng kết"},
	{"ideographic space", "Hà\u3000Nội", "Hà Nội"},
	{"zero width space", "Nguyễn\u200b Văn Nên", "Nguyễn Văn Nên"},
	{"zero width inside word", "Thành\u200bphố", "Thànhphố"},
	{"joiners and word joiner", "Đà\u200c\u200dNẵng\u2060", "ĐàNẵng"},
	{"bom at start", "\ufeffChiều 20/1", "Chiều 20/1"},
	{"soft hyphen", "tổng\u00adkết", "tổngkết"},
	{"crlf", "Dòng một\r\nDòng hai\r\n", "Dòng một\nDòng hai\n"},
	{"lone cr", "Dòng một\rDòng hai", "Dòng một\nDòng hai"},
	{"line separator", "một\u2028hai\u2029ba", "một\nhai\nba"},
	{"space runs", "Ban   Tổ  chức", "Ban Tổ chức"},
	{"trailing spaces", "Chi Mai   \nHà Nội \u00a0", "Chi Mai\nHà Nội"},
	{"nbsp only line", "Thy Dương)\n\u00a0\n\nChiều 20/1", "Thy Dương)\n\n\nChiều 20/1"},
	{"leading space kept once", "   Hà Nội", " Hà Nội"},
	{"tab", "Hà\tNội", "Hà Nội"},
	{"nul and controls", "Hà\x00Nội\x07!", "Hà Nội !"},
	{"c1 control", "Hà\u0085Nội", "Hà Nội"},
	{"curly double quotes", "“Phải xử lý nghiêm”", `"Phải xử lý nghiêm"`},
	{"curly single quotes", "‘Đổi mới’ và ’89", "'Đổi mới' và '89"},
	{"low quotes", "„trích dẫn‟", `"trích dẫn"`},
	{"hyphens and minus", "COVID\u201019, \u22123 độ, Xác\u2011cô\u2011di", "COVID-19, -3 độ, Xác-cô-di"},
	{"en dash kept", "giai đoạn 2020 – 2030", "giai đoạn 2020 – 2030"},
	{"em dash kept", "ông Trần Văn A — Chủ tịch", "ông Trần Văn A — Chủ tịch"},
	{"ellipsis kept", "189 trường hợp…Các đơn vị", "189 trường hợp…Các đơn vị"},
	{"eth for dj", "\u00d0ảng bộ và \u00f0ồng chí", "Đảng bộ và đồng chí"},
	{"clean text unchanged", "Chiều 20/1, Ban Tổ chức Thành ủy TP Hồ Chí Minh tổ chức Hội nghị.", "Chiều 20/1, Ban Tổ chức Thành ủy TP Hồ Chí Minh tổ chức Hội nghị."},
	{"empty", "", ""},
}

func TestCleanup(t *testing.T) {
	for _, tt := range cleanupTests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Cleanup(tt.in)); diff != "" {
				t.Errorf("Cleanup(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

var nfcTests = []struct{ name, in, want string }{
	{"nfd", norm.NFD.String("Nguyễn Văn Nên, Đắk Lắk"), "Nguyễn Văn Nên, Đắk Lắk"},
	{"mixed", norm.NFD.String("Thành ủy") + " TP Hồ Chí Minh", "Thành ủy TP Hồ Chí Minh"},
	{"tone before circumflex", "Nguye\u0303\u0302n", "Nguyễn"},
	{"tone before breve", "Đa\u0301\u0306k", "Đắk"},
	{"dot below before horn", "Vie\u0323\u0302t, ngu\u0323\u031bc", "Việt, ngực"},
	{"precomposed tone then circumflex", "Nguy\u1ebd\u0302n", "Nguyễn"},
	{"hook before horn on o", "pho\u0309\u031b", "phở"},
	{"already nfc", "Chiều 20/1", "Chiều 20/1"},
}

func TestNFC(t *testing.T) {
	for _, tt := range nfcTests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, _ := toNFC([]byte(tt.in))
			if diff := cmp.Diff(tt.want, string(out)); diff != "" {
				t.Errorf("toNFC(%+q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

var foldTests = []struct {
	name, in string
	lower    bool
	want     string
}{
	{"name", "Nguyễn Văn Nên", false, "Nguyen Van Nen"},
	{"d with stroke", "Đà Nẵng, đồng chí", false, "Da Nang, dong chi"},
	{"every vowel", "ăâêôơư ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ýỳỷỹỵ", false, "aaeoou aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy"},
	{"upper kept", "THÀNH ỦY", false, "THANH UY"},
	{"lower", "Thành Ủy TP Hồ Chí Minh", true, "thanh uy tp ho chi minh"},
	{"lower d", "ĐẢNG", true, "dang"},
	{"combining marks dropped", "Nguye\u0302\u0303n", false, "Nguyen"},
	{"ascii and punctuation", "COVID-19 và 1.5?", false, "COVID-19 va 1.5?"},
}

func TestFold(t *testing.T) {
	for _, tt := range foldTests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Fold(tt.in, tt.lower)); diff != "" {
				t.Errorf("Fold(%q, %v) mismatch (-want +got):\n%s", tt.in, tt.lower, diff)
			}
		})
	}
}

var normalizeTests = []struct {
	name string
	in   string
	opts []Option
	want string
}{
	{"nfd modern tones crlf", norm.NFD.String("Ông Triệu Quý Hoà,\r\nPhó Bí thư Thành uỷ"), nil, "Ông Triệu Quý Hòa,\nPhó Bí thư Thành ủy"},
	{"to modern", "sức khỏe, Hóa học, Khánh Hòa", []Option{WithTone(Modern)}, "sức khoẻ, Hoá học, Khánh Hoà"},
	{"keep tone", "Khánh Hoà", []Option{WithTone(KeepTone)}, "Khánh Hoà"},
	{"fold", "Thành uỷ\u00a0TP Hồ Chí Minh", []Option{WithFold(false)}, "Thanh uy TP Ho Chi Minh"},
	{"fold lower", "Bí thư Thành ủy", []Option{WithFold(true)}, "bi thu thanh uy"},
	{"invalid utf8", "Hà\xffNội\xc3", nil, "Hà\uFFFDNội\uFFFD"},
	{"nbsp and zwsp", "96\u00a0cán\u200b bộ", nil, "96 cán bộ"},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(tt.opts...).String(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("String(%+q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSpanMapsBack checks that each word of the normalized text maps back
// to original bytes that normalize to the same word.
func TestSpanMapsBack(t *testing.T) {
	inputs := []string{
		norm.NFD.String("Chiều 20/1, Ban Tổ chức Thành uỷ TP Hồ Chí Minh\r\n\u200bđã điều động 96\u00a0cán bộ."),
		"\ufeffĐồng chí Nguyễn Văn Nên.  (Ảnh:\u00a0 (Ảnh: Thy Dương)\r\n\u00a0\r\n“Chiều 20/1”",
		"Hà\xffNội \xc3\xa0 \x00 Khánh Hoà",
	}
	for _, in := range inputs {
		tx := New().Normalize([]byte(in))
		out := tx.Bytes()
		for _, w := range strings.Fields(string(out)) {
			i := strings.Index(string(out), w)
			s, e := tx.Span(i, i+len(w))
			orig := in[s:e]
			if got := String(orig); got != w {
				t.Errorf("word %q maps to %q (%d:%d), which normalizes to %q", w, orig, s, e, got)
			}
		}
	}
}

// TestSpanEdges checks mapping at the edges of deletions and replacements.
func TestSpanEdges(t *testing.T) {
	in := "\u200bab\u00a0\u00a0cd\r\n"
	tx := New().Normalize([]byte(in))
	if got, want := tx.String(), "ab cd\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	for _, c := range []struct{ s, e, ws, we int }{
		{0, 2, 3, 5},   // "ab" skips the deleted ZWSP
		{2, 3, 5, 9},   // the space covers both NBSPs
		{3, 5, 9, 11},  // "cd"
		{5, 6, 11, 13}, // LF covers CRLF
		{0, 6, 3, 13},
	} {
		s, e := tx.Span(c.s, c.e)
		if s != c.ws || e != c.we {
			t.Errorf("Span(%d, %d) = %d, %d; want %d, %d", c.s, c.e, s, e, c.ws, c.we)
		}
	}
}

func TestParseTone(t *testing.T) {
	for _, s := range []string{"traditional", "modern", "keep"} {
		tone, err := ParseTone(s)
		if err != nil || tone.String() != s {
			t.Errorf("ParseTone(%q) = %v, %v", s, tone, err)
		}
	}
	if _, err := ParseTone("new-ish"); err == nil || !strings.HasPrefix(err.Error(), "normalize: ParseTone: ") {
		t.Errorf("ParseTone(bad) error = %v", err)
	}
}

func TestEmptyAndHuge(t *testing.T) {
	if got := String(""); got != "" {
		t.Errorf("String(\"\") = %q", got)
	}
	line := strings.Repeat("Thành uỷ\u00a0", 1<<16) // one long line
	got := String(line)
	if !utf8.ValidString(got) || strings.Contains(got, "uỷ") || strings.Contains(got, "\u00a0") {
		t.Errorf("long line not normalized")
	}
}

// TestSurveyAgrees checks the one-scan survey against the separate checks.
func TestSurveyAgrees(t *testing.T) {
	var inputs []string
	for _, tt := range cleanupTests {
		inputs = append(inputs, tt.in)
	}
	for _, tt := range nfcTests {
		inputs = append(inputs, tt.in)
	}
	inputs = append(inputs, "Hà\xffNội", "a \x00", " \u00a0", "x\u0301 y ")
	for _, in := range inputs {
		sv := surveyText([]byte(in))
		if sv.invalid != !utf8.ValidString(in) {
			t.Errorf("%+q: invalid = %v", in, sv.invalid)
			continue
		}
		if sv.invalid {
			continue
		}
		if want := needsCleanup([]byte(in)); sv.cleanAt != want {
			t.Errorf("%+q: cleanAt = %d, want %d", in, sv.cleanAt, want)
		}
		if want := strings.ContainsAny(in, "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"); want && !sv.marks {
			t.Errorf("%+q: marks not seen", in)
		}
	}
}

// TestFiftyMegabyteLine normalizes one 50 MB line with no line break.
func TestFiftyMegabyteLine(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("50 MB input: not in -short or -race runs")
	}
	unit := "Thành uỷ\u00a0Khánh Hoà\xff "
	line := strings.Repeat(unit, 50<<20/len(unit))
	tx := New().Normalize([]byte(line))
	out := tx.Bytes()
	if !utf8.Valid(out) || bytes.Contains(out, []byte("uỷ")) {
		t.Fatal("not normalized")
	}
	// The last word maps back to the last bytes of the input.
	i := bytes.LastIndex(out, []byte("Hòa"))
	if s, e := tx.Span(i, i+len("Hòa")); line[s:e] != "Hoà" {
		t.Errorf("last word maps to %q", line[s:e])
	}
}

// TestSurveyNFC checks that a survey calls a text NFC only when it is.
func TestSurveyNFC(t *testing.T) {
	for _, in := range []string{
		"Chiều 20/1, Ban Tổ chức Thành ủy TP Hồ Chí Minh", "Đắk Lắk ăâêôơư", "\u1100\u1161", // Hangul jamo compose
		"e\u0301", "\u1ebd\u0302", "\u212b", "a\u1dc0", "Ω", "\u0958", "ᾀ", "\u00c5",
	} {
		sv := surveyText([]byte(in))
		if sv.nfc && !norm.NFC.IsNormalString(in) {
			t.Errorf("%+q: survey says NFC, it is not", in)
		}
	}
	if !surveyText([]byte("Chiều 20/1, Thành ủy Đắk Lắk")).nfc {
		t.Errorf("clean Vietnamese not recognized as NFC")
	}
}
