package extract

// Titles: a position with its modifiers and the organization after it.
//
//	[nguyên|cựu] [Quyền] [Phó] POSITION [Thường trực] [ORGANIZATION]
//
// The organization is parsed by a small state machine over the tokens: it
// takes organization heads ("Bộ", "Sở", "Ủy ban", "Thành ủy"),
// abbreviations ("UBND", "GD&ĐT"), places ("tỉnh Đắk Lắk", "TP.HCM",
// "Nhật Bản"), administrative words ("tỉnh", "huyện", "TP"), capitalized
// words with the lower-case syllable that completes them ("Tài chính",
// "Phát triển"), runs of capitalized words ("Bạch Mai", "Nha Trang"),
// "và" between capitalized parts, a comma or a dash between department
// names ("Ủy ban Tài chính, Ngân sách", "Lao động - Thương binh và Xã
// hội"), the commas of officials-commapairs.txt ("phòng, chống", "khám,
// chữa"), "của" before an administrative word ("thi của thành phố"),
// "tại" before where an office abroad is ("Đại sứ Việt Nam tại Nhật Bản",
// "Phái đoàn ... tại Liên hợp quốc"), and runs of lower-case words that
// continue the name (lowerRun: "Y tế dự phòng", "Tổ chức cán bộ",
// "Chỉ đạo xây dựng nông thôn mới"). Such a run stops at a verb or a
// function word (officials-stopwords.txt), but for the few flagged as
// possible inside a name ("mới", "về", "các"; "chỉ đạo", "kiểm tra" right
// after "Ban", "Ủy ban"), and it counts only when what follows it shows
// that the organization goes on: more of it (an administrative word, a
// head, a place, a country), the person's name when a name is expected
// ("Cục trưởng Cục Y tế dự phòng Hoàng Minh Đức"), or the end of the
// title (a comma in "A, Trưởng Phái đoàn đại diện thường trực Việt Nam
// tại Liên hợp quốc, cho biết"). It stops at the first other token: the
// verb after a title ("Giám đốc Sở Y tế cho biết"), a comma before
// another position, a parenthesis.
//
// When a name is expected after the title ("Bí thư Tỉnh ủy Hoàng Minh
// Khiêm đánh giá"), the last run of capitalized words is split: the
// organization keeps what it needs ("Bệnh viện Bạch Mai", "huyện Gia
// Lâm", places from provinces.txt and countries, the village after
// "Trưởng thôn") and the rest, when it is a valid name, is the person.

// offTitle is one title of an official as written.
type offTitle struct {
	start, end       int // tokens of the title text, modifiers included
	posStart, posEnd int // the position, "Phó" and "Thường trực" included
	orgStart, orgEnd int // the organization; empty when equal
	mods             offMods
}

// Modifiers of a title, as stored in offMods.
const (
	modFormer     = iota + 1 // nguyên, cựu
	modActing                // Quyền
	modDeputy                // Phó
	modConcurrent            // after kiêm
	modStanding              // Thường trực
)

// offModNames are the names of the modifiers in Role.Modifiers.
var offModNames = [...]string{modFormer: "former", modActing: "acting", modDeputy: "deputy",
	modConcurrent: "concurrent", modStanding: "standing"}

// offMods are the modifiers of a title in order, without allocating.
type offMods struct {
	n uint8
	m [6]uint8
}

func (m *offMods) add(mod uint8) {
	if int(m.n) < len(m.m) {
		m.m[m.n] = mod
		m.n++
	}
}

// last returns the last modifier, or 0.
func (m *offMods) last() uint8 {
	if m.n == 0 {
		return 0
	}
	return m.m[m.n-1]
}

// offChainMax bounds the titles of one chain.
const offChainMax = 8

// States of the organization parser: what the last element was.
const (
	oNone     = iota // nothing yet: right after the position
	oComplete        // a complete head, an abbreviation, a place, a country
	oNamed           // a head that needs a name after it ("Bệnh viện")
	oAdmin           // an administrative word ("tỉnh", "TP")
	oCompound        // a capitalized word and its lower-case syllable
	oRun             // a run of capitalized words
	oLower           // lower-case words continuing a name
	oConn            // a connector that needs a continuation
	oUnit            // the unit word of a position ("Trưởng ban")
)

