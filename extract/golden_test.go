package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/vnextract/vnextract/extract"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir holds articles NAME.txt, an optional NAME.ref with the
// reference date (YYYY-MM-DD), and per category NAME.CATEGORY.golden.json
// with the expected part of the result.
const goldenDir = "../testdata/extract"

// categories are the parts of a Result with golden files of their own, so
// that each extractor's expectations are reviewed separately.
var categories = map[string]func(r *extract.Result) any{
	"dates":     func(r *extract.Result) any { return r.Dates },
	"officials": func(r *extract.Result) any { return r.Officials },
	"credits": func(r *extract.Result) any {
		return map[string]any{"bylines": r.Bylines, "photo_credits": r.PhotoCredits}
	},
	"counts": func(r *extract.Result) any {
		return map[string]any{"counts": r.Counts, "money": r.Money, "percents": r.Percents}
	},
}

// TestGolden runs every article under testdata/extract and compares each
// category with its golden file. Run with -update to rewrite them, and
// restrict to one category with -run 'TestGolden/dates'.
func TestGolden(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	if err != nil || len(articles) == 0 {
		t.Fatalf("no articles under %s: %v", goldenDir, err)
	}
	for cat, part := range categories {
		t.Run(cat, func(t *testing.T) {
			for _, art := range articles {
				name := strings.TrimSuffix(filepath.Base(art), ".txt")
				t.Run(name, func(t *testing.T) { checkGolden(t, art, cat, part) })
			}
		})
	}
}

func checkGolden(t *testing.T, art, cat string, part func(*extract.Result) any) {
	src, err := os.ReadFile(art)
	if err != nil {
		t.Fatal(err)
	}
	base := strings.TrimSuffix(art, ".txt")
	var opts []extract.Option
	if ref, err := os.ReadFile(base + ".ref"); err == nil {
		tm, err := time.Parse("2006-01-02", strings.TrimSpace(string(ref)))
		if err != nil {
			t.Fatalf("%s.ref: %v", base, err)
		}
		opts = append(opts, extract.WithReference(tm))
	}
	r := extract.New(opts...).Extract(src)
	checkSpans(t, src, r)
	got, err := json.MarshalIndent(part(r), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := base + "." + cat + ".golden.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if os.IsNotExist(err) {
		t.Fatalf("no golden file %s: run go test -run 'TestGolden/%s' -update, then review it", golden, cat)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s mismatch (-want +got):\n%s", golden, cmp.Diff(string(want), string(got)))
	}
}

// checkSpans checks that every item's span holds exactly its text.
func checkSpans(t *testing.T, src []byte, r *extract.Result) {
	t.Helper()
	var ms []extract.Mention
	for _, d := range r.Dates {
		ms = append(ms, d.Mention)
	}
	for _, c := range r.Counts {
		ms = append(ms, c.Mention)
	}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(src) || m.Start > m.End || string(src[m.Start:m.End]) != m.Text {
			t.Errorf("bad span %d:%d for %q", m.Start, m.End, m.Text)
		}
	}
}
