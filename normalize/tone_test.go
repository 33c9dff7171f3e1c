package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// tonePairs are open syllables with the rhymes oa, oe and uy in
// traditional and modern placement, in lower case. Each tone of each rhyme
// appears at least once; every pair is also tested in Title and UPPER case.
var tonePairs = []struct{ trad, modern string }{
	// oa: huyền, sắc, hỏi, ngã, nặng
	{"hòa", "hoà"},
	{"hóa", "hoá"},
	{"hỏa", "hoả"},
	{"xõa", "xoã"},
	{"họa", "hoạ"},
	{"tòa", "toà"},
	{"khóa", "khoá"},
	{"thỏa", "thoả"},
	{"lõa", "loã"},
	{"đọa", "đoạ"},
	{"nhòa", "nhoà"},
	{"góa", "goá"},
	{"óa", "oá"},
	{"ngọa", "ngoạ"},
	// oe
	{"hòe", "hoè"},
	{"khóe", "khoé"},
	{"khỏe", "khoẻ"},
	{"nhõe", "nhoẽ"},
	{"họe", "hoẹ"},
	{"lòe", "loè"},
	{"xòe", "xoè"},
	{"chóe", "choé"},
	{"ọe", "oẹ"},
	// uy
	{"tùy", "tuỳ"},
	{"thúy", "thuý"},
	{"thủy", "thuỷ"},
	{"lũy", "luỹ"},
	{"tụy", "tuỵ"},
	{"ủy", "uỷ"},
	{"úy", "uý"},
	{"hủy", "huỷ"},
	{"nhụy", "nhuỵ"},
	{"trụy", "truỵ"},
	{"chùy", "chuỳ"},
	{"thùy", "thuỳ"},
	{"lụy", "luỵ"},
	{"dũy", "duỹ"},
}

// mixedCasePairs keep the case of each letter while the mark moves.
var mixedCasePairs = []struct{ trad, modern string }{
	{"HòA", "HoÀ"},
	{"hÒa", "hOà"},
	{"tHủY", "tHuỶ"},
	{"KHỏE", "KHoẺ"},
	{"ủY", "uỶ"},
	{"Ủy", "Uỷ"},
	{"đỌa", "đOạ"},
	{"ĐọA", "ĐoẠ"},
}

