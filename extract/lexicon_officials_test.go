package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
	"golang.org/x/text/unicode/norm"
)

// TestOfficialsLexiconLoads checks that the embedded lexicons parse.
func TestOfficialsLexiconLoads(t *testing.T) {
	if _, err := loadOffLexicon(); err != nil {
		t.Fatal(err)
	}
}

// TestOfficialsLexiconEntries checks every line of every lexicon file: it
// is NFC, in the traditional tone placement, has clean spaces, and is not
// a duplicate of another entry of the same file (ignoring case).
func TestOfficialsLexiconEntries(t *testing.T) {
	for name, data := range offDataFiles() {
		t.Run(name, func(t *testing.T) {
			lines, nums := lexiconEntries(data)
			if len(lines) == 0 {
				t.Fatal("no entries")
			}
			seen := map[string]int{}
			for k, l := range lines {
				if !norm.NFC.IsNormalString(l) {
					t.Errorf("line %d: %q is not NFC", nums[k], l)
				}
				if n := normalize.String(l); n != l {
					t.Errorf("line %d: %q normalizes to %q (tone placement or spaces)", nums[k], l, n)
				}
				if strings.Contains(l, "  ") || strings.Contains(l, "\t") {
					t.Errorf("line %d: %q has double spaces or tabs", nums[k], l)
				}
				key := strings.ToLower(l)
				if name == "abbreviations.txt" {
					key, _, _ = strings.Cut(key, " = ")
				}
				if prev, ok := seen[key]; ok {
					t.Errorf("line %d: %q duplicates line %d", nums[k], l, prev)
				}
				seen[key] = nums[k]
			}
		})
	}
}

// TestProvincesCounts checks the provinces lexicon against the
// administrative map: 63 units before the 2025 reorganization, 34 after,
// and every place name and short form unique to one unit.
func TestProvincesCounts(t *testing.T) {
	lx := offLex()
	before, after := 0, 0
	for _, p := range lx.placeInfo {
		switch p.period {
		case "both":
			before++
			after++
		case "before":
			before++
		case "after":
			after++
		}
	}
	if before != 63 || after != 34 {
		t.Errorf("provinces: %d before 2025 and %d after, want 63 and 34", before, after)
	}
	lines, nums := lexiconEntries(offProvincesData)
	owner := map[string]string{}
	for k, l := range lines {
		f := strings.Split(l, "|")
		for _, v := range append([]string{f[1]}, f[2:]...) {
			key := strings.ToLower(v)
			if o, ok := owner[key]; ok && o != f[1] {
				t.Errorf("line %d: %q is also a form of %q", nums[k], v, o)
			}
			owner[key] = f[1]
		}
	}
}

// TestSurnamesEntries checks that every family name starts a name after
// "ông".
func TestSurnamesEntries(t *testing.T) {
	lines, _ := lexiconEntries(offSurnamesData)
	e := New()
	for _, s := range lines {
		name := s + " Văn An"
		if strings.HasSuffix(s, "'") {
			name = s + "Liên Mlô"
		}
		r := e.ExtractString("Chiều nay, ông " + name + ", Giám đốc Sở Y tế, cho biết.")
		if len(r.Officials) != 1 || r.Officials[0].Name != name {
			t.Errorf("surname %q: officials = %+v, want %q", s, r.Officials, name)
		}
		r = e.ExtractString("Giám đốc Sở Y tế " + name + " cho biết.")
		if len(r.Officials) != 1 || r.Officials[0].Name != name {
			t.Errorf("surname %q after a title: officials = %+v, want %q", s, r.Officials, name)
		}
	}
}

// TestHonorificsEntries checks that every honorific is recognised before
// a name, is reported as written in the lexicon and is never a title.
func TestHonorificsEntries(t *testing.T) {
	lines, _ := lexiconEntries(offHonorificsData)
	e := New()
	for _, h := range lines {
		for _, text := range []string{
			"Tại buổi lễ, " + h + " Nguyễn Văn An phát biểu.",
			offUpperFirst(h) + " Nguyễn Văn An phát biểu.",
		} {
			r := e.ExtractString(text)
			if len(r.Officials) != 1 {
				t.Errorf("%q: %d officials, want 1", text, len(r.Officials))
				continue
			}
			o := r.Officials[0]
			if o.Name != "Nguyễn Văn An" || len(o.Titles) != 0 || len(o.Honorifics) != 1 || o.Honorifics[0] != h {
				t.Errorf("%q: got %s %q %q", text, o.Name, o.Titles, o.Honorifics)
			}
		}
	}
}

