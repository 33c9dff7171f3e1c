package vnbeam

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/vnextract/vnextract/extract"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// The generated corpus: a few sentence templates with varying names,
// numbers and dates.
var (
	families = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"}
	middles  = []string{"Văn", "Thị", "Minh", "Đức", "Quốc", "Thanh", "Hồng"}
	givens   = []string{"Hùng", "Lan", "Tuấn", "Hải", "Dũng", "Mai", "Chính", "Long", "Hà", "Nam"}
	places   = []string{"Hà Nội", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế", "Nghệ An"}
	things   = []string{"người", "học sinh", "hộ dân", "doanh nghiệp", "công nhân"}
)

func genName(r *rand.Rand) string {
	return families[r.IntN(len(families))] + " " + middles[r.IntN(len(middles))] + " " + givens[r.IntN(len(givens))]
}

func genText(r *rand.Rand) string {
	d, m, y := 1+r.IntN(28), 1+r.IntN(12), 2015+r.IntN(10)
	place := places[r.IntN(len(places))]
	sentences := []string{
		fmt.Sprintf("Ngày %d/%d/%d, Bộ trưởng Bộ Y tế %s đã chủ trì cuộc họp với %d %s tham dự.", d, m, y, genName(r), 10+r.IntN(990), things[r.IntN(len(things))]),
		fmt.Sprintf("Chủ tịch UBND TP %s %s cho biết trong %d ngày qua, thành phố đã tiếp nhận %d tỷ đồng ủng hộ.", place, genName(r), 2+r.IntN(30), 1+r.IntN(500)),
		fmt.Sprintf("Theo Thủ tướng %s, tăng trưởng GDP quý %d năm %d đạt %d,%d%%.", genName(r), 1+r.IntN(4), y, 2+r.IntN(7), r.IntN(10)),
		fmt.Sprintf("Sáng %d/%d, %d %s ở %s đã được hỗ trợ. Ông %s, Giám đốc Sở Giáo dục và Đào tạo, phát biểu tại buổi lễ.", d, m, 100+r.IntN(9000), things[r.IntN(len(things))], place, genName(r)),
		fmt.Sprintf("Hôm qua, bà %s, Phó Chủ tịch HĐND tỉnh, thăm %d hộ gia đình bị ảnh hưởng bởi bão số %d.", genName(r), 5+r.IntN(200), 1+r.IntN(12)),
		fmt.Sprintf("(Ảnh: %s)", genName(r)),
	}
	r.Shuffle(len(sentences), func(i, j int) { sentences[i], sentences[j] = sentences[j], sentences[i] })
	n := 2 + r.IntN(len(sentences)-1)
	return strings.Join(sentences[:n], " ") + "\n" + strings.ToUpper(genName(r))
}

// article is one good generated record.
type article struct {
	id        string
	rawID     string // the id as written in JSON
	text      string
	published string
}

// genCorpus writes nFiles JSON Lines files of n good articles in all,
// with the bad records of badRecords spread among them and blank lines.
func genCorpus(t *testing.T, dir string, n, nFiles int) ([]article, map[string]string) {
	r := rand.New(rand.NewPCG(7, 11))
	var good []article
	files := make([][]string, nFiles)
	for i := range n {
		a := article{id: fmt.Sprintf("bai-%05d", i), text: genText(r)}
		a.rawID = `"` + a.id + `"`
		if i%500 == 7 { // some numeric ids
			a.id = fmt.Sprint(9000000000 + i)
			a.rawID = a.id
		}
		rec := map[string]any{"text": a.text}
		switch i % 3 {
		case 0:
			a.published = fmt.Sprintf("20%02d-%02d-%02d", 15+i%10, 1+i%12, 1+i%28)
			rec["published"] = a.published
		case 1:
			a.published = fmt.Sprintf("20%02d-%02d-%02dT08:30:00+07:00", 15+i%10, 1+i%12, 1+i%28)
			rec["published"] = a.published
		}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		line := `{"id":` + a.rawID + `,` + string(b[1:])
		files[i%nFiles] = append(files[i%nFiles], line)
		good = append(good, a)
	}
	// The bad records, each with a word of the error it must get.
	badErrors := map[string]string{
		`{"id":"hong-1","text":"Ngày 5/6/2020, Bộ trưởng`: "malformed JSON",
		`not json at all`: "malformed JSON",
		`["an","array"]`:  "malformed JSON",
		`{"id":"hong-2","body":"Chủ tịch Nguyễn Văn A"}`:                      `no "text" field`,
		`{"id":"hong-3","text":42}`:                                           `"text": not a string`,
		`{"id":"hong-4","text":"Ngày 1/1/2021 ...","published":"hôm qua"}`:    "publication date",
		`{"id":"hong-5","text":"Ngày 1/1/2021 ...","published":"2021-13-45"}`: "publication date",
		`{"id":"hong-6","text":"Ngày 1/1/2021 ...","published":20210101}`:     `"published": not a string`,
	}
	var bad []string
	for b := range badErrors {
		bad = append(bad, b)
	}
	sort.Strings(bad)
	for i, b := range bad {
		f := files[i%nFiles]
		at := (len(f) * (i + 1)) / (len(bad) + 1)
		files[i%nFiles] = append(f[:at], append([]string{b}, f[at:]...)...)
	}
	for i, lines := range files {
		// A blank line here and there, as corpora have; not an article.
		body := strings.Join(lines[:len(lines)/2], "\n") + "\n\n" + strings.Join(lines[len(lines)/2:], "\n") + "\n"
		name := filepath.Join(dir, fmt.Sprintf("corpus-%02d.jsonl", i))
		if i%2 == 1 { // half of the files gzipped, as archives are
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write([]byte(body))
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			name += ".gz"
			body = buf.String()
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return good, badErrors
}

// readOutput reads all lines of the files matching glob.
func readOutput(t *testing.T, glob string) []string {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range files {
		fd, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fd)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		fd.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return lines
}

// fileText is the content of a file, decompressed.
func fileText(t *testing.T, name string) string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		if r, err = gzip.NewReader(f); err != nil {
			t.Fatal(err)
		}
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func runPipeline(t *testing.T, o Options) beam.PipelineResult {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	start := time.Now()
	res, err := prism.Execute(ctx, p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	t.Logf("pipeline ran in %v", time.Since(start).Round(time.Millisecond))
	return res
}

// officialRows are the rows the officials output must hold for a result
// line.
func officialRows(t *testing.T, line, id string) []string {
	var r struct {
		Officials []struct {
			Name   string   `json:"name"`
			Titles []string `json:"titles"`
		} `json:"officials"`
	}
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, o := range r.Officials {
		if len(o.Titles) == 0 {
			b, _ := json.Marshal(OfficialRow{ArticleID: id, Name: o.Name})
			rows = append(rows, string(b))
		}
		for _, ti := range o.Titles {
			b, _ := json.Marshal(OfficialRow{ArticleID: id, Name: o.Name, Title: &ti})
			rows = append(rows, string(b))
		}
	}
	return rows
}

// TestPipelineJSONL runs the pipeline with Prism on a generated corpus of
// JSON Lines files and checks that every article came out once, with the
// result the library gives, that the dead letters are the bad records,
// and the officials' rows and counters.
func TestPipelineJSONL(t *testing.T) {
	const n = 5000
	if testing.Short() {
		t.Skip("runs a Beam pipeline")
	}
	in, out := t.TempDir(), t.TempDir()
	good, bad := genCorpus(t, in, n, 6)
	before := built.Load()
	res := runPipeline(t, Options{
		Input:     filepath.Join(in, "corpus-*"),
		Output:    filepath.Join(out, "results"),
		Shards:    4,
		Officials: filepath.Join(out, "officials"),
	})

	// Prism runs the worker in this process (loopback): one Extractor
	// for the whole run, not one per element or bundle.
	if b := built.Load() - before; b > 1 {
		t.Errorf("%d Extractors built for one run, want at most 1", b)
	}

	// Every article once, with exactly what the library extracts (the
	// vnextract command's output line for it).
	ex := extract.New()
	want := map[string]string{}
	var wantRows []string
	var nbytes, dates, officials, counts int64
	for _, a := range good {
		e := ex
		if a.published != "" {
			ref, err := ParseDate(a.published)
			if err != nil {
				t.Fatal(err)
			}
			e = ex.At(ref)
		}
		r := e.Extract([]byte(a.text))
		b, err := json.Marshal(output{ID: json.RawMessage(a.rawID), Result: r})
		if err != nil {
			t.Fatal(err)
		}
		want[a.id] = string(b)
		wantRows = append(wantRows, officialRows(t, string(b), a.id)...)
		nbytes += int64(len(a.text))
		dates += int64(len(r.Dates))
		officials += int64(len(r.Officials))
		counts += int64(len(r.Counts))
	}
	seen := map[string]int{}
	lines := readOutput(t, filepath.Join(out, "results-*-of-00004.jsonl"))
	for _, line := range lines {
		var o struct {
			ID json.RawMessage `json:"id"`
		}
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatalf("result line %q: %v", line, err)
		}
		id := articleID(o.ID, "")
		seen[id]++
		if w, ok := want[id]; !ok {
			t.Errorf("result for unknown id %s", o.ID)
		} else if line != w {
			t.Errorf("id %s:\n got %s\nwant %s", id, line, w)
		}
	}
	for id := range want {
		if seen[id] != 1 {
			t.Errorf("id %s came out %d times", id, seen[id])
		}
	}
	if len(lines) != n {
		t.Errorf("%d result lines, want %d", len(lines), n)
	}

	// The dead letters are the bad records, each with its error.
	dl := readOutput(t, filepath.Join(out, "results-errors-*.jsonl"))
	var gotBad []string
	for _, line := range dl {
		var d DeadLetter
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("dead letter %q: %v", line, err)
		}
		if want, ok := bad[d.Record]; !ok || !strings.Contains(d.Error, want) || !strings.HasPrefix(d.File, in) {
			t.Errorf("dead letter %s: want an error with %q and the file", line, want)
		} else if d.Offset == nil || !strings.HasPrefix(fileText(t, d.File)[*d.Offset:], d.Record+"\n") {
			t.Errorf("dead letter %s: the record is not at its offset", line)
		}
		gotBad = append(gotBad, d.Record)
	}
	sort.Strings(gotBad)
	var wantBad []string
	for b := range bad {
		wantBad = append(wantBad, b)
	}
	sort.Strings(wantBad)
	if strings.Join(gotBad, "\n") != strings.Join(wantBad, "\n") {
		t.Errorf("dead letters:\n%s\nwant the bad records:\n%s", strings.Join(dl, "\n"), strings.Join(wantBad, "\n"))
	}

	// One row per official and title.
	gotRows := readOutput(t, filepath.Join(out, "officials-*.jsonl"))
	sort.Strings(gotRows)
	sort.Strings(wantRows)
	if strings.Join(gotRows, "\n") != strings.Join(wantRows, "\n") {
		t.Errorf("%d officials' rows, want %d", len(gotRows), len(wantRows))
	}

	// The counters, when the runner reports them.
	c := Counters(res)
	t.Logf("counters: %v; %d official rows", c, len(gotRows))
	if len(c) == 0 {
		t.Log("the runner reported no counters")
		return
	}
	for name, w := range map[string]int64{
		CounterArticles:  n,
		CounterErrors:    int64(len(bad)),
		CounterBytes:     nbytes,
		CounterDates:     dates,
		CounterOfficials: officials,
		CounterCounts:    counts,
	} {
		if c[name] != w {
			t.Errorf("counter %s = %d, want %d", name, c[name], w)
		}
	}
}

// TestPipelineText runs the pipeline on .txt files, one article each.
func TestPipelineText(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Beam pipeline")
	}
	in, out := t.TempDir(), t.TempDir()
	r := rand.New(rand.NewPCG(3, 5))
	want := map[string]string{}
	ex := extract.New(extract.WithReference(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)))
	for i := range 200 {
		name := filepath.Join(in, fmt.Sprintf("bai-%03d.txt", i))
		text := genText(r)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(output{File: name, Result: ex.Extract([]byte(text))})
		want[name] = string(b)
	}
	// Not matched by the glob.
	if err := os.WriteFile(filepath.Join(in, "notes.md"), []byte("không phải bài báo"), 0o644); err != nil {
		t.Fatal(err)
	}
	runPipeline(t, Options{
		Input:     filepath.Join(in, "*.txt"),
		Output:    filepath.Join(out, "results"),
		Reference: "2024-03-01",
	})
	lines := readOutput(t, filepath.Join(out, "results-*-of-00016.jsonl"))
	seen := map[string]int{}
	for _, line := range lines {
		var o struct {
			File string `json:"file"`
		}
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatal(err)
		}
		seen[o.File]++
		if line != want[o.File] {
			t.Errorf("%s:\n got %s\nwant %s", o.File, line, want[o.File])
		}
	}
	for f := range want {
		if seen[f] != 1 {
			t.Errorf("%s came out %d times", f, seen[f])
		}
	}
	if len(lines) != len(want) {
		t.Errorf("%d result lines, want %d", len(lines), len(want))
	}
	if dl := readOutput(t, filepath.Join(out, "results-errors-*")); len(dl) != 0 {
		t.Errorf("dead letters for good files: %q", dl)
	}
}

