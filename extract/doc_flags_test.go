package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// TestDocFlags checks that a doc's flags are its tokens' flags, side by
// side, on every test article.
func TestDocFlags(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	e := New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := e.newDoc(b)
		if len(d.flags) != len(d.toks) {
			t.Fatalf("%s: %d flags for %d tokens", f, len(d.flags), len(d.toks))
		}
		for i := range d.toks {
			if vocabFlags(d.flags[i]) != d.toks[i].wf {
				t.Fatalf("%s: token %d %q: flags %08b, token has %08b", f, i, d.toks[i].text, d.flags[i], d.toks[i].wf)
			}
		}
		d.release()
	}
}

// TestNextFlagged compares nextFlagged with a plain scan on random flags,
// sparse and dense, from every position, and past the end.
func TestNextFlagged(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		flags := make([]byte, rng.IntN(40))
		for i := range flags {
			if rng.IntN(6) == 0 {
				flags[i] = byte(1) << rng.IntN(8)
			}
		}
		want := vocabFlags(1) << rng.IntN(8)
		if rng.IntN(3) == 0 {
			want |= vfDigits | vfParen
		}
		for i := 0; i <= len(flags)+2; i++ {
			exp := i
			if i < len(flags) {
				exp = len(flags)
				for k := i; k < len(flags); k++ {
					if vocabFlags(flags[k])&want != 0 {
						exp = k
						break
					}
				}
			}
			if got := nextFlagged(flags, i, want); got != exp {
				t.Fatalf("nextFlagged(%v, %d, %08b) = %d, want %d", flags, i, want, got, exp)
			}
		}
	}
}
