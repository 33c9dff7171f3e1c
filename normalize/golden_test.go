package normalize

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden normalizes every article under testdata/normalize and compares
// it with NAME.golden.txt. The articles are one text written in several
// problematic forms (FORM-SLUG.txt), so all forms of a SLUG must also
// normalize to the same text as its clean form.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/normalize/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]map[string]string{} // slug -> form -> output
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.txt") {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := New().Normalize(src).String()
			form, slug, _ := strings.Cut(name, "-")
			if outputs[slug] == nil {
				outputs[slug] = map[string]string{}
			}
			outputs[slug][form] = got
			golden := strings.TrimSuffix(f, ".txt") + ".golden.txt"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
	for slug, forms := range outputs {
		clean, ok := forms["clean"]
		if !ok {
			continue
		}
		for form, out := range forms {
			if diff := cmp.Diff(clean, out); diff != "" {
				t.Errorf("%s-%s normalizes differently from clean-%s (-clean +%s):\n%s", form, slug, slug, form, diff)
			}
		}
	}
}
