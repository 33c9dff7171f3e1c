package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestExtractClocked checks that timing the stages changes nothing: the
// clocked pipeline gives Extract's result, and every stage took time.
func TestExtractClocked(t *testing.T) {
	e := New(WithReference(time.Date(2024, 1, 21, 0, 0, 0, 0, time.UTC)))
	src := []byte("Chiều 20/1, đồng chí Nguyễn Văn Nên, Bí thư Thành ủy TP Hồ Chí Minh, đã thăm hỏi 96 cán bộ.")
	var c stageClock
	c.start()
	got := e.extract(src, &c)
	if diff := cmp.Diff(e.Extract(src), got); diff != "" {
		t.Errorf("clocked extract differs (-Extract +clocked):\n%s", diff)
	}
	if len(got.Dates) != 1 || len(got.Officials) != 1 || len(got.Counts) != 1 {
		t.Errorf("got %d dates, %d officials, %d counts; want 1 each", len(got.Dates), len(got.Officials), len(got.Counts))
	}
	var total time.Duration
	for i, d := range c.spent {
		if d < 0 {
			t.Errorf("stage %s: negative time %v", stageNames[i], d)
		}
		total += d
	}
	if total <= 0 {
		t.Errorf("no time charged to any stage: %v", c.spent)
	}
}
