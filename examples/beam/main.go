// Command beam runs the vnextract extractor over an archive of Vietnamese
// articles as an Apache Beam pipeline, on any Beam runner: prism (local,
// the default), direct, dataflow, flink, spark.
//
// Usage:
//
//	go run . --input 'corpus/*.jsonl' --output out/results [--officials out/officials] [beam flags]
//
// The input is a glob of JSON Lines files ({"id", "text", "published"?},
// the vnextract command's -jsonl) or of .txt files, one article each,
// local or on gs:// or s3://. The results are written as sharded JSON
// Lines files prefix-SSSSS-of-NNNNN.jsonl, one line per article in the
// vnextract command's schema; bad records go to the dead-letter files
// (default prefix: the output's plus "-errors"), and with --officials one
// row per official and title is written for a warehouse table. See
// README.md for the Dataflow and Flink command lines.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// Filesystems for the input glob and the outputs.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"github.com/vnextract/vnextract/examples/beam/vnbeam"
)

var (
	input      = flag.String("input", "", "glob of the articles: JSON Lines files, or .txt files (local, gs://, s3://)")
	format     = flag.String("format", "", `input format, "jsonl" or "txt" (default: "txt" when --input ends in .txt, else "jsonl")`)
	output     = flag.String("output", "", "prefix of the result files: PREFIX-SSSSS-of-NNNNN.jsonl")
	shards     = flag.Int("shards", 16, "number of result (and officials) files")
	deadLetter = flag.String("dead_letter", "", "prefix of the dead-letter files (default: --output plus \"-errors\")")
	officials  = flag.String("officials", "", "prefix of the officials' files, one row per official and title (default: not written)")
	ref        = flag.String("ref", "", "reference date YYYY-MM-DD for the articles without a publication date")
	idField    = flag.String("id_field", "id", "the field of a JSON Lines record holding the article id")
	textField  = flag.String("text_field", "text", "the field of a JSON Lines record holding the article text")
	pubField   = flag.String("published_field", "published", "the field of a JSON Lines record holding the publication date")
)

func main() {
	flag.Parse()
	beam.Init()
	ctx := context.Background()
	if err := run(ctx); err != nil {
		log.Exitf(ctx, "vnextract beam: %v", err)
	}
}

func run(ctx context.Context) error {
	if *input == "" || *output == "" {
		flag.Usage()
		return fmt.Errorf("--input and --output are required")
	}
	p, s := beam.NewPipelineWithRoot()
	_, err := vnbeam.Build(s, vnbeam.Options{
		Input:          *input,
		Format:         *format,
		Output:         *output,
		Shards:         *shards,
		DeadLetter:     *deadLetter,
		Officials:      *officials,
		Reference:      *ref,
		IDField:        *idField,
		TextField:      *textField,
		PublishedField: *pubField,
	})
	if err != nil {
		return err
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	if res != nil {
		printCounters(res)
	}
	return nil
}

// printCounters prints the pipeline's counters on standard error, when the
// runner reports them (a job submitted with --async has none yet).
func printCounters(res beam.PipelineResult) {
	counters := vnbeam.Counters(res)
	names := make([]string, 0, len(counters))
	for n := range counters {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "%s: %d\n", n, counters[n])
	}
}