// Modes of title parsing: whether a person's name may end a title.
const (
	modeTitle = iota // no name: the title alone
	modeName         // titles then a name: "Bí thư Tỉnh ủy Hoàng Minh Khiêm"
	modeAppos        // titles after a name; a name at the end belongs to another person
)

// offOrg is the result of parsing an organization.
type offOrg struct {
	end   int     // end of the organization (its start when empty)
	name  offName // the person named right after it, if any
	short bool    // name is a single given name ("Bí thư Nên")
}

// offPosModWords are the modifiers positionAt takes before a position;
// the vocabulary flags them (offWPosMod) so that the scan tries a title
// only at them and at the first words of positions.
var offPosModWords = [...]string{"nguyên", "cựu", "quyền", "phó", "kiêm"}

// positionAt parses [modifiers] position [Thường trực] at k. Its
// modifiers are offPosModWords.
func (s *offScan) positionAt(k int) (t offTitle, needsOrg, ok bool) {
	d, lx := s.d, s.lx
	j := k
	posStart := -1
	start := k // "kiêm" is not part of the title
	var mods offMods
loop:
	for steps := 0; steps < 4 && j < len(d.toks); steps++ {
		if j > k && (d.toks[j].newline || s.skip[j]) {
			return t, false, false
		}
		if d.toks[j].w.off.flags&offWPosMod == 0 {
			break // none of the words below
		}
		switch d.toks[j].lower {
		case "nguyên", "cựu":
			mods.add(modFormer)
		case "quyền":
			mods.add(modActing)
		case "phó":
			if posStart < 0 {
				posStart = j
			}
			mods.add(modDeputy)
		case "kiêm":
			if j != k {
				break loop
			}
			mods.add(modConcurrent)
			start = k + 1
		default:
			break loop
		}
		j++
	}
	if j < len(d.toks) && j > k && d.toks[j].newline {
		return t, false, false
	}
	e, idx := s.match(&lx.positions, j)
	if idx < 0 || s.skip[j] {
		return t, false, false
	}
	info := &lx.posInfo[idx]
	if posStart < 0 {
		posStart = j
	}
	if !info.standing && d.at(e, "thường", "trực") && !d.toks[e].newline {
		mods.add(modStanding)
		e += 2
	}
	// "Phó Giám đốc phụ trách Sở Tài chính": in charge of the unit.
	if d.at(e, "phụ", "trách") && !d.toks[e].newline && s.orgStartsAt(e+2) {
		e += 2
	}
	t = offTitle{start: start, posStart: posStart, posEnd: e, orgStart: e, mods: mods}
	if info.unit >= 0 && mods.last() != modStanding {
		// The unit is shared with the organization, unless "Thường
		// trực" stands between them ("Phó Trưởng Ban Thường trực Ban
		// Tuyên giáo Trung ương").
		t.orgStart = j + info.unit
	}
	return t, info.needsOrg, true
}

// titleAt parses one title at k. In modeName and modeAppos it also
// returns the person named at its end, if any.
func (s *offScan) titleAt(k int, mode int) (t offTitle, r offOrg, ok bool) {
	t, needsOrg, ok := s.positionAt(k)
	if !ok {
		return t, r, false
	}
	r = s.orgAt(t.posEnd, mode, t.orgStart < t.posEnd, s.endsWithPlaceword(t.posStart, t.posEnd))
	if r.end <= t.posEnd {
		if needsOrg {
			return t, offOrg{}, false
		}
		t.orgStart = t.posEnd
		r.end = t.posEnd
	}
	t.end, t.orgEnd = r.end, r.end
	return t, r, true
}

// endsWithPlaceword reports whether the position [a, b) ends with a place
// word that is not an administrative unit: "Trưởng thôn", "Trưởng bản",
// "Tổ trưởng tổ dân phố". The name after it is the place's.
func (s *offScan) endsWithPlaceword(a, b int) bool {
	for k := max(a+1, b-3); k < b; k++ {
		if e, idx := s.match(&s.lx.placewords, k); e == b && !s.lx.pwInfo[idx].admin {
			return true
		}
	}
	return false
}

