package postag

import (
	"encoding/binary"
	"math/bits"
)

// scores sums weights per class, three classes to a word (doc.go): class
// c is lane c%3, bits 21*(c%3) to 21*(c%3)+20, of w[c/3], so that a dense
// weight list adds with one addition per three classes. A partial sum's
// lanes borrow from and carry into their neighbours, but the words stay
// exact sums modulo 2⁶⁴. A prediction's sum starts from a row holding
// laneBias in every lane, and its lanes end up as laneBias plus the
// class's score, which gen checks is less than laneBias in size: then no
// lane has borrowed or carried, each holds its biased score in its low 20
// bits, and its top bit is a free guard bit for comparing lanes in place.
// present marks the classes seen (prose picks only among classes some
// active feature has a weight for), at bit 4*(c/3) + c%3.
type scores struct {
	w       lanes
	present uint64
}

// lanes are the score words of scores. The Tagger keeps its sums packed:
// the last word, whose lanes no class uses, holds the present mask, so
// that a sum is two cache lines and needs no third read for its mask.
type lanes [maxWords]uint64

const (
	maxWords = 16           // 48 classes: lane bits 4*(c/3) + c%3 fit a uint64
	maskWord = maxWords - 1 // a packed sum's present mask (at most 45 classes)
	laneBits = 21
	dense    = 255 // the length byte of a dense weight list

	laneBias  = 1 << 19
	laneMask  = 1<<20 - 1                         // a lane's value bits
	laneOnes  = 1 | 1<<laneBits | 1<<(2*laneBits) // 1 in every lane
	laneGuard = laneOnes << 20                    // the lanes' guard bits
)

// biased is the scores a prediction starts from: all zero.
var biased = func() (s scores) {
	for k := range s.w {
		s.w[k] = laneBias * laneOnes
	}
	return s
}()

// pack returns s's lanes with its present mask in the unused last word.
func (s *scores) pack() lanes {
	w := s.w
	w[maskWord] = s.present
	return w
}

// sum7 sets s to the sum of seven packed sums, the first of them biased:
// their lanes added, their masks or'ed.
func (s *scores) sum7(a, b, c, d, e, f, g *lanes) {
	// Four words a round: the loop's own cost was a fifth of the sum's.
	w := &s.w
	for k := 0; k <= 8; k += 4 {
		w[k] = a[k] + b[k] + c[k] + d[k] + e[k] + f[k] + g[k]
		w[k+1] = a[k+1] + b[k+1] + c[k+1] + d[k+1] + e[k+1] + f[k+1] + g[k+1]
		w[k+2] = a[k+2] + b[k+2] + c[k+2] + d[k+2] + e[k+2] + f[k+2] + g[k+2]
		w[k+3] = a[k+3] + b[k+3] + c[k+3] + d[k+3] + e[k+3] + f[k+3] + g[k+3]
	}
	w[12] = a[12] + b[12] + c[12] + d[12] + e[12] + f[12] + g[12]
	w[13] = a[13] + b[13] + c[13] + d[13] + e[13] + f[13] + g[13]
	w[14] = a[14] + b[14] + c[14] + d[14] + e[14] + f[14] + g[14]
	const k = maskWord
	s.present = a[k] | b[k] | c[k] | d[k] | e[k] | f[k] | g[k]
	s.w[k] = biased.w[k]
}

// sum6 is sum7 without its last sum, the zero sum: six words added.
func (s *scores) sum6(a, b, c, d, e, f *lanes) {
	w := &s.w
	for k := 0; k <= 8; k += 4 {
		w[k] = a[k] + b[k] + c[k] + d[k] + e[k] + f[k]
		w[k+1] = a[k+1] + b[k+1] + c[k+1] + d[k+1] + e[k+1] + f[k+1]
		w[k+2] = a[k+2] + b[k+2] + c[k+2] + d[k+2] + e[k+2] + f[k+2]
		w[k+3] = a[k+3] + b[k+3] + c[k+3] + d[k+3] + e[k+3] + f[k+3]
	}
	w[12] = a[12] + b[12] + c[12] + d[12] + e[12] + f[12]
	w[13] = a[13] + b[13] + c[13] + d[13] + e[13] + f[13]
	w[14] = a[14] + b[14] + c[14] + d[14] + e[14] + f[14]
	const k = maskWord
	s.present = a[k] | b[k] | c[k] | d[k] | e[k] | f[k]
	s.w[k] = biased.w[k]
}

// add adds the weight list at offset o of b, if o >= 0 (doc.go).
func (s *scores) add(b []byte, o int32) {
	if o < 0 {
		return
	}
	n := int32(b[o])
	if n == dense {
		s.present |= binary.LittleEndian.Uint64(b[o+1:])
		d := b[o+9 : o+9+8*maxWords]
		for k := range s.w {
			s.w[k] += binary.LittleEndian.Uint64(d[8*k:])
		}
		return
	}
	var present uint64
	ws := b[o+1 : o+1+4*n]
	for j := 0; j+4 <= len(ws); j += 4 {
		x := binary.LittleEndian.Uint32(ws[j:])
		k := x & 63
		s.w[k>>2&(maxWords-1)] += uint64(int64(int32(x)>>8) << (laneBits * (k & 3)))
		present |= 1 << k
	}
	s.present |= present
}

