package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// inputSize is what the progress bar's pre-walk finds.
type inputSize struct {
	bytes int64 // the size of the inputs
	files int   // without -jsonl, the number of articles: files and paths that cannot be listed
	ok    bool  // every input's size is known
}

// measure sums the sizes of the inputs that args name, for the progress
// bar's total, by listing directories and stating files, without reading
// them: it only counts, so memory stays small whatever the number of
// files. It gives up, with ok false, when an input is not a regular file
// (a pipe, a device) or when stop is closed.
func (c *config) measure(args []string, stop <-chan struct{}) inputSize {
	var s inputSize
	stdin := false
	for _, arg := range args {
		if arg == "-" {
			if !c.jsonl {
				s.files++
			}
			if stdin {
				continue // read already by the first "-": no more bytes
			}
			stdin = true
			n, ok := regularSize(c.stdin)
			if !ok {
				return inputSize{}
			}
			s.bytes += n
			continue
		}
		stopped := false
		c.walkPath(arg, func(p string, d fs.DirEntry) error {
			n, ok := fileSize(p, d)
			if !ok || isClosed(stop) {
				stopped = true
				return filepath.SkipAll
			}
			s.bytes += n
			s.files++
			return nil
		}, func(string, error) error {
			if isClosed(stop) {
				stopped = true
				return filepath.SkipAll
			}
			s.files++ // an article with an error
			return nil
		})
		if stopped {
			return inputSize{}
		}
	}
	s.ok = true
	return s
}

// fileSize is the number of bytes that reading the file p, listed as d,
// gives, and false if that cannot be known without reading it.
func fileSize(p string, d fs.DirEntry) (int64, bool) {
	info, err := d.Info()
	if err == nil && d.Type()&fs.ModeSymlink != 0 {
		info, err = os.Stat(p)
	}
	switch {
	case err != nil, info.IsDir():
		return 0, true // reading fails: an error line and no bytes
	case info.Mode().IsRegular():
		return info.Size(), true
	}
	return 0, false // a pipe, a socket or a device
}

// regularSize is the size of r if it is a regular file, as standard input
// is when redirected from one.
func regularSize(r io.Reader) (int64, bool) {
	f, ok := r.(*os.File)
	if !ok {
		return 0, false
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return 0, false
	}
	return info.Size(), true
}

// isClosed reports whether ch is closed, without waiting.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}
