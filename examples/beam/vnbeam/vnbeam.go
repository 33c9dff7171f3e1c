// Package vnbeam runs the vnextract extractor as Apache Beam transforms:
// read a corpus of Vietnamese articles (JSON Lines records or .txt files)
// from any Beam filesystem, extract dates, officials and counts from each
// article, and write the results as sharded JSON Lines files, with the bad
// records in a dead-letter output and, optionally, one row per official
// for a warehouse table.
//
// Each result line has exactly the schema of the vnextract command: {"id":
// ...} for a JSON Lines record or {"file": ...} for a .txt file, followed
// by the fields of extract.Result ("dates", "officials", "counts", "money",
// "percents", "bylines", "photo_credits").
package vnbeam

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vnextract/vnextract/extract"
)

// Metrics namespace and counter names reported by ExtractFn.
const (
	// Namespace is the namespace of the pipeline's counters.
	Namespace = "vnextract"
	// CounterArticles counts articles extracted (bad records excluded).
	CounterArticles = "articles"
	// CounterBytes counts the bytes of article text extracted.
	CounterBytes = "bytes"
	// CounterDates counts the dates found.
	CounterDates = "dates"
	// CounterOfficials counts the officials found.
	CounterOfficials = "officials"
	// CounterCounts counts the counts ("5 người") found.
	CounterCounts = "counts"
	// CounterErrors counts the records sent to the dead-letter output.
	CounterErrors = "errors"
)

var (
	articlesCounter  = beam.NewCounter(Namespace, CounterArticles)
	bytesCounter     = beam.NewCounter(Namespace, CounterBytes)
	datesCounter     = beam.NewCounter(Namespace, CounterDates)
	officialsCounter = beam.NewCounter(Namespace, CounterOfficials)
	countsCounter    = beam.NewCounter(Namespace, CounterCounts)
	errorsCounter    = beam.NewCounter(Namespace, CounterErrors)
)

// Input formats.
const (
	// FormatJSONL reads JSON Lines files, one article per line:
	// {"id": ..., "text": "...", "published": "YYYY-MM-DD"}.
	FormatJSONL = "jsonl"
	// FormatText reads each matched file as one article.
	FormatText = "txt"
)

