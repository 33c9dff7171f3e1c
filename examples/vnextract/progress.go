package main

import (
	"io"
	"os"
	"strconv"

	"github.com/schollz/progressbar/v3"
)

// minProgress is how many articles must be done before a progress bar
// appears: a few files finish before anyone would look at one.
const minProgress = 5

// progress reports articles done, bytes and throughput, and elapsed time
// on stderr when it is a terminal and -q is not set. Inputs are streamed,
// so the total and hence an ETA are not known. Its methods are called from the
// writer goroutine only.
type progress struct {
	w     io.Writer
	on    bool
	n     int
	bytes int
	bar   *progressbar.ProgressBar
}

func newProgress(c *config) *progress {
	f, ok := c.stderr.(*os.File)
	on := ok && !c.quiet && isTerminal(f)
	return &progress{w: c.stderr, on: on}
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progress) add(n int) {
	if !p.on {
		return
	}
	p.n++
	p.bytes += n
	if p.bar == nil {
		if p.n < minProgress {
			return
		}
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("articles"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("bytes"),
			progressbar.OptionThrottle(100_000_000),
			progressbar.OptionClearOnFinish(),
		)
		p.bar.Add(p.bytes)
		return
	}
	if p.n%16 == 0 {
		p.bar.Describe(strconv.Itoa(p.n) + " articles")
	}
	p.bar.Add(n)
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
