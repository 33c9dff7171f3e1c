package extract

// Official is a person named with a title. (Stub: replaced by the officials extractor.)
type Official struct {
	Name string `json:"name"`
}

// Credit is a byline or photo credit. (Stub.)
type Credit struct {
	Mention
	Name string `json:"name"`
}

func (e *Extractor) officials(d *doc) ([]Official, []Credit, []Credit) {
	return []Official{}, []Credit{}, []Credit{}
}
