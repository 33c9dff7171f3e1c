package extract

// A Span is a range of byte offsets [Start, End) into the original input
// given to Extract.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// A Mention is one place in the text where an item is named.
type Mention struct {
	Span
	Text string `json:"text"` // the original bytes of the span
}
