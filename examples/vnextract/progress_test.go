package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// runWithBar runs the command in-process like runCmd, with the progress
// bar settings opts, and returns its stdout and stderr.
func runWithBar(t *testing.T, opts barOptions, stdin string, args ...string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	c, fs, code := parseFlags(args, strings.NewReader(stdin), &errb)
	if c == nil {
		t.Fatalf("parseFlags %q: exit %d: %s", args, code, errb.String())
	}
	c.bar = opts
	if failed := c.runAll(fs.Args(), &out, nil); failed {
		t.Fatalf("run %q failed: %s", args, errb.String())
	}
	return out.String(), errb.String()
}

// corpusDir writes n short articles of different lengths in a directory
// tree with a few files that are not articles, and returns its path.
func corpusDir(t *testing.T, n int) string {
	t.Helper()
	files := map[string]string{
		"README.md":        "not an article",
		"sub/notes.jsonl":  `{"text": "not read without -jsonl"}`,
		"sub/empty/.keep":  "",
		"sub/deeper/x.TXT": "not *.txt",
	}
	for i := range n {
		name := fmt.Sprintf("a%03d.txt", i)
		if i%3 == 0 {
			name = "sub/" + name
		}
		files[name] = sample + strings.Repeat("Hôm qua có 5 ca mắc mới.\n", i%7)
	}
	return writeFiles(t, files)
}

// barLine matches one drawing of the bar with a total: articles done of
// all, percentage, the bar, throughput, and elapsed:left times.
var barLine = regexp.MustCompile(`\r(\d+)/(\d+) articles +(\d+)% \|[^|]*\| \(\d[\d.]* [kMG]?B/s\) \[\d+s:\d+s\]`)

// TestProgressBar forces the bar on over a directory and checks what it
// draws: the articles done of all, a percentage that grows, an ETA, and a
// cleared line at the end; and that stdout is the same as with -q.
func TestProgressBar(t *testing.T) {
	const n = 24
	dir := corpusDir(t, n)
	for _, j := range []string{"1", "2"} {
		t.Run("j"+j, func(t *testing.T) {
			_, want, _ := runCmd(t, "", "-q", "-j", j, dir)
			out, errs := runWithBar(t, barOptions{force: true, interval: time.Nanosecond, wait: true}, "", "-j", j, dir)
			if diff := cmp.Diff(want, out); diff != "" {
				t.Errorf("stdout with the bar differs from -q (-want +got):\n%s", diff)
			}
			draws := barLine.FindAllStringSubmatch(errs, -1)
			if len(draws) == 0 {
				t.Fatalf("no bar with a total in stderr: %q", errs)
			}
			lastDone, lastPct := 0, -1
			for _, d := range draws {
				done, _ := strconv.Atoi(d[1])
				pct, _ := strconv.Atoi(d[3])
				if d[2] != strconv.Itoa(n) {
					t.Errorf("bar %q: want %d articles in all", d[0], n)
				}
				if done < minProgress || done > n || done < lastDone || pct < lastPct || pct >= 100 {
					t.Errorf("bar %q after %d articles at %d%%", d[0], lastDone, lastPct)
				}
				lastDone, lastPct = done, pct
			}
			if lastDone < n-1 || lastPct < 50 {
				t.Errorf("last bar %q: want about all articles done", draws[len(draws)-1][0])
			}
			// The line is cleared at the end: the last drawing is blank.
			if i := strings.LastIndex(strings.TrimSuffix(errs, "\r"), "\r"); i < 0 || strings.TrimSpace(errs[i:]) != "" {
				t.Errorf("the bar is not cleared at the end: %q", errs[max(0, len(errs)-200):])
			}
		})
	}
}

// TestProgressJSONL checks that a JSON Lines corpus in a file gets a bar
// with a percentage, and one on standard input, whose size is unknown, a
// bar with the count and no percentage.
func TestProgressJSONL(t *testing.T) {
	var corpus strings.Builder
	for i := range 30 {
		fmt.Fprintf(&corpus, `{"id": %d, "text": %q}`+"\n", i, sample)
	}
	dir := writeFiles(t, map[string]string{"corpus.jsonl": corpus.String()})
	opts := barOptions{force: true, interval: time.Nanosecond, wait: true}
	_, errs := runWithBar(t, opts, "", "-jsonl", filepath.Join(dir, "corpus.jsonl"))
	if !regexp.MustCompile(`\r\d+ articles +\d+% \|`).MatchString(errs) {
		t.Errorf("-jsonl file: no bar with a percentage: %q", errs)
	}
	_, errs = runWithBar(t, opts, corpus.String(), "-jsonl", "-")
	if !regexp.MustCompile(`\d+ articles \(\d[\d.]* [kM]?B, `).MatchString(errs) || strings.Contains(errs, "%") {
		t.Errorf("-jsonl -: want a bar with a count and no percentage: %q", errs)
	}
}

