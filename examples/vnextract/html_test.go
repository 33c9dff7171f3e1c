package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// chromiumArgs are the flags that run Chromium headless on a machine with
// no network and no display.
var chromiumArgs = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
}

func findChromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	// .ci/run installs Chromium; where it could not (no root, no
	// registry), say so loudly rather than fail the whole run.
	t.Skip("SKIPPED: no Chromium installed (apt-get install chromium); the HTML report was not checked in a browser")
	return ""
}

// TestHTMLInChromium writes the -html page for two articles, loads it in
// headless Chromium and checks, in the DOM after the page's script ran,
// that every extracted span is highlighted.
func TestHTMLInChromium(t *testing.T) {
	browser := findChromium(t)
	dir := writeFiles(t, map[string]string{
		"a.txt": "Chiều 20/1, đồng chí Nguyễn Văn Nên, Bí thư Thành ủy TP Hồ Chí Minh, trao bằng khen cho 8 tập thể và 16 cá nhân.\n",
		"b.txt": "Sáng nay (15/11), hơn 1.200 hộ dân <phải> sơ tán & chờ hỗ trợ 150 tỷ đồng.\n",
	})
	page := filepath.Join(dir, "report.html")
	code, _, errs := runCmd(t, "", "-ref", "2021-01-20", "-q", "-html", page, filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	raw, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Count(string(raw), "<mark class=") - 5 // minus the legend
	if want < 4 {
		t.Fatalf("only %d highlights written:\n%s", want, raw)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	args := append(chromiumArgs, "--user-data-dir="+t.TempDir(), "--dump-dom", "file://"+page)
	dom, err := exec.CommandContext(ctx, browser, args...).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := regexp.MustCompile(`data-marks="(\d+)"`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("the page's script did not run; DOM:\n%s", dom)
	}
	if got, _ := strconv.Atoi(string(m[1])); got != want {
		t.Errorf("browser counted %d highlights, want %d", got, want)
	}
	for _, kind := range []string{"date", "official", "count", "money"} {
		if !strings.Contains(string(dom), `<mark class="`+kind+`"`) {
			t.Errorf("no %s highlight in the DOM", kind)
		}
	}
	if !strings.Contains(string(dom), "&lt;phải&gt;") {
		t.Errorf("article text not escaped")
	}
}
