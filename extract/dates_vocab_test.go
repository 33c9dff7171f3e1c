package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDateStartFilter checks that the scanner's cheap tests (maybeStart,
// skipNonStarts) skip no token where a date starts: at every token they
// skip, parseExpr fails. It scans the test articles, the date tests and
// random mixtures of their words.
func TestDateStartFilter(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, tt := range dateTests {
		texts = append(texts, tt.text)
	}
	for _, tt := range notDateTests {
		texts = append(texts, tt.text)
	}
	var words []string
	for _, x := range texts {
		words = append(words, strings.Fields(x)...)
	}
	words = append(words, strings.Fields("ngày tháng năm quý từ đến ( ) / - – , : . 20/1 15/11 2021 "+
		"hôm qua nay sáng thứ Hai tuần trước vừa âm lịch Tết rằm mùng 1 12 30 14h30 giờ cùng đầu cuối "+
		"nửa hai ba IV Giáp Thìn cách đây số Quyết định 15/2020 (1975 - 2025) giai đoạn và 2022")...)
	r := rand.New(rand.NewSource(1))
	for range 3000 {
		texts = append(texts, dateWordSoup(r, words, 5+r.Intn(30)))
	}
	// Dense mixtures of the words the parsers know, and the date tests
	// with a few tokens changed.
	known := dateKnownWords()
	for range 20000 {
		texts = append(texts, dateWordSoup(r, known, 2+r.Intn(10)))
	}
	var bases []string
	for _, tt := range dateTests {
		bases = append(bases, tt.text)
	}
	for _, tt := range notDateTests {
		bases = append(bases, tt.text)
	}
	for range 20 {
		for _, b := range bases {
			texts = append(texts, mutateTokens(r, b, known))
		}
	}
	// Every token of the date tests replaced in turn by each word or
	// punctuation the parsers test after a number or before a date.
	subst := append(strings.Fields("/ - – — . , : ( ) % h g giờ phút tháng quý ngày tuần năm và tết"), wordsAfterNum...)
	for w := range dateLex.cue {
		subst = append(subst, w)
	}
	for w := range dateLex.numWord {
		subst = append(subst, w)
	}
	bases = append(bases, "hai quý đầu năm 2023", "vào 21, 26/3", "lúc 14g30 ngày 5/9", "sáu tháng cuối năm",
		"ba tuần trước", "mùng 3 Tết", "30 Tết", "Chủ nhật tuần trước", "thượng tuần tháng 6", "cùng ngày",
		"(1975 - 2025)", "năm 2021, 2022 và 2023", "tầm nhìn 2045", "giai đoạn 2021 – 2025", "20.1.2021",
		"7 – 8/7", "17/01/2023 09:12", "8 giờ rưỡi tối ngày 24/7", "Tết Nguyên đán Giáp Thìn 2024")
	for _, b := range bases {
		if strings.Contains(b, " và ") {
			bases = append(bases, strings.ReplaceAll(b, " và ", ", "))
		}
		if strings.Contains(b, "ngày ") {
			bases = append(bases, strings.ReplaceAll(b, "ngày ", "vào "))
		}
	}
	for _, b := range bases {
		toks := tokenize(b)
		for k := range toks {
			if !nearNumber(toks, k) {
				continue
			}
			for _, w := range subst {
				texts = append(texts, b[:toks[k].start]+w+b[toks[k].end:])
			}
		}
	}
	for _, ref := range []bool{false, true} {

		var opts []Option
		if ref {
			opts = append(opts, WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, vietnam)))
		}
		e := New(opts...)
		for _, text := range texts {
			checkStartFilter(t, e, text)
		}
	}
}

// checkStartFilter scans text as run does, trying parseExpr at every
// token the cheap tests skip.
func checkStartFilter(t *testing.T, e *Extractor, text string) {
	t.Helper()
	d := e.newDoc([]byte(text))
	defer d.release()
	if !d.hasRef {
		headerReference(d)
	}
	s := newDateScanner(d)
	defer s.release()
	var x dexpr
	for i := 0; i < len(s.toks); {
		if d.isTaken(i) {
			i++
			continue
		}
		may := s.maybeStart(i)
		if skipNonStarts(s.toks, i) != i && may {
			t.Fatalf("skipNonStarts skips %q, a possible start, in %q", s.toks[i].text, text)
		}
		if !may {
			if s.parseExpr(i, &x) {
				t.Fatalf("a date starts at %q (token %d), which maybeStart rejects, in %q", s.toks[i].text, i, text)
			}
			i++
			continue
		}
		if !s.parseExpr(i, &s.x) {
			i++
			continue
		}
		s.emit(&s.x)
		i = s.x.end
	}
}

