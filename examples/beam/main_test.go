package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// TestRun runs the command's pipeline on a small corpus with the default
// (prism) runner.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Beam pipeline")
	}
	in, out := t.TempDir(), t.TempDir()
	var corpus strings.Builder
	for i := range 20 {
		fmt.Fprintf(&corpus, `{"id":%d,"text":"Ngày %d/3/2024, Bộ trưởng Bộ Tài chính Hồ Đức Phớc đã làm việc với %d doanh nghiệp.","published":"2024-03-%02d"}`+"\n", i, i+1, 10+i, i+1)
	}
	corpus.WriteString(`{"id":99,"text":"Ngày 1/3/2024","published":"mai"}` + "\n")
	if err := os.WriteFile(filepath.Join(in, "a.jsonl"), []byte(corpus.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	*input = filepath.Join(in, "*.jsonl")
	*output = filepath.Join(out, "results")
	*officials = filepath.Join(out, "officials")
	*shards = 3
	if err := run(context.Background()); err != nil {
		t.Fatal(err)
	}
	count := func(glob string) int {
		files, _ := filepath.Glob(glob)
		n := 0
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			n += strings.Count(string(b), "\n")
		}
		return n
	}
	if n := count(filepath.Join(out, "results-*-of-00003.jsonl")); n != 20 {
		t.Errorf("%d results, want 20", n)
	}
	if n := count(filepath.Join(out, "results-errors-00000-of-00001.jsonl")); n != 1 {
		t.Errorf("%d dead letters, want 1", n)
	}
	t.Logf("%d officials' rows", count(filepath.Join(out, "officials-*.jsonl")))
}