// TestEmptyGlob checks that a glob matching nothing fails the pipeline
// instead of writing an empty result.
func TestEmptyGlob(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Beam pipeline")
	}
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, Options{Input: filepath.Join(t.TempDir(), "*.jsonl"), Output: filepath.Join(t.TempDir(), "r")}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := prism.Execute(ctx, p); err == nil {
		t.Error("pipeline on an empty glob succeeded")
	}
}

func TestOptions(t *testing.T) {
	for _, tc := range []struct {
		o   Options
		err string
	}{
		{Options{Output: "o"}, "no input"},
		{Options{Input: "i"}, "no output"},
		{Options{Input: "i", Output: "o", Format: "csv"}, "format"},
		{Options{Input: "i", Output: "o", Reference: "1/2/2020"}, "reference"},
		{Options{Input: "i", Output: "o"}, ""},
	} {
		err := tc.o.withDefaults().validate()
		if (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%+v: error %v, want %q", tc.o, err, tc.err)
		}
	}
	o := Options{Input: "gs://b/x/*.txt", Output: "gs://b/out/r"}.withDefaults()
	if o.Format != FormatText || o.DeadLetter != "gs://b/out/r-errors" || o.Shards != 16 || o.TextField != "text" {
		t.Errorf("defaults: %+v", o)
	}
	if o := (Options{Input: "x/*.jsonl.gz"}).withDefaults(); o.Format != FormatJSONL {
		t.Errorf("format of *.jsonl.gz: %q", o.Format)
	}
}

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2023-01-17", "2023-01-17T09:12:00+07:00", "2023-01-17 09:12", "17/01/2023"} {
		if d, err := ParseDate(s); err != nil || d.Day() != 17 {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, err)
		}
	}
	if _, err := ParseDate("hôm qua"); err == nil {
		t.Error("ParseDate(hôm qua) succeeded")
	}
}

