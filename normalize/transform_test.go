package normalize

import (
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// TestTransformerMatchesNormalize streams text through the Transformer in
// small reads and checks the result equals whole-text normalization.
func TestTransformerMatchesNormalize(t *testing.T) {
	article := strings.Repeat(norm.NFD.String("Ông Triệu Quý Hoà, Phó Bí thư Thành uỷ Nha Trang,\u00a0 cho biết  sức khoẻ “tốt”.\r\n"), 300)
	for _, opts := range [][]Option{nil, {WithTone(Modern)}, {WithFold(true)}} {
		n := New(opts...)
		want := n.String(article)
		r := transform.NewReader(&slowReader{s: article, n: 7}, n.Transformer())
		got, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, string(got)); diff != "" {
			t.Errorf("streamed output differs (-want +got):\n%s", diff)
		}
	}
}

func TestChain(t *testing.T) {
	in := norm.NFD.String("Thành uỷ\u00a0 TP Hồ Chí Minh\r\n")
	tr := transform.Chain(CleanupTransformer(), norm.NFC, ToneTransformer(Traditional), FoldTransformer(true))
	got, _, err := transform.String(tr, in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "thanh uy tp ho chi minh\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTransformerLongLine(t *testing.T) {
	in := strings.Repeat("xoà,", 10000) // no space anywhere
	got, _, err := transform.String(New().Transformer(), in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, "xòa") || len(got) != len(in) {
		t.Errorf("long line: got %d bytes starting %q", len(got), got[:10])
	}
}

// slowReader returns at most n bytes per Read.
type slowReader struct {
	s string
	n int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	k := min(r.n, len(p), len(r.s))
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func TestDecoderChain(t *testing.T) {
	in := "Thµnh phè Hå ChÝ Minh tæ chøc héi nghÞ. " // TCVN3 read as Windows-1252
	tr := transform.Chain(Decoder(TCVN3), New().Transformer())
	r := transform.NewReader(&slowReader{s: strings.Repeat(in, 50), n: 5}, tr)
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.TrimSpace(strings.Repeat("Thành phố Hồ Chí Minh tổ chức hội nghị. ", 50))
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
