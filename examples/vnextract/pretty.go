package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// pretty renders one output as a short summary for people: officials with
// their titles, dates with their resolved values, counts, money and
// percentages. It reads the JSON form, the same fields the JSON output has.
func pretty(o output) []byte {
	var b bytes.Buffer
	name := o.File
	if o.ID != nil {
		name = fmt.Sprint(o.ID)
	}
	fmt.Fprintf(&b, "== %s\n", name)
	if o.Error != "" {
		fmt.Fprintf(&b, "error: %s\n\n", o.Error)
		return b.Bytes()
	}
	raw, _ := json.Marshal(o.Result)
	var m map[string][]map[string]any
	json.Unmarshal(raw, &m)
	section(&b, "Officials", m["officials"], func(x map[string]any) string {
		return fmt.Sprintf("%v — %s", x["name"], join(x["titles"], "; "))
	})
	section(&b, "Dates", m["dates"], func(x map[string]any) string {
		v := str(x["value"])
		if u := str(x["until"]); u != "" {
			v += " … " + u
		}
		if s := str(x["solar"]); s != "" {
			v += " (solar " + s + ")"
		}
		return fmt.Sprintf("%-28s → %s", x["text"], v)
	})
	for _, k := range []string{"counts", "money", "percents"} {
		section(&b, strings.ToUpper(k[:1])+k[1:], m[k], func(x map[string]any) string {
			v := num(x["value"])
			if u := num(x["until"]); u != "" {
				v += "–" + u
			}
			extra := strings.TrimSpace(str(x["unit"]) + " " + str(x["currency"]) + " " + str(x["qualifier"]))
			return fmt.Sprintf("%-28s → %s %s", x["text"], v, extra)
		})
	}
	b.WriteByte('\n')
	return b.Bytes()
}

func section(b *bytes.Buffer, title string, items []map[string]any, line func(map[string]any) string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "%s:\n", title)
	for _, x := range items {
		fmt.Fprintf(b, "  %s\n", line(x))
	}
}

// num formats a JSON number in full ("27870000000", "3.5"), never with an
// exponent.
func num(v any) string {
	if f, ok := v.(float64); ok {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return str(v)
}

func str(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

func join(v any, sep string) string {
	list, _ := v.([]any)
	s := make([]string, len(list))
	for i, x := range list {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, sep)
}
