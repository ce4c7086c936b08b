package extract

import (
	"slices"
	"strings"
)

// keyIndex is a lexicon map's keys, sorted, so that a lookup growing a
// key token by token (gazScan, demonymAt, titles) can stop as soon as no
// key starts with it instead of trying every length.
type keyIndex struct {
	keys []string
	from [257]int32 // keys[from[c]:from[c+1]] start with byte c
}

func newKeyIndex(keys []string) *keyIndex {
	slices.Sort(keys)
	ix := &keyIndex{keys: keys}
	k := 0
	for c := range 256 {
		ix.from[c] = int32(k)
		for k < len(keys) && keys[k][0] == byte(c) {
			k++
		}
	}
	ix.from[256] = int32(len(keys))
	return ix
}

// newPrefixIndex indexes m's non-empty keys, for hasPrefix.
func newPrefixIndex[V any](m map[string]V) *keyIndex {
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			keys = append(keys, k)
		}
	}
	return newKeyIndex(keys)
}

// newSuffixIndex indexes m's non-empty keys byte-reversed, for hasSuffix.
func newSuffixIndex[V any](m map[string]V) *keyIndex {
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			keys = append(keys, string(reverseBytes(nil, k)))
		}
	}
	return newKeyIndex(keys)
}

// hasPrefix reports whether some key starts with b. A nil index (a
// Lexicon built by hand) answers true: every b may be a prefix.
func (ix *keyIndex) hasPrefix(b []byte) bool {
	if ix == nil || len(b) == 0 {
		return true
	}
	lo, hi := int(ix.from[b[0]]), int(ix.from[int(b[0])+1])
	end := hi
	for lo < hi { // the first key >= b
		m := int(uint(lo+hi) >> 1)
		if ix.keys[m] < string(b) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < end && strings.HasPrefix(ix.keys[lo], string(b))
}

// hasSuffix reports, for an index built by newSuffixIndex, whether some
// key ends with b: for a key grown leftwards (titleEndingAt).
func (ix *keyIndex) hasSuffix(b []byte) bool {
	if ix == nil {
		return true
	}
	var arr [64]byte
	return ix.hasPrefix(reverseBytes(arr[:0], string(b)))
}

func reverseBytes(dst []byte, s string) []byte {
	for i := len(s) - 1; i >= 0; i-- {
		dst = append(dst, s[i])
	}
	return dst
}