// startsTitle reports whether a title starts at k.
func (s *offScan) startsTitle(k int) bool {
	if e, _ := s.match(&s.lx.honorifics, k); e > k {
		return false
	}
	_, _, ok := s.titleAt(k, modeTitle)
	return ok
}

// chainAt parses titles separated by commas, dashes or "kiêm" at k: "Ủy
// viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", "Ủy viên Trung ương Đảng -
// Bí thư Tỉnh ủy", appending them to dst. In modeName
// and modeAppos the chain ends at the person named after it, returned in
// r. It appends at most offChainMax titles, so that a caller's array of
// that size on the stack is enough.
func (s *offScan) chainAt(dst []offTitle, k int, mode int) (titles []offTitle, end int, r offOrg) {
	end = k
	titles = dst
	for len(titles)-len(dst) < offChainMax {
		t, tr, ok := s.titleAt(k, mode)
		if !ok {
			break
		}
		titles = append(titles, t)
		end, k = t.end, t.end
		if tr.name.n > 0 {
			return titles, end, tr
		}
		if k >= len(s.d.toks) || s.d.toks[k].newline {
			break
		}
		switch s.d.toks[k].lower {
		case ",":
			if s.startsTitle(k + 1) {
				k++
				continue
			}
		case "kiêm":
			if s.startsTitle(k) {
				continue
			}
		case "-", "–", "—":
			// "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy": a dash
			// between two titles stands for a comma.
			if s.startsTitle(k + 1) {
				k++
				continue
			}
		}
		break
	}
	return titles, end, offOrg{}
}

// tokText returns the text of token k, or "".
func (s *offScan) tokText(k int) string {
	if k < 0 || k >= len(s.d.toks) {
		return ""
	}
	return s.d.toks[k].text
}

// isWordLower reports whether token k is a lower-case word.
func (s *offScan) isWordLower(k int) bool {
	return k < len(s.d.toks) && s.d.toks[k].kind == tokWord && !s.d.toks[k].upper && !s.skip[k]
}

// isStop reports whether a stop word starts at k.
func (s *offScan) isStop(k int) bool {
	e, _ := s.match(&s.lx.stop, k)
	return e > k
}

// endsTitle reports whether token k ends a title: the end of the text or
// the line, or punctuation that closes a phrase.
func (s *offScan) endsTitle(k int) bool {
	if k >= len(s.d.toks) || s.d.toks[k].newline || s.skip[k] {
		return true
	}
	switch s.d.toks[k].text {
	case ",", ";", ")", ".", ":", "!", "?", "\"", "…", "–", "—", "(", "/":
		return true
	case "-":
		return s.d.toks[k].space
	}
	return false
}

// placeAt matches a province or city at k (with its kind, if written),
// returning its end and index in placeInfo, or (k, -1).
func (s *offScan) placeAt(k int) (end, pi int) {
	e, idx := s.match(&s.lx.places, k)
	if idx < 0 || s.skip[k] {
		return k, -1
	}
	last := s.d.toks[e-1]
	if last.kind != tokWord || !last.upper {
		return k, -1
	}
	return e, s.lx.placeIndex[idx]
}

// countryAt matches a country at k.
func (s *offScan) countryAt(k int) int {
	if k >= len(s.d.toks) || !s.d.toks[k].upper {
		return k
	}
	e, idx := s.match(&s.lx.countries, k)
	if idx < 0 {
		return k
	}
	return e
}

// orgHeadAt matches a capitalized organization head at k. Its state is
// oNamed for a head that needs a name, oAdmin for one usually followed by
// its place, oComplete for the others.
func (s *offScan) orgHeadAt(k int) (end, state int) {
	if k >= len(s.d.toks) || !s.d.toks[k].upper || s.skip[k] {
		return k, oNone
	}
	e, idx := s.match(&s.lx.orgs, k)
	if idx < 0 {
		return k, oNone
	}
	switch {
	case s.lx.orgNamed[idx]:
		return e, oNamed
	case s.lx.orgPlace[idx]:
		return e, oAdmin
	}
	return e, oComplete
}

