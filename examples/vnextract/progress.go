package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

const (
	// minProgress is how many articles must be done before a progress bar
	// appears: a few files finish before anyone would look at one.
	minProgress = 5
	// redraw is the least time between two redraws of the bar.
	redraw = 100 * time.Millisecond
	// walkWait is how long the spinner waits for the pre-walk before it
	// appears: a walk of a local corpus rarely takes longer, and then the
	// bar with a total comes first.
	walkWait = 500 * time.Millisecond
	// unknownMax stands for the total of the bar with a total until the
	// total is known: a percentage of it stays 0, so the bar never draws.
	unknownMax = 1 << 62
)

// barOptions are settings of the progress bar that tests change; the zero
// value is what the command uses.
type barOptions struct {
	force    bool          // show the bar even when stderr is not a terminal
	interval time.Duration // least time between redraws; 0 means redraw
	wait     bool          // wait for the total before counting the first article
}

// progress reports on stderr, when it is a terminal and -q is not set, the
// articles done, the input bytes read per second and the time elapsed.
//
// Progress is counted in input bytes: the bytes of each file or of
// standard input as read, and for JSONL the length of each line with its
// newline. When every input is a regular file or a directory (or standard
// input redirected from a regular file), a pre-walk run alongside the work
// stats the files that will be read (with the same walk rules, keeping only
// a count and a byte total, never a list) and the bar then shows the
// percentage done and the time left, and without -jsonl the number of
// articles to do. When an input is a pipe, and while a pre-walk that has
// taken more than walkWait goes on, a spinner without a total is shown
// instead.
//
// Both bars are created at the start and take every article, so that their
// throughput and time left are measured from the first article, but they
// draw nothing until shown: the spinner writes through a closed gate, and
// the bar with a total draws nothing until its total is set (see
// unknownMax; it writes to stderr itself to fit the terminal's width). The
// bar shown is cleared when the work is done. The methods of progress are
// called from the writer goroutine only.
type progress struct {
	w        io.Writer
	on       bool
	jsonl    bool
	interval time.Duration
	start    time.Time
	n        int   // articles done
	bytes    int64 // input bytes done

	sized chan inputSize // the pre-walk's result; nil once received
	stop  chan struct{}  // closed to stop the pre-walk
	size  inputSize      // the pre-walk's result once received
	known bool           // size is received, ok and not empty

	spin     *progressbar.ProgressBar // without a total, shown while it is unknown
	spinGate *gate                    // opened when spin is shown
	bar      *progressbar.ProgressBar // with a total, shown once it is known
	shown    bool                     // bar is shown
	barCur   int64                    // bytes added to bar, kept at most its total
}

// newProgress starts the progress report of a run over args: the pre-walk
// for the total, and the clock of the bar with a total.
func newProgress(c *config, args []string) *progress {
	on := !c.quiet && (c.bar.force || isTerminal(c.stderr))
	p := &progress{w: c.stderr, on: on, jsonl: c.jsonl, interval: c.bar.interval, start: time.Now()}
	if !on {
		return p
	}
	if p.interval == 0 {
		p.interval = redraw
	}
	sized, stop := make(chan inputSize, 1), make(chan struct{})
	p.sized, p.stop = sized, stop
	go func() { sized <- c.measure(args, stop) }()
	p.bar = progressbar.NewOptions64(unknownMax,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionThrottle(p.interval),
		progressbar.OptionClearOnFinish(),
	)
	p.bar.StartWithoutRender()
	p.spinGate = &gate{w: p.w}
	p.spin = progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(p.spinGate),
		progressbar.OptionSetDescription(p.describe()),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(p.interval),
		progressbar.OptionClearOnFinish(),
	)
	p.spin.StartWithoutRender()
	if c.bar.wait {
		p.receive(<-p.sized)
	}
	return p
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// inputBytes is what article a counts for in the progress, in the units of
// the pre-walk's total: the bytes of its file or standard input, src, or
// its JSON Lines line with the newline.
func inputBytes(a article, src []byte) int {
	if a.record != nil {
		return len(a.record)
	}
	return len(src)
}

// receive records the pre-walk's result.
func (p *progress) receive(s inputSize) {
	p.sized = nil
	p.size = s
	p.known = s.ok && s.bytes > 0
}

// add counts one more article done, of n input bytes.
func (p *progress) add(n int) {
	if !p.on {
		return
	}
	p.n++
	p.bytes += int64(n)
	if p.sized != nil {
		select {
		case s := <-p.sized:
			p.receive(s)
		default:
		}
	}
	// Both bars take every article while they may be shown, to measure
	// the throughput since the start; the bar with a total never goes
	// past its total: it would end and clear itself if the files grew
	// since the pre-walk.
	if p.spin != nil {
		p.spin.Describe(p.describe())
		p.spin.Add(n)
	}
	add := int64(n)
	if p.shown {
		add = min(add, p.size.bytes-p.barCur)
		// Adding draws the bar when the percentage changes: set the
		// new count first, without drawing (no other goroutine uses bar).
		progressbar.OptionSetDescription(p.describe())(p.bar)
	}
	if p.sized != nil || p.known {
		p.barCur += add
		p.bar.Add64(add)
	}
	if p.n < minProgress {
		return
	}
	switch {
	case p.shown:
		p.bar.Describe(p.describe()) // draws the throughput and time left
	case p.known && p.bytes < p.size.bytes:
		p.show()
	case p.known && p.bytes == p.size.bytes:
		// All done: not worth a bar.
	case p.known:
		p.known = false // the files grew since the pre-walk: no total
		p.spinGate.open.Store(true)
	case p.sized == nil || time.Since(p.start) >= walkWait:
		p.spinGate.open.Store(true)
	}
}

// show replaces the spinner, if any, by the bar with a total.
func (p *progress) show() {
	p.spin.Finish() // clears its line if shown and stops its clock
	p.spin = nil
	p.shown = true
	// Set the description before the total: setting the total draws the
	// bar, and Describe would draw it first with the placeholder total.
	progressbar.OptionSetDescription(p.describe())(p.bar)
	p.bar.ChangeMax64(p.size.bytes)
	p.bar.Describe(p.describe())
}

// describe is the text before the bar: the articles done, and how many
// there are when that is known.
func (p *progress) describe() string {
	s := strconv.Itoa(p.n)
	if p.known && !p.jsonl {
		s += "/" + strconv.Itoa(p.size.files)
	}
	return s + " articles"
}

// message writes the line s to stderr. When a bar is on screen, its line
// is cleared first, so that s does not land in the middle of it; the bar
// is drawn again below s with the next article.
func (p *progress) message(s string) {
	if p.on && (p.shown || p.spinGate != nil && p.spinGate.open.Load()) {
		io.WriteString(p.w, "\r\x1b[K")
	}
	fmt.Fprintln(p.w, s)
}

// done clears the bar and stops the pre-walk.
func (p *progress) done() {
	if !p.on {
		return
	}
	close(p.stop)
	if p.spin != nil {
		p.spin.Finish()
	}
	if p.shown {
		p.bar.Finish()
	}
}

// A gate is a writer that drops what is written until it is opened.
type gate struct {
	w    io.Writer
	open atomic.Bool
}

func (g *gate) Write(b []byte) (int, error) {
	if !g.open.Load() {
		return len(b), nil
	}
	return g.w.Write(b)
}
