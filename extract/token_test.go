package extract

import (
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	type tok struct {
		Text, Lower string
		Kind        tokKind
		Space, NL   bool
		Upper       bool
	}
	got := []tok{}
	for _, t := range tokenize("Chiều 20/1, Ủy ban TP.HCM\nH'Liên 05-CT/TW") {
		got = append(got, tok{t.text, t.lower, t.kind, t.space, t.newline, t.upper})
	}
	want := []tok{
		{"Chiều", "chiều", tokWord, true, true, true},
		{"20", "20", tokNum, true, false, false},
		{"/", "/", tokPunct, false, false, false},
		{"1", "1", tokNum, false, false, false},
		{",", ",", tokPunct, false, false, false},
		{"Ủy", "ủy", tokWord, true, false, true},
		{"ban", "ban", tokWord, true, false, false},
		{"TP", "tp", tokWord, true, false, true},
		{".", ".", tokPunct, false, false, false},
		{"HCM", "hcm", tokWord, false, false, true},
		{"H", "h", tokWord, true, true, true},
		{"'", "'", tokPunct, false, false, false},
		{"Liên", "liên", tokWord, false, false, true},
		{"05", "05", tokNum, true, false, false},
		{"-", "-", tokPunct, false, false, false},
		{"CT", "ct", tokWord, false, false, true},
		{"/", "/", tokPunct, false, false, false},
		{"TW", "tw", tokWord, false, false, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokenize mismatch (-want +got):\n%s", diff)
	}
}

func TestLowerTextKeepsOffsets(t *testing.T) {
	for _, s := range []string{"ĐẢNG BỘ Thành Ủy", "İstanbul ẞ Ǆ", "abc", ""} {
		if l := lowerText(s); len(l) != len(s) {
			t.Errorf("lowerText(%q) = %q: length %d, want %d", s, l, len(l), len(s))
		}
	}
	if got := lowerText("ĐẢNG BỘ Thành Ủy"); got != "đảng bộ thành ủy" {
		t.Errorf("got %q", got)
	}
}

// TestLowerTextFastPaths compares the fast paths of lowerText with
// unicode.ToLower on every rune they cover.
func TestLowerTextFastPaths(t *testing.T) {
	for _, lo := range [][2]rune{{0xc0, 0x24f}, {0x1e00, 0x1eff}} {
		for r := lo[0]; r <= lo[1]; r++ {
			want := string(unicode.ToLower(r))
			if len(want) != len(string(r)) {
				want = string(r)
			}
			if got := lowerText(string(r)); got != want {
				t.Errorf("lowerText(%q) = %q, want %q", r, got, want)
			}
			if isLetter(r) != (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
				t.Errorf("isLetter(%q) = %v", r, isLetter(r))
			}
		}
	}
}