// buildingAt matches at k a place word in lower case that is not an
// administrative unit ("chùa", "nhà thờ", "trường THPT") and is followed
// by a capitalized name on the same line, returning the place word's end,
// or k.
func (s *offScan) buildingAt(k int) int {
	toks := s.d.toks
	if k >= len(toks) || toks[k].upper || s.skip[k] {
		return k
	}
	e, idx := s.match(&s.lx.placewords, k)
	if idx < 0 || s.lx.pwInfo[idx].admin || e >= len(toks) || toks[e].newline {
		return k
	}
	if n := s.nameAt(e, 4); n.n == 0 {
		return k
	}
	return e
}

// fieldAt matches, right after a department's name (the state last), a
// head flagged "|field" in organizations.txt ("Đại học" in "Vụ Giáo dục
// Đại học"), returning its end, or k.
func (s *offScan) fieldAt(k, last int) int {
	if last != oCompound && last != oLower {
		return k
	}
	e, _ := s.orgHeadAt(k)
	if e == k {
		return k
	}
	if _, idx := s.match(&s.lx.orgs, k); idx < 0 || !s.lx.orgField[idx] {
		return k
	}
	return e
}

// abbrevAt matches an abbreviation at k.
func (s *offScan) abbrevAt(k int) (end, idx int) {
	if k >= len(s.d.toks) || !s.d.toks[k].upper || s.skip[k] {
		return k, -1
	}
	e, idx := s.match(&s.lx.abbrevs, k)
	if idx >= 0 && s.lx.abbrevCap[idx] && !isAllCaps(s.d.toks[k].text) {
		return k, -1
	}
	return e, idx
}

// adminAt matches an administrative word at k ("tỉnh", "huyện", "TP").
// "TP." takes its dot only when a place name follows.
func (s *offScan) adminAt(k int) int {
	e, idx := s.match(&s.lx.placewords, k)
	if idx < 0 || !s.lx.pwInfo[idx].admin || s.skip[k] {
		return k
	}
	// "Bảo hiểm xã hội": a compound, no commune.
	if oe, _ := s.match(&s.lx.orgwords, k); oe > e {
		return k
	}
	// "Xã hội" is not a commune: a capitalized administrative word is one
	// only in its abbreviated form ("TP").
	if t := s.d.toks[k]; t.upper && !isAllCaps(t.text) {
		return k
	}
	if s.d.toks[e-1].text == "." {
		if pe, _ := s.placeAt(e); pe > e {
			return e
		}
		// "TP. Vinh," but not "Đảng bộ TP. Tập trung ...".
		if n := s.nameAt(e, 4); n.n >= 2 || n.n == 1 && !s.isWordLower(n.end) {
			return e
		}
		return e - 1
	}
	return e
}

// adminPlaceAt reports whether an administrative word and the name of a
// place start at k: "huyện Quản Bạ", "tỉnh Lào Cai", "TP Hà Nội".
func (s *offScan) adminPlaceAt(k int) bool {
	if e, _ := s.placeAt(k); e > k {
		return !s.d.toks[k].upper || isAllCaps(s.d.toks[k].text)
	}
	e := s.adminAt(k)
	if e == k || e >= len(s.d.toks) {
		return false
	}
	if s.d.toks[e].kind == tokNum {
		return true
	}
	n := s.nameAt(e, 4)
	return n.n > 0
}

// orgStartsAt reports whether an organization starts at k: a head, an
// abbreviation or a place.
func (s *offScan) orgStartsAt(k int) bool {
	if e, _ := s.orgHeadAt(k); e > k {
		return true
	}
	if e, _ := s.abbrevAt(k); e > k {
		return true
	}
	e, _ := s.placeAt(k)
	return e > k
}

// nameEndsAt reports whether a full Vietnamese name starts at k and ends
// the phrase: "Trưởng phòng Tổ chức cán bộ Nguyễn Văn Ích ký".
func (s *offScan) nameEndsAt(k int) bool {
	n := s.nameAt(k, 4)
	return s.validFull(&n, false) && (n.end >= len(s.d.toks) || !s.d.toks[n.end].upper)
}

