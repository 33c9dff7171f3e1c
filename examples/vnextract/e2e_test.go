package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestCommandGolden builds the command, runs it on the testdata articles
// with two workers, and compares its JSON Lines with the golden file.
func TestCommandGolden(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "vnextract")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// One article in eight forms (NFD, CRLF, mojibake, TCVN3, VNI...):
	// every form must give the same items, at its own byte offsets.
	inputs, _ := filepath.Glob("../../testdata/normalize/*-hoi-nghi-ban-dan-van.txt")
	args := append([]string{"-q", "-j", "2", "-ref", "2024-03-12"}, inputs...)
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("vnextract: %v\n%s", err, stderr.String())
	}
	golden := "../../testdata/command/normalize-forms.golden.jsonl"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
	}
}