// TestProgressSilent checks that nothing is written to stderr on success
// when stderr is not a terminal, or with -q even if the bar is forced.
func TestProgressSilent(t *testing.T) {
	dir := corpusDir(t, 24)
	if code, out, errs := runCmd(t, "", dir); code != 0 || errs != "" || out == "" {
		t.Errorf("stderr not a terminal: exit %d, stderr %q", code, errs)
	}
	if _, errs := runWithBar(t, barOptions{force: true, interval: time.Nanosecond, wait: true}, "", "-q", dir); errs != "" {
		t.Errorf("-q: stderr %q", errs)
	}
	// A few articles are not worth a bar.
	if _, errs := runWithBar(t, barOptions{force: true, interval: time.Nanosecond}, "", corpusDir(t, minProgress-1)); errs != "" {
		t.Errorf("%d articles: stderr %q", minProgress-1, errs)
	}
}

// TestProgressLateTotal checks the change from the bar without a total to
// the one with a total when the pre-walk ends after the bar has appeared.
func TestProgressLateTotal(t *testing.T) {
	var errb bytes.Buffer
	c, _, _ := parseFlags([]string{"x"}, strings.NewReader(""), &errb)
	c.bar = barOptions{force: true, interval: time.Nanosecond}
	p := newProgress(c, []string{filepath.Join(t.TempDir(), "missing")})
	sized := make(chan inputSize, 1)
	p.sized = sized // the real pre-walk's answer is never read
	for range minProgress {
		p.add(1000)
	}
	if errb.Len() != 0 {
		t.Errorf("the spinner does not wait for the pre-walk: %q", errb.String())
	}
	p.start = p.start.Add(-2 * walkWait) // a slow pre-walk: the spinner appears
	for range minProgress {
		p.add(1000)
	}
	before := errb.Len()
	if s := errb.String(); !strings.Contains(s, "10 articles (10 kB, ") || strings.Contains(s, "%") {
		t.Errorf("before the total: %q", s)
	}
	sized <- inputSize{bytes: 30_000, files: 30, ok: true}
	p.add(1000)
	p.add(1000)
	after := errb.String()[before:]
	if !regexp.MustCompile(`\r12/30 articles +40% \|`).MatchString(after) {
		t.Errorf("after the total: %q", after)
	}
	p.done()
	if s := errb.String(); strings.TrimSpace(s[strings.LastIndex(strings.TrimSuffix(s, "\r"), "\r"):]) != "" {
		t.Errorf("not cleared: %q", s)
	}
}

// TestMeasure checks that the pre-walk's total is what the run counts: the
// sum of inputBytes over the articles, and their number without -jsonl.
func TestMeasure(t *testing.T) {
	dir := corpusDir(t, 10)
	var jsonl strings.Builder
	for i := range 5 {
		fmt.Fprintf(&jsonl, `{"id": %d, "text": %q}`+"\n", i, sample)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "notes.jsonl"), []byte(jsonl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// A link to an article is read; a broken one and a missing argument
	// are articles with an error and no bytes.
	if err := os.Symlink(filepath.Join(dir, "a001.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Logf("no symbolic links: %v", err)
	}
	os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "broken.txt"))
	args := []string{dir, filepath.Join(dir, "a002.txt"), filepath.Join(dir, "missing.txt"), "-"}
	for _, jsonlMode := range []bool{false, true} {
		t.Run(fmt.Sprintf("jsonl=%v", jsonlMode), func(t *testing.T) {
			var errb bytes.Buffer
			c, _, _ := parseFlags([]string{"x"}, strings.NewReader(""), &errb)
			c.jsonl = jsonlMode
			// Standard input is a regular file here.
			stdin := filepath.Join(dir, "a004.txt")
			if jsonlMode {
				stdin = filepath.Join(dir, "sub", "notes.jsonl")
			}
			f, err := os.Open(stdin)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			c.stdin = f
			got := c.measure(args, make(chan struct{}))
			f.Seek(0, 0)
			want := inputSize{ok: true}
			c.enumerate(args, func(a article) {
				src, _, _ := c.load(a, &output{})
				want.bytes += int64(inputBytes(a, src))
				want.files++
			})
			if jsonlMode {
				want.files, got.files = 0, 0 // not a number of articles
			}
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(inputSize{})); diff != "" {
				t.Errorf("measure (-run +measure):\n%s", diff)
			}
			if want.bytes == 0 || !jsonlMode && want.files < 14 {
				t.Errorf("too little was read: %+v", want)
			}
		})
	}
	t.Run("pipe", func(t *testing.T) {
		c := &config{stdin: strings.NewReader("text")}
		if got := c.measure([]string{dir, "-"}, make(chan struct{})); got.ok {
			t.Errorf("standard input not a file: %+v, want not ok", got)
		}
		if _, err := exec.LookPath("mkfifo"); err != nil {
			t.Skip("no mkfifo")
		}
		fifo := filepath.Join(t.TempDir(), "fifo.txt")
		if out, err := exec.Command("mkfifo", fifo).CombinedOutput(); err != nil {
			t.Skipf("mkfifo: %v %s", err, out)
		}
		if got := c.measure([]string{dir, filepath.Dir(fifo)}, make(chan struct{})); got.ok {
			t.Errorf("named pipe: %+v, want not ok", got)
		}
	})
	t.Run("stop", func(t *testing.T) {
		stop := make(chan struct{})
		close(stop)
		c := &config{}
		if got := c.measure([]string{dir}, stop); got.ok {
			t.Errorf("stopped: %+v, want not ok", got)
		}
	})
}