// orgContinues reports whether an organization can go on at k after
// lower-case words: an administrative word, a head, an abbreviation, a
// place or "của" before one of those.
func (s *offScan) orgContinues(k int) bool {
	if k >= len(s.d.toks) || s.d.toks[k].newline {
		return false
	}
	if s.adminAt(k) > k {
		return true
	}
	if s.startsPositionHere(k) {
		return false
	}
	if e, _ := s.orgHeadAt(k); e > k {
		return true
	}
	if e, _ := s.abbrevAt(k); e > k {
		return true
	}
	if e, _ := s.placeAt(k); e > k {
		return true
	}
	if e := s.countryAt(k); e > k {
		return true
	}
	if e, _ := s.match(&s.lx.orgwords, k); e > k {
		return true
	}
	if s.d.toks[k].lower != "của" || k+1 >= len(s.d.toks) || s.d.toks[k+1].lower == "của" {
		return false
	}
	return s.orgContinues(k + 1)
}

// nameFollows reports whether honorifics then a name start at k.
func (s *offScan) nameFollows(k int) bool {
	for steps := 0; steps < 4; steps++ {
		e, idx := s.match(&s.lx.honorifics, k)
		if idx < 0 {
			break
		}
		k = e
		if s.tokText(k) == "," {
			k++
		}
	}
	n := s.nameAt(k, 4)
	return n.n >= 1
}

