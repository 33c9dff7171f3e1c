package extract

import "strings"

// Credits: the photographer of a photo ("(Ảnh: Thy Dương)") and the
// author of the article (its byline, the name alone on the last line:
// "Chi Mai", "Hà Linh - Minh Quân", "Minh Quân (TTXVN)"). Their tokens
// are excluded from the search for officials.

// offCredit is a credit found by the scanner: its tokens [a, b) and
// those of the name [nameStart, nameEnd).
type offCredit struct {
	a, b               int
	nameStart, nameEnd int
	byline             bool
}

// credits finds the photo credits and the byline, into s.creds, and marks
// their tokens so that the officials scanner skips them.
func (s *offScan) credits() {
	s.photoCredits()
	s.bylines()
}

// photoCredits finds "Ảnh: NAME", in parentheses or after a caption.
// It looks at the colons of the text only, found with a byte search: the
// colon after "Ảnh" is a token of its own.
func (s *offScan) photoCredits() {
	toks, text := s.d.toks, s.d.text
	next := 0 // the first token a credit may start at
	for p, colon := 0, 0; ; p++ {
		c := strings.IndexByte(text[p:], ':')
		if c < 0 {
			return
		}
		p += c
		colon = tokenAt(toks, colon, p)
		k := colon - 1
		if colon >= len(toks) || toks[colon].start != p || k < next || k+2 >= len(toks) ||
			toks[k].lower != "ảnh" || toks[k+2].newline {
			continue
		}
		paren := k > 0 && !toks[k].newline && (toks[k-1].text == "(" || toks[k-1].text == "[")
		if !paren && k > 0 && !toks[k].newline {
			switch toks[k-1].text {
			case ".", "|", "-", "–", "—":
			default:
				continue
			}
		}
		j := k + 2
		m := j
		for m < len(toks) && m-j < 12 && (m == j || !toks[m].newline) {
			switch toks[m].text {
			case ")", "]", "(", "/", "|":
				goto done
			}
			m++
		}
	done:
		for m > j && (toks[m-1].text == "." || toks[m-1].text == "," || toks[m-1].text == ";") {
			m--
		}
		if m == j || toks[j].kind != tokWord || !toks[j].upper {
			continue
		}
		a, b := k, m
		if paren {
			for c := m; c < len(toks) && c-m < 8 && (c == m || !toks[c].newline); c++ {
				if toks[c].text == ")" || toks[c].text == "]" {
					a, b = k-1, c+1
					break
				}
				if toks[c].text == "(" {
					break
				}
			}
		}
		s.creds = append(s.creds, offCredit{a: a, b: b, nameStart: j, nameEnd: m})
		for x := a; x < b; x++ {
			s.skip[x] = true
		}
		next = b
	}
}

// tokenAt returns the index of the token that starts at byte p of the
// text, searching toks from index lo on; p must start a token there.
func tokenAt(toks []token, lo, p int) int {
	hi := len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].start < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// bylines finds the author names alone on the last line of the text, or
// on the line before it when the last one names only an agency.
func (s *offScan) bylines() {
	toks := s.d.toks
	end := len(toks)
	for tries := 0; tries < 2 && end > 0; tries++ {
		start := end - 1
		for start > 0 && !toks[start].newline {
			start--
		}
		if start == 0 {
			return // a text of one line has no byline
		}
		mark := len(s.creds)
		if !s.bylineLine(start, end) {
			s.creds = s.creds[:mark]
			return
		}
		if len(s.creds) > mark {
			for x := start; x < end; x++ {
				s.skip[x] = true
			}
			return
		}
		end = start
	}
}

// bylineLine parses the line of tokens [a, b) as a byline: names of two
// to four capitalized words separated by dashes, commas, slashes or "và",
// perhaps with an agency in capitals ("TTXVN", "(PV)") or a "Bài và ảnh:"
// prefix. It appends the names to s.creds; ok is false when the line is
// anything else.
func (s *offScan) bylineLine(a, b int) (ok bool) {
	toks := s.d.toks
	if b-a > 16 {
		return false
	}
	k := a
	// "Bài và ảnh:", "Bài, ảnh:", "Bài:", "Nhóm PV:"
	for j := a; j < b && j-a < 5; j++ {
		if toks[j].text == ":" {
			switch toks[a].lower {
			case "bài", "nhóm", "ảnh", "tin":
				k = j + 1
			}
			break
		}
	}
	if toks[k].lower == "theo" {
		return true // a source, not an author
	}
	for k < b {
		t := toks[k]
		switch {
		case t.text == "-" || t.text == "–" || t.text == "—" || t.text == "," || t.text == "/" || t.text == "&" || t.lower == "và":
			k++
		case t.text == "(":
			// "(TTXVN)", "(tổng hợp)", "(theo Reuters)"
			c := k + 1
			for c < b && toks[c].text != ")" && c-k < 8 {
				c++
			}
			if c >= b || toks[c].text != ")" {
				return false
			}
			k = c + 1
		case t.kind == tokWord && isAllCaps(t.text):
			k++ // an agency: TTXVN, PV, VOV
		case t.text == "." && k == b-1:
			k++
		case t.kind == tokWord && t.upper:
			n := s.nameAt(k, 4)
			if n.n < 2 || s.isPlaceName(&n) {
				return false
			}
			s.creds = append(s.creds, offCredit{a: n.start, b: n.end, nameStart: n.start, nameEnd: n.end, byline: true})
			k = n.end
		default:
			return false
		}
	}
	return true
}
