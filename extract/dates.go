package extract

// Date is a date mention. (Stub: replaced by the dates extractor.)
type Date struct {
	Mention
}

func (e *Extractor) dates(d *doc) []Date { return []Date{} }