// orgAt parses the organization of a title starting at k0. hasUnit is set
// when the position shares its last word with the organization ("Trưởng
// ban"); place when the position ends with a place word, whose name comes
// next ("Trưởng thôn Đồng Tâm"). In modeName, a person's name at the end
// of the organization ends it and is returned; in modeAppos too, except
// after an administrative word, where a name is the place's ("xã Phan
// Bội Châu").
func (s *offScan) orgAt(k0 int, mode int, hasUnit, place bool) offOrg {
	d, lx := s.d, s.lx
	toks := d.toks
	k, good := k0, k0
	last := oNone
	switch {
	case place:
		last = oAdmin
	case hasUnit:
		last = oUnit
	}
	foreignOK := !hasUnit
	sawInst := false
	for steps := 0; steps < 40 && k < len(toks); steps++ {
		t := &toks[k]
		if (k > k0 && t.newline) || s.skip[k] {
			break
		}
		// The lexicons, each tried only when the token may start one of
		// its phrases (the helpers would find nothing otherwise).
		if f := t.w.off.first; f != 0 {
			// An honorific and a name: "Bộ trưởng Bộ Công an, Đại tướng Tô Lâm".
			if f&lx.honorifics.bit != 0 {
				if e, _ := s.honorificsAt(k); e > k && s.nameFollows(k) {
					break
				}
			}
			if k > k0 && last != oNamed && f&lx.positions.bit != 0 && s.startsPositionHere(k) {
				break
			}
			if f&lx.orgwords.bit != 0 {
				if e, _ := s.match(&lx.orgwords, k); e > k+1 && t.upper {
					// "Hàng không", "Phòng không": a compound whose second
					// syllable is also a stop word.
					k, good, last, foreignOK = e, e, oCompound, false
					continue
				}
			}
			if f&lx.places.bit != 0 {
				if e, _ := s.placeAt(k); e > k {
					k, good, last, foreignOK = e, e, oComplete, false
					continue
				}
			}
			if f&lx.countries.bit != 0 {
				if e := s.countryAt(k); e > k {
					k, good, last, foreignOK = e, e, oComplete, true
					continue
				}
			}
			if f&lx.orgs.bit != 0 {
				if e := s.fieldAt(k, last); e > k {
					// "Vụ Giáo dục Đại học Hoàng Thị Thu Hà": the head is a
					// word of the department's name, not a new organization.
					k, good, last, foreignOK = e, e, oCompound, false
					continue
				}
				if e, st := s.orgHeadAt(k); e > k {
					k, good, last, foreignOK = e, e, st, st == oComplete
					continue
				}
			}
			if f&lx.placewords.bit != 0 {
				if e := s.adminAt(k); e > k {
					k, good, last, foreignOK = e, e, oAdmin, false
					continue
				}
			}
			if f&lx.abbrevs.bit != 0 {
				if e, _ := s.abbrevAt(k); e > k {
					k, good, last, foreignOK = e, e, oComplete, true
					continue
				}
			}
			if k == k0 && last == oNone && f&lx.placewords.bit != 0 {
				if e := s.buildingAt(k); e > k {
					// "Trụ trì chùa Linh Sơn", "Giám đốc bảo tàng tỉnh":
					// a building written in lower case, then its name.
					k, last, foreignOK = e, oAdmin, false
					continue
				}
			}
		}
		switch {
		case t.kind == tokWord && t.upper && isAllCaps(t.text):
			// An unknown abbreviation: a company, an agency.
			k++
			good, last, foreignOK = k, oComplete, true
			continue
		case t.kind == tokWord && t.upper:
			run := s.nameAt(k, 8)
			if run.n == 0 {
				run = offName{start: k, end: k + 1}
			}
			next := run.end
			compound := run.n <= 1 && s.isWordLower(next) && !s.isStop(next) &&
				!toks[next].newline
			if mode != modeTitle && !compound && run.n > 0 && !(mode == modeAppos && last == oAdmin) {
				if r, ok := s.carve(run, last, foreignOK); ok {
					return offOrg{end: r.start, name: r, short: r.n == 1}
				}
			}
			if compound {
				k = next + 1
				last = oCompound
			} else {
				k = run.end
				last = oRun
			}
			good, foreignOK = k, false
			continue
		case t.kind == tokWord:
			if t.lower == "tại" && s.abroadAt(k+1, mode) {
				// "Đại sứ Việt Nam tại Nhật Bản", "Trưởng Phái đoàn
				// ... tại Liên hợp quốc"
				k++
				last = oConn
				continue
			}
			if e, _ := s.match(&lx.orgwords, k); e > k {
				k, good, last = e, e, oLower
				continue
			}
			if e, idx := s.match(&lx.stop, k); e > k && !s.stopInOrg(idx, k, k, last) {
				break
			}
			switch t.lower {
			case "và":
				if s.orgPartAt(k + 1) {
					k++
					last = oConn
					continue
				}
			case "của":
				if s.orgContinues(k + 1) {
					k++
					last = oConn
					continue
				}
			case "khóa":
				if k+1 < len(toks) && isRoman(toks[k+1].text) {
					k += 2
					good, last = k, oComplete
					continue
				}
			}
			if last == oCompound || last == oRun || last == oLower || last == oUnit || last == oNamed && k > k0 {
				if r := s.lowerRun(k, last, mode); r > k {
					k, good, last = r, r, oLower
					continue
				}
			}
		case t.kind == tokNum:
			if t.space && (last == oNamed || last == oRun || last == oCompound || last == oComplete || last == oAdmin) && k > k0 {
				k++
				good, last = k, oComplete
				continue
			}
		case t.text == "&":
			if s.orgPartAt(k + 1) {
				k++
				last = oConn
				continue
			}
		case t.text == ",":
			// "phòng, chống", "khám, chữa": a comma inside the name.
			if last == oCompound || last == oLower || last == oUnit || last == oNamed {
				if e := s.commaPairAt(k); e > k+1 {
					k, good, last = e, e, oCompound
					continue
				}
			}
			if last == oCompound && s.deptAt(k+1) {
				k++
				last = oConn
				continue
			}
			// "Phó Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh": a unit
			// and the institution it belongs to.
			if hasUnit && !sawInst {
				if e, _ := s.orgHeadAt(k + 1); e > k+1 && !s.startsPositionHere(k+1) {
					k++
					last, sawInst = oConn, true
					continue
				}
			}
			// "Chủ tịch UBND xã Lùng Tám, huyện Quản Bạ": the place's
			// place.
			if (last == oRun || last == oComplete || last == oAdmin) && s.adminPlaceAt(k+1) {
				k++
				last = oConn
				continue
			}
		case t.text == "-" || t.text == "–":
			if t.space && (last == oCompound || last == oLower) && s.deptAt(k+1) {
				k++
				last = oConn
				continue
			}
		}
		break
	}
	return offOrg{end: good}
}

