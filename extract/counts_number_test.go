package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnextract/vnextract/normalize"
)

// cntNumberInputs are texts to read numbers in at every token: the table
// cases of readNumber, Duckling's corpus and the test articles.
func cntNumberInputs(t testing.TB) []string {
	var in []string
	for _, c := range numCases {
		in = append(in, c.in)
	}
	for _, c := range numDucklingCases {
		in = append(in, c.in)
	}
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, normalize.String(string(b)))
	}
	return append(in,
		"3 năm, 1.200 người, 100k, 2k5, 5tr5, 1 200 000,5 đồng, dăm ba người, một vài hộ, âm 3 độ",
		"hai trăm ba mươi tư nghìn, mười lăm, hăm lăm, một nghìn không trăm linh một, trăm rưỡi")
}

// cntCheckTokNumber fails t unless readTokNumber and tokDigitRunLen read
// the tokens of text (looked up in the vocabulary) at every position as
// readNumber and numDigitRunLen read them as numToks.
func cntCheckTokNumber(t *testing.T, text string) {
	t.Helper()
	toks := tokenizeInto(nil, text)
	nt := make([]numTok, len(toks))
	for i, tk := range toks {
		nt[i] = numTok{Text: tk.lower, Space: tk.space}
	}
	for i := range toks {
		n, c := readNumber(nt[i:])
		n2, c2 := readTokNumber(toks[i:])
		if diff := cmp.Diff(numResult{n, c}, numResult{n2, c2}); diff != "" {
			t.Fatalf("%q at token %d (%q): readTokNumber differs from readNumber (-want +got):\n%s", text, i, toks[i].text, diff)
		}
		if r, r2 := numDigitRunLen(nt[i:]), tokDigitRunLen(toks[i:]); r != r2 {
			t.Fatalf("%q at token %d: tokDigitRunLen = %d, numDigitRunLen = %d", text, i, r2, r)
		}
	}
}

// TestReadTokNumber checks the number reader on document tokens (its fast
// paths and vocabulary entries) against readNumber on numToks.
func TestReadTokNumber(t *testing.T) {
	for _, text := range cntNumberInputs(t) {
		cntCheckTokNumber(t, text)
		cntCheckTokNumber(t, strings.ToUpper(text))
	}
}

// FuzzReadTokNumber is TestReadTokNumber on any text.
func FuzzReadTokNumber(f *testing.F) {
	for _, s := range cntNumberInputs(f) {
		if len(s) < 200 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		cntCheckTokNumber(t, normalize.String(s))
	})
}

// TestReadTokNumberWords checks the number reader on document tokens
// against readNumber on every sequence of up to three number words (and a
// few other tokens after the first), where its shortcuts for words (plain
// units, words that start no number) must not differ.
func TestReadTokNumberWords(t *testing.T) {
	words := []string{"1", "200", "người", ","}
	for w := range numWords {
		words = append(words, w)
	}
	for first, seconds := range numPhrases {
		for second := range seconds {
			words = append(words, first+" "+second)
		}
	}
	for _, a := range words {
		for _, b := range words {
			cntCheckTokNumber(t, a+" "+b)
			for _, c := range words {
				cntCheckTokNumber(t, a+" "+b+" "+c)
			}
		}
	}
}
