package normalize

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// surveyCorpus returns every test text of the package: the inputs of the
// table tests, the legacy sentences in every encoding, and the articles
// under testdata (normalize and extract).
func surveyCorpus(t testing.TB) []string {
	t.Helper()
	var texts []string
	for _, tt := range cleanupTests {
		texts = append(texts, tt.in, tt.want)
	}
	for _, tt := range nfcTests {
		texts = append(texts, tt.in, tt.want)
	}
	for _, tt := range normalizeTests {
		texts = append(texts, tt.in, tt.want)
	}
	for _, tt := range foldTests {
		texts = append(texts, tt.in)
	}
	for _, p := range append(append([]struct{ trad, modern string }{}, tonePairs...), toneSentences...) {
		texts = append(texts, p.trad, p.modern)
	}
	texts = append(texts, neverChange...)
	texts = append(texts, foreignWords...)
	texts = append(texts, legacyClean...)
	for _, c := range legacyLiterals {
		texts = append(texts, c.in, c.want)
	}
	for _, s := range append(legacySentences, legacyArticle) {
		for _, enc := range []Encoding{Mojibake, VIQR, TCVN3, VNI} {
			in, _ := legacyEncode(t, s, enc)
			texts = append(texts, in)
		}
		texts = append(texts, legacyEncMojibake(s, true, false), legacyEncMojibake(s, false, true))
	}
	for _, pattern := range []string{"../testdata/normalize/*.txt", "../testdata/extract/*.txt"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	return texts
}

// surveyPieces are what surveyMutate inserts: every kind of byte or rune
// the survey treats apart, and pieces of each legacy encoding.
var surveyPieces = []string{
	" ", "  ", "\n", "\r\n", "\r", "\t", "\x00", "\x7f", " \n", "\u00a0", "\u00ad", "\u0080", "\u009f",
	"Ð", "ð", "\u0301", "\u0302", "\u0323", "\u034f", "\u1680", "\u2003", "\u200b", "\u2028", "\ufeff",
	"\u2019", "\u201c", "\u2010", "\u2212", "–", "—", "…", "€", "™", "Œ", "Š", "ƒ", "ˆ", "˜", "Ÿ",
	"Ã", "á»", "Ã\u00a0", "â€œ", "Ä‘", "Æ°", "Â", "ô", "µ", "¸", "§", "©", "®", "°", "·", "×", "æ", "Æ",
	"ø", "û", "õ", "ù", "ï", "à", "á", "ã", "â", "ê", "é", "ë", "ö", "Ö", "î", "ñ", "Ñ", "aø", "oà", "oá",
	"Oø", "ôø", "ôù", "Ôõ", "öù", "^", ".", "?", "'", "`", "~", "(", "+", "*", "\\", "\\.", "dd", "Dd", "DD", "d", "D",
	"dda", "a", "e", "o", "u", "y", "a^", "o+", "e^.", "u?", "ế", "Ω", "\u212b", "\u1100\u1161", "ᾀ",
	"😀", "\U0001F600", "\xff", "\xc3", "\xe1\xbb", "\xe1", "\xcc", "\xed\xa0\x80", "\xf4\x90\x80\x80",
}

// surveyMutate returns s with a few random edits: pieces inserted at
// random bytes (which may split a rune), ranges deleted, bytes replaced.
func surveyMutate(rng *rand.Rand, s string) string {
	b := []byte(s)
	for range 1 + rng.IntN(4) {
		i := 0
		if len(b) > 0 {
			i = rng.IntN(len(b) + 1)
		}
		switch op := rng.IntN(8); {
		case op < 5 || len(b) == 0:
			p := surveyPieces[rng.IntN(len(surveyPieces))]
			b = append(b[:i:i], append([]byte(p), b[i:]...)...)
		case op < 7:
			j := min(len(b), i+1+rng.IntN(8))
			b = append(b[:i:i], b[j:]...)
		default:
			if i == len(b) {
				i--
			}
			b[i] = byte(rng.IntN(256))
		}
	}
	return string(b)
}

// normalizeRef is Normalize as it was before the survey took over the fast
// pass of DetectEncoding: surveyTextRef, then DetectEncoding on its own.
func normalizeRef(n *Normalizer, src []byte) *Text {
	t := &Text{src: src, out: src}
	sv := surveyTextRef(t.out)
	if sv.invalid {
		t.apply(fixUTF8)
		sv = surveyTextRef(t.out)
	}
	if n.legacy {
		if enc := DetectEncoding(t.out); enc != UTF8 {
			t.enc = enc
			t.applyMap(decodeLegacy(t.out, enc))
			sv = surveyTextRef(t.out)
		}
	}
	t.apply(func(in []byte) ([]byte, offsetMap, bool) { return cleanupFrom(in, sv.cleanAt) })
	if !sv.nfc {
		t.apply(func(in []byte) ([]byte, offsetMap, bool) { return toNFCMarks(in, sv.marks) })
	}
	if n.tone != KeepTone {
		tone := n.tone
		t.apply(func(in []byte) ([]byte, offsetMap, bool) { return placeTones(in, tone) })
	}
	if n.fold {
		lower := n.lower
		t.apply(func(in []byte) ([]byte, offsetMap, bool) { return fold(in, lower) })
	}
	return t
}

// checkSurvey compares surveyText on in with its references: surveyTextRef
// for every field but legacy, lgCandidates for legacy (on valid UTF-8,
// the only text DetectEncoding is asked about; on invalid UTF-8 only the
// field invalid is specified), and Normalize, with a few option sets, with
// normalizeRef.
func checkSurvey(t *testing.T, in string) {
	t.Helper()
	got := surveyText([]byte(in))
	want := surveyTextRef([]byte(in))
	if utf8.ValidString(in) {
		want.legacy = lgCandidates([]byte(in))
	} else {
		// Only invalid counts: Normalize repairs the text and looks again.
		got, want = survey{invalid: got.invalid}, survey{invalid: want.invalid}
	}
	if got != want {
		t.Fatalf("surveyText(%+q)\n = %+v\nwant %+v", in, got, want)
	}
	for _, n := range []*Normalizer{New(), New(WithTone(Modern)), New(WithLegacy(false), WithFold(true))} {
		got, want := n.Normalize([]byte(in)), normalizeRef(n, []byte(in))
		if sameText(got, want) {
			continue
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(Text{}, offsetMap{}, edit{})); diff != "" {
			t.Fatalf("Normalize(%+q) with %+v differs from the reference (-want +got):\n%s", in, *n, diff)
		}
	}
}

// sameText reports whether a and b hold the same output, encoding and
// maps (cmp.Diff says how they differ, but is slow on long texts).
func sameText(a, b *Text) bool {
	return bytes.Equal(a.out, b.out) && a.enc == b.enc && reflect.DeepEqual(a.maps, b.maps)
}

// TestSurveyReference checks the one-scan survey, with its legacy mask,
// and Normalize against the reference versions on every test text of the
// package and on random mutations of them.
func TestSurveyReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	mutations := 30
	if testing.Short() {
		mutations = 3
	}
	for _, s := range surveyCorpus(t) {
		checkSurvey(t, s)
		for range mutations {
			checkSurvey(t, surveyMutate(rng, s))
		}
	}
	for _, p := range surveyPieces {
		for _, q := range surveyPieces {
			checkSurvey(t, p+q)
			checkSurvey(t, "Hà "+p+q+" xyz.")
		}
	}
}

