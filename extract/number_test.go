package extract

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// numTestToks splits s the way the package tokenizer does (digit runs,
// letter runs, single other runes; Space when whitespace precedes) and
// lower-cases the tokens.
func numTestToks(s string) []numTok {
	var toks []numTok
	space := true
	isLetter := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		j := i + size
		switch {
		case '0' <= r && r <= '9':
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
		case isLetter(r):
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !isLetter(r) {
					break
				}
				j += size
			}
		}
		toks = append(toks, numTok{Text: strings.ToLower(s[i:j]), Space: space})
		space = false
		i = j
	}
	return toks
}

// numResult is what readNumber returns, for comparing.
type numResult struct {
	N        number
	Consumed int
}

// numDigits, numInWords and numApprox build expected results.
func numDigits(v float64, c int) numResult  { return numResult{number{Value: v}, c} }
func numInWords(v float64, c int) numResult { return numResult{number{Value: v, Words: true}, c} }
func numApprox(v float64, c int) numResult {
	return numResult{number{Value: v, Words: true, Approx: true}, c}
}

// numNo is the result for text that does not start with a number.
var numNo = numResult{}

// numCases are the table cases of TestReadNumber.
var numCases = []struct {
	in   string
	want numResult
}{
	// Plain digits.
	{"0", numDigits(0, 1)},
	{"1", numDigits(1, 1)},
	{"33", numDigits(33, 1)},
	{"100", numDigits(100, 1)},
	{"100000", numDigits(100000, 1)},
	{"1200000", numDigits(1200000, 1)},
	{"007", numDigits(7, 1)},
	{"9007199254740993", numDigits(9007199254740992, 1)},
	{"123456789012345678", numDigits(123456789012345678, 1)},
	// Vietnamese dots and commas.
	{"1.234.567", numDigits(1234567, 5)},
	{"100.000", numDigits(100000, 3)},
	{"100.000 đồng", numDigits(100000, 3)},
	{"123.456.789.012.345.678", numDigits(123456789012345678, 11)},
	{"3,5", numDigits(3.5, 3)},
	{"1,1", numDigits(1.1, 3)},
	{"12,6", numDigits(12.6, 3)},
	{"1.234,5", numDigits(1234.5, 5)},
	{"1.234.567,89", numDigits(1234567.89, 7)},
	{"1,200", numDigits(1.2, 3)},
	{"0,000", numDigits(0, 3)},
	// A single dot that groups no thousands is a decimal point.
	{"1.5", numDigits(1.5, 3)},
	{"1.10", numDigits(1.1, 3)},
	{"01.10", numDigits(1.1, 3)},
	{"0.77", numDigits(0.77, 3)},
	{"0.500", numDigits(0.5, 3)},
	{"1234.567", numDigits(1234.567, 3)},
	// English thousands.
	{"100,000", numDigits(100000, 3)},
	{"1,200,000", numDigits(1200000, 5)},
	{"3,000,000", numDigits(3000000, 5)},
	{"1,234.5", numDigits(1234.5, 5)},
	{"1,234,567.25", numDigits(1234567.25, 7)},
	// Spaces.
	{"1 200", numDigits(1200, 2)},
	{"1 200 000", numDigits(1200000, 3)},
	{"1 200 000,5", numDigits(1200000.5, 5)},
	{"12 34", numDigits(12, 1)},
	{"1234 567", numDigits(1234, 1)},
	{"012 345", numDigits(12, 1)},
	{"1 200.5", numDigits(1, 1)},
	{"1.234 567", numDigits(1234, 3)},
	// Trailing and spaced marks are not consumed.
	{"1.", numDigits(1, 1)},
	{"12, 5", numDigits(12, 1)},
	{"12 ,5", numDigits(12, 1)},
	{"12,", numDigits(12, 1)},
	{"3 . 5", numDigits(3, 1)},
	// Malformed runs and overflow.
	{"1.2.3", numNo},
	{"15.3.2020", numNo},
	{"1,2,3", numNo},
	{"192.168.1.1", numNo},
	{"1.234.56", numNo},
	{"1,234,56", numNo},
	{"1.234,567.8", numNo},
	{"1234567890123456789", numNo},
	{"123.456.789.012.345.678.901", numNo},
	{"1 234 567 890 123 456 789", numNo},
	{strings.Repeat("9", 10000), numNo},
	// Dashes are no sign.
	{"-5", numNo},
	{"-1200000", numNo},
	{"- 1,200,000", numNo},
	// Abbreviations attached to digits.
	{"100k", numDigits(100000, 2)},
	{"100K", numDigits(100000, 2)},
	{"3000k", numDigits(3000000, 2)},
	{"1200k", numDigits(1200000, 2)},
	{"2k5", numDigits(2500, 3)},
	{"2,5k", numDigits(2500, 4)},
	{"10tr", numDigits(10000000, 2)},
	{"5tr5", numDigits(5500000, 3)},
	{"100 k", numDigits(100, 1)},
	{"5km", numDigits(5, 1)},
	// Digits with magnitude words.
	{"5 nghìn", numInWords(5000, 2)},
	{"25 nghìn", numInWords(25000, 2)},
	{"25 ngàn", numInWords(25000, 2)},
	{"3,5 triệu", numInWords(3500000, 4)},
	{"1,2 triệu", numInWords(1200000, 4)},
	{"1 tỷ 200 triệu", numInWords(1200000000, 4)},
	{"233 nghìn tỷ", numInWords(233e12, 3)},
	{"2 tỉ", numInWords(2e9, 2)},
	{"1.000 tỷ", numInWords(1e12, 4)},
	{"5 trăm", numInWords(500, 2)},
	{"5 trăm nghìn", numInWords(500000, 3)},
	{"2 chục", numInWords(20, 2)},
	{"1 vạn", numInWords(10000, 2)},
	{"3 triệu rưỡi", numInWords(3500000, 3)},
	{"1 nghìn 5 trăm", numInWords(1500, 4)},
	{"1 tỷ 2 triệu 300 nghìn", numInWords(1002300000, 6)},
	{"1 triệu 200", numInWords(1000000, 2)},
	{"1 triệu 2 triệu", numInWords(1000000, 2)},
	{"1 tỷ 1.500 triệu", numInWords(1e9, 2)},
	{"1 tỷ 2,5 triệu", numInWords(1e9, 2)},
	{"10 triệu một tháng", numInWords(10000000, 2)},
	{"20 triệu ba mẹ", numInWords(20000000, 2)},
	// Words.
	{"không", numInWords(0, 1)},
	{"một", numInWords(1, 1)},
	{"hai", numInWords(2, 1)},
	{"ba", numInWords(3, 1)},
	{"năm", numInWords(5, 1)},
	{"bẩy", numInWords(7, 1)},
	{"mười", numInWords(10, 1)},
	{"mười hai", numInWords(12, 2)},
	{"mười bốn", numInWords(14, 2)},
	{"mười lăm", numInWords(15, 2)},
	{"mười nhăm", numInWords(15, 2)},
	{"mười tám", numInWords(18, 2)},
	{"mười năm", numInWords(10, 1)},
	{"hai mươi", numInWords(20, 2)},
	{"hai mươi lăm", numInWords(25, 3)},
	{"hai mươi nhăm", numInWords(25, 3)},
	{"hai mươi mốt", numInWords(21, 3)},
	{"hai mươi một", numInWords(21, 3)},
	{"hai mươi tư", numInWords(24, 3)},
	{"bốn mươi tư", numInWords(44, 3)},
	{"năm mươi", numInWords(50, 2)},
	{"hai mươi năm", numInWords(20, 2)},
	{"một mươi", numInWords(1, 1)},
	{"hăm lăm", numInWords(25, 2)},
	{"băm sáu", numInWords(36, 2)},
	{"hai chục", numInWords(20, 2)},
	{"hai chục rưỡi", numInWords(25, 3)},
	{"một trăm", numInWords(100, 2)},
	{"một trăm lẻ năm", numInWords(105, 4)},
	{"một trăm linh tư", numInWords(104, 4)},
	{"một trăm mười lăm", numInWords(115, 4)},
	{"hai trăm ba mươi", numInWords(230, 4)},
	{"chín trăm chín mươi chín", numInWords(999, 5)},
	{"ba nghìn", numInWords(3000, 2)},
	{"năm nghìn", numInWords(5000, 2)},
	{"hai trăm nghìn", numInWords(200000, 3)},
	{"mười vạn", numInWords(100000, 2)},
	{"một triệu", numInWords(1e6, 2)},
	{"một tỷ", numInWords(1e9, 2)},
	{"ba mươi nghìn tỷ", numInWords(30e12, 4)},
	{"một nghìn không trăm linh một", numInWords(1001, 6)},
	{"hai nghìn không trăm mười lăm", numInWords(2015, 6)},
	{"hai mươi mốt nghìn không trăm mười một", numInWords(21011, 8)},
	{"bảy trăm hai mươi mốt nghìn không trăm mười hai", numInWords(721012, 10)},
	{"hai triệu năm trăm nghìn", numInWords(2500000, 5)},
	{"một triệu năm nghìn", numInWords(1005000, 4)},
	{"hai nghìn tỷ ba trăm tỷ", numInWords(2.3e12, 6)},
	{"một tỷ 200 triệu", numInWords(1.2e9, 4)},
	// Half and spoken ellipsis.
	{"hai triệu rưỡi", numInWords(2500000, 3)},
	{"hai triệu rưởi", numInWords(2500000, 3)},
	{"trăm rưỡi", numInWords(150, 2)},
	{"một trăm rưởi", numInWords(150, 3)},
	{"nghìn rưỡi", numInWords(1500, 2)},
	{"một triệu hai", numInWords(1200000, 3)},
	{"một triệu mốt", numInWords(1100000, 3)},
	{"trăm hai", numInWords(120, 2)},
	{"hai trăm tư", numInWords(240, 3)},
	{"một nghìn tư", numInWords(1400, 3)},
	{"hai trăm ba nghìn", numInWords(230000, 4)},
	{"một trăm năm", numInWords(100, 2)},
	{"một trăm một", numInWords(100, 2)},
	{"một nghìn năm", numInWords(1000, 2)},
	{"một nghìn không", numInWords(1000, 2)},
	{"một triệu một tháng", numInWords(1e6, 2)},
	// Bare magnitudes.
	{"nghìn lẻ một", numInWords(1001, 3)},
	{"triệu người", numInWords(1e6, 1)},
	{"tỉ", numInWords(1e9, 1)},
	{"trăm năm", numInWords(100, 1)},
	// Approximate counts.
	{"hàng trăm", numApprox(100, 2)},
	{"hàng nghìn", numApprox(1000, 2)},
	{"hàng ngàn", numApprox(1000, 2)},
	{"hàng chục", numApprox(10, 2)},
	{"hàng triệu", numApprox(1e6, 2)},
	{"hàng chục nghìn", numApprox(10000, 3)},
	{"hàng trăm năm", numApprox(100, 2)},
	{"cả trăm", numApprox(100, 2)},
	{"vài", numApprox(2, 1)},
	{"một vài", numApprox(2, 2)},
	{"vài chục", numApprox(20, 2)},
	{"vài trăm", numApprox(200, 2)},
	{"vài nghìn", numApprox(2000, 2)},
	{"vài chục nghìn", numApprox(20000, 3)},
	{"vài mươi", numApprox(20, 2)},
	{"mấy chục", numApprox(20, 2)},
	{"mấy trăm nghìn", numApprox(200000, 3)},
	{"mấy triệu", numApprox(2e6, 2)},
	{"dăm", numApprox(5, 1)},
	{"dăm ba", numApprox(3, 2)},
	{"dăm bảy", numApprox(5, 2)},
	{"dăm chục", numApprox(50, 2)},
	{"dăm ba chục", numApprox(30, 3)},
	{"mười mấy", numApprox(10, 2)},
	{"mười mấy triệu", numApprox(1e7, 3)},
	{"hai mươi mấy", numApprox(20, 3)},
	{"trăm mấy", numApprox(100, 2)},
	{"hai trăm mấy nghìn", numApprox(200000, 4)},
	{"hai nghìn mấy", numApprox(2000, 3)},
	{"chục", numApprox(10, 1)},
	{"chục rưỡi", numApprox(15, 2)},
	{"mươi", numApprox(10, 1)},
	// Negative numbers.
	{"âm 3", numDigits(-3, 2)},
	{"âm 1,200,000", numDigits(-1200000, 6)},
	{"âm 3,5 độ", numDigits(-3.5, 4)},
	{"âm hai", numInWords(-2, 2)},
	{"âm", numNo},
	{"âm nhạc", numNo},
	{"âm âm 3", numNo},
	// Not numbers.
	{"", numNo},
	{"số", numNo},
	{"thứ", numNo},
	{"COVID", numNo},
	{"covid-19", numNo},
	{".", numNo},
	{",5", numNo},
	{"tư", numNo},
	{"mốt", numNo},
	{"lăm", numNo},
	{"mấy", numNo},
	{"lẻ", numNo},
	{"linh", numNo},
	{"rưỡi", numNo},
	{"hàng", numNo},
	{"hàng hoá", numNo},
	{"hăm", numNo},
	{"băm nhỏ", numNo},
	{"k", numNo},
	{"tr", numNo},
	// The reader stops at the first word that is no part of the number.
	{"hai ba người", numInWords(2, 1)},
	{"ba người", numInWords(3, 1)},
	{"12 người", numDigits(12, 1)},
	{"năm 2020", numInWords(5, 1)},
}