func init() {
	register.DoFn5x0[context.Context, Record, func(string), func(string), func(string)](&ExtractFn{})
	register.DoFn2x0[string, func(int, string)](&shardKeyFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[string]()
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// Options configures Build.
type Options struct {
	// Input is a file glob, local or on a registered Beam filesystem
	// (gs://bucket/corpus/*.jsonl, s3://bucket/x/*.txt).
	Input string
	// Format is FormatJSONL or FormatText; empty chooses FormatText when
	// Input ends in ".txt" and FormatJSONL otherwise.
	Format string
	// Output is the prefix of the result files:
	// Output-SSSSS-of-NNNNN.jsonl.
	Output string
	// Shards is the number of result files (default 16).
	Shards int
	// DeadLetter is the prefix of the dead-letter files (default
	// Output + "-errors"); they are written with one shard.
	DeadLetter string
	// Officials, when set, is the prefix of the files of one row per
	// official and title (OfficialRow), written with Shards shards.
	Officials string
	// Reference is the reference (publication) date, YYYY-MM-DD, of
	// articles that have no "published" field; empty for none.
	Reference string
	// IDField, TextField and PublishedField name the fields of a JSON
	// Lines record (default "id", "text" and "published").
	IDField, TextField, PublishedField string
}

// withDefaults returns o with its empty fields set to their defaults.
func (o Options) withDefaults() Options {
	if o.Format == "" {
		o.Format = FormatJSONL
		if strings.HasSuffix(o.Input, ".txt") {
			o.Format = FormatText
		}
	}
	if o.Shards <= 0 {
		o.Shards = 16
	}
	if o.DeadLetter == "" {
		o.DeadLetter = o.Output + "-errors"
	}
	if o.IDField == "" {
		o.IDField = "id"
	}
	if o.TextField == "" {
		o.TextField = "text"
	}
	if o.PublishedField == "" {
		o.PublishedField = "published"
	}
	return o
}

// validate reports what is wrong with o, defaults applied.
func (o Options) validate() error {
	if o.Input == "" {
		return fmt.Errorf("vnbeam: no input glob")
	}
	if o.Output == "" {
		return fmt.Errorf("vnbeam: no output prefix")
	}
	if o.Format != FormatJSONL && o.Format != FormatText {
		return fmt.Errorf("vnbeam: format %q: want %q or %q", o.Format, FormatJSONL, FormatText)
	}
	if o.Reference != "" {
		if _, err := time.Parse("2006-01-02", o.Reference); err != nil {
			return fmt.Errorf("vnbeam: reference %q: want a date as YYYY-MM-DD", o.Reference)
		}
	}
	return nil
}

// Outputs are the PCollections of Build, for callers that add their own
// sinks.
type Outputs struct {
	// Results holds one JSON line per article, the vnextract command's
	// schema.
	Results beam.PCollection
	// Officials holds one OfficialRow JSON line per official and title.
	Officials beam.PCollection
	// DeadLetters holds one DeadLetter JSON line per bad record.
	DeadLetters beam.PCollection
}

// Build adds the pipeline described by o to s: read, extract, and write
// the results, the dead letters and (when o.Officials is set) the
// officials' rows.
func Build(s beam.Scope, o Options) (Outputs, error) {
	o = o.withDefaults()
	if err := o.validate(); err != nil {
		return Outputs{}, err
	}
	out := Extract(s.Scope("Extract"), Read(s.Scope("Read"), o), o)
	WriteSharded(s.Scope("WriteResults"), o.Output, ".jsonl", o.Shards, out.Results)
	WriteSharded(s.Scope("WriteDeadLetters"), o.DeadLetter, ".jsonl", 1, out.DeadLetters)
	if o.Officials != "" {
		WriteSharded(s.Scope("WriteOfficials"), o.Officials, ".jsonl", o.Shards, out.Officials)
	}
	return out, nil
}

// Extract applies an ExtractFn configured from o to articles, a
// PCollection of Record as returned by Read.
func Extract(s beam.Scope, articles beam.PCollection, o Options) Outputs {
	o = o.withDefaults()
	fn := &ExtractFn{
		Format:         o.Format,
		Reference:      o.Reference,
		IDField:        o.IDField,
		TextField:      o.TextField,
		PublishedField: o.PublishedField,
	}
	results, officials, dead := beam.ParDo3(s, fn, articles)
	return Outputs{Results: results, Officials: officials, DeadLetters: dead}
}

// ExtractFn is the DoFn that extracts one article. Its input is a Record,
// whose Data is a JSON Lines record (FormatJSONL) or the article's text
// (FormatText). It has three outputs, all JSON lines: the result
// (the vnextract command's schema), one OfficialRow per official and
// title, and a DeadLetter for a bad record (malformed JSON, no text, a
// text that is not a string, a bad publication date). A bad record is
// never dropped.
//
// The Extractor is built once per worker process, in Setup, and shared by
// the bundles it runs (it is safe for concurrent use).
type ExtractFn struct {
	// Format is FormatJSONL or FormatText.
	Format string `json:"format"`
	// Reference is the default reference date, YYYY-MM-DD, or empty.
	Reference string `json:"reference"`
	// IDField, TextField and PublishedField name the record's fields.
	IDField        string `json:"id_field"`
	TextField      string `json:"text_field"`
	PublishedField string `json:"published_field"`

	ex *extract.Extractor
}

// extractors caches one Extractor per reference date for the process;
// built counts the Extractors built, for the tests.
var (
	extractors sync.Map // string -> *extract.Extractor
	built      atomic.Int64
)

// Setup builds (or takes from the process) the Extractor.
func (fn *ExtractFn) Setup() error {
	if e, ok := extractors.Load(fn.Reference); ok {
		fn.ex = e.(*extract.Extractor)
		return nil
	}
	var opts []extract.Option
	if fn.Reference != "" {
		t, err := time.Parse("2006-01-02", fn.Reference)
		if err != nil {
			return fmt.Errorf("vnbeam: reference %q: want a date as YYYY-MM-DD", fn.Reference)
		}
		opts = append(opts, extract.WithReference(t))
	}
	e, loaded := extractors.LoadOrStore(fn.Reference, extract.New(opts...))
	if !loaded {
		built.Add(1)
	}
	fn.ex = e.(*extract.Extractor)
	return nil
}

// output is one result line: the vnextract command's schema.
type output struct {
	File string          `json:"file,omitempty"`
	ID   json.RawMessage `json:"id,omitempty"`
	*extract.Result
}

// OfficialRow is one line of the officials output: an official, one of
// their titles, and the article. An official with no title has one row
// with a null title.
type OfficialRow struct {
	// ArticleID is the record's id as a string (a JSON string unquoted,
	// a number as written), or the file name when there is no id.
	ArticleID string `json:"article_id"`
	// Name is the official's name as the extractor reports it.
	Name string `json:"name"`
	// Title is one of the official's titles, or nil.
	Title *string `json:"title"`
}

// DeadLetter is one line of the dead-letter output.
type DeadLetter struct {
	// File is the file the record came from.
	File string `json:"file"`
	// Offset is the byte offset of the record in the file (decompressed),
	// for a JSON Lines record.
	Offset *int64 `json:"offset,omitempty"`
	// ID is the record's id when it could be read.
	ID json.RawMessage `json:"id,omitempty"`
	// Error says what is wrong with the record.
	Error string `json:"error"`
	// Record is the JSON Lines record as read (empty for a text file).
	Record string `json:"record,omitempty"`
}

// ProcessElement extracts one article and emits its result line and
// officials' rows, or its dead letter.
func (fn *ExtractFn) ProcessElement(ctx context.Context, rec Record, emit, emitOfficial, emitDead func(string)) {
	file, data := rec.File, rec.Data
	if fn.Format == FormatJSONL && len(bytes.TrimSpace(data)) == 0 {
		return // blank line between records, as the command skips them
	}
	o := output{}
	if fn.Format == FormatText {
		o.File = file
	}
	fail := func(err string) {
		d := DeadLetter{File: file, ID: o.ID, Error: err}
		if fn.Format == FormatJSONL {
			d.Offset, d.Record = &rec.Offset, string(data)
		}
		b, _ := json.Marshal(d)
		errorsCounter.Inc(ctx, 1)
		emitDead(string(b))
	}
	text, ref, err := fn.parse(data, &o)
	if err != nil {
		fail(err.Error())
		return
	}
	res, err := fn.extract(text, ref)
	if err != nil {
		fail(err.Error())
		return
	}
	o.Result = res
	b, err := json.Marshal(o)
	if err != nil {
		fail("encoding result: " + err.Error())
		return
	}
	articlesCounter.Inc(ctx, 1)
	bytesCounter.Inc(ctx, int64(len(text)))
	datesCounter.Inc(ctx, int64(len(res.Dates)))
	officialsCounter.Inc(ctx, int64(len(res.Officials)))
	countsCounter.Inc(ctx, int64(len(res.Counts)))
	emit(string(b))

	// The officials' rows come from the JSON form of the result, the
	// command's schema, so they follow it whatever the Go types are.
	var offs struct {
		Officials []struct {
			Name   string   `json:"name"`
			Titles []string `json:"titles"`
		} `json:"officials"`
	}
	if err := json.Unmarshal(b, &offs); err != nil {
		return
	}
	id := articleID(o.ID, file)
	for _, of := range offs.Officials {
		if len(of.Titles) == 0 {
			b, _ := json.Marshal(OfficialRow{ArticleID: id, Name: of.Name})
			emitOfficial(string(b))
			continue
		}
		for _, t := range of.Titles {
			b, _ := json.Marshal(OfficialRow{ArticleID: id, Name: of.Name, Title: &t})
			emitOfficial(string(b))
		}
	}
}

// extract runs the extractor, at ref when it is set. The extractor does
// not panic; should it, the article becomes a dead letter rather than
// failing the job over and over on retries.
func (fn *ExtractFn) extract(text []byte, ref time.Time) (res *extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("extractor panic: %v", r)
		}
	}()
	ex := fn.ex
	if !ref.IsZero() {
		ex = ex.At(ref)
	}
	return ex.Extract(text), nil
}

