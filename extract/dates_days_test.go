package extract

import (
	"math/rand"
	"testing"
	"time"
)

// TestDayArithmetic checks dayNum and civilDay against the time package,
// which they replace.
func TestDayArithmetic(t *testing.T) {
	refDayNum := func(y, m, d int) int {
		return int(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	refCivilDay := func(n int) Civil {
		t := time.Unix(int64(n)*86400+43200, 0).UTC()
		return Civil{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	}
	check := func(y, m, d int) {
		if got, want := dayNum(y, m, d), refDayNum(y, m, d); got != want {
			t.Fatalf("dayNum(%d, %d, %d) = %d, want %d", y, m, d, got, want)
		}
	}
	for y := -500; y <= 3000; y++ {
		for m := -13; m <= 26; m++ {
			for _, d := range []int{-40, -1, 0, 1, 15, 28, 29, 30, 31, 32, 60, 400} {
				check(y, m, d)
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	for range 1000000 {
		check(r.Intn(20000)-10000, r.Intn(60)-30, r.Intn(1000)-500)
	}
	for n := -1000000; n <= 1000000; n++ {
		if got, want := civilDay(n), refCivilDay(n); got != want {
			t.Fatalf("civilDay(%d) = %v, want %v", n, got, want)
		}
	}
	for range 1000000 {
		n := r.Intn(2e8) - 1e8
		if got, want := civilDay(n), refCivilDay(n); got != want {
			t.Fatalf("civilDay(%d) = %v, want %v", n, got, want)
		}
	}
}

// TestNearestDayYear checks nearestDayYear, which tries three years for a
// day every year has, against trying all nine.
func TestNearestDayYear(t *testing.T) {
	full := func(ry, rm, rd, m, d, dir int) int {
		ref := dayNum(ry, rm, rd)
		best, bestDist := ry, -1
		for _, y := range [...]int{ry, ry - 1, ry + 1, ry - 2, ry + 2, ry - 3, ry + 3, ry - 4, ry + 4} {
			if !validDay(y, m, d) {
				continue
			}
			delta := dayNum(y, m, d) - ref
			if dir*delta < 0 {
				continue
			}
			if dist := abs(delta); bestDist < 0 || dist < bestDist {
				best, bestDist = y, dist
			}
		}
		return best
	}
	for _, ry := range []int{1900, 1968, 1969, 1970, 1971, 1999, 2000, 2023, 2024, 2100} {
		for n := dayNum(ry, 1, 1); n <= dayNum(ry, 12, 31); n += 3 {
			c := civilDay(n)
			for m := 0; m <= 13; m++ {
				for d := 0; d <= 32; d++ {
					for dir := -1; dir <= 1; dir++ {
						if got, want := nearestDayYear(c.Year, c.Month, c.Day, m, d, dir), full(c.Year, c.Month, c.Day, m, d, dir); got != want {
							t.Fatalf("nearestDayYear(%v, %d, %d, %d) = %d, want %d", c, m, d, dir, got, want)
						}
					}
				}
			}
		}
	}
}