// TestReadNumber runs readNumber on the table cases.
func TestReadNumber(t *testing.T) {
	for _, c := range numCases {
		t.Run(c.in, func(t *testing.T) {
			n, consumed := readNumber(numTestToks(c.in))
			if diff := cmp.Diff(c.want, numResult{n, consumed}); diff != "" {
				t.Errorf("readNumber(%q) mismatch (-want +got):\n%s", c.in, diff)
			}
		})
	}
}

// numDucklingCases is Duckling's Vietnamese numeral corpus
// (Duckling/Numeral/VI/Corpus.hs): each form with its value, and whether
// readNumber reads it whole.
var numDucklingCases = []struct {
	in        string
	value     float64
	supported bool
}{
	{"0", 0, true},
	{"không", 0, true},
	{"1", 1, true},
	{"một", 1, true},
	{"2", 2, true},
	{"hai", 2, true},
	{"33", 33, true},
	{"ba mươi ba", 33, true},
	{"14", 14, true},
	{"mười bốn", 14, true},
	{"16", 16, true},
	{"mười sáu", 16, true},
	{"17", 17, true},
	{"mười bảy", 17, true},
	{"18", 18, true},
	{"mười tám", 18, true},
	{"100", 100, true},
	{"tră", 100, false}, // a typo in the corpus
	{"1.1", 1.1, true},
	{"1.10", 1.1, true},
	{"01.10", 1.1, true},
	{"0.77", 0.77, true},
	{".77", 0.77, false}, // no leading digit
	{"100,000", 100000, true},
	{"100000", 100000, true},
	{"100K", 100000, true},
	{"100k", 100000, true},
	{"3M", 3000000, false}, // "m" is metres in Vietnamese text
	{"3000K", 3000000, true},
	{"3000000", 3000000, true},
	{"3,000,000", 3000000, true},
	{"1,200,000", 1200000, true},
	{"1200000", 1200000, true},
	{"1.2M", 1200000, false},
	{"1200K", 1200000, true},
	{".0012G", 1200000, false},
	{"- 1,200,000", -1200000, false}, // a dash is a range, not a sign
	{"-1200000", -1200000, false},
	{"âm 1,200,000", -1200000, true},
	{"-1.2M", -1200000, false},
	{"-1200K", -1200000, false},
	{"-.0012G", -1200000, false},
	{"5 nghìn", 5000, true},
	{"năm nghìn", 5000, true},
	{"hai trăm nghìn", 200000, true},
	{"một tỷ", 1000000000, true},
	{"hai mươi mốt nghìn không trăm mười một", 21011, true},
	{"bảy trăm hai mươi mốt nghìn không trăm mười hai", 721012, true},
}