// checkSurveyOnly is checkSurvey without Normalize, for the exhaustive
// tests.
func checkSurveyOnly(t *testing.T, in string) {
	t.Helper()
	got, want := surveyText([]byte(in)), surveyTextRef([]byte(in))
	want.legacy = lgCandidates([]byte(in))
	if got != want {
		t.Fatalf("surveyText(%+q)\n = %+v\nwant %+v", in, got, want)
	}
}

// TestSurveyEveryRune checks the survey against its references on every
// rune it reads from surveyFlags, the punctuation block and the
// Windows-1252 characters, after each kind of rune that the legacy checks
// look back at, inside a text (where the main loop reads it) and at its
// end (where survey.step does).
func TestSurveyEveryRune(t *testing.T) {
	var runes []rune
	for r := rune(0x80); r < 0x800; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x1000); r < 0x2070; r++ {
		runes = append(runes, r)
	}
	for _, r := range mojibakeCP1252 {
		if r >= 0x800 {
			runes = append(runes, r)
		}
	}
	befores := []string{"", "x", "a", "o", "O", "y", "u", "e", " ", "d", "ô", "Ô", "ö", "Ö", "Ã", "Â", "á", "Ä", "ð", "đ", "ư", "ệ", "–", "\u0301"}
	afters := []string{"", "x", " ", "\n", "µ"}
	if testing.Short() {
		befores, afters = befores[:4], afters[:2]
	}
	for _, r := range runes {
		for _, b := range befores {
			for _, a := range afters {
				checkSurveyOnly(t, b+string(r)+a)
				checkSurveyOnly(t, "Thành "+b+string(r)+a+" phố.")
			}
		}
	}
}