// dateWordSoup returns n words drawn from words, each after a space or,
// one time in four, none.
func dateWordSoup(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for j := range n {
		if j > 0 && r.Intn(4) > 0 {
			b.WriteByte(' ')
		}
		w := words[r.Intn(len(words))]
		if r.Intn(5) == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}

// dateKnownWords returns the words of the date lexicons and the words,
// numbers and punctuation the parsers test.
func dateKnownWords() []string {
	l := dateLex
	var ws []string
	for _, t := range l.tables() {
		for _, ps := range t {
			for _, p := range ps {
				ws = append(ws, p.words...)
			}
		}
	}
	for _, m := range []map[string]int{l.roman, l.stem, l.branch, l.numWord} {
		for w := range m {
			ws = append(ws, w)
		}
	}
	for w := range l.cue {
		ws = append(ws, w)
	}
	for w := range l.ordinal {
		ws = append(ws, w)
	}
	ws = append(ws, dateStartWords...)
	ws = append(ws, wordsAfterNum...)
	ws = append(ws, strings.Fields("1 2 3 4 7 8 9 10 12 13 15 20 21 24 25 29 30 31 45 59 60 99 100 000 "+
		"2020 2021 2024 2025 1945 1975 12345 h g p phút giờ rưỡi / / - - – — . . , , : : ( ( ) ) % + ' | "+
		"gmt utc âm lịch vừa qua rồi tới sắp đến cho nay hiện tại trở lại đây hồi tính hết đó trước sau "+
		"lúc vào từ và hoặc thứ nhất mỗi các những phục thu")...)
	return ws
}

// mutateTokens returns text with one to three of its tokens replaced,
// deleted, doubled or glued to the one before, or a known word inserted.
func mutateTokens(r *rand.Rand, text string, known []string) string {
	type tok struct {
		text  string
		space bool
	}
	var toks []tok
	for _, t := range tokenize(text) {
		toks = append(toks, tok{t.text, t.space})
	}
	if len(toks) == 0 {
		return text
	}
	for range 1 + r.Intn(3) {
		k := r.Intn(len(toks))
		w := known[r.Intn(len(known))]
		switch r.Intn(5) {
		case 0:
			toks[k].text = w
		case 1:
			toks = append(toks[:k], toks[k+1:]...)
		case 2:
			toks = append(toks[:k+1], toks[k:]...)
		case 3:
			toks[k].space = !toks[k].space
		default:
			toks = append(toks[:k], append([]tok{{w, r.Intn(3) > 0}}, toks[k:]...)...)
		}
		if len(toks) == 0 {
			return ""
		}
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// nearNumber reports whether a number is among the tokens k-2 to k+1.
func nearNumber(toks []token, k int) bool {
	for j := max(k-2, 0); j <= k+1 && j < len(toks); j++ {
		if toks[j].kind == tokNum {
			return true
		}
	}
	return false
}

// TestStartNeeds checks the table of what start words need after them:
// its words are start words, and the words of needWord are listed.
func TestStartNeeds(t *testing.T) {
	for w, n := range startNeeds {
		if !slices.Contains(dateStartWords, w) {
			t.Errorf("startNeeds: %q is not in dateStartWords", w)
		}
		if (n == needWord) != (len(needWords[w]) > 0) {
			t.Errorf("startNeeds: %q needs %d but has needWords %q", w, n, needWords[w])
		}
	}
	// The words a need accepts start dates; others do not.
	e := New(WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, vietnam)))
	for _, tt := range []struct {
		text string
		may  bool
	}{
		{"từ ngày 5/9", true}, {"từ 20 đến 25/12", true}, {"từ thứ Hai", true}, {"từ đó", false},
		{"năm 2020", true}, {"năm Giáp Thìn", true}, {"năm người", false}, {"năm tháng đầu năm", true},
		{"quý IV", true}, {"quý 3", true}, {"quý khách", false}, {"tháng 7", true}, {"tháng này", true},
		{"ngày mùng 3", true}, {"ngày thứ Hai", true}, {"ngày hội", false}, {"hôm thứ Sáu", true},
		{"tuần qua", true}, {"tuần lễ", false}, {"cách đây", true}, {"cách làm", false},
		{"tầm nhìn", true}, {"tầm cao", false}, {"nửa đầu", true}, {"nửa giờ", false}, {"Tết Giáp", true},
	} {
		d := e.newDoc([]byte(tt.text))
		s := newDateScanner(d)
		if got := s.maybeStart(0); got != tt.may {
			t.Errorf("maybeStart(%q) = %v, want %v", tt.text, got, tt.may)
		}
		s.release()
		d.release()
	}
}