// TestProgressTerminal runs the command in a real terminal, a detached tmux
// session, on a corpus that takes about a second, and reads the bar off
// the screen while it runs.
func TestProgressTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	tmux, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("SKIPPED: tmux is not installed: the progress bar is not checked in a real terminal")
	}
	bin := filepath.Join(t.TempDir(), "vnextract")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// 400 articles of 60 kB: about 24 MB, over a second with -j 1 here.
	const para = "Chiều 20/1, Ban Tổ chức Thành ủy TP Hồ Chí Minh đã điều động 96 cán bộ. " +
		"Theo Sở Y tế, trong tuần qua thành phố ghi nhận 1.250 ca mắc mới, tăng 12% so với tuần trước. " +
		"Ông Nguyễn Văn A, Phó Chủ tịch UBND quận, cho biết đến ngày 15/3/2024 sẽ hoàn thành 3 dự án.\n"
	article := strings.Repeat(para, 60_000/len(para))
	dir := t.TempDir()
	for i := range 400 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A server of our own, its socket in a short directory of our own.
	sockDir, err := os.MkdirTemp("", "vnx")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(sockDir) })
	socket := filepath.Join(sockDir, "tmux")
	tm := func(args ...string) ([]byte, error) {
		cmd := exec.Command(tmux, append([]string{"-S", socket, "-f", "/dev/null"}, args...)...)
		cmd.Env = append(os.Environ(), "TMUX=")
		return cmd.CombinedOutput()
	}
	quote := func(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
	script := quote(bin) + " -j 1 " + quote(dir) + " >/dev/null; echo EXIT $?; sleep 30"
	if out, err := tm("new-session", "-d", "-s", "bar", "-x", "120", "-y", "8", script); err != nil {
		t.Skipf("SKIPPED: tmux cannot start a session here: %v %s", err, out)
	}
	t.Cleanup(func() { tm("kill-server") })
	screenBar := regexp.MustCompile(`\d+/400 articles +\d+% \|[^|]*\| \(\d[\d.]* [kM]?B/s\) \[\d+s:\d+s\]`)
	var screen []byte
	seen := false
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(30 * time.Millisecond) {
		if screen, err = tm("capture-pane", "-p", "-t", "bar"); err != nil {
			t.Fatalf("tmux capture-pane: %v %s", err, screen)
		}
		if m := screenBar.Find(screen); m != nil && !seen {
			t.Logf("bar on the screen: %s", m)
			seen = true
		}
		if bytes.Contains(screen, []byte("EXIT")) {
			break
		}
	}
	switch got := string(bytes.TrimSpace(screen)); {
	case !seen:
		t.Fatalf("no bar seen on the screen; last screen:\n%s", got)
	case got != "EXIT 0":
		// The bar is cleared at the end: nothing but the exit status.
		t.Errorf("screen at the end = %q, want only \"EXIT 0\"", got)
	}
}

// TestProgressMessage checks that an error line printed while the bar is
// on screen starts on a cleared line, not in the middle of the bar.
func TestProgressMessage(t *testing.T) {
	dir := corpusDir(t, 12)
	missing := filepath.Join(dir, "missing.txt")
	var out, errb bytes.Buffer
	c, fs, _ := parseFlags([]string{"-j", "1", dir, missing}, strings.NewReader(""), &errb)
	c.bar = barOptions{force: true, interval: time.Nanosecond, wait: true}
	if failed := c.runAll(fs.Args(), &out, nil); !failed {
		t.Fatal("a missing file did not fail the run")
	}
	errs := errb.String()
	i := strings.Index(errs, "vnextract: ")
	if i < 0 {
		t.Fatalf("no error line in stderr: %q", errs)
	}
	if !strings.HasSuffix(errs[:i], "\r\x1b[K") {
		t.Errorf("the error line does not start on a cleared line: %q", errs[max(0, i-40):i+20])
	}
}
