package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/vnextract/vnextract/normalize"
)

// refTokenize is the first, plain tokenizer, kept as the reference that
// TestTokenizeMatchesReference compares the fast one with.
func refTokenize(toks []token, text string) []token {
	low := refLowerText(text)
	if toks == nil {
		toks = make([]token, 0, len(text)/4)
	}
	space, newline := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch c {
		case ' ', '\t':
			space = true
			i++
			continue
		case '\n', '\r':
			space, newline = true, true
			i++
			continue
		}
		t := token{start: i, space: space, newline: newline}
		space, newline = false, false
		switch {
		case '0' <= c && c <= '9':
			j := i + 1
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				j++
			}
			t.kind, t.end = tokNum, j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			t.kind, t.end = tokPunct, i+1
		case c < utf8.RuneSelf:
			t.kind, t.end = tokWord, refWordEnd(text, i)
			t.upper = 'A' <= c && c <= 'Z'
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) {
				if unicode.IsSpace(r) {
					// A line break before the space still counts (the
					// first tokenizer forgot it here; normalized text
					// has no such spaces).
					space, newline = true, t.newline
					i += size
					continue
				}
				t.kind, t.end = tokPunct, i+size
				break
			}
			t.kind, t.end = tokWord, refWordEnd(text, i)
			t.upper = unicode.IsUpper(r)
		}
		t.text = text[t.start:t.end]
		t.lower = low[t.start:t.end]
		switch {
		case t.kind == tokNum:
			t.wf = vfDigits
		case t.text == "(":
			t.wf = vfParen
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

// wordEnd returns the end of the run of letters starting at i.
func refWordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			return i
		}
		i += size
	}
	return i
}

// lowerText returns text in lower case with every rune's byte length kept
// (a rune whose lower case has another length, such as U+0130, stays as
// it is), so offsets into text are offsets into the result. Vietnamese
// letters all keep their length. It returns text itself when it has no
// upper case.
func refLowerText(text string) string {
	var b []byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(text)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		if c == 0xc3 && i+1 < len(text) { // U+00C0–U+00DE → U+00E0–U+00FE
			if d := text[i+1]; d >= 0x80 && d <= 0x9e && d != 0x97 {
				if b == nil {
					b = []byte(text)
				}
				b[i+1] = d + 0x20
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= 0x1ea0 && r <= 0x1ef9 { // Vietnamese letters: upper case even
			if r&1 == 0 {
				if b == nil {
					b = []byte(text)
				}
				b[i+2]++
			}
			i += size
			continue
		}
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			if b == nil {
				b = []byte(text)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	if b == nil {
		return text
	}
	return unsafe.String(&b[0], len(b)) // b is never written again
}

// TestTokenizeMatchesReference compares the tokenizer with refTokenize on
// every test article and on random strings of the runes where the fast
// paths branch.
func TestTokenizeMatchesReference(t *testing.T) {
	var texts []string
	for _, pat := range []string{"../testdata/*/*.txt", "../testdata/*/*/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, normalize.String(string(b)), string(b))
		}
	}
	alphabet := []rune("aZ09 \t\r\n.,/-'ÀÖ×ØÞßàö÷øÿĀİıĸĹŉŊŸſƠơƯưǄǅǆȀɏ̀́ͅΑΩωЀЯяԱ\u200b\u00a0\u2003–—…ẞẠạẾếỹỸỺ\u1f08ἀⅫⓐⒶ𝐀\ufffd")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		n := rng.IntN(20)
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, "\xff\xc3", "a\xe1\xbb", "Ả\xcc")
	strip := func(toks []token) []token {
		for i := range toks {
			toks[i].w = nil
		}
		return toks
	}
	for _, s := range texts {
		want := refTokenize(nil, s)
		got := strip(tokenize(s))
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(token{})); diff != "" {
			t.Fatalf("tokenize(%.60q) differs from the reference (-want +got):\n%s", s, diff)
		}
		if l := lowerText(s); l != refLowerText(s) {
			t.Fatalf("lowerText(%.60q) = %q, want %q", s, l, refLowerText(s))
		}
	}
}

// TestVocabTable checks the vocabulary's hash table against its map: every
// word is found with its entry, and every token of the test articles gets
// what the map says.
func TestVocabTable(t *testing.T) {
	words := buildVocabulary()
	table := vocabulary()
	for w := range words {
		if got, f := table.lookup(w, 0, len(w)); *got != *words[w] || f != got.flags {
			t.Errorf("lookup(%q) = %+v, want %+v", w, *got, *words[w])
		}
		// The same word inside a longer buffer (the hash reads ahead).
		buf := "xx " + w + " yyyyyyyy"
		if got, _ := table.lookup(buf, 3, 3+len(w)); *got != *words[w] {
			t.Errorf("lookup(%q) inside a buffer = %+v", w, *got)
		}
	}
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for _, tk := range tokenizeInto(nil, normalize.String(string(b))) {
			want := words[tk.lower]
			if tk.kind == tokPunct || want == nil {
				want = &vocabNone
			}
			wantFlags := want.flags
			switch {
			case tk.kind == tokNum:
				wantFlags |= vfDigits
			case tk.text == "(":
				wantFlags |= vfParen
			}
			if *tk.w != *want || (want == &vocabNone) != (tk.w == &vocabNone) || tk.wf != wantFlags {
				t.Fatalf("%s: token %q has %+v, want %+v", f, tk.text, *tk.w, *want)
			}
		}
	}
	if got, _ := table.lookup("không-có-từ-này", 0, len("không-có-từ-này")); got != &vocabNone {
		t.Errorf("an unknown word got %+v", *got)
	}
}
