package vnbeam

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn4x1[context.Context, *sdf.LockRTracker, fileio.ReadableFile, func(Record), error](&readLinesFn{})
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Record), error](&readFileFn{})
	register.Emitter1[Record]()
}

// A Record is one article as read: a line of a JSON Lines file, or a
// whole .txt file.
type Record struct {
	// File is the file's path or URL.
	File string
	// Offset is the byte offset of the line in the file (decompressed);
	// 0 for a .txt file.
	Offset int64
	// Data is the line, without its newline, or the file's content
	// (bytes: a .txt file may be in a legacy encoding).
	Data []byte
}

// Read returns the articles of o.Input as a PCollection of Record: one per
// line of a JSON Lines file, or one per file for FormatText. The glob must
// match at least one file. Files ending in .gz are decompressed.
//
// Uncompressed JSON Lines files are split across workers in blocks (a
// splittable DoFn, as textio does); a gzip file is read by one worker from
// start to end. (Beam's textio.Read splits a gzip file by its compressed
// size and so reads only its first lines: it is not used here.)
func Read(s beam.Scope, o Options) beam.PCollection {
	o = o.withDefaults()
	matches := fileio.MatchFiles(s, o.Input, fileio.MatchEmptyDisallow())
	// Spread the files over the workers before reading them.
	files := fileio.ReadMatches(s, beam.Reshuffle(s, matches), fileio.ReadDirectorySkip())
	if o.Format == FormatJSONL {
		return beam.ParDo(s, &readLinesFn{}, files)
	}
	return beam.ParDo(s, &readFileFn{}, files)
}

// readFileFn reads a whole file as one article. A file that cannot be read
// fails the bundle, so that the runner retries it: that is an I/O problem,
// not a bad record.
type readFileFn struct{}

func (fn *readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Record)) error {
	data, err := f.Read(ctx)
	if err != nil {
		return fmt.Errorf("reading %s: %w", f.Metadata.Path, err)
	}
	emit(Record{File: f.Metadata.Path, Data: data})
	return nil
}

// blockSize is the size of the initial splits of an uncompressed file.
const blockSize = 64 << 20

// compressed reports whether Beam's fileio decompresses path (its
// automatic detection, by extension).
func compressed(path string) bool { return strings.HasSuffix(path, ".gz") }

// readLinesFn is a splittable DoFn emitting the lines of a file. The
// restriction is a range of byte offsets of the file as stored; the lines
// that begin in it are the restriction's. A compressed file's offsets in
// the decompressed text are not those of the file: the restriction that
// holds offset 0 reads the whole file, the others nothing.
type readLinesFn struct{}

// CreateInitialRestriction is the whole file.
func (fn *readLinesFn) CreateInitialRestriction(f fileio.ReadableFile) offsetrange.Restriction {
	return offsetrange.Restriction{Start: 0, End: f.Metadata.Size}
}

// SplitRestriction splits an uncompressed file in blocks of blockSize,
// the last one at least a quarter block.
func (fn *readLinesFn) SplitRestriction(f fileio.ReadableFile, rest offsetrange.Restriction) []offsetrange.Restriction {
	if compressed(f.Metadata.Path) {
		return []offsetrange.Restriction{rest}
	}
	splits := rest.SizedSplits(blockSize)
	if n := len(splits); n > 1 && splits[n-1].End-splits[n-1].Start < blockSize/4 {
		splits[n-2].End = splits[n-1].End
		splits = splits[:n-1]
	}
	return splits
}

// RestrictionSize is the range's size in bytes.
func (fn *readLinesFn) RestrictionSize(_ fileio.ReadableFile, rest offsetrange.Restriction) float64 {
	return rest.Size()
}

// CreateTracker tracks the range with an offset range tracker.
func (fn *readLinesFn) CreateTracker(rest offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(rest))
}

func (fn *readLinesFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, f fileio.ReadableFile, emit func(Record)) error {
	path := f.Metadata.Path
	rest := rt.GetRestriction().(offsetrange.Restriction)
	// finish claims the rest of the restriction, if the tracker has not
	// refused a claim yet (it may not be asked again then).
	finish := func() { rt.TryClaim(rt.GetRestriction().(offsetrange.Restriction).End) }
	gz := compressed(path)
	if gz && rest.Start != 0 {
		finish() // not the restriction that reads this file
		return nil
	}
	if gz && !rt.TryClaim(int64(0)) {
		return nil
	}
	r, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	defer r.Close()
	claim := func(off int64) bool { return rt.TryClaim(off) }
	if gz {
		claim = func(int64) bool { return true } // offset 0 is claimed: the whole file is ours
	}
	refused, err := readLines(r, rest.Start, claim, func(off int64, line []byte) {
		emit(Record{File: path, Offset: off, Data: line})
	})
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if !refused {
		finish()
	}
	return nil
}

// readLines emits the lines of r that begin at or after start, with their
// offsets and without their newline, until claim refuses an offset or the
// text ends; it reports whether claim refused one. A line that begins
// before start is not emitted; a claimed line is emitted whole, wherever
// the claims stop. So reading a file in ranges [0, a), [a, b), ... emits
// every line once.
func readLines(r io.Reader, start int64, claim func(int64) bool, emit func(int64, []byte)) (refused bool, err error) {
	off := int64(0)
	if start > 0 {
		// Skip to the byte before start: if it is a newline, a line
		// begins at start; else skip the rest of the line it is in.
		if sk, ok := r.(io.Seeker); ok {
			if _, err := sk.Seek(start-1, io.SeekStart); err != nil {
				return false, err
			}
		} else if _, err := io.CopyN(io.Discard, r, start-1); err != nil {
			if errors.Is(err, io.EOF) {
				return false, nil
			}
			return false, err
		}
		off = start - 1
	}
	br := bufio.NewReaderSize(r, 1<<20)
	if start > 0 {
		line, err := br.ReadSlice('\n')
		for errors.Is(err, bufio.ErrBufferFull) {
			off += int64(len(line))
			line, err = br.ReadSlice('\n')
		}
		off += int64(len(line))
		if err != nil {
			if errors.Is(err, io.EOF) {
				return false, nil
			}
			return false, err
		}
	}
	for {
		if !claim(off) {
			return true, nil
		}
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			emit(off, bytes.TrimSuffix(line, []byte("\n")))
		}
		off += int64(len(line))
		if err != nil {
			if errors.Is(err, io.EOF) {
				return false, nil
			}
			return false, err
		}
	}
}
