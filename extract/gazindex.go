package extract

import (
	"slices"
	"strings"
)

// keyIndex is a lexicon map's keys, sorted, so that a lookup growing a
// key token by token (gazScan, demonymAt) can stop as soon as no key
// starts with it instead of trying every length.
type keyIndex []string

func newKeyIndex[V any](m map[string]V) keyIndex {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// hasPrefix reports whether some key starts with b. A nil index (a
// Lexicon built by hand) answers true: every b may be a prefix.
func (ix keyIndex) hasPrefix(b []byte) bool {
	if ix == nil {
		return true
	}
	lo, hi := 0, len(ix)
	for lo < hi { // the first key >= b
		m := int(uint(lo+hi) >> 1)
		if ix[m] < string(b) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(ix) && strings.HasPrefix(ix[lo], string(b))
}

// newSuffixIndex indexes m's keys byte-reversed, for hasSuffix.
func newSuffixIndex[V any](m map[string]V) keyIndex {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, string(reverseBytes(nil, k)))
	}
	slices.Sort(keys)
	return keys
}

// hasSuffix reports, for an index built by newSuffixIndex, whether some
// key ends with b: for a key grown leftwards (titleEndingAt).
func (ix keyIndex) hasSuffix(b []byte) bool {
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