// titleCase upper-cases the first rune of s.
func titleCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func TestPlaceTonesPairs(t *testing.T) {
	type pair struct{ trad, modern string }
	var pairs []pair
	for _, p := range tonePairs {
		pairs = append(pairs,
			pair{p.trad, p.modern},
			pair{titleCase(p.trad), titleCase(p.modern)},
			pair{strings.ToUpper(p.trad), strings.ToUpper(p.modern)})
	}
	for _, p := range mixedCasePairs {
		pairs = append(pairs, pair{p.trad, p.modern})
	}
	if len(pairs) < 60 {
		t.Fatalf("only %d pairs", len(pairs))
	}
	for _, p := range pairs {
		t.Run(p.modern+"→"+p.trad, func(t *testing.T) {
			if diff := cmp.Diff(p.trad, PlaceTones(p.modern, Traditional)); diff != "" {
				t.Errorf("PlaceTones(%q, Traditional) (-want +got):\n%s", p.modern, diff)
			}
			if diff := cmp.Diff(p.trad, PlaceTones(p.trad, Traditional)); diff != "" {
				t.Errorf("Traditional not idempotent (-want +got):\n%s", diff)
			}
		})
		t.Run(p.trad+"→"+p.modern, func(t *testing.T) {
			if diff := cmp.Diff(p.modern, PlaceTones(p.trad, Modern)); diff != "" {
				t.Errorf("PlaceTones(%q, Modern) (-want +got):\n%s", p.trad, diff)
			}
			if diff := cmp.Diff(p.modern, PlaceTones(p.modern, Modern)); diff != "" {
				t.Errorf("Modern not idempotent (-want +got):\n%s", diff)
			}
		})
		t.Run(p.trad+"/keep", func(t *testing.T) {
			for _, s := range []string{p.trad, p.modern} {
				if diff := cmp.Diff(s, PlaceTones(s, KeepTone)); diff != "" {
					t.Errorf("PlaceTones(%q, KeepTone) (-want +got):\n%s", s, diff)
				}
			}
		})
		t.Run(p.trad+"/in-text", func(t *testing.T) {
			trad, modern := "(“"+p.trad+"”, "+p.trad+"-"+p.trad+"!)", "(“"+p.modern+"”, "+p.modern+"-"+p.modern+"!)"
			if diff := cmp.Diff(trad, PlaceTones(modern, Traditional)); diff != "" {
				t.Errorf("to Traditional (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(modern, PlaceTones(trad, Modern)); diff != "" {
				t.Errorf("to Modern (-want +got):\n%s", diff)
			}
		})
	}
}

// TestToneTables checks the derived tables against the hand-typed vowels,
// in the tone order grave, acute, hook above, tilde, dot below.
func TestToneTables(t *testing.T) {
	want := map[byte]string{
		'a': "àáảãạ", 'e': "èéẻẽẹ", 'o': "òóỏõọ", 'u': "ùúủũụ", 'y': "ỳýỷỹỵ",
		'A': "ÀÁẢÃẠ", 'E': "ÈÉẺẼẸ", 'O': "ÒÓỎÕỌ", 'U': "ÙÚỦŨỤ", 'Y': "ỲÝỶỸỴ",
	}
	for base, toned := range want {
		t.Run(string(base), func(t *testing.T) {
			var got []rune
			for tone := toneGrave; tone <= toneDot; tone++ {
				got = append(got, withTone[base][tone])
			}
			if diff := cmp.Diff(toned, string(got)); diff != "" {
				t.Errorf("withTone[%q] (-want +got):\n%s", base, diff)
			}
			for i, r := range []rune(toned) {
				if got, want := toneOf(r), (tonedVowel{base, uint8(i) + 1}); got != want {
					t.Errorf("toneOf(%q) = %+v, want %+v", r, got, want)
				}
			}
			if got := toneOf(rune(base)); got != (tonedVowel{base: base}) {
				t.Errorf("toneOf(%q) = %+v", base, got)
			}
		})
	}
	for _, r := range "iìâấăắêếôốơớưứđĐbz " {
		if got := toneOf(r); got.tone != noTone {
			t.Errorf("toneOf(%q) = %+v, want no tone", r, got)
		}
	}
}

// neverChange are syllables whose tone mark never moves, in either
// placement: a final consonant or a third vowel, the qu and gi initials,
// other rhymes, and letter runs that are not Vietnamese syllables.
var neverChange = []string{
	"thuở", "quý", "hoàng", "khuya", "hoạch", "quyết",
	"khuỷu", "ngoài", "xoáy", "quỳ", "quà", "quẻ", "quỷ", "quạ", "quỹ",
	"hoành", "toán", "khoét", "thuyền", "huýt", "tuýp", "ngoẻo", "oái",
	"Nguyễn", "người", "thuộc", "uống", "quyển", "tuổi", "muốn", "hoặc",
	"thuế", "Huế", "khuê", "tỷ", "kỷ", "mỹ", "lý", "hòn", "sóng",
	"gióa", "gioá", "giỏe", "gioẻ", "qùy", "quỳ", "qúy", "quý", // gi and qu in either placement
	"hoàx", "xhòa", "xhoà", "khỏei", "kòa", "koà", "ghòe", "nghoè", // not a Vietnamese initial or rhyme
	"wóa", "woá", "fủy", "fuỷ", "zòe", "zoè", "jóa", "joá", // letters outside the Vietnamese alphabet
	"хòа", "хoà", "αòa", "αoà", "hòaα", "hoàα", // non-Latin letters in the run
	"ho\u0300a", "hòa\u0301", "hoà\u0301", "h\u0301òa", "\u0301hoà", // combining marks
	"hóà", "hòá", "ủý", // a mark on both vowels
	"hòahòa", "hoàhoà", "ThủyHòa", // one run, not a syllable
}

func TestPlaceTonesNeverChange(t *testing.T) {
	for _, w := range neverChange {
		for _, s := range []string{w, titleCase(w), strings.ToUpper(w), "Ông " + w + "."} {
			for _, tone := range []Tone{Traditional, Modern} {
				t.Run(tone.String()+"/"+s, func(t *testing.T) {
					if diff := cmp.Diff(s, PlaceTones(s, tone)); diff != "" {
						t.Errorf("PlaceTones(%q, %v) (-want +got):\n%s", s, tone, diff)
					}
				})
			}
		}
	}
}

// foreignWords are not Vietnamese and hold no tone mark on oa, oe, uy.
var foreignWords = []string{
	"Hoa", "toy", "Yahoo", "quay", "koala", "Joey", "Boeing", "Louis",
	"buy", "guy", "Huy", "Noël", "Zoë", "voilà", "déjà vu", "café",
	"naïve", "Goethe", "Hoang", "Nguyen", "loan", "Joaquín", "Ruy Blas",
	"moai", "Moët", "Chloé", "Zoé", "Éloïse",
}

func TestPlaceTonesForeign(t *testing.T) {
	tests := []string{
		"The Yahoo koala bought a toy in Hoa Binh, quay side.",
		"go test ./... -run 'Tone' -count=1 && echo $HOME/x_oa.go",
		"https://example.com/hoa-binh/oe_uy?q=quy&n=42#toy",
		"func hoa(uy int) { return uy * 0x0E + 1e9 }",
		"2024-03-12 10:45:00 +0700, 1.250.000 đồng, 12%",
		"Москва, Αθήνα, 東京, 서울, ภาษาไทย, עברית, العربية",
		"Noël à Paris, déjà vu, Zoë et Chloé, naïve café",
		"Joaquín, Moët & Chandon, Goethe, Boeing 787, Louis Vuitton",
		"",
		" ",
		"\n\t\r",
	}
	tests = append(tests, foreignWords...)
	for _, s := range tests {
		for _, tone := range []Tone{Traditional, Modern} {
			t.Run(tone.String()+"/"+s, func(t *testing.T) {
				if diff := cmp.Diff(s, PlaceTones(s, tone)); diff != "" {
					t.Errorf("PlaceTones(%q, %v) (-want +got):\n%s", s, tone, diff)
				}
			})
		}
	}
}

var toneSentences = []struct{ trad, modern string }{
	{"Ông Triệu Quý Hòa, Phó Bí thư Thành ủy Nha Trang", "Ông Triệu Quý Hoà, Phó Bí thư Thành uỷ Nha Trang"},
	{"sức khỏe", "sức khoẻ"},
	{"Hóa học", "Hoá học"},
	{"Khánh Hòa", "Khánh Hoà"},
	{"niên khóa", "niên khoá"},
	{"Xuân Thủy", "Xuân Thuỷ"},
	{"Ủy ban nhân dân", "Uỷ ban nhân dân"},
	{"ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ"},
	{"Thượng úy Nguyễn Văn Thủy, Đại đội 2", "Thượng uý Nguyễn Văn Thuỷ, Đại đội 2"},
	{"lũy tre làng, tuyến tụy, họa sĩ, xõa tóc, cô Thúy", "luỹ tre làng, tuyến tuỵ, hoạ sĩ, xoã tóc, cô Thuý"},
	{"Hoàng Quý Hòa khỏe mạnh, quyết tâm hoàn thành kế hoạch", "Hoàng Quý Hoà khoẻ mạnh, quyết tâm hoàn thành kế hoạch"},
	{"khuya thuở ấy, ngoài trời xoáy lốc, khuỷu tay quỳ gối", "khuya thuở ấy, ngoài trời xoáy lốc, khuỷu tay quỳ gối"},
	{"Tòa án nhân dân tối cao; thủy điện Hòa Bình (Hòa Bình)", "Toà án nhân dân tối cao; thuỷ điện Hoà Bình (Hoà Bình)"},
	{"Hóa-Thủy/Lũy...Tụy\n\"Hòa\"", "Hoá-Thuỷ/Luỹ...Tuỵ\n\"Hoà\""},
	{"tùy ý, tòa soạn, hòa bình, đọa đày, góa phụ, lòe loẹt", "tuỳ ý, toà soạn, hoà bình, đoạ đày, goá phụ, loè loẹt"},
	{"Yahoo và koala: không đổi; nhưng hòa thì đổi.", "Yahoo và koala: không đổi; nhưng hoà thì đổi."},
}

func TestPlaceTonesSentences(t *testing.T) {
	for _, tt := range toneSentences {
		t.Run(tt.modern, func(t *testing.T) {
			if diff := cmp.Diff(tt.trad, PlaceTones(tt.modern, Traditional)); diff != "" {
				t.Errorf("to Traditional (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.modern, PlaceTones(tt.trad, Modern)); diff != "" {
				t.Errorf("to Modern (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.trad, PlaceTones(tt.trad, Traditional)); diff != "" {
				t.Errorf("Traditional not idempotent (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.modern, PlaceTones(tt.modern, Modern)); diff != "" {
				t.Errorf("Modern not idempotent (-want +got):\n%s", diff)
			}
		})
	}
}

// A toneWord is a maximal letter run and its byte span.
type toneWord struct {
	text       string
	start, end int
}

func toneWords(s string) []toneWord {
	var words []toneWord
	start := -1
	for i, r := range s + " " {
		if unicode.IsLetter(r) || unicode.Is(unicode.M, r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			words = append(words, toneWord{s[start:i], start, i})
			start = -1
		}
	}
	return words
}

// checkToneOffsets checks that every word of out maps back to its word of
// in, that only changed words have edits, and that they are whole words.
func checkToneOffsets(t *testing.T, in, out string, m offsetMap) {
	t.Helper()
	inWords, outWords := toneWords(in), toneWords(out)
	if len(inWords) != len(outWords) {
		t.Fatalf("%d words in, %d out", len(inWords), len(outWords))
	}
	changed := 0
	for k, w := range outWords {
		iw := inWords[k]
		if s, e := m.start(w.start), m.end(w.end); s != iw.start || e != iw.end {
			t.Errorf("word %q at [%d,%d) maps to [%d,%d) %q, want [%d,%d) %q",
				w.text, w.start, w.end, s, e, in[s:e], iw.start, iw.end, iw.text)
		}
		if w.text != iw.text {
			changed++
			if stripTones(w.text) != stripTones(iw.text) {
				t.Errorf("%q → %q changes more than a tone mark", iw.text, w.text)
			}
		}
	}
	if len(m.edits) != changed {
		t.Errorf("%d edits for %d changed words: %+v", len(m.edits), changed, m.edits)
	}
	for _, e := range m.edits {
		if got := toneWords(out[e.outStart:e.outEnd]); len(got) != 1 || got[0].text != out[e.outStart:e.outEnd] {
			t.Errorf("edit %+v output %q is not one word", e, out[e.outStart:e.outEnd])
		}
		if got := toneWords(in[e.inStart:e.inEnd]); len(got) != 1 || got[0].text != in[e.inStart:e.inEnd] {
			t.Errorf("edit %+v input %q is not one word", e, in[e.inStart:e.inEnd])
		}
	}
}

// stripTones removes the five tone marks from s, leaving letters and
// other marks, in NFC.
func stripTones(s string) string {
	d := []rune(norm.NFD.String(s))
	k := 0
	for _, r := range d {
		switch r {
		case '\u0300', '\u0301', '\u0309', '\u0303', '\u0323':
			continue
		}
		d[k] = r
		k++
	}
	return norm.NFC.String(string(d[:k]))
}

func TestPlaceTonesOffsets(t *testing.T) {
	var trad, modern []string
	for _, tt := range toneSentences {
		trad, modern = append(trad, tt.trad), append(modern, tt.modern)
	}
	tests := []struct {
		name   string
		in     string
		tone   Tone
		want   string
		nEdits int
	}{
		{"to traditional", strings.Join(modern, "\n"), Traditional, strings.Join(trad, "\n"), 35},
		{"to modern", strings.Join(trad, "\n"), Modern, strings.Join(modern, "\n"), 35},
		{"one syllable", "uỷ", Traditional, "ủy", 1},
		{"at the ends", "Hoà Thuỷ", Traditional, "Hòa Thủy", 2},
		{"đ and case", "ĐOẠ đoạ Đoạ", Traditional, "ĐỌA đọa Đọa", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, m, changed := placeTones([]byte(tt.in), tt.tone)
			if !changed {
				t.Fatal("changed = false")
			}
			if diff := cmp.Diff(tt.want, string(out)); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
			if len(m.edits) != tt.nEdits {
				t.Errorf("%d edits, want %d", len(m.edits), tt.nEdits)
			}
			checkToneOffsets(t, tt.in, string(out), m)
		})
	}
}

// toneNewsText is clean NFC news text in traditional placement, with the
// usual share of oa, oe and uy syllables.
const toneNewsText = `Chiều 12/3, tại Trụ sở Thành ủy Nha Trang, ông Triệu Quý Hòa, Phó Bí thư Thành ủy, chủ trì hội nghị sơ kết công tác quý I năm 2024. Theo báo cáo của Ủy ban nhân dân thành phố, tình hình kinh tế - xã hội tiếp tục chuyển biến tích cực; tổng thu ngân sách đạt 1.250 tỷ đồng, tăng 12% so với cùng kỳ.
Ngành y tế tỉnh Khánh Hòa đã tổ chức khám sức khỏe miễn phí cho hơn 3.000 người cao tuổi, đồng thời đẩy mạnh công tác phòng, chống dịch bệnh trong mùa khô. Sở Giáo dục và Đào tạo cho biết niên khóa 2023-2024 có thêm 15 trường học được công nhận đạt chuẩn quốc gia; nhiều học sinh đoạt giải trong kỳ thi chọn học sinh giỏi môn Hóa học, Vật lý và Toán.
Tại cuộc họp, đại diện Bộ Chỉ huy Quân sự tỉnh đề nghị các địa phương phối hợp chặt chẽ trong công tác tuyển quân, bảo đảm an toàn tuyệt đối cho người và phương tiện. Về lĩnh vực thủy sản, sản lượng khai thác đạt hơn 25.000 tấn; nhiều tàu cá vươn khơi bám biển, góp phần bảo vệ chủ quyền biển đảo.
Ông Hòa yêu cầu các sở, ngành tiếp tục cải cách thủ tục hành chính, tháo gỡ khó khăn cho doanh nghiệp, hoàn thành thắng lợi các chỉ tiêu kế hoạch năm. Ông cũng lưu ý việc quản lý chặt chẽ đất đai, tài nguyên, khoáng sản; xử lý nghiêm các trường hợp vi phạm, không để xảy ra khiếu kiện đông người, phức tạp.
Trước đó, Đoàn công tác của Ủy ban Kiểm tra Trung ương đã làm việc với Ban Thường vụ Thành ủy về việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng; đoàn ghi nhận những kết quả đạt được, đồng thời chỉ ra một số hạn chế cần khắc phục trong thời gian tới, như việc phối hợp giữa các cơ quan tham mưu chưa thật sự nhịp nhàng, công tác tự kiểm tra ở một số tổ chức đảng còn hình thức.
Nhà văn Xuân Thủy và họa sĩ Thúy Hằng về thăm lũy tre làng; bệnh viêm tụy, hỏa hoạn, tóc xõa, tùy ý, tòa soạn, khuya khoắt, thuở trước, quyết định, hoạch định.
`

func TestPlaceTonesNoAlloc(t *testing.T) {
	trad := []byte(toneNewsText)
	modern, _, changed := placeTones(trad, Modern)
	if !changed {
		t.Fatal("news text has no syllable to move")
	}
	for _, tt := range []struct {
		name string
		in   []byte
		tone Tone
	}{
		{"traditional", trad, Traditional},
		{"modern", modern, Modern},
		{"keep", modern, KeepTone},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, m, changed := placeTones(tt.in, tt.tone)
			if changed || len(m.edits) != 0 || len(out) != len(tt.in) || &out[0] != &tt.in[0] {
				t.Fatalf("placeTones changed clean text")
			}
			if n := testing.AllocsPerRun(100, func() { placeTones(tt.in, tt.tone) }); n != 0 {
				t.Errorf("placeTones: %v allocs", n)
			}
			s := string(tt.in)
			if n := testing.AllocsPerRun(100, func() { PlaceTones(s, tt.tone) }); n != 0 {
				t.Errorf("PlaceTones: %v allocs", n)
			}
		})
	}
	// The round trip through modern placement restores the text.
	back, m, _ := placeTones(modern, Traditional)
	if diff := cmp.Diff(toneNewsText, string(back)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	checkToneOffsets(t, string(modern), string(back), m)
}

func BenchmarkPlaceTones(b *testing.B) {
	trad := []byte(strings.Repeat(toneNewsText, 2))
	modern, _, _ := placeTones(trad, Modern)
	for _, bb := range []struct {
		name string
		in   []byte
		tone Tone
	}{
		{"traditional/clean", trad, Traditional},
		{"modern/clean", modern, Modern},
		{"traditional/from-modern", modern, Traditional},
		{"modern/from-traditional", trad, Modern},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(bb.in)))
			b.ReportAllocs()
			for b.Loop() {
				placeTones(bb.in, bb.tone)
			}
		})
	}
}

