package extract

import (
	"strconv"
	"strings"
)

// The lexicons under data/ share one file format: one entry a line; blank
// lines and comments (from a '#' at the start of a line or after white
// space, to the end of the line) are ignored. What the fields of an entry
// are is each lexicon's own.

// lexiconEntries returns the entry lines of a lexicon file, trimmed, with
// their line numbers.
func lexiconEntries(data string) (lines []string, nums []int) {
	for n, l := range strings.Split(data, "\n") {
		l = stripComment(l)
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		lines = append(lines, l)
		nums = append(nums, n+1)
	}
	return lines, nums
}

// stripComment removes a comment from a lexicon line: a '#' at the start
// or after a space or tab, to the end of the line. A '#' inside a word
// ("C#") is kept.
func stripComment(l string) string {
	for i := 0; i < len(l); i++ {
		if l[i] == '#' && (i == 0 || l[i-1] == ' ' || l[i-1] == '\t') {
			return l[:i]
		}
	}
	return l
}

// A lexiconError reports a malformed lexicon entry: its file, line and
// what is wrong.
type lexiconError struct {
	file string
	line int
	msg  string
}

func (e *lexiconError) Error() string {
	return "extract: " + e.file + ":" + strconv.Itoa(e.line) + ": " + e.msg
}
