package extract

// Count is a number and what it counts. (Stub: replaced by the counts extractor.)
type Count struct {
	Mention
}

// Money is an amount of money. (Stub.)
type Money struct {
	Mention
}

// Percent is a percentage. (Stub.)
type Percent struct {
	Mention
}

func (e *Extractor) counts(d *doc) ([]Count, []Money, []Percent) {
	return []Count{}, []Money{}, []Percent{}
}