// TestPositionsEntries checks that every position makes a title before a
// name, with an organization when the position needs one.
func TestPositionsEntries(t *testing.T) {
	e := New()
	for _, p := range offLex().posInfo {
		title := p.text
		if p.needsOrg {
			title += " Ban Thường vụ Tỉnh ủy"
		}
		text := "Tại hội nghị, " + title + " Nguyễn Văn An phát biểu."
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || len(r.Officials[0].Titles) != 1 || r.Officials[0].Titles[0] != title {
			t.Errorf("%q: officials = %+v, want title %q", text, r.Officials, title)
			continue
		}
		role := r.Officials[0].Roles[0]
		if !strings.HasPrefix(title, role.Position) {
			t.Errorf("%q: position %q", text, role.Position)
		}
		if p.unit >= 0 && !p.needsOrg && role.Organization != "" {
			t.Errorf("%q: organization %q, want none", text, role.Organization)
		}
		// Needing an organization, the position alone is no title.
		if p.needsOrg {
			r := e.ExtractString("Tại hội nghị, " + p.text + " Nguyễn Văn An phát biểu.")
			for _, o := range r.Officials {
				t.Errorf("%q alone: got official %+v", p.text, o)
			}
		}
	}
}

// TestOrganizationsEntries checks that every organization head is taken
// into a title, and that a name after a named head stays in it.
func TestOrganizationsEntries(t *testing.T) {
	lines, _ := lexiconEntries(offOrganizationsData)
	e := New()
	for _, l := range lines {
		head, flag, _ := strings.Cut(l, "|")
		org := head
		if flag == "named" {
			org += " Hòa Bình"
		}
		text := "Ông Nguyễn Văn An, Giám đốc " + org + ", cho biết."
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || len(r.Officials[0].Roles) != 1 || r.Officials[0].Roles[0].Organization != org {
			t.Errorf("%q: officials = %+v, want organization %q", text, r.Officials, org)
		}
		if flag == "named" {
			// "Giám đốc Bệnh viện Bạch Mai cho biết": no person.
			r := e.ExtractString("Giám đốc " + head + " Bạch Mai cho biết.")
			for _, o := range r.Officials {
				t.Errorf("%q + name: got official %+v", head, o)
			}
		}
	}
}

// TestProvincesEntries checks that every form of every province or city
// is canonicalized in an organization's expanded form.
func TestProvincesEntries(t *testing.T) {
	lines, _ := lexiconEntries(offProvincesData)
	e := New()
	for _, l := range lines {
		f := strings.Split(l, "|")
		canon := f[1]
		bare := canon[strings.Index(canon, " ")+1:]
		if strings.HasPrefix(canon, "Thành phố ") {
			bare = strings.TrimPrefix(canon, "Thành phố ")
		}
		forms := append([]string{canon, bare, "tỉnh " + bare, "TP " + bare, "TP. " + bare}, f[2:]...)
		for _, form := range forms {
			text := "Ông Nguyễn Văn An, Chủ tịch UBND " + form + ", cho biết."
			r := e.ExtractString(text)
			if len(r.Officials) != 1 || len(r.Officials[0].Roles) != 1 {
				t.Errorf("%q: officials = %+v", text, r.Officials)
				continue
			}
			if got, want := r.Officials[0].Roles[0].OrganizationExpanded, "Ủy ban nhân dân "+canon; got != want {
				t.Errorf("%q: expanded %q, want %q", form, got, want)
			}
		}
		// A province is never a person.
		r := e.ExtractString("Tại " + bare + ", Chủ tịch UBND tỉnh cho biết.")
		for _, o := range r.Officials {
			t.Errorf("%q: got official %+v", bare, o)
		}
	}
}

// TestAbbreviationsEntries checks that every abbreviation is expanded.
func TestAbbreviationsEntries(t *testing.T) {
	lines, _ := lexiconEntries(offAbbreviationsData)
	e := New()
	for _, l := range lines {
		a, exp, _ := strings.Cut(l, " = ")
		org := "Ban " + a + " tỉnh"
		if strings.HasPrefix(a, "TP") {
			org = "UBND " + a + " Vinh"
		}
		text := "Ông Nguyễn Văn An, Trưởng " + org + ", cho biết."
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || len(r.Officials[0].Roles) != 1 {
			t.Errorf("%q: officials = %+v", text, r.Officials)
			continue
		}
		if got := r.Officials[0].Roles[0].OrganizationExpanded; !strings.Contains(got, exp) {
			t.Errorf("%q: expanded %q, want it to contain %q", text, got, exp)
		}
	}
}

// TestPlacewordsEntries checks that a name after every place word is not
// a person, and that administrative words stay inside organizations.
func TestPlacewordsEntries(t *testing.T) {
	e := New()
	for _, pw := range offLex().pwInfo {
		text := "Ông Lê Văn Tư về " + pw.text + " Trần Văn Ơn, Giám đốc Sở Y tế cho biết."
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || r.Officials[0].Name != "Lê Văn Tư" {
			t.Errorf("%q: officials = %+v, want only Lê Văn Tư", text, r.Officials)
		}
		for _, w := range pw.notAfter {
			text := "Họ " + w + " " + pw.text + " Trần Văn Ơn, Giám đốc Sở Y tế, giúp đỡ."
			r := e.ExtractString(text)
			if len(r.Officials) != 1 || r.Officials[0].Name != "Trần Văn Ơn" {
				t.Errorf("%q: officials = %+v, want Trần Văn Ơn", text, r.Officials)
			}
		}
		if pw.admin && !strings.HasPrefix(pw.text, "TP") {
			text := "Ông Lê Văn Tư, Chủ tịch UBND " + pw.text + ", cho biết."
			r := e.ExtractString(text)
			if len(r.Officials) != 1 || len(r.Officials[0].Titles) != 1 || r.Officials[0].Titles[0] != "Chủ tịch UBND "+pw.text {
				t.Errorf("%q: officials = %+v", text, r.Officials)
			}
		}
	}
}