// best returns the present class with the highest score, the first in
// class order on a tie, or -1. s must hold biased lanes. An absent class
// scores 0, so the highest score over all classes is the answer whenever
// its class is present.
func (s *scores) best() int {
	// A tree of lane-wise maxima: l1[k] of words 2k and 2k+1, l2[k] of
	// l1[2k] and l1[2k+1], and so on, so that the maxima do not wait on
	// one another, and the first word holding the top score is found by
	// going down the tree, left whenever the left half holds it.
	w := &s.w
	l1 := [8]uint64{laneMax(w[0], w[1]), laneMax(w[2], w[3]), laneMax(w[4], w[5]), laneMax(w[6], w[7]),
		laneMax(w[8], w[9]), laneMax(w[10], w[11]), laneMax(w[12], w[13]), laneMax(w[14], w[15])}
	l2 := [4]uint64{laneMax(l1[0], l1[1]), laneMax(l1[2], l1[3]), laneMax(l1[4], l1[5]), laneMax(l1[6], l1[7])}
	l3 := [2]uint64{laneMax(l2[0], l2[1]), laneMax(l2[2], l2[3])}
	top := laneMax(l3[0], l3[1])
	top = max(top&laneMask, top>>laneBits&laneMask, top>>(2*laneBits))
	vs := top * laneOnes
	k := 0
	if lanesEqual(l3[0], vs) == 0 {
		k = 1
	}
	k *= 2
	if lanesEqual(l2[k&3], vs) == 0 {
		k++
	}
	k *= 2
	if lanesEqual(l1[k&7], vs) == 0 {
		k++
	}
	k *= 2
	if lanesEqual(w[k&15], vs) == 0 {
		k++
	}
	c := 3*k + (bits.TrailingZeros64(lanesEqual(w[k&15], vs))-20)/laneBits
	if s.present&(1<<laneBit(c)) != 0 {
		return c
	}
	return s.bestPresent()
}

// wins reports whether class c, present, is what best would return: no
// lane scores more than c's, nor as much before c. It may say false when
// c wins, in the one case where c's biased score is 2²⁰-1, never true when
// it does not.
func (s *scores) wins(c int) bool {
	u := uint(c) // unsigned, and shifts masked: fewer checks
	if s.present&(1<<(u/3*4+u%3&63)) == 0 {
		return false
	}
	v := s.w[u/3%maxWords] >> (laneBits * (u % 3) & 63) & laneMask
	vs := v * laneOnes
	add := &winsAdd[u]
	// A lane of (x | guards) - (vs + add) keeps its guard bit where x's
	// lane is at least v plus add's lane, and never borrows from the next.
	// The last word's lanes are no class's: c beating the real classes
	// makes it the best present class whatever they hold.
	w := &s.w
	var over uint64
	for k := 0; k <= 8; k += 4 {
		// (Go's | binds as loosely as -: each difference is bracketed.)
		over |= ((w[k] | laneGuard) - (vs + add[k])) | ((w[k+1] | laneGuard) - (vs + add[k+1])) |
			((w[k+2] | laneGuard) - (vs + add[k+2])) | ((w[k+3] | laneGuard) - (vs + add[k+3]))
	}
	over |= ((w[12] | laneGuard) - (vs + add[12])) | ((w[13] | laneGuard) - (vs + add[13])) |
		((w[14] | laneGuard) - (vs + add[14]))
	return over&laneGuard == 0
}

// winsAdd[c] is, per word, what wins adds to c's score in every lane to
// get the least score that beats c there: 0 before c, 1 from c on.
var winsAdd = func() (t [3 * maxWords][maxWords]uint64) {
	for c := range t {
		for k := range t[c] {
			switch {
			case k > c/3:
				t[c][k] = laneOnes
			case k == c/3:
				t[c][k] = laneOnes >> (laneBits * (c % 3)) << (laneBits * (c % 3))
			}
		}
	}
	return t
}()

// laneMax returns the lane-wise maximum of a and b, whose guard bits are
// clear: a lane of (a | guards) - b keeps its guard bit where a's lane is
// at least b's, and never borrows from the next.
func laneMax(a, b uint64) uint64 {
	ge := ((a | laneGuard) - b) & laneGuard
	return b ^ (a^b)&(ge>>20*(1<<laneBits-1)) // ge spread over the whole lane
}

// lanesEqual returns the guard bits of the lanes of x equal to those of
// vs. A lane of x ^ vs is zero where they are equal; (z | guards) - ones
// then clears that lane's guard bit, and only that lane's.
func lanesEqual(x, vs uint64) uint64 {
	return ^(((x ^ vs) | laneGuard) - laneOnes) & laneGuard
}

// bestPresent is best looking at present classes only.
func (s *scores) bestPresent() int {
	best, top := -1, uint64(0)
	for p := s.present; p != 0; p &= p - 1 {
		b := bits.TrailingZeros64(p)
		v := s.w[b>>2&(maxWords-1)] >> (laneBits * (b & 3)) & laneMask
		if best < 0 || v > top {
			best, top = b-b>>2, v
		}
	}
	return best
}

// laneBit is class c's bit in a class mask.
func laneBit(c int) int { return c/3*4 + c%3 }