// parse returns the article's text and its own reference date, and sets
// o.ID for a record that has one.
func (fn *ExtractFn) parse(data []byte, o *output) ([]byte, time.Time, error) {
	if fn.Format == FormatText {
		return data, time.Time{}, nil
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(data, &rec); err != nil {
		return nil, time.Time{}, fmt.Errorf("malformed JSON: %v", err)
	}
	if raw, ok := rec[fn.IDField]; ok && string(raw) != "null" {
		o.ID = raw
	}
	raw, ok := rec[fn.TextField]
	if !ok {
		return nil, time.Time{}, fmt.Errorf("no %q field", fn.TextField)
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		return nil, time.Time{}, fmt.Errorf("field %q: not a string", fn.TextField)
	}
	var ref time.Time
	if raw, ok := rec[fn.PublishedField]; ok && string(raw) != "null" {
		var pub string
		if err := json.Unmarshal(raw, &pub); err != nil {
			return nil, time.Time{}, fmt.Errorf("field %q: not a string", fn.PublishedField)
		}
		var err error
		if ref, err = ParseDate(pub); err != nil {
			return nil, time.Time{}, err
		}
	}
	return []byte(text), ref, nil
}

// ParseDate reads a publication date in the shapes the vnextract command
// accepts: RFC 3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
// "2006-01-02 15:04", "2006-01-02" and "02/01/2006".
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "02/01/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("publication date %q: want YYYY-MM-DD or RFC 3339", s)
}

// articleID is the id of a record as a string, or file when it has none.
func articleID(raw json.RawMessage, file string) string {
	if len(raw) == 0 {
		return file
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// Counters returns the pipeline's counters (CounterArticles, ...) from a
// finished run, summed over transforms: the committed values when the
// runner reports them, else the attempted ones. It is empty when the
// runner reports no metrics.
func Counters(res beam.PipelineResult) map[string]int64 {
	out := map[string]int64{}
	if res == nil {
		return out
	}
	qr := res.Metrics().Query(func(r beam.MetricResult) bool {
		return r.Namespace() == Namespace
	})
	for _, c := range qr.Counters() {
		out[c.Name()] += c.Result()
	}
	return out
}
