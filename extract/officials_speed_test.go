package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refVietSyllable is the first, plain implementation of offVietSyllable:
// every initial of the list tried in turn.
func refVietSyllable(w string) bool {
	initials := []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	finals := []string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
	if w == "" || len(w) > 24 {
		return false
	}
	for _, ini := range initials {
		if !strings.HasPrefix(w, ini) {
			continue
		}
		rest := w[len(ini):]
		nv := 0
		for rest != "" && nv < 4 {
			r, size := utf8.DecodeRuneInString(rest)
			if !strings.ContainsRune(offVowels, r) {
				break
			}
			rest = rest[size:]
			nv++
		}
		if nv == 0 || nv > 3 {
			continue
		}
		for _, f := range finals {
			if rest == f {
				return true
			}
		}
	}
	return false
}

// refAllCaps is the first implementation of isAllCaps.
func refAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// offSpeedWords returns words to check the fast paths with: the lexicons'
// words, the words of the test articles, and random strings over
// Vietnamese letters.
func offSpeedWords(t *testing.T) []string {
	var words []string
	for w := range offLex().tries.words {
		words = append(words, w)
	}
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range tokenize(string(b)) {
			words = append(words, tok.lower, tok.text)
		}
	}
	letters := []rune("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵfjwzAĂÂĐÊÔƠƯẠỲ'-.\xff")
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		n := 1 + rng.Intn(7)
		var b strings.Builder
		for range n {
			b.WriteRune(letters[rng.Intn(len(letters))])
		}
		words = append(words, b.String())
	}
	for _, p := range []string{"gi", "qu", "ngh", "g", "q"} {
		for _, r := range []string{"", "a", "ì", "ua", "uya", "uyên", "iêng", "oai", "ooong"} {
			words = append(words, p+r)
		}
	}
	return words
}

// TestOffVietSyllableRef checks offVietSyllable against the plain
// implementation.
func TestOffVietSyllableRef(t *testing.T) {
	for _, w := range offSpeedWords(t) {
		if got, want := offVietSyllable(w), refVietSyllable(w); got != want {
			t.Errorf("offVietSyllable(%q) = %v, want %v", w, got, want)
		}
		if got, want := isAllCaps(w), refAllCaps(w); got != want {
			t.Errorf("isAllCaps(%q) = %v, want %v", w, got, want)
		}
		if got, want := offOneRune(w), utf8.RuneCountInString(w) == 1; got != want {
			t.Errorf("offOneRune(%q) = %v, want %v", w, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if offIsUpper(r) != unicode.IsUpper(r) {
			t.Fatalf("offIsUpper(%U) = %v", r, offIsUpper(r))
		}
	}
}

// refMatch is the plain matcher of a table not compiled: its trie of maps
// walked by the tokens' lower case.
func refMatch(t *offTable, d *doc, i int) (end, idx int) {
	end, idx = i, -1
	n := &t.root
	for k := i; k < len(d.toks); k++ {
		if k > i && d.toks[k].newline {
			break
		}
		c := n.next[d.toks[k].lower]
		if c == nil {
			break
		}
		n = c
		if n.val != 0 {
			end, idx = k+1, n.val-1
		}
	}
	return end, idx
}

// TestOffTriesRef checks the compiled tables against the plain tries of
// maps at every token of the test articles, but for phrases that start
// with a punctuation token, which the vocabulary does not look up (no
// table has one).
func TestOffTriesRef(t *testing.T) {
	ref, err := parseOffLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lx := offLex()
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	e := New()
	// Every phrase of every table, and each again glued to the next one.
	var all strings.Builder
	for _, rt := range ref.tables() {
		var walk func(n *offTrie, path []string)
		walk = func(n *offTrie, path []string) {
			if n.val != 0 {
				all.WriteString(strings.Join(path, " ") + " x ")
				all.WriteString(strings.Join(path, " ") + " ")
			}
			for w, c := range n.next {
				walk(c, append(path, w))
			}
		}
		walk(&rt.root, nil)
	}
	for _, f := range append(files, "") {
		src := []byte(all.String())
		if f != "" {
			if src, err = os.ReadFile(f); err != nil {
				t.Fatal(err)
			}
		}
		for _, text := range []string{string(src), strings.ToUpper(string(src))} {
			d := e.newDoc([]byte(text))
			for ti, tab := range lx.tables() {
				rt := ref.tables()[ti]
				for i := range d.toks {
					we, wi := refMatch(rt, d, i)
					if d.toks[i].kind == tokPunct {
						we, wi = i, -1
					}
					if ge, gi := tab.match(d, i); ge != we || gi != wi {
						t.Fatalf("%s: table %d at %q: got (%d, %d), want (%d, %d)", f, ti, d.toks[i].text, ge, gi, we, wi)
					}
				}
			}
			d.release()
		}
	}
}

// TestOffTitleKeys checks the token-by-token comparisons of titles
// (cmpTitles, extendsTitle) against the key cursors on pairs of titles
// taken from the test articles, and from a text made to have keys that
// are alike but for their spaces and the ends of their tokens.
func TestOffTitleKeys(t *testing.T) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	texts := []string{"Bí thư Tỉnh ủy, Bí thư tỉnh ủy Bí thưTỉnh ủy bí thư tỉnh ủyviên Bí thư Tỉnh ủy viên " +
		"Bí thư-Tỉnh ủy Bí thư - Tỉnh ủy Bí th Bí Bí thư Bí thưa GD&ĐT GD & ĐT GD&ĐTV Giám đốc Sở GD&ĐT"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	e := New()
	rng := rand.New(rand.NewSource(1))
	for _, text := range texts {
		d := e.newDoc([]byte(text))
		s := newOffScan(d)
		n := len(d.toks)
		title := func() offTitle {
			a := rng.Intn(n)
			return offTitle{start: a, end: a + 1 + rng.Intn(min(6, n-a))}
		}
		for range 20000 {
			a, b := title(), title()
			if rng.Intn(4) == 0 {
				// The same start, to make prefixes.
				b.start, b.end = a.start, a.start+1+rng.Intn(min(6, n-a.start))
			}
			if got, want := s.cmpTitles(a, b), s.cmpKeys(a, b); got != want {
				t.Fatalf("cmpTitles(%q, %q) = %d, want %d", d.normText(a.start, a.end), d.normText(b.start, b.end), got, want)
			}
			if got, want := s.extendsTitle(b, a), s.extendsKeys(b, a); got != want {
				t.Fatalf("extendsTitle(%q, %q) = %v, want %v", d.normText(b.start, b.end), d.normText(a.start, a.end), got, want)
			}
		}
		s.release()
		d.release()
	}
}

// TestOffIndex checks offIndex, linear then through its map, against a
// plain map of lists.
func TestOffIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var x offIndex
	for round := range 50 {
		x.reset()
		ref := map[string][]int{} // most recent first
		keys := 1 + rng.Intn(1+round)
		people := 1 + rng.Intn(2*offBucketMax)
		for range rng.Intn(8 * offBucketMax) {
			k := string(rune('a' + rng.Intn(keys)))
			p := rng.Intn(people)
			l := ref[k]
			if !slices.Contains(l[:min(len(l), offBucketMax)], p) {
				ref[k] = append([]int{p}, l...)
			}
			x.add(k, p)
			for q := range keys {
				k := string(rune('a' + q))
				var got []int
				x.each(k, func(p int) { got = append(got, p) })
				want := ref[k][:min(len(ref[k]), offBucketMax)]
				if !slices.Equal(got, want) {
					t.Fatalf("round %d: each(%q) = %v, want %v", round, k, got, want)
				}
			}
		}
	}
}