func TestShardName(t *testing.T) {
	if got := ShardName("gs://b/out/r", ".jsonl", 3, 16); got != "gs://b/out/r-00003-of-00016.jsonl" {
		t.Errorf("ShardName = %q", got)
	}
}

// TestReadLinesSplits reads a text in ranges, as the runner splits a file,
// and checks that every line comes out once, with its offset.
func TestReadLinesSplits(t *testing.T) {
	var b strings.Builder
	var want []string
	for i := range 200 {
		line := strings.Repeat("x", i%37) + fmt.Sprint(i)
		if i%50 == 3 {
			line = "" // blank lines are lines too
		}
		if i == 100 {
			line = strings.Repeat("y", 5<<19) // longer than the reader's buffer
		}
		want = append(want, fmt.Sprintf("%d:%s", b.Len(), line))
		b.WriteString(line + "\n")
	}
	text := b.String()
	for _, trailing := range []bool{true, false} {
		src := text
		w := want
		if !trailing {
			src = text + "last"
			w = append(append([]string(nil), want...), fmt.Sprintf("%d:last", len(text)))
		}
		half := int64(len(src)) / 2 // in the long line
		for _, cuts := range [][]int64{nil, {1}, {5, 6, 7}, {100, 1000, 2000}, {int64(len(src)) - 1}, {17, 18, 400, 401, 402, 2500}, {half}, {half, half + 1, half + 2<<20}} {
			bounds := append(append([]int64{0}, cuts...), int64(len(src)))
			var got []string
			for i := 0; i+1 < len(bounds); i++ {
				end := bounds[i+1]
				// Both kinds of reader: seekable (local files) or not.
				var r io.Reader = strings.NewReader(src)
				if i%2 == 1 {
					r = io.MultiReader(r)
				}
				_, err := readLines(r, bounds[i], func(off int64) bool { return off < end }, func(off int64, line []byte) {
					got = append(got, fmt.Sprintf("%d:%s", off, line))
				})
				if err != nil {
					t.Fatal(err)
				}
			}
			if strings.Join(got, "\n") != strings.Join(w, "\n") {
				t.Errorf("trailing newline %v, cuts %v: got %d lines, want %d", trailing, cuts, len(got), len(w))
			}
		}
	}
}
