package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// An article is one unit of work: a file to read, text already read, or a
// JSON Lines record to parse.
type article struct {
	seq    int
	name   string // file name as given, or "-" for standard input
	path   string // file to read in the worker; "" when src or record is set
	src    []byte
	record []byte // a JSONL line, parsed in the worker
	line   int    // line number of record in name
	err    error  // an error found while listing the inputs
}

// enumerate lists the articles of args in order and passes each to emit.
// It streams: a directory is walked and a corpus read as emit consumes.
func (c *config) enumerate(args []string, emit func(article)) {
	for _, arg := range args {
		switch {
		case arg == "-" && c.jsonl:
			c.records("-", c.stdin, emit)
		case arg == "-":
			src, err := io.ReadAll(c.stdin)
			if err != nil {
				err = fmt.Errorf("reading standard input: %w", err)
			}
			emit(article{name: "-", src: src, err: err})
		default:
			c.enumeratePath(arg, emit)
		}
	}
}

func (c *config) enumeratePath(path string, emit func(article)) {
	c.walkPath(path, func(p string, _ fs.DirEntry) error {
		c.file(p, emit)
		return nil
	}, func(p string, err error) error {
		emit(article{name: p, err: err})
		return nil
	})
}

// walkPath calls file for each input file that path names: path itself
// when it is not a directory, else the files under it whose names end with
// the input suffix, in lexical order; and fail for each path that cannot be
// listed. The progress bar's pre-walk uses it too, so that both see the same
// files. A callback returning filepath.SkipAll ends the walk.
func (c *config) walkPath(path string, file func(string, fs.DirEntry) error, fail func(string, error) error) {
	info, err := os.Stat(path)
	if err != nil {
		fail(path, err)
		return
	}
	if !info.IsDir() {
		file(path, fs.FileInfoToDirEntry(info))
		return
	}
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fail(p, err)
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), c.suffix()) {
			return file(p, d)
		}
		return nil
	})
	if err != nil {
		fail(path, err)
	}
}

// suffix is the file name suffix looked for in directories.
func (c *config) suffix() string {
	if c.jsonl {
		return ".jsonl"
	}
	return ".txt"
}

func (c *config) file(path string, emit func(article)) {
	if !c.jsonl {
		emit(article{name: path, path: path})
		return
	}
	f, err := os.Open(path)
	if err != nil {
		emit(article{name: path, err: err})
		return
	}
	defer f.Close()
	c.records(path, f, emit)
}

// records emits one article per non-empty line of a JSON Lines corpus.
func (c *config) records(name string, r io.Reader, emit func(article)) {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			emit(article{name: name, record: line, line: n})
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				emit(article{name: name, line: n, err: fmt.Errorf("reading line %d: %w", n, err)})
			}
			return
		}
	}
}

// parseDate reads a publication date in the shapes corpora use.
func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "02/01/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("publication date %q: want YYYY-MM-DD or RFC 3339", s)
}