// TestReadNumberDuckling checks readNumber against Duckling's corpus: the
// supported forms are read whole with Duckling's value, the others are not
// read whole.
func TestReadNumberDuckling(t *testing.T) {
	for _, c := range numDucklingCases {
		t.Run(c.in, func(t *testing.T) {
			toks := numTestToks(c.in)
			n, consumed := readNumber(toks)
			if !c.supported {
				if consumed == len(toks) {
					t.Errorf("readNumber(%q) = %+v, %d: read whole, but listed as unsupported", c.in, n, consumed)
				}
				return
			}
			if diff := cmp.Diff(numResult{number{Value: c.value}, len(toks)}, numResult{number{Value: n.Value}, consumed}); diff != "" {
				t.Errorf("readNumber(%q) mismatch (-want +got):\n%s", c.in, diff)
			}
		})
	}
}

// TestIsAmbiguousNumberWord checks the words that need context.
func TestIsAmbiguousNumberWord(t *testing.T) {
	for w, want := range map[string]bool{
		"năm": true, "tư": true, "ba": true, "mốt": true, "không": true,
		"hai": false, "mười": false, "triệu": false, "người": false, "": false,
	} {
		if got := isAmbiguousNumberWord(w); got != want {
			t.Errorf("isAmbiguousNumberWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNumberDigitRunLen checks the extent of digit runs.
func TestNumberDigitRunLen(t *testing.T) {
	for in, want := range map[string]int{
		"":            0,
		"số":          0,
		"12":          1,
		"1.":          1,
		"1.234.567":   5,
		"192.168.1.1": 7,
		"1 200":       1,
		"3,5 triệu":   3,
		"12, 5":       1,
	} {
		if got := numDigitRunLen(numTestToks(in)); got != want {
			t.Errorf("numDigitRunLen(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestNumberWordsData checks the embedded word list: NFC, lower case, and
// loaded.
func TestNumberWordsData(t *testing.T) {
	for ln, line := range strings.Split(numWordsData, "\n") {
		if !norm.NFC.IsNormalString(line) {
			t.Errorf("numwords.txt:%d is not NFC: %q", ln+1, line)
		}
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		if f := strings.Fields(line); len(f) > 0 && strings.ToLower(f[0]) != f[0] {
			t.Errorf("numwords.txt:%d: word not lower case: %q", ln+1, f[0])
		}
	}
	for _, w := range []string{"không", "một", "mươi", "trăm", "nghìn", "tỷ", "lẻ", "rưỡi", "vài", "hàng", "âm", "k"} {
		if numLookup(w) == &numNone {
			t.Errorf("word %q not loaded", w)
		}
	}
}

// TestParseNumberWordsErrors checks that malformed word lists are refused.
func TestParseNumberWordsErrors(t *testing.T) {
	for _, data := range []string{
		"hai",
		"hai digit",
		"hai digit 2",
		"hai digit x alone",
		"hai digit 12 alone",
		"hai digit 2 nowhere",
		"hai digit 2 alone\nhai digit 2 alone",
		"nghìn magnitude",
		"nghìn magnitude 3 4",
		"mười ten\nmười ten",
		"mười ten 1",
		"vài few 2 sometimes",
		"vài few 0",
		"hai+ few 2",
		"a+b+c few 2",
		"một+vài digit 1 alone",
		"x unknown",
	} {
		if _, _, err := parseNumWords(data); err == nil {
			t.Errorf("parseNumWords(%q): no error", data)
		}
	}
	if _, _, err := parseNumWords("# comment only\n\nhai digit 2 alone # two\n"); err != nil {
		t.Errorf("parseNumWords: %v", err)
	}
}

// numLookahead bounds how many tokens past the end of a number readNumber
// may look at: the longest is a run of spaced groups that is given up
// for its first group ("1 200 000 … .5").
const numLookahead = 2*numMaxDigits + 4

// numCheckBounded fails t unless readNumber reads toks the same when they
// are cut numLookahead tokens after the number (or at the start, when it
// reads none), and consumes at most 64 tokens: so readNumber does bounded
// work per call, and scanning a text with it is linear.
func numCheckBounded(t *testing.T, toks []numTok) {
	t.Helper()
	n, consumed := readNumber(toks)
	if consumed > 64 {
		t.Fatalf("readNumber(%v) consumed %d tokens", toks[:min(len(toks), 80)], consumed)
	}
	cut := toks[:min(len(toks), consumed+numLookahead)]
	if n2, consumed2 := readNumber(cut); n2 != n || consumed2 != consumed {
		t.Fatalf("readNumber(%v) looks past %d tokens after the number (-whole +cut):\n%s",
			cut, numLookahead, cmp.Diff(numResult{n, consumed}, numResult{n2, consumed2}))
	}
}

// TestReadNumberLinear scans long adversarial inputs the way a caller
// does, calling readNumber at every token, and checks that each call looks
// at a bounded number of tokens. The wall-clock limit only catches hangs.
func TestReadNumberLinear(t *testing.T) {
	const n = 10000
	inputs := map[string]string{
		"digits":          strings.Repeat("9", 100*n),
		"dots":            strings.Repeat("1.", n) + "1",
		"commas":          strings.Repeat("111,", n) + "1",
		"spaces":          strings.Repeat("111 ", n),
		"spaces then dot": strings.Repeat("111 ", 17) + "1.5",
		"words":           strings.Repeat("một ", n),
		"magnitudes":      strings.Repeat("nghìn ", n),
		"chain":           strings.Repeat("hai trăm nghìn ", n),
		"hundreds":        strings.Repeat("trăm ", n),
		"approx":          strings.Repeat("hàng chục ", n),
		"signs":           strings.Repeat("âm ", n),
		"mixed":           strings.Repeat("1 tỷ 200 triệu hai mươi mốt nghìn rưỡi ", n/8),
		"long numbers":    strings.Repeat("hai mươi mốt nghìn không trăm mười một ", n/8),
		"descending":      strings.Repeat("trăm nghìn tỷ triệu vạn nghìn trăm chục mười một ", n/8),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			toks := numTestToks(in)
			start := time.Now()
			for i := range toks {
				numCheckBounded(t, toks[i:])
			}
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("scanning %d tokens took %v", len(toks), d)
			}
		})
	}
}

// FuzzReadNumber checks that readNumber never panics, consumes no more than
// it is given, returns nothing when it consumes nothing, looks a bounded
// number of tokens ahead (so scanning is linear), returns a finite value,
// and reads its own consumed prefix the same way.
func FuzzReadNumber(f *testing.F) {
	for _, c := range numCases {
		if len(c.in) < 100 {
			f.Add(c.in)
		}
	}
	for _, c := range numDucklingCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := numTestToks(s)
		n, consumed := readNumber(toks)
		if consumed < 0 || consumed > len(toks) {
			t.Fatalf("readNumber(%q) consumed %d of %d tokens", s, consumed, len(toks))
		}
		if consumed == 0 {
			if n != (number{}) {
				t.Fatalf("readNumber(%q) = %+v with nothing consumed", s, n)
			}
			return
		}
		numCheckBounded(t, toks)
		if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
			t.Fatalf("readNumber(%q) = %v", s, n.Value)
		}
		n2, consumed2 := readNumber(toks[:consumed])
		if diff := cmp.Diff(numResult{n, consumed}, numResult{n2, consumed2}); diff != "" {
			t.Fatalf("readNumber(%q) differs on its consumed prefix (-whole +prefix):\n%s", s, diff)
		}
	})
}

// BenchmarkReadNumber reads a mix of digit, word and approximate numbers.
func BenchmarkReadNumber(b *testing.B) {
	var inputs [][]numTok
	for _, s := range []string{
		"1.234.567 người", "3,5 triệu đồng", "1 tỷ 200 triệu", "hai mươi mốt nghìn không trăm mười một",
		"hàng trăm người", "vài chục", "số", "192.168.1.1", "âm 3", "mười lăm",
	} {
		inputs = append(inputs, numTestToks(s))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, toks := range inputs {
			readNumber(toks)
		}
	}
}
