// Package extract finds dates, officials with their titles, and counts in
// Vietnamese news text, as typed values whose spans point into the
// caller's original bytes.
//
// The text is first normalized (package normalize): legacy encodings
// decoded, NFC, traditional tone placement, clean spaces. The extractors
// scan tokens of the normalized text with lexicon tables; every result is
// mapped back through the normalization, so for every item
// src[Span.Start:Span.End] is exactly its Text, whatever the input looked
// like.
//
// The annotation conventions each extractor follows (what counts as one
// mention, how partial and relative dates resolve, which words are titles
// and which honorifics, what is a count and what is not) are written in
// the doc comments of Date, Official and Count. Every item names the Rule
// that produced it.
//
// An Extractor is immutable and safe for concurrent use; Extract never
// panics and never modifies its input.
package extract

import (
	"time"

	"github.com/vnextract/vnextract/normalize"
)

// An Extractor extracts typed items from Vietnamese text. It is immutable
// and safe for concurrent use; build one and share it.
type Extractor struct {
	ref    time.Time // reference (publication) time; zero when unknown
	hasRef bool
	loc    *time.Location
	norm   *normalize.Normalizer
}

// An Option configures an Extractor.
type Option func(*Extractor)

// WithReference sets the reference time that relative and partial dates
// resolve against: the article's publication time. It is read in the
// Extractor's location. Without it, a date written in the article's header
// ("Cập nhật: 17/01/2023 09:12") is used when present; otherwise relative
// dates come back unresolved.
func WithReference(t time.Time) Option {
	return func(e *Extractor) { e.ref, e.hasRef = t, !t.IsZero() }
}

// WithLocation sets the time zone of the text (default Asia/Ho_Chi_Minh,
// UTC+7, the zone of the Vietnamese lunar calendar too).
func WithLocation(loc *time.Location) Option {
	return func(e *Extractor) {
		if loc != nil {
			e.loc = loc
		}
	}
}

// WithNormalizer sets the normalizer used before extraction. Its tone
// placement must be traditional and it must not fold; other settings (such
// as legacy detection) are the caller's choice. The default is
// normalize.New().
func WithNormalizer(n *normalize.Normalizer) Option {
	return func(e *Extractor) {
		if n != nil {
			e.norm = n
		}
	}
}

// vietnam is UTC+7, used when the time zone database lacks Asia/Ho_Chi_Minh.
var vietnam = loadVietnam()

func loadVietnam() *time.Location {
	if loc, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return loc
	}
	return time.FixedZone("ICT", 7*3600)
}

// New returns an Extractor with the given options.
func New(opts ...Option) *Extractor {
	e := &Extractor{loc: vietnam, norm: normalize.New()}
	for _, o := range opts {
		o(e)
	}
	if e.hasRef {
		e.ref = e.ref.In(e.loc)
	}
	return e
}

// Result holds everything extracted from one text. Each list is sorted by
// position in the text.
// Its JSON form is the one the vnextract command prints.
type Result struct {
	Dates        []Date     `json:"dates"`         // dates, times, periods and ranges
	Officials    []Official `json:"officials"`     // people named with a title or honorific, one per person
	Counts       []Count    `json:"counts"`        // a number and the thing it counts
	Money        []Money    `json:"money"`         // amounts of money
	Percents     []Percent  `json:"percents"`      // percentages
	Bylines      []Credit   `json:"bylines"`       // the author line(s) of the article
	PhotoCredits []Credit   `json:"photo_credits"` // "(Ảnh: ...)" credits

	// Reference is the reference time dates were resolved against: the
	// one given with WithReference, else one read from the article's
	// header; zero when there was none.
	Reference time.Time `json:"-"`
	// Encoding is the legacy encoding detected and decoded, or
	// normalize.UTF8.
	Encoding normalize.Encoding `json:"-"`
}

// ExtractString is Extract on a string.
func (e *Extractor) ExtractString(s string) *Result { return e.Extract([]byte(s)) }

// Extract extracts every item from src. It never panics and never modifies
// src; spans in the result are byte offsets into src.
func (e *Extractor) Extract(src []byte) *Result { return e.extract(src, nil) }

// extract is Extract, telling clock (when not nil) as each stage ends:
// BenchmarkPipelineStages times the stages inside the pipeline with it.
func (e *Extractor) extract(src []byte, clock *stageClock) *Result {
	nt := e.norm.Normalize(src)
	clock.lap(stageNormalize)
	d := e.docOf(src, nt)
	defer d.release()
	clock.lap(stageTokenize)
	r := &Result{Encoding: d.norm.Encoding()}
	r.Dates = e.dates(d)
	r.Reference = d.ref
	clock.lap(stageDates)
	r.Officials, r.Bylines, r.PhotoCredits = e.officials(d)
	clock.lap(stageOfficials)
	r.Counts, r.Money, r.Percents = e.counts(d)
	clock.lap(stageCounts)
	if d.shared {
		r.detach(d.text)
	}
	clock.lap(stageDetach)
	return r
}

// At returns a copy of e whose reference time is ref (see WithReference);
// a zero ref removes the reference. It is cheap: use it per article when
// each has its own publication date.
func (e *Extractor) At(ref time.Time) *Extractor {
	c := *e
	c.ref, c.hasRef = ref, !ref.IsZero()
	if c.hasRef {
		c.ref = c.ref.In(c.loc)
	}
	return &c
}