// TestCountriesEntries checks that a foreign name after every country is
// a person with the country in the title.
func TestCountriesEntries(t *testing.T) {
	lines, _ := lexiconEntries(offCountriesData)
	e := New()
	for _, c := range lines {
		text := "Hôm qua, Thủ tướng " + c + " Kishida Fumio phát biểu."
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || r.Officials[0].Name != "Kishida Fumio" || r.Officials[0].Titles[0] != "Thủ tướng "+c {
			t.Errorf("%q: officials = %+v", text, r.Officials)
		}
	}
}

// TestStopwordsEntries checks that every stop word ends a title, and
// that those flagged as possible inside an organization's name continue
// one where the flag allows it.
func TestStopwordsEntries(t *testing.T) {
	lines, _ := lexiconEntries(offStopwordsData)
	e := New()
	for _, l := range lines {
		w, flag, _ := strings.Cut(l, "|")
		text := "Ông Nguyễn Văn An, Phó Giám đốc Sở Tài chính " + w + " như vậy, cho biết."
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || len(r.Officials[0].Titles) != 1 || r.Officials[0].Titles[0] != "Phó Giám đốc Sở Tài chính" {
			t.Errorf("%q: officials = %+v", text, r.Officials)
		}
		var title string
		switch flag {
		case "":
			continue
		case "org":
			// More of the organization after the word.
			title = "Trưởng ban Chỉ đạo xây dựng " + w + " xã"
		case "board":
			// Right after a head that needs a name.
			title = "Chủ nhiệm Ủy ban " + w + " xã"
		default:
			t.Errorf("%q: unknown flag", l)
			continue
		}
		checkTitleBothOrders(t, e, title)
	}
}

// TestCommaPairsEntries checks that every comma pair stays inside an
// organization, title first and name first.
func TestCommaPairsEntries(t *testing.T) {
	lines, _ := lexiconEntries(offCommaPairsData)
	e := New()
	for _, p := range lines {
		title := "Trưởng ban Chỉ đạo " + p + " tỉnh"
		checkTitleBothOrders(t, e, title)
	}
}

// TestOrgwordsEntries checks that every organization word continues an
// organization.
func TestOrgwordsEntries(t *testing.T) {
	lines, _ := lexiconEntries(offOrgwordsData)
	e := New()
	for _, w := range lines {
		title := "Giám đốc Trung tâm " + w
		if strings.Contains(w, "không") {
			title = "Giám đốc Cục " + offUpperFirst(w)
		}
		text := "Ông Nguyễn Văn An, " + title + ", cho biết."
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || len(r.Officials[0].Titles) != 1 || r.Officials[0].Titles[0] != title {
			t.Errorf("%q: officials = %+v, want title %q", text, r.Officials, title)
		}
	}
}

// TestMiddlesEntries checks that a four-syllable name with every middle
// syllable is kept whole after a title.
func TestMiddlesEntries(t *testing.T) {
	lines, _ := lexiconEntries(offMiddlesData)
	e := New()
	for _, m := range lines {
		name := "Lê " + m + " Bích Hạnh"
		text := "Giám đốc Bệnh viện Bạch Mai " + name + " cho biết."
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || r.Officials[0].Name != name {
			t.Errorf("%q: officials = %+v, want %q", text, r.Officials, name)
		}
	}
}

// offUpperFirst returns s with its first letter in upper case.
func offUpperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// TestVietSyllable checks the shape test that tells foreign names.
func TestVietSyllable(t *testing.T) {
	for w, want := range map[string]bool{
		"nguyễn": true, "nghiêm": true, "quý": true, "gì": true, "thuở": true, "khuya": true, "a": true,
		"putin": false, "kishida": false, "blinken": false, "wong": false, "mlô": false, "": false, "ksor": false,
	} {
		if got := offVietSyllable(w); got != want {
			t.Errorf("offVietSyllable(%q) = %v, want %v", w, got, want)
		}
	}
}

// checkTitleBothOrders checks that title is read whole for one person, both
// before the name and after it.
func checkTitleBothOrders(t *testing.T, e *Extractor, title string) {
	t.Helper()
	for _, text := range []string{
		title + " Nguyễn Văn An phát biểu.",
		"Ông Nguyễn Văn An, " + title + ", phát biểu.",
	} {
		r := e.ExtractString(text)
		if len(r.Officials) != 1 || r.Officials[0].Name != "Nguyễn Văn An" ||
			len(r.Officials[0].Titles) != 1 || r.Officials[0].Titles[0] != title {
			t.Errorf("%q: officials = %+v, want title %q", text, r.Officials, title)
		}
	}
}
