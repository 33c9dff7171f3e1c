// Command vnextract extracts dates, officials and counts from Vietnamese
// news articles and prints one JSON object per article (JSON Lines), or
// prints the articles normalized.
//
// Usage:
//
//	vnextract [flags] FILE|DIR|-...
//
// Arguments are files, directories (walked recursively for *.txt) or "-"
// for standard input. With -jsonl each input is a JSON Lines corpus, one
// article per line. Each output line is {"file": ...} or {"id": ...} with
// "dates", "officials", "counts", "money", "percents", "bylines" and
// "photo_credits", byte offsets into the article as stored. Output is in
// input order whatever -j is. An unreadable file or a malformed JSONL line
// gives a line with an "error" field and a message on stderr; the other
// inputs are still processed and the exit status is 1.
//
// When stderr is a terminal and -q is not set, a progress bar on stderr
// shows the articles done and the input read per second and, when the
// inputs are files and directories, the percentage done and the time left;
// it is cleared at the end. Nothing else is written to stderr unless an
// input fails.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/vnextract/vnextract/extract"
	"github.com/vnextract/vnextract/normalize"
)

const usage = `usage: vnextract [flags] FILE|DIR|-...

Extract dates, officials and counts from Vietnamese news articles and print
one JSON object per article on its own line, in input order. Directories are
walked for *.txt files; "-" reads standard input. When stderr is a terminal,
a progress bar shows the articles done, MB/s and, for files and directories,
the percentage done and the time left (-q turns it off).

Examples:
  vnextract -ref 2021-01-20 article.txt
  vnextract -j 2 archive/ > out.jsonl
  vnextract -jsonl -id-field url -text-field content corpus.jsonl
  vnextract -pretty article.txt
  vnextract -html report.html -q articles/ > out.jsonl
  vnextract -normalize -tone modern article.txt
  cat article.txt | vnextract -

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the parsed command line.
type config struct {
	normalize bool
	pretty    bool
	htmlPath  string
	quiet     bool
	jsonl     bool
	workers   int
	idField   string
	textField string
	pubField  string
	norm      *normalize.Normalizer
	ex        *extract.Extractor
	stdin     io.Reader
	stderr    io.Writer
	bar       barOptions // progress bar settings for tests
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if os.Getenv("GOGC") == "" {
		// The live heap is a few articles in flight, so the default GC
		// target makes the collector run constantly; it then competes with
		// the workers for the cores. A higher target keeps memory small
		// (tens of MB) and lets -j 2 use both cores.
		debug.SetGCPercent(400)
	}
	c, fs, code := parseFlags(args, stdin, stderr)
	if c == nil {
		return code
	}
	if prof := fs.Lookup("cpuprofile").Value.String(); prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			fmt.Fprintln(stderr, "vnextract:", err)
			return 2
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(stderr, "vnextract: -cpuprofile:", err)
			return 2
		}
		defer pprof.StopCPUProfile()
	}
	var page *htmlWriter
	if c.htmlPath != "" {
		f, err := os.Create(c.htmlPath)
		if err != nil {
			fmt.Fprintln(stderr, "vnextract: -html:", err)
			return 2
		}
		defer f.Close()
		hw := bufio.NewWriter(f)
		defer hw.Flush()
		page = newHTMLWriter(hw)
		defer page.close()
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	failed := c.runAll(fs.Args(), w, page)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "vnextract: writing output:", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

func parseFlags(args []string, stdin io.Reader, stderr io.Writer) (*config, *flag.FlagSet, int) {
	fs := flag.NewFlagSet("vnextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	c := &config{stdin: stdin, stderr: stderr}
	ref := fs.String("ref", "", "reference (publication) date `YYYY-MM-DD` for relative dates")
	fs.BoolVar(&c.normalize, "normalize", false, "print each input normalized instead of extracting")
	tone := fs.String("tone", "traditional", "tone placement for -normalize: traditional, modern or keep")
	fold := fs.Bool("fold", false, "with -normalize: remove diacritics")
	lower := fs.Bool("lower", false, "with -normalize -fold: fold case too")
	legacy := fs.Bool("legacy", true, "detect and convert legacy encodings and mojibake")
	fs.BoolVar(&c.jsonl, "jsonl", false, "inputs are JSON Lines corpora, one article per line")
	fs.StringVar(&c.idField, "id-field", "id", "with -jsonl: the field holding the article id")
	fs.StringVar(&c.textField, "text-field", "text", "with -jsonl: the field holding the article text")
	fs.StringVar(&c.pubField, "published-field", "published", "with -jsonl: the field holding the publication date (used as -ref for that article)")
	fs.IntVar(&c.workers, "j", runtime.NumCPU(), "number of articles processed at once")
	fs.BoolVar(&c.pretty, "pretty", false, "print a readable summary per article instead of JSON")
	fs.BoolVar(&c.quiet, "q", false, "no progress bar on stderr (it is shown only when stderr is a terminal)")
	fs.StringVar(&c.htmlPath, "html", "", "also write an HTML `file` showing each article with its extracted spans highlighted")
	fs.String("cpuprofile", "", "write a CPU profile to `file`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, fs, 0
		}
		return nil, fs, 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return nil, fs, 2
	}
	if c.workers < 1 {
		c.workers = 1
	}
	t, err := normalize.ParseTone(*tone)
	if err != nil {
		fmt.Fprintln(stderr, "vnextract:", err)
		return nil, fs, 2
	}
	opts := []normalize.Option{normalize.WithTone(t), normalize.WithLegacy(*legacy)}
	if *fold {
		opts = append(opts, normalize.WithFold(*lower))
	}
	c.norm = normalize.New(opts...)
	exOpts := []extract.Option{extract.WithNormalizer(normalize.New(normalize.WithLegacy(*legacy)))}
	if *ref != "" {
		tm, err := time.Parse("2006-01-02", *ref)
		if err != nil {
			fmt.Fprintf(stderr, "vnextract: -ref %q: want a date as YYYY-MM-DD\n", *ref)
			return nil, fs, 2
		}
		exOpts = append(exOpts, extract.WithReference(tm))
	}
	c.ex = extract.New(exOpts...)
	return c, fs, 0
}
