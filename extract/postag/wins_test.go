package postag

import (
	"math/rand/v2"
	"testing"
)

// TestWins checks scores.wins against best on random scores with many
// ties: wins(c) must hold exactly when best picks c as the first holder
// of the top score among all lanes.
func TestWins(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := biased
		for c := range 45 {
			v := int64(r.IntN(7)) - 3 // few values: ties are common
			if r.IntN(4) == 0 {
				v = int64(r.IntN(2<<18)) - 1<<18
			}
			s.w[c/3] += uint64(v << (laneBits * (c % 3)))
			if r.IntN(3) > 0 {
				s.present |= 1 << laneBit(c)
			}
		}
		best := s.best()
		for c := range 45 {
			want := c == best && s.topFirst() == c
			if got := s.wins(c); got != want {
				t.Fatalf("wins(%d) = %v, best %d, first top %d", c, got, best, s.topFirst())
			}
		}
	}
}

// topFirst returns the first class holding the top score of s (biased
// lanes) among the lanes wins looks at: all but the last word's.
func (s *scores) topFirst() int {
	first, top := -1, uint64(0)
	for c := range 3 * maskWord {
		v := s.w[c/3] >> (laneBits * (c % 3)) & laneMask
		if first < 0 || v > top {
			first, top = c, v
		}
	}
	return first
}

// sum6 is sum7 with the zero sum last.
func TestSum6(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 1000 {
		var ls [6]lanes
		for i := range ls {
			for k := range ls[i] {
				ls[i][k] = r.Uint64()
			}
		}
		var got, want scores
		got.sum6(&ls[0], &ls[1], &ls[2], &ls[3], &ls[4], &ls[5])
		want.sum7(&ls[0], &ls[1], &ls[2], &ls[3], &ls[4], &ls[5], &lanes{})
		if got != want {
			t.Fatalf("sum6 %v, sum7 with a zero sum %v", got, want)
		}
	}
}
