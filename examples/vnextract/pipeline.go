package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/vnextract/vnextract/extract"
)

// output is one line of the command's JSON output.
type output struct {
	File  string `json:"file,omitempty"`
	ID    any    `json:"id,omitempty"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error,omitempty"`
	*extract.Result
}

// A result is the formatted output of one article.
type result struct {
	seq    int
	out    []byte
	html   []byte // the article's HTML fragment, with -html
	errMsg string // non-empty when the article failed
	bytes  int    // input bytes, for progress
}

// runAll processes every article of args with c.workers workers and writes
// the results to w in input order. At most a few articles per worker are in
// memory at once. It reports whether any article failed.
func (c *config) runAll(args []string, w io.Writer, page *htmlWriter) (failed bool) {
	// The window bounds the articles in flight; the channels can hold all
	// of them, so that neither the workers nor the writer wait on the
	// other for a free slot (with one slot per worker, two workers kept
	// both cores only ~90% busy).
	window := make(chan struct{}, 4*c.workers) // articles in flight
	jobs := make(chan article, cap(window))
	results := make(chan result, cap(window))
	go func() {
		seq := 0
		c.enumerate(args, func(a article) {
			window <- struct{}{}
			a.seq = seq
			seq++
			jobs <- a
		})
		close(jobs)
	}()
	var wg sync.WaitGroup
	for range c.workers {
		wg.Go(func() {
			for a := range jobs {
				results <- c.process(a)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	prog := newProgress(c, args)
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			w.Write(r.out)
			if page != nil {
				page.write(r.html)
			}
			if r.errMsg != "" {
				prog.message("vnextract: " + r.errMsg)
				failed = true
			}
			prog.add(r.bytes)
		}
	}
	prog.done()
	return failed
}

// process reads, extracts and formats one article.
func (c *config) process(a article) result {
	o := output{File: a.name}
	if a.record != nil {
		o = output{Line: a.line}
	}
	src, ref, err := c.load(a, &o)
	r := result{seq: a.seq, bytes: inputBytes(a, src)}
	if err != nil {
		o.Error = err.Error()
		r.errMsg = describe(a, o.ID) + ": " + err.Error()
		if c.normalize {
			return r // the message on stderr is all: no text to print
		}
		r.out = c.format(o)
		if c.htmlPath != "" {
			r.html = htmlArticle(o, nil)
		}
		return r
	}
	if c.normalize {
		r.out = c.norm.Normalize(src).Bytes()
		return r
	}
	ex := c.ex
	if !ref.IsZero() {
		ex = ex.At(ref)
	}
	o.Result = ex.Extract(src)
	if a.record != nil {
		o.Line = 0
	}
	r.out = c.format(o)
	if c.htmlPath != "" {
		r.html = htmlArticle(o, src)
	}
	return r
}

// describe names an article in messages: its file, and line and id for a
// JSONL record.
func describe(a article, id any) string {
	s := a.name
	if a.line > 0 {
		s = fmt.Sprintf("%s:%d", s, a.line)
	}
	if id != nil {
		s += fmt.Sprintf(" (id %v)", id)
	}
	return s
}

// load returns the text of an article and its own reference date.
func (c *config) load(a article, o *output) ([]byte, time.Time, error) {
	switch {
	case a.err != nil:
		return nil, time.Time{}, a.err
	case a.path != "":
		src, err := os.ReadFile(a.path)
		return src, time.Time{}, err
	case a.record != nil:
		return c.parseRecord(a.record, o)
	}
	return a.src, time.Time{}, nil
}

// parseRecord reads one JSONL article.
func (c *config) parseRecord(line []byte, o *output) ([]byte, time.Time, error) {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, time.Time{}, fmt.Errorf("malformed JSON: %v", err)
	}
	if raw, ok := rec[c.idField]; ok {
		var id any
		if json.Unmarshal(raw, &id) == nil {
			o.ID = id
		}
	}
	var text string
	raw, ok := rec[c.textField]
	if !ok {
		return nil, time.Time{}, fmt.Errorf("no %q field", c.textField)
	}
	if err := json.Unmarshal(raw, &text); err != nil {
		return nil, time.Time{}, fmt.Errorf("field %q: not a string", c.textField)
	}
	var ref time.Time
	if raw, ok := rec[c.pubField]; ok && string(raw) != "null" {
		var pub string
		if err := json.Unmarshal(raw, &pub); err != nil {
			return nil, time.Time{}, fmt.Errorf("field %q: not a string", c.pubField)
		}
		var err error
		if ref, err = parseDate(pub); err != nil {
			return nil, time.Time{}, err
		}
	}
	return []byte(text), ref, nil
}

// format renders one output as a JSON line or, with -pretty, a summary.
func (c *config) format(o output) []byte {
	if c.pretty {
		return pretty(o)
	}
	b, err := json.Marshal(o)
	if err != nil {
		b, _ = json.Marshal(output{File: o.File, ID: o.ID, Error: "encoding result: " + err.Error()})
	}
	return append(b, '\n')
}
