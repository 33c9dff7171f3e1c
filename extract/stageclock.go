package extract

import "time"

// The stages of the pipeline, in order, as a stageClock counts them.
const (
	stageNormalize = iota
	stageTokenize
	stageDates
	stageOfficials
	stageCounts
	stageDetach
	nStages
)

// stageNames names the stages for reports.
var stageNames = [nStages]string{"normalize", "tokenize", "dates", "officials", "counts", "detach"}

// A stageClock adds up the time spent in each stage of Extract. Only the
// benchmarks use one: Extract passes a nil clock, on which lap does
// nothing.
type stageClock struct {
	last  time.Time
	spent [nStages]time.Duration
}

// start starts the clock for the next document.
func (c *stageClock) start() { c.last = time.Now() }

// lap charges the time since the last lap (or start) to stage.
func (c *stageClock) lap(stage int) {
	if c == nil {
		return
	}
	now := time.Now()
	c.spent[stage] += now.Sub(c.last)
	c.last = now
}
