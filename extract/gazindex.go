package extract

import (
	"slices"
	"strings"
)

// indexGazetteer sorts the gazetteer's keys so that gazScan can stop
// growing a key as soon as no listed name starts with it, instead of
// trying every length up to 2*GazMax+2 tokens.
func (lx *Lexicon) indexGazetteer() {
	lx.gazKeys = make([]string, 0, len(lx.Gazetteer))
	for k := range lx.Gazetteer {
		lx.gazKeys = append(lx.gazKeys, k)
	}
	slices.Sort(lx.gazKeys)
}

// gazPrefix reports whether some gazetteer key starts with b. Without an
// index (a Lexicon built by hand) every b may be a prefix.
func (lx *Lexicon) gazPrefix(b []byte) bool {
	if lx.gazKeys == nil {
		return true
	}
	lo, hi := 0, len(lx.gazKeys)
	for lo < hi { // the first key >= b
		m := int(uint(lo+hi) >> 1)
		if lx.gazKeys[m] < string(b) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(lx.gazKeys) && strings.HasPrefix(lx.gazKeys[lo], string(b))
}
