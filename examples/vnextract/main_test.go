package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const sample = "Chiều 20/1, Ban Tổ chức Thành ủy TP Hồ Chí Minh đã điều động 96 cán bộ.\n"

// runCmd runs the command in-process and returns its exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func decodeLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	return lines
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestStdin(t *testing.T) {
	code, out, _ := runCmd(t, sample, "-ref", "2021-01-20", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := decodeLines(t, out)
	if len(lines) != 1 || lines[0]["file"] != "-" {
		t.Fatalf("got %v", lines)
	}
	for _, k := range []string{"dates", "officials", "counts", "money", "percents"} {
		if _, ok := lines[0][k].([]any); !ok {
			t.Errorf("field %q missing or not a list: %v", k, lines[0][k])
		}
	}
}

func TestNormalizeMode(t *testing.T) {
	code, out, _ := runCmd(t, "Thành uỷ\u00a0TP\r\n", "-normalize", "-")
	if code != 0 || out != "Thành ủy TP\n" {
		t.Errorf("exit %d, output %q", code, out)
	}
	_, out, _ = runCmd(t, "Thành ủy TP\n", "-normalize", "-tone", "modern", "-")
	if out != "Thành uỷ TP\n" {
		t.Errorf("modern: %q", out)
	}
	_, out, _ = runCmd(t, "Thành ủy TP\n", "-normalize", "-fold", "-lower", "-")
	if out != "thanh uy tp\n" {
		t.Errorf("fold: %q", out)
	}
	if code, _, errs := runCmd(t, "", "-normalize", "-tone", "sideways", "-"); code != 2 || !strings.Contains(errs, "sideways") {
		t.Errorf("bad tone: exit %d, stderr %q", code, errs)
	}
}

// TestErrorsAndOrder checks that an unreadable file gives an error line in
// its place, the others are processed, the order is the input order for
// any -j, and the exit status is 1.
func TestErrorsAndOrder(t *testing.T) {
	files := map[string]string{}
	for i := range 30 {
		files[filepath.Join("corpus", "a"+string(rune('a'+i/26))+string(rune('a'+i%26))+".txt")] = sample
	}
	dir := writeFiles(t, files)
	missing := filepath.Join(dir, "missing.txt")
	var want []string
	want = append(want, missing)
	matches, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.txt"))
	want = append(want, matches...)
	for _, j := range []string{"1", "2", "7"} {
		code, out, errs := runCmd(t, "", "-j", j, "-ref", "2021-01-20", missing, filepath.Join(dir, "corpus"))
		if code != 1 {
			t.Errorf("-j %s: exit %d, want 1", j, code)
		}
		if !strings.Contains(errs, "missing.txt") {
			t.Errorf("-j %s: stderr does not name the file: %q", j, errs)
		}
		var got []string
		for i, l := range decodeLines(t, out) {
			got = append(got, l["file"].(string))
			if i == 0 && l["error"] == nil {
				t.Errorf("no error field for the missing file: %v", l)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("-j %s order (-want +got):\n%s", j, diff)
		}
	}
}

func TestJSONL(t *testing.T) {
	corpus := `{"id": "a1", "text": "Sáng nay, 96 cán bộ dự hội nghị.", "published": "2021-01-20"}
{"id": 2, "text": "Hôm qua có 5 ca mắc."}
not json
{"id": "a4", "body": "no text field"}
{"id": "a5", "text": "Ngày mai.", "published": "tomorrow"}
`
	code, out, errs := runCmd(t, corpus, "-jsonl", "-")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := decodeLines(t, out)
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want 5:\n%s", len(lines), out)
	}
	wantIDs := []any{"a1", 2.0, nil, "a4", "a5"}
	wantErr := []bool{false, false, true, true, true}
	for i, l := range lines {
		if l["id"] != wantIDs[i] {
			t.Errorf("line %d id = %v, want %v", i, l["id"], wantIDs[i])
		}
		if (l["error"] != nil) != wantErr[i] {
			t.Errorf("line %d error = %v, want error %v", i, l["error"], wantErr[i])
		}
	}
	if !strings.Contains(errs, "-:3") {
		t.Errorf("stderr does not name line 3: %q", errs)
	}
	// The published date is the reference of its own article.
	_, out, _ = runCmd(t, `{"id":"x","text":"hôm qua","published":"2021-01-20"}`+"\n", "-jsonl", "-id-field", "id", "-")
	if !strings.Contains(out, "2021-01-19") {
		t.Errorf("published date not used as reference: %s", out)
	}
}

func TestPretty(t *testing.T) {
	code, out, _ := runCmd(t, sample, "-pretty", "-ref", "2021-01-20", "-")
	if code != 0 || !strings.HasPrefix(out, "== -\n") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestUsage(t *testing.T) {
	code, _, errs := runCmd(t, "")
	if code != 2 || !strings.Contains(errs, "Examples:") {
		t.Errorf("no args: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runCmd(t, "", "-h"); code != 0 {
		t.Errorf("-h: exit %d", code)
	}
	if code, _, errs := runCmd(t, "", "-ref", "20/1/2021", "-"); code != 2 || !strings.Contains(errs, "-ref") {
		t.Errorf("bad -ref: exit %d, stderr %q", code, errs)
	}
}

func TestNormalizeModeErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Thành uỷ\n"})
	code, out, errs := runCmd(t, "", "-normalize", filepath.Join(dir, "missing.txt"), filepath.Join(dir, "a.txt"))
	if code != 1 || out != "Thành ủy\n" || !strings.Contains(errs, "missing.txt") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
