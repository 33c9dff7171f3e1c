// Command vnextract extracts dates, officials and counts from Vietnamese
// news articles and prints one JSON object per article (JSON Lines), or
// prints the articles normalized.
//
// Usage:
//
//	vnextract [-ref YYYY-MM-DD] FILE...|-
//	vnextract -normalize [-tone traditional|modern] [-fold] FILE...|-
//
// Each output line is {"file": ..., "dates": [...], "officials": [...],
// "counts": [...], ...} with byte offsets into the file as stored. An
// unreadable file gives a line with an "error" field and a message on
// stderr; the other files are still processed and the exit status is 1.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/vnextract/vnextract/extract"
	"github.com/vnextract/vnextract/normalize"
)

const usage = `usage: vnextract [flags] FILE...|-

Extract dates, officials and counts from Vietnamese news articles; print one
JSON object per article on its own line. "-" reads standard input.

Examples:
  vnextract -ref 2021-01-20 testdata/extract/party-conference.txt
  vnextract -normalize -tone modern article.txt
  cat article.txt | vnextract -

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type config struct {
	ref       time.Time
	normalize bool
	norm      *normalize.Normalizer
	ex        *extract.Extractor
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vnextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	ref := fs.String("ref", "", "reference (publication) date `YYYY-MM-DD` for relative dates")
	norm := fs.Bool("normalize", false, "print each input normalized instead of extracting")
	tone := fs.String("tone", "traditional", "tone placement for -normalize: traditional, modern or keep")
	fold := fs.Bool("fold", false, "with -normalize: remove diacritics")
	lower := fs.Bool("lower", false, "with -normalize -fold: fold case too")
	legacy := fs.Bool("legacy", true, "detect and convert legacy encodings and mojibake")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	t, err := normalize.ParseTone(*tone)
	if err != nil {
		fmt.Fprintln(stderr, "vnextract:", err)
		return 2
	}
	opts := []normalize.Option{normalize.WithTone(t), normalize.WithLegacy(*legacy)}
	if *fold {
		opts = append(opts, normalize.WithFold(*lower))
	}
	c := config{normalize: *norm, norm: normalize.New(opts...)}
	exOpts := []extract.Option{extract.WithNormalizer(normalize.New(normalize.WithLegacy(*legacy)))}
	if *ref != "" {
		c.ref, err = time.Parse("2006-01-02", *ref)
		if err != nil {
			fmt.Fprintf(stderr, "vnextract: -ref %q: want a date as YYYY-MM-DD\n", *ref)
			return 2
		}
		exOpts = append(exOpts, extract.WithReference(c.ref))
	}
	c.ex = extract.New(exOpts...)

	w := bufio.NewWriter(stdout)
	defer w.Flush()
	status := 0
	for _, name := range fs.Args() {
		if err := c.process(name, stdin, w); err != nil {
			fmt.Fprintf(stderr, "vnextract: %v\n", err)
			status = 1
		}
	}
	return status
}

// output is one line of the command's JSON output.
type output struct {
	File  string `json:"file"`
	Error string `json:"error,omitempty"`
	*extract.Result
}

func (c *config) process(name string, stdin io.Reader, w *bufio.Writer) error {
	src, err := readInput(name, stdin)
	if err != nil {
		if !c.normalize {
			writeJSON(w, output{File: name, Error: err.Error()})
		}
		return err
	}
	if c.normalize {
		w.Write(c.norm.Normalize(src).Bytes())
		return nil
	}
	writeJSON(w, output{File: name, Result: c.ex.Extract(src)})
	return nil
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return b, nil
	}
	return os.ReadFile(name)
}

func writeJSON(w *bufio.Writer, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(map[string]string{"error": err.Error()})
	}
	w.Write(b)
	w.WriteByte('\n')
}