// lowerRun returns the end of the lower-case words at k that continue an
// organization, or k when they do not: "Phát triển nông thôn", "Y tế dự
// phòng", "Chỉ đạo xây dựng nông thôn mới". last is the state before
// them. The run takes up to six words and stops at a stop word, but for
// those that may stand inside a name (stopInOrg). It continues the
// organization when it is followed by more of it (an administrative word,
// a head, a place, a country), by a person's name (title first), or by
// the end of the title: after at most four words and no stop word, any
// end ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết" has
// stopped at "cho biết"), otherwise a comma, a parenthesis or a dash, and
// then only when the run does not start with a stop word ("Ông A, Chủ
// tịch UBND xã có mặt, ..." is a verb).
func (s *offScan) lowerRun(k, last, mode int) int {
	toks := s.d.toks
	r, soft, softFirst := k, false, false
	for words := 0; r < len(toks) && words < 6 && (r == k || !toks[r].newline); words++ {
		if toks[r].text == "," && r > k {
			// "về phòng, chống tham nhũng"
			if e := s.commaPairAt(r); e > r+1 {
				r = e
				continue
			}
		}
		if !s.isWordLower(r) {
			break
		}
		if toks[r].w.off.first == 0 {
			r++ // in no lexicon: none of the tests below
			continue
		}
		if e, _ := s.match(&s.lx.orgwords, r); e > r {
			break
		}
		if s.adminAt(r) > r {
			break
		}
		if e, idx := s.match(&s.lx.stop, r); e > r {
			if !s.stopInOrg(idx, r, k, last) {
				break
			}
			soft, softFirst = true, softFirst || r == k
			r = e
			continue
		}
		r++
	}
	if r == k {
		return k
	}
	if s.orgContinues(r) || mode == modeName && s.nameEndsAt(r) {
		return r
	}
	if !soft && r-k <= 4 && s.endsTitle(r) {
		return r
	}
	if !softFirst && r < len(toks) && !toks[r].newline && !s.skip[r] {
		switch toks[r].text {
		case ",", ")", "–", "—":
			return r
		}
	}
	return k
}

// stopInOrg reports whether the stop word idx at r, in a run of
// lower-case words starting at k after the state last, may stand inside
// an organization's name (the flags of officials-stopwords.txt).
func (s *offScan) stopInOrg(idx, r, k, last int) bool {
	switch s.lx.stopInOrg[idx] {
	case stopOrg:
		return true
	case stopBoard:
		return r == k && (last == oNamed || last == oUnit)
	}
	return false
}

// abroadAt reports whether what follows "tại" at k names where an
// office abroad is: a country, a province or city, an international
// organization ("Liên hợp quốc") or an abbreviation ("ASEAN"); or, when no
// name is expected after the title, any capitalized name that is not a
// person's and ends the title ("tại Geneva,").
func (s *offScan) abroadAt(k, mode int) bool {
	if e := s.countryAt(k); e > k {
		return true
	}
	if e, _ := s.placeAt(k); e > k {
		return true
	}
	if e, st := s.orgHeadAt(k); e > k && st == oComplete {
		return true
	}
	if e, _ := s.abbrevAt(k); e > k {
		return true
	}
	if mode == modeName {
		return false
	}
	n := s.nameAt(k, 4)
	if n.n == 0 || s.validFull(&n, false) || n.end >= len(s.d.toks) || s.d.toks[n.end].newline {
		return false
	}
	switch s.d.toks[n.end].text {
	case ",", ")", ";", "–", "—":
		return true
	}
	return false
}

// commaPairAt returns the end of a comma pair of officials-commapairs.txt
// whose comma is token k ("phòng, chống"), or k.
func (s *offScan) commaPairAt(k int) int {
	for back := 1; back <= 2 && k-back >= 0; back++ {
		if e, _ := s.match(&s.lx.commaPairs, k-back); e > k+1 {
			return e
		}
	}
	return k
}

