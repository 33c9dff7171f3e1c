package normalize

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// legacySentences are Vietnamese news sentences that between them use every
// vowel with every tone, đ, and upper case.
var legacySentences = []string{
	"Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn Nên chủ trì hội nghị.",
	"Chiều 20/1, Ban Tổ chức Thành ủy tổ chức Hội nghị công bố quyết định về công tác cán bộ.",
	"Mưa lớn kéo dài khiến hơn 1.200 hộ dân ở Quảng Nam phải sơ tán khẩn cấp.",
	"Tỉnh Đắk Lắk đẩy mạnh xuất khẩu cà phê, hồ tiêu và sầu riêng sang thị trường Trung Quốc.",
	"Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ dự án đường sắt tốc độ cao Bắc - Nam.",
	"Ủy ban nhân dân thành phố Đà Nẵng vừa ban hành kế hoạch phòng chống bão số 3.",
	"Giá xăng dầu giảm nhẹ từ 15 giờ chiều nay, xăng RON 95 còn 21.450 đồng mỗi lít.",
	"ĐỘI TUYỂN VIỆT NAM GIÀNH CHIẾN THẮNG ẤN TƯỢNG, MỞ RA CƠ HỘI ĐI TIẾP Ở VÒNG LOẠI.",
	"Người dân ở huyện Mường Tè, tỉnh Lai Châu, đã được hỗ trợ gạo cứu đói kịp thời.",
	"Ông Trần Quốc Vượng nói: “Chúng tôi sẽ kiên quyết xử lý những sai phạm, không có vùng cấm.”",
	"Học sinh ở Nghệ An, Hà Tĩnh vẫn chẳng nỡ rời trường sau lễ kỷ niệm; lũ quét làm vỡ đê.",
	"Bác sĩ Mỹ hướng dẫn kỹ thuật mổ nội soi, tránh những điều kiêng kỵ, giữ sức khỏe cho bệnh nhân trẻ.",
	"Ẩm thực Ở Ấp Ổn Định Được Ưa Chuộng: Ếch Ỉ Ọp, Ỏ Ọ, Ợt Ủ Ụ, Ỷ Ỹ Ỵ Ỳ Ý, Ặc Ằ Ẳ Ẵ Ắ Ạ, Ẽ Ẻ Ẹ, Ỗ Ổ Ộ, Ỡ Ờ Ở Ớ Ừ Ử Ữ Ứ Ự.",
}

// legacyArticle is a few sentences of news, for detection of longer text.
var legacyArticle = strings.Join(legacySentences[:9], " ")

// --- Encoders, built from the same tables as the decoders. ---

