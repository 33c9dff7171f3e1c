package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"
)

// An htmlSpan is one highlighted item of an article.
type htmlSpan struct {
	start, end int
	kind       string // date, official, count, money, percent
	hover      string // the resolved value, shown on hover
}

// htmlArticle renders one article with its extracted spans highlighted by
// kind and the resolved value in each highlight's title, beside a list of
// its officials.
func htmlArticle(o output, src []byte) []byte {
	var b bytes.Buffer
	name := o.File
	if o.ID != nil {
		name = fmt.Sprint(o.ID)
	}
	fmt.Fprintf(&b, "<section class=\"article\"><h2>%s</h2>\n", html.EscapeString(name))
	if o.Error != "" {
		fmt.Fprintf(&b, "<p class=\"error\">%s</p></section>\n", html.EscapeString(o.Error))
		return b.Bytes()
	}
	raw, _ := json.Marshal(o.Result)
	var m map[string][]map[string]any
	json.Unmarshal(raw, &m)
	spans := collectSpans(m, len(src))
	b.WriteString("<div class=\"body\"><pre>")
	writeHighlighted(&b, src, spans)
	b.WriteString("</pre></div>\n<aside><h3>Officials</h3><ul>")
	for _, off := range m["officials"] {
		fmt.Fprintf(&b, "<li><b>%s</b> %s</li>", html.EscapeString(str(off["name"])), html.EscapeString(join(off["titles"], "; ")))
	}
	b.WriteString("</ul></aside></section>\n")
	return b.Bytes()
}

// collectSpans gathers the spans of every kind, sorted, dropping overlaps
// (the earlier, then longer, span wins).
func collectSpans(m map[string][]map[string]any, n int) []htmlSpan {
	var spans []htmlSpan
	add := func(kind string, x map[string]any, hover string) {
		s, ok1 := x["start"].(float64)
		e, ok2 := x["end"].(float64)
		if ok1 && ok2 && 0 <= s && s < e && int(e) <= n {
			spans = append(spans, htmlSpan{int(s), int(e), kind, hover})
		}
	}
	for _, d := range m["dates"] {
		h := str(d["value"])
		if u := str(d["until"]); u != "" {
			h += " … " + u
		}
		add("date", d, h)
	}
	for _, k := range []string{"counts", "money", "percents"} {
		for _, c := range m[k] {
			add(strings.TrimSuffix(k, "s"), c, strings.TrimSpace(num(c["value"])+" "+str(c["unit"])+str(c["currency"])))
		}
	}
	for _, off := range m["officials"] {
		ms, _ := off["mentions"].([]any)
		for _, x := range ms {
			if mm, ok := x.(map[string]any); ok {
				add("official", mm, str(off["name"])+" — "+join(off["titles"], "; "))
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	out := spans[:0]
	last := 0
	for _, s := range spans {
		if s.start >= last {
			out = append(out, s)
			last = s.end
		}
	}
	return out
}

func writeHighlighted(b *bytes.Buffer, src []byte, spans []htmlSpan) {
	pos := 0
	for _, s := range spans {
		b.WriteString(html.EscapeString(string(src[pos:s.start])))
		fmt.Fprintf(b, "<mark class=\"%s\" title=\"%s\">%s</mark>", s.kind, html.EscapeString(s.hover), html.EscapeString(string(src[s.start:s.end])))
		pos = s.end
	}
	b.WriteString(html.EscapeString(string(src[pos:])))
}

const htmlHeader = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>vnextract</title>
<style>
body { font-family: sans-serif; margin: 1em 2em; }
section.article { display: flex; gap: 2em; border-bottom: 1px solid #ccc; flex-wrap: wrap; }
section.article h2 { width: 100%; font-size: 1.1em; }
.body { flex: 3; } aside { flex: 1; font-size: 0.9em; }
pre { white-space: pre-wrap; font-family: serif; font-size: 1.05em; }
mark { border-radius: 3px; padding: 0 2px; }
mark.date { background: #cde8ff; } mark.official { background: #ffe0b3; }
mark.count { background: #d6f5d6; } mark.money { background: #f5d6f0; } mark.percent { background: #eee0ff; }
.legend mark { margin-right: 1em; } .error { color: #b00; }
</style></head><body>
<h1>vnextract</h1>
<p class="legend"><mark class="date">date</mark><mark class="official">official</mark><mark class="count">count</mark><mark class="money">money</mark><mark class="percent">percent</mark></p>
`

// htmlFooter counts the highlights once the page has loaded, so a browser
// test can read the count from the DOM.
const htmlFooter = `<script>
document.body.dataset.marks = document.querySelectorAll("section mark").length;
document.body.dataset.loaded = "yes";
</script>
</body></html>
`

// htmlWriter writes the page around the articles' fragments.
type htmlWriter struct{ w io.Writer }

func newHTMLWriter(w io.Writer) *htmlWriter {
	io.WriteString(w, htmlHeader)
	return &htmlWriter{w: w}
}

func (h *htmlWriter) write(fragment []byte) { h.w.Write(fragment) }

func (h *htmlWriter) close() { io.WriteString(h.w, htmlFooter) }