// startsPositionHere reports whether a position starts at k inside an
// organization, so that the organization ends: a position word that is
// capitalized and followed by what a title has ("Bí thư Tỉnh ủy").
func (s *offScan) startsPositionHere(k int) bool {
	t := s.d.toks[k]
	if !t.upper && t.lower != "kiêm" {
		return false
	}
	e, idx := s.match(&s.lx.positions, k)
	if idx < 0 {
		return false
	}
	// A multi-word organization head that contains a position word
	// ("Ban Thường vụ") is not a position.
	if he, _ := s.orgHeadAt(k); he >= e {
		return false
	}
	return true
}

// orgPartAt reports whether a capitalized part of an organization starts
// at k (after "và"): a head, a department word, a place; not a position,
// an honorific or a person's name.
func (s *offScan) orgPartAt(k int) bool {
	if k >= len(s.d.toks) || s.d.toks[k].newline || !s.d.toks[k].upper {
		return false
	}
	if e, _ := s.match(&s.lx.honorifics, k); e > k {
		return false
	}
	if s.startsPositionHere(k) {
		return false
	}
	if e, _ := s.orgHeadAt(k); e > k {
		return true
	}
	if e, _ := s.placeAt(k); e > k {
		return true
	}
	if e := s.countryAt(k); e > k {
		return true
	}
	if e, _ := s.abbrevAt(k); e > k {
		return true
	}
	n := s.nameAt(k, 4)
	return !s.validFull(&n, false)
}

// deptAt reports whether a department name ("Ngân sách", "Thể thao")
// starts at k after a comma or a dash: one capitalized word and its
// lower-case syllable, not a position, an honorific, a place or a name.
func (s *offScan) deptAt(k int) bool {
	if !s.orgPartAt(k) {
		return false
	}
	if e, _ := s.placeAt(k); e > k {
		return false
	}
	if e := s.countryAt(k); e > k {
		return false
	}
	n := s.nameAt(k, 4)
	return n.n == 1 && s.isWordLower(n.end) && !s.isStop(n.end)
}

// carve finds a person's name at the end of a run of capitalized words in
// a title. last is the state before the run: it says whether the run may
// be the name entirely ("Bí thư Tỉnh ủy Hoàng Minh Khiêm") or must leave
// a name to the organization ("Bệnh viện Bạch Mai Đào Xuân Cơ").
func (s *offScan) carve(run offName, last int, foreignOK bool) (offName, bool) {
	lx := s.lx
	n := run.n
	minS := 0
	switch last {
	case oNamed, oConn:
		minS = 1
	case oAdmin, oUnit:
		if !(n >= 3 && n <= 4 && run.isSur(0)) {
			minS = 1
		}
	}
	if last == oNone && n == 1 {
		return run, true // a given name alone: "Bí thư Nên"
	}
	ok := func(c offName) bool {
		if s.isPlaceName(&c) {
			return false
		}
		// "Bí thư Huyện ủy Mai Châu, ông ..." keeps the run as a place.
		k := c.end
		if s.tokText(k) == "," {
			if e, _ := s.match(&lx.honorifics, k+1); e > k+1 {
				return false
			}
		}
		return true
	}
	if minS == 0 && n >= 2 && n <= 4 && run.isSur(0) && ok(run) {
		return run, true
	}
	best, bestScore := -1, 0
	for st := max(minS, n-4); st <= n-2; st++ {
		if !run.isSur(st) {
			continue
		}
		if last == oNamed && st < 2 && n-st < 3 {
			continue // "Trường THPT Chu Văn An" is no person "Văn An"
		}
		score := 0
		switch n - st {
		case 2:
			score = 2
		case 3:
			score = 3
		case 4:
			score = 1
			if run.mid>>(st+1)&1 != 0 {
				score = 4
			}
		}
		if score > bestScore {
			c := run.sub(st, n)
			if ok(c) {
				best, bestScore = st, score
			}
		}
	}
	if best >= 0 {
		return run.sub(best, n), true
	}
	// A foreign name: after a country ("Ngoại trưởng Mỹ Antony Blinken"),
	// right after the position ("Thủ tướng N. Can").
	if minS == 0 && n >= 2 && n <= 4 && foreignOK && (run.foreign || last == oComplete) && ok(run) {
		return run, true
	}
	return offName{}, false
}

// isRoman reports whether w is a Roman numeral in capitals ("XV").
func isRoman(w string) bool {
	if w == "" || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}