// legacyEncMojibake encodes s as UTF-8 and decodes the bytes as
// Windows-1252 (or Latin-1), optionally turning no-break spaces into spaces.
func legacyEncMojibake(s string, latin1, nbspToSpace bool) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		r := rune(c)
		if 0x80 <= c && c <= 0x9F && !latin1 && mojibakeCP1252[c-0x80] != 0 {
			r = mojibakeCP1252[c-0x80]
		}
		if r == 0xA0 && nbspToSpace {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// legacyEncTCVN3 encodes s in TCVN3 read as Windows-1252. TCVN3 has no
// upper-case toned vowels; they are written in lower case, and want is s
// with the same change.
func legacyEncTCVN3(tb testing.TB, s string) (enc, want string) {
	inv := map[rune]rune{}
	for c, r := range tcvn3Table {
		if r != 0 {
			inv[r] = rune(c)
		}
	}
	var e, w strings.Builder
	for _, r := range s {
		if _, ok := inv[r]; !ok && unicode.IsUpper(r) && r >= 0x80 {
			r = unicode.ToLower(r)
		}
		w.WriteRune(r)
		if c, ok := inv[r]; ok {
			r = c
		} else if _, vowel := lgVowelOf[r]; vowel && r >= 0x80 || r == 'đ' {
			tb.Fatalf("TCVN3 cannot encode %q", r)
		}
		e.WriteRune(r)
	}
	return e.String(), w.String()
}

// legacyEncVNI encodes s in VNI read as Windows-1252.
func legacyEncVNI(s string) string {
	inv := map[rune]string{}
	for p, l := range vniTable.pairs {
		inv[l] = string(p[:])
	}
	for c, l := range vniTable.singles {
		inv[l] = string(c)
	}
	var b strings.Builder
	for _, r := range s {
		if e, ok := inv[r]; ok {
			b.WriteString(e)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// legacyEncVIQR writes s in VIQR, escaping a mnemonic that follows a vowel.
func legacyEncVIQR(s string) string {
	rows := [lgRows]string{"a", "a(", "a^", "e", "e^", "i", "o", "o^", "o+", "u", "u+", "y"}
	const tones = " `?~'."
	var b strings.Builder
	afterVowel := false
	for _, r := range s {
		v, vowel := lgVowelOf[r]
		switch {
		case vowel:
			e := rows[v.row]
			if v.upper {
				e = strings.ToUpper(e[:1]) + e[1:]
			}
			b.WriteString(e)
			if v.tone != lgLevel {
				b.WriteByte(tones[v.tone])
			}
		case r == 'đ':
			b.WriteString("dd")
		case r == 'Đ':
			b.WriteString("DD")
		case afterVowel && r < utf8.RuneSelf && strings.IndexByte(viqrMnemonics, byte(r)) >= 0:
			b.WriteString(`\` + string(r))
		default:
			b.WriteRune(r)
		}
		afterVowel = vowel
	}
	return b.String()
}

// legacyEncode encodes s in enc and returns what decoding should give.
func legacyEncode(tb testing.TB, s string, enc Encoding) (in, want string) {
	switch enc {
	case TCVN3:
		return legacyEncTCVN3(tb, s)
	case VNI:
		return legacyEncVNI(s), s
	case VIQR:
		return legacyEncVIQR(s), s
	}
	return legacyEncMojibake(s, false, false), s
}

// --- Round trips. ---

type legacyCase struct {
	name, in, want string
	enc            Encoding
}

// legacyRoundTrips returns every sentence in every encoding and variant.
func legacyRoundTrips(t *testing.T) []legacyCase {
	var cases []legacyCase
	add := func(name string, enc Encoding, in, want string) {
		cases = append(cases, legacyCase{name, in, want, enc})
	}
	for i, s := range append(legacySentences, legacyArticle) {
		n := itoa(i)
		add("mojibake/cp1252/"+n, Mojibake, legacyEncMojibake(s, false, false), s)
		add("mojibake/latin1/"+n, Mojibake, legacyEncMojibake(s, true, false), s)
		add("mojibake/space/"+n, Mojibake, legacyEncMojibake(s, false, true), s)
		add("mojibake/double/"+n, Mojibake, legacyEncMojibake(legacyEncMojibake(s, false, false), false, false), s)
		for _, enc := range []Encoding{VIQR, TCVN3, VNI} {
			in, want := legacyEncode(t, s, enc)
			add(enc.String()+"/"+n, enc, in, want)
		}
	}
	return cases
}

func TestLegacyRoundTrip(t *testing.T) {
	for _, c := range legacyRoundTrips(t) {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, string(Decode([]byte(c.in), c.enc))); diff != "" {
				t.Errorf("Decode(%q) mismatch (-want +got):\n%s", c.in, diff)
			}
		})
	}
}

func TestDetectEncodingRoundTrip(t *testing.T) {
	for _, c := range legacyRoundTrips(t) {
		t.Run(c.name, func(t *testing.T) {
			if got := DetectEncoding([]byte(c.in)); got != c.enc {
				t.Errorf("DetectEncoding(%q) = %v, want %v", c.in, got, c.enc)
			}
		})
	}
}

// --- Hand-written samples, independent of the tables. ---

var legacyLiterals = []legacyCase{
	// Mojibake, Windows-1252.
	{"mojibake/city", "ThÃ\u00a0nh phá»‘ Há»“ ChÃ\u00ad Minh", "Thành phố Hồ Chí Minh", Mojibake},
	{"mojibake/country", "Viá»‡t Nam", "Việt Nam", Mojibake},
	{"mojibake/danang", "Ä\u0090Ã\u00a0 Náºµng", "Đà Nẵng", Mojibake},
	{"mojibake/support", "ngÆ°á»\u009di dÃ¢n Ä‘Æ°á»£c há»— trá»£", "người dân được hỗ trợ", Mojibake},
	{"mojibake/space", "ThÃ nh phá»‘", "Thành phố", Mojibake},
	{"mojibake/daklak", "Ä\u0090áº¯k Láº¯k", "Đắk Lắk", Mojibake},
	{"mojibake/quotes", "Ã”ng nÃ³i: â€œÄ\u0090Ãºng!â€\u009d", "Ông nói: “Đúng!”", Mojibake},
	{"mojibake/double", "ThÃƒÂ\u00a0nh phÃ¡Â»â€˜", "Thành phố", Mojibake},
	{"mojibake/latin1", "Viá»\u0087t Nam", "Việt Nam", Mojibake},
	{"mojibake/upper-no-space-repair", "NGÃ BA", "NGÃ BA", Mojibake},
	// TCVN3.
	{"tcvn3/city", "Thµnh phè Hå ChÝ Minh", "Thành phố Hồ Chí Minh", TCVN3},
	{"tcvn3/daklak", "§¾k L¾k", "Đắk Lắk", TCVN3},
	{"tcvn3/country", "ViÖt Nam", "Việt Nam", TCVN3},
	{"tcvn3/hanoi", "Hµ Néi", "Hà Nội", TCVN3},
	{"tcvn3/support", "ng\u00adêi d©n ®\u00adîc hç trî", "người dân được hỗ trợ", TCVN3},
	{"tcvn3/politburo", "Bé ChÝnh trÞ", "Bộ Chính trị", TCVN3},
	{"tcvn3/party", "§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam", TCVN3},
	{"tcvn3/name", "¤ng NguyÔn V¨n Nªn", "Ông Nguyễn Văn Nên", TCVN3},
	// VNI.
	{"vni/country", "Vieät Nam", "Việt Nam", VNI},
	{"vni/city", "Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh", VNI},
	{"vni/danang", "Ñaø Naüng", "Đà Nẵng", VNI},
	{"vni/support", "ngöôøi daân ñöôïc hoã trôï", "người dân được hỗ trợ", VNI},
	{"vni/daklak", "Ñaék Laék", "Đắk Lắk", VNI},
	{"vni/assembly", "Quoác hoäi", "Quốc hội", VNI},
	{"vni/province", "tænh Haø Tónh", "tỉnh Hà Tĩnh", VNI},
	{"vni/name", "OÂng Nguyeãn Vaên Neân", "Ông Nguyễn Văn Nên", VNI},
	{"vni/upper", "ÑOÄI TUYEÅN VIEÄT NAM", "ĐỘI TUYỂN VIỆT NAM", VNI},
	{"vni/y", "kyõ thuaät, kieâng kî", "kỹ thuật, kiêng kỵ", VNI},
	// VIQR.
	{"viqr/name", "Nguye^~n Va(n Ne^n", "Nguyễn Văn Nên", VIQR},
	{"viqr/country", "Vie^.t Nam", "Việt Nam", VIQR},
	{"viqr/hanoi", "Ha` No^.i", "Hà Nội", VIQR},
	{"viqr/danang", "DDa` Na(~ng", "Đà Nẵng", VIQR},
	{"viqr/support", "ngu+o+`i da^n ddu+o+.c ho^~ tro+. ga.o", "người dân được hỗ trợ gạo", VIQR},
	{"viqr/toned-question", "Ba.n te^n gi`?", "Bạn tên gì?", VIQR},
	{"viqr/escaped-question", "Anh ddi dda^u\\?", "Anh đi đâu?", VIQR},
	{"viqr/final-question", "Anh ddi dda^u?", "Anh đi đâu?", VIQR},
	{"viqr/sentence", "Ha` No^.i. DDi ho.c\\.", "Hà Nội. Đi học.", VIQR},
	{"viqr/hook-before-space", "ke^'t qua? tha('ng", "kết quả thắng", VIQR},
	{"viqr/upper", "VIE^.T NAM, Tha`nh u?y", "VIỆT NAM, Thành ủy", VIQR},
	{"viqr/horn-star", "tho* ca tru*o*`ng", "thơ ca trường", VIQR},
	{"viqr/tone-first", "a'^", "ấ", VIQR},
	{"viqr/dates", "dd/mm/yyyy 1.5", "dd/mm/yyyy 1.5", VIQR},
}

func TestLegacyLiterals(t *testing.T) {
	for _, c := range legacyLiterals {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, string(Decode([]byte(c.in), c.enc))); diff != "" {
				t.Errorf("Decode(%q, %v) mismatch (-want +got):\n%s", c.in, c.enc, diff)
			}
		})
	}
}

// TestDetectEncodingLiterals checks detection on the hand-written samples
// that are long enough to decide.
func TestDetectEncodingLiterals(t *testing.T) {
	tests := []struct {
		in   string
		want Encoding
	}{
		{"ThÃ\u00a0nh phá»‘ Há»“ ChÃ\u00ad Minh", Mojibake},
		{"ThÃ nh phá»‘", Mojibake},
		{"Viá»‡t Nam", UTF8}, // a single sequence never decides
		{"Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam", Mojibake},
		{"ThÃƒÂ\u00a0nh phÃ¡Â»â€˜", Mojibake},
		{"Thµnh phè Hå ChÝ Minh", TCVN3},
		{"§¶ng Céng s¶n ViÖt Nam", TCVN3},
		{"ng\u00adêi d©n ®\u00adîc hç trî", TCVN3},
		{"ngöôøi daân ñöôïc hoã trôï", VNI},
		{"OÂng Nguyeãn Vaên Neân", VNI},
		{"Nguye^~n Va(n Ne^n", VIQR},
		{"ngu+o+`i da^n ddu+o+.c ho^~ tro+. ga.o", VIQR},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := DetectEncoding([]byte(tt.in)); got != tt.want {
				t.Errorf("DetectEncoding(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// --- Detection must not fire on clean text. ---

var legacyClean = []string{
	"",
	"Hello, world!",
	"1.5?",
	"e.g.",
	"i.e. the U.S. and the U.K.",
	"A+",
	"C++",
	"rock'n'roll",
	"Hello?",
	"U.S.",
	"Who? Me? You're kidding, I'm not O'Brien's friend. Go to the shop, e.g. at 10 a.m. or 5 p.m.",
	":-) ;-) :^) ^_^ (^o^) ^o^ o.O :P <3 xD ¯\\_(ツ)_/¯ (o^_^o)",
	"café naïve Müller",
	"Le café de Noël à Paris est très français, où l'on déjeune à côté du garçon.",
	"Der Müller aus Köln fährt über die Straße zur Größe Bäckerei; Mädchen spielen.",
	"El niño de España comió piña con su señor padre mañana por la mañana.",
	"Søren Kierkegaard, Raphaël, Israël, Gaëlle and Zoë visited Haïti in Août.",
	"Between 5 µm and 10 µm, the µg dose ×2 was 37 °C ± 0.5 — © 2024 ® «quoted» ·",
	"x^2 + e^(i*pi) = a(b+c) - u+v; i++; foo.bar(); data.value = node.js; U+00E0",
	"func main() { fmt.Println(\"a.b?\"); x := a[i]^b; if ok && u.Name != \"\" { return } }",
	`{"url": "https://example.com/a.b?x=1&dd=2", "date": "dd/mm/yyyy", "ddos": true}`,
	"The Ministry of Finance said inflation would ease in the second half, analysts agreed.",
	legacyArticle,
	norm.NFD.String(legacyArticle),
	strings.NewReplacer("òa", "oà", "óa", "oá", "ỏa", "oả", "ủy", "uỷ", "ỏe", "oẻ", "òe", "oè").Replace(legacyArticle),
	strings.ToUpper(legacyArticle),
	strings.Join(legacySentences, "\n"),
	"Giá vàng hôm nay (ngày 20/1) tăng 1.5%? Hà Nội. Đi đâu? Ừ. À, e.g. TP.HCM, Q.1, ThS.BS Nguyễn A.",
	"NGÃ BA HUẾ, NGÃ 3 ĐỒNG LỘC: HOÀNG, TOÀN, HOÃN, KHOÁ, HOÁ, QUÁ",
	"Thành\u00adphố Hồ\u00adChí\u00adMinh «Tôi» © Báo Tuổi Trẻ · 30°C",
	"Tôi là người Việt Nam. Anh có khỏe không? Đi học à? Mẹ ơi, bé đói!",
	"5 µm và 10 µm",
}

func TestDetectEncodingClean(t *testing.T) {
	for _, s := range legacyClean {
		name := s
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			if got := DetectEncoding([]byte(s)); got != UTF8 {
				t.Errorf("DetectEncoding(%q) = %v, want utf-8", s, got)
			}
		})
	}
}

// TestDetectEncodingOneOdd puts one odd token, typical of some legacy
// encoding, into clean text: it must not change the verdict.
func TestDetectEncodingOneOdd(t *testing.T) {
	odd := []string{"µ", "Thµnh", "§¾k", "Ã©", "á»‘", "ThÃ nh", "aø", "Thaønh", "ñi", "e^", "Vie^.t", "dda^u", "Ã", "»", "¸"}
	for _, text := range append([]string{legacyArticle, norm.NFD.String(legacyArticle)}, legacySentences...) {
		words := strings.Fields(text)
		for _, o := range odd {
			for _, at := range []int{0, len(words) / 2, len(words)} {
				w := append(append(append([]string{}, words[:at]...), o), words[at:]...)
				s := strings.Join(w, " ")
				if got := DetectEncoding([]byte(s)); got != UTF8 {
					t.Errorf("DetectEncoding(%.60q...) with %q = %v, want utf-8", s, o, got)
				}
			}
		}
	}
}

// TestDetectEncodingRandomSyllables checks that random clean Vietnamese,
// in NFC and NFD, with both tone placements and any case, is never taken
// for a legacy encoding. Half the texts use only vowels that Latin-1 has,
// so that no letter betrays Unicode.
func TestDetectEncodingRandomSyllables(t *testing.T) {
	onsets := strings.Fields("_ b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x")
	nuclei := strings.Fields("a e ê i o ô ơ u ư y oa oe uê uy ă â iê yê uô ươ uyê oă uâ " +
		"ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oay uây uôi ươi ươu uya")
	codas := strings.Fields("_ _ _ c ch m n ng nh p t")
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(l []string) string { return strings.Trim(l[rng.IntN(len(l))], "_") }
	latin1Only := func(s string) bool {
		for _, r := range s {
			if r >= 0x100 {
				return false
			}
		}
		return true
	}
	for n := 0; n < 2000; n++ {
		var words []string
		for len(words) < 1+n%40 {
			w := legacyRandomSyllable(rng, pick(onsets), pick(nuclei), pick(codas))
			if w == "" || n%2 == 1 && !latin1Only(w) {
				continue
			}
			words = append(words, w)
		}
		s := strings.Join(words, " ") + ".?"[n%2:n%2+1]
		for _, form := range []string{s, norm.NFD.String(s), PlaceTones(s, Modern)} {
			if got := DetectEncoding([]byte(form)); got != UTF8 {
				t.Fatalf("DetectEncoding(%q) = %v, want utf-8", form, got)
			}
		}
	}
}

// legacyRandomSyllable builds a syllable with a random tone on the main
// vowel and random case, or "" if the parts do not fit.
func legacyRandomSyllable(rng *rand.Rand, onset, nucleus, coda string) string {
	stop := strings.Contains("c ch p t", coda) && coda != ""
	tone := rng.IntN(lgTones)
	if stop {
		tone = []int{lgAcute, lgDot}[rng.IntN(2)]
	}
	rs := []rune(nucleus)
	main := 0
	if len(rs) > 1 && (coda != "" || strings.Contains("iê yê uô ươ uyê oă uâ oa oe uê uy", nucleus)) {
		main = len(rs) - 1
	}
	if len(rs) == 3 {
		main = 1 + strings.Count(nucleus, "uyê")
	}
	v := lgVowelOf[rs[main]]
	rs[main] = lgVowelRune(int(v.row), tone, false)
	w := onset + string(rs) + coda
	if !lgSyllable([]rune(w)) {
		return ""
	}
	switch rng.IntN(4) {
	case 0:
		w = strings.ToUpper(w)
	case 1:
		r := []rune(w)
		w = strings.ToUpper(string(r[:1])) + string(r[1:])
	}
	return w
}

func TestDetectEncodingNoAlloc(t *testing.T) {
	for _, s := range []string{legacyArticle, "e.g. U.S. O'Brien x^2 e^(a) µm ©", legacyEncVNI(legacyArticle)} {
		b := []byte(s)
		if n := testing.AllocsPerRun(10, func() { DetectEncoding(b) }); n != 0 {
			t.Errorf("DetectEncoding(%.30q...) allocates %v times", s, n)
		}
	}
}

// --- Offsets. ---

// TestLegacyOffsets checks that every output rune maps to the exact input
// runes it came from: the spans of consecutive runes tile the input, and
// each span decoded on its own gives the rune. (A letter is appended to
// the span so that rules about the end of the text do not apply.)
func TestLegacyOffsets(t *testing.T) {
	cases := append(legacyRoundTrips(t), legacyLiterals...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := []byte(c.in)
			out, m := decodeLegacy(in, c.enc)
			prevEnd := 0
			for s := 0; s < len(out); {
				_, n := utf8.DecodeRune(out[s:])
				is, ie := m.start(s), m.end(s+n)
				if is != prevEnd {
					t.Fatalf("rune at %d: span [%d,%d) does not start at %d", s, is, ie, prevEnd)
				}
				got := string(Decode(append(in[is:ie:ie], 'a'), c.enc))
				if want := string(out[s:s+n]) + "a"; got != want {
					t.Fatalf("rune %q at %d: span %q decodes to %q", out[s:s+n], s, in[is:ie], got)
				}
				prevEnd, s = ie, s+n
			}
			if prevEnd != len(in) {
				t.Fatalf("spans end at %d, input has %d bytes", prevEnd, len(in))
			}
		})
	}
}

// legacyCheckMap checks that m is a valid map from out to in: edits in
// order, inside both texts, and the bytes between them copied.
func legacyCheckMap(t *testing.T, in, out []byte, m offsetMap) {
	t.Helper()
	o, i := 0, 0
	for _, e := range m.edits {
		if e.outStart < o || e.inStart < i || e.outEnd < e.outStart || e.inEnd < e.inStart ||
			e.outEnd > len(out) || e.inEnd > len(in) || e.outStart-o != e.inStart-i {
			t.Fatalf("bad edit %+v after out %d in %d (len %d, %d)", e, o, i, len(out), len(in))
		}
		if string(out[o:e.outStart]) != string(in[i:e.inStart]) {
			t.Fatalf("copied bytes differ: %q vs %q", out[o:e.outStart], in[i:e.inStart])
		}
		o, i = e.outEnd, e.inEnd
	}
	if string(out[o:]) != string(in[i:]) {
		t.Fatalf("copied tail differs: %q vs %q", out[o:], in[i:])
	}
}

func TestLegacyMaps(t *testing.T) {
	for _, c := range append(legacyRoundTrips(t), legacyLiterals...) {
		t.Run(c.name, func(t *testing.T) {
			out, m := decodeLegacy([]byte(c.in), c.enc)
			legacyCheckMap(t, []byte(c.in), out, m)
		})
	}
}

// --- Names. ---

func TestEncodingNames(t *testing.T) {
	for _, e := range []Encoding{UTF8, Mojibake, VIQR, TCVN3, VNI} {
		got, err := ParseEncoding(strings.ToUpper(e.String()))
		if err != nil || got != e {
			t.Errorf("ParseEncoding(%q) = %v, %v; want %v", e.String(), got, err, e)
		}
	}
	if got := Encoding(9).String(); got != "Encoding(9)" {
		t.Errorf("Encoding(9).String() = %q", got)
	}
	_, err := ParseEncoding("koi8-r")
	var e *Error
	if !errors.As(err, &e) || e.Op != "ParseEncoding" || !strings.Contains(err.Error(), `"koi8-r"`) {
		t.Errorf("ParseEncoding(koi8-r) error = %v, want *Error naming the input", err)
	}
}

func TestDecodeCopies(t *testing.T) {
	in := []byte("Việt Nam")
	for _, enc := range []Encoding{UTF8, Mojibake, VIQR, TCVN3, VNI, Encoding(42)} {
		out := Decode(in, enc)
		if string(out) != string(in) {
			t.Errorf("Decode(%q, %v) = %q", in, enc, out)
		}
		if len(out) > 0 && &out[0] == &in[0] {
			t.Errorf("Decode(_, %v) returned its input", enc)
		}
	}
}

// --- Fuzzing. ---

func legacySeeds(f *testing.F) []string {
	seeds := append([]string{}, legacyClean...)
	for _, c := range legacyLiterals {
		seeds = append(seeds, c.in)
	}
	for _, s := range legacySentences[:3] {
		seeds = append(seeds, legacyEncMojibake(s, false, true), legacyEncVNI(s), legacyEncVIQR(s))
	}
	return append(seeds, "Ã", "á»", "Ã ", "\\", "dd", "a^", "\u00c3\u0080", "ð\u009f\u0098\u0080")
}

func FuzzDecode(f *testing.F) {
	for i, s := range legacySeeds(f) {
		f.Add(s, uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, e uint8) {
		if !utf8.ValidString(s) {
			return
		}
		in := []byte(s)
		out, m := decodeLegacy(in, Encoding(e%6))
		if !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 from %q: %q", s, out)
		}
		legacyCheckMap(t, in, out, m)
	})
}

func FuzzDetect(f *testing.F) {
	for _, s := range legacySeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		enc := DetectEncoding([]byte(s))
		if enc < UTF8 || enc > VNI {
			t.Fatalf("DetectEncoding(%q) = %v", s, enc)
		}
		if out := Decode([]byte(s), enc); !utf8.Valid(out) {
			t.Fatalf("Decode(%q, %v) is not valid UTF-8", s, enc)
		}
	})
}

// --- Benchmarks. ---

// legacyBenchText returns about 4 KB of clean Vietnamese news text.
func legacyBenchText() []byte {
	var b strings.Builder
	for b.Len() < 4096 {
		b.WriteString(legacyArticle)
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}

func BenchmarkDetectEncoding(b *testing.B) {
	text := legacyBenchText()
	for _, bc := range []struct {
		name string
		text []byte
	}{
		{"clean", text},
		{"clean-nfd", []byte(norm.NFD.String(string(text)))},
		{"vni", []byte(legacyEncVNI(string(text)))},
		{"mojibake", []byte(legacyEncMojibake(string(text), false, false))},
		{"viqr", []byte(legacyEncVIQR(string(text)))},
		{"odd", []byte("e.g. O'Brien µm © " + string(text))},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				DetectEncoding(bc.text)
			}
		})
	}
}

func BenchmarkDecode(b *testing.B) {
	text := string(legacyBenchText())
	for _, enc := range []Encoding{Mojibake, VIQR, TCVN3, VNI} {
		in, _ := legacyEncode(b, text, enc)
		b.Run(enc.String(), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				Decode([]byte(in), enc)
			}
		})
	}
}