// TestSurveyEveryASCIIPair checks the survey against its references on
// every pair of ASCII bytes, alone and inside a text.
func TestSurveyEveryASCIIPair(t *testing.T) {
	for c := range utf8.RuneSelf {
		for d := range utf8.RuneSelf {
			pair := string([]byte{byte(c), byte(d)})
			checkSurveyOnly(t, pair)
			checkSurveyOnly(t, "ab "+pair+"a "+pair+"d ")
			checkSurveyOnly(t, "ươ"+pair+"ươ")
		}
	}
}

// TestSurveyLegacyNotEmpty makes sure the corpus exercises the legacy
// mask: every candidate bit is raised by some text, and clean articles
// raise none.
func TestSurveyLegacyNotEmpty(t *testing.T) {
	var all uint8
	for _, s := range surveyCorpus(t) {
		all |= surveyText([]byte(s)).legacy
	}
	if want := uint8(lgCandMojibake | lgCandVIQR | lgCandTCVN3 | lgCandVNI); all != want {
		t.Errorf("candidate bits raised by the corpus = %04b, want %04b", all, want)
	}
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := surveyText(data).legacy; m != 0 {
			t.Errorf("%s: legacy candidates %04b in a clean article", f, m)
		}
	}
}

// FuzzSurvey checks surveyText and Normalize against their references on
// any input.
func FuzzSurvey(f *testing.F) {
	for _, s := range surveyCorpus(f) {
		if len(s) < 2000 {
			f.Add(s)
		}
	}
	for _, p := range surveyPieces {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, in string) { checkSurvey(t, strings.Clone(in)) })
}

// TestSurveyToneAt checks the survey's answer for the tone step on a few
// texts: the first vowel of the first modern oa, oe or uy, and -1 where
// the Traditional placement moves nothing (qu, gi, closed syllables,
// traditional forms).
func TestSurveyToneAt(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", -1},
		{"hòa thuận, khỏe, thủy", -1},
		{"quá, quý, hoàng, khuya, ngoài, toàn", -1},
		{"hoà", 1},
		{"Thành uỷ", 7},
		{"Hòa và HOÀ", 10},
		{"toàn hoạt động, khoẻ", 24},
		{"xyz oà", 4},
	}
	for _, tt := range tests {
		if got := surveyText([]byte(tt.in)).toneAt; got != tt.want {
			t.Errorf("surveyText(%q).toneAt = %d, want %d", tt.in, got, tt.want)
		}
		if got := refToneAt([]byte(tt.in)); got != tt.want {
			t.Errorf("refToneAt(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
