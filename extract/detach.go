package extract

import "unsafe"

// eachString calls f on every string field of r.
func (r *Result) eachString(f func(*string)) {
	for i := range r.Dates {
		d := &r.Dates[i]
		f(&d.Text)
		f(&d.PartOfDay)
		f(&d.Part)
		f(&d.Rule)
	}
	for i := range r.Officials {
		o := &r.Officials[i]
		f(&o.Name)
		f(&o.Rule)
		eachOf(o.Titles, f)
		eachOf(o.Honorifics, f)
		for k := range o.Roles {
			ro := &o.Roles[k]
			f(&ro.Text)
			f(&ro.Position)
			f(&ro.Organization)
			f(&ro.OrganizationExpanded)
			eachOf(ro.Modifiers, f)
		}
		for k := range o.Mentions {
			f(&o.Mentions[k].Text)
		}
	}
	for i := range r.Counts {
		c := &r.Counts[i]
		f(&c.Text)
		f(&c.Unit)
		f((*string)(&c.Qualifier))
		f(&c.Rule)
	}
	for i := range r.Money {
		m := &r.Money[i]
		f(&m.Text)
		f(&m.Currency)
		f(&m.Per)
		f((*string)(&m.Qualifier))
		f(&m.Rule)
	}
	for i := range r.Percents {
		p := &r.Percents[i]
		f(&p.Text)
		f(&p.Unit)
		f((*string)(&p.Qualifier))
		f(&p.Rule)
	}
	for _, cs := range [][]Credit{r.Bylines, r.PhotoCredits} {
		for i := range cs {
			f(&cs[i].Text)
			f(&cs[i].Name)
			f(&cs[i].Rule)
		}
	}
}

func eachOf(ss []string, f func(*string)) {
	for i := range ss {
		f(&ss[i])
	}
}

// detach makes r independent of text, a string that shares the caller's
// input: every string of r inside text's bytes is replaced by a copy, all
// copies in one allocation. The extractors take their strings from the
// document's text freely; detach is what lets Extract use the caller's
// bytes as the text without copying them.
func (r *Result) detach(text string) {
	if len(text) == 0 {
		return
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	inside := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return len(s) > 0 && lo <= p && p < hi
	}
	var found []*string
	n := 0
	r.eachString(func(s *string) {
		if inside(*s) {
			found = append(found, s)
			n += len(*s)
		}
	})
	if n == 0 {
		return
	}
	buf := make([]byte, 0, n)
	for _, s := range found {
		k := len(buf)
		buf = append(buf, *s...)
		*s = unsafe.String(&buf[k], len(*s)) // buf never grows past n
	}
}