func FuzzPlaceTones(f *testing.F) {
	for _, p := range tonePairs {
		f.Add(p.trad)
		f.Add(strings.ToUpper(p.modern))
	}
	for _, p := range mixedCasePairs {
		f.Add(p.modern)
	}
	for _, tt := range toneSentences {
		f.Add(tt.trad)
		f.Add(tt.modern)
	}
	for _, w := range neverChange {
		f.Add(w)
	}
	f.Add(toneNewsText)
	f.Add("ho\xe0 \xff hoà\xcc")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tone := range []Tone{Traditional, Modern, KeepTone, Tone(-1)} {
			PlaceTones(s, tone) // must not panic, whatever s is
		}
		s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
		for _, tt := range []struct{ tone, other Tone }{{Traditional, Modern}, {Modern, Traditional}} {
			out := PlaceTones(s, tt.tone)
			if !utf8.ValidString(out) {
				t.Fatalf("PlaceTones(%q, %v) = %q, invalid UTF-8", s, tt.tone, out)
			}
			if !norm.NFC.IsNormalString(out) {
				t.Fatalf("PlaceTones(%q, %v) = %q, not NFC", s, tt.tone, out)
			}
			if again := PlaceTones(out, tt.tone); again != out {
				t.Fatalf("PlaceTones(%q, %v) = %q, again %q", s, tt.tone, out, again)
			}
			if back := PlaceTones(PlaceTones(out, tt.other), tt.tone); back != out {
				t.Fatalf("PlaceTones(%q, %v) = %q, through %v and back %q", s, tt.tone, out, tt.other, back)
			}
			if stripTones(out) != stripTones(s) {
				t.Fatalf("PlaceTones(%q, %v) = %q changes more than tone marks", s, tt.tone, out)
			}
			got, m, changed := placeTones([]byte(s), tt.tone)
			if string(got) != out || changed != (out != s) {
				t.Fatalf("placeTones(%q, %v) = %q, %v; PlaceTones = %q", s, tt.tone, got, changed, out)
			}
			// Bytes outside the edits are copied, and each edit maps back
			// to its span of the input.
			prevOut, prevIn := 0, 0
			for _, e := range m.edits {
				if e.outStart-prevOut != e.inStart-prevIn || out[prevOut:e.outStart] != s[prevIn:e.inStart] {
					t.Fatalf("placeTones(%q): copied bytes before edit %+v differ", s, e)
				}
				if m.start(e.outStart) != e.inStart || m.end(e.outEnd) != e.inEnd {
					t.Fatalf("placeTones(%q): edit %+v does not map back", s, e)
				}
				prevOut, prevIn = e.outEnd, e.inEnd
			}
			if out[prevOut:] != s[prevIn:] {
				t.Fatalf("placeTones(%q): copied tail differs", s)
			}
		}
	})
}
