package normalize

import (
	"math/rand/v2"
	"testing"
)

// TestNextFirstVowel compares nextFirstVowel with a plain byte loop on
// random strings of the bytes it tells apart.
func TestNextFirstVowel(t *testing.T) {
	naive := func(s string, from int) int {
		for i := from; i+1 < len(s); i++ {
			if isFirstVowel[s[i]] && s[i+1] >= 0x80 {
				return i
			}
		}
		return len(s)
	}
	alphabet := []string{"o", "O", "u", "U", "a", " ", "à", "ý", "ẹ", "/", "\x4f", "\xef", "oa", "uy"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b []byte
		for range rng.IntN(40) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		s := string(b)
		for from := 0; from <= len(s); from++ {
			if got, want := nextFirstVowel(s, from), naive(s, from); got != want {
				t.Fatalf("nextFirstVowel(%q, %d) = %d, want %d", s, from, got, want)
			}
			if got, want := nextFirstVowel(b, from), naive(s, from); got != want {
				t.Fatalf("nextFirstVowel([]byte %q, %d) = %d, want %d", s, from, got, want)
			}
		}
	}
}
