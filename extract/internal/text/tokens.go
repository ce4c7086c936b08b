package text

import "github.com/parley-nlp/parley/pipeline"

// The stages find the token at a byte offset often, and the offset is
// nearly always in a sentence they know (a mention's, a quote's): a
// search of that sentence's tokens (Document.Index.Sentences) is shorter
// than one of all of them.

// TokenStartingNear is d.TokenIndex(off), the first token starting at or
// after off, for an offset most likely in sentence si: a search of its
// tokens, of all tokens when off lies elsewhere.
func TokenStartingNear(d *pipeline.Document, si, off int) int {
	ranges := d.Index.Sentences
	if si < 0 || si >= len(ranges) {
		return d.TokenIndex(off)
	}
	lo, hi := int(ranges[si].Lo), int(ranges[si].Hi)
	if lo > 0 && d.Tokens[lo-1].Start >= off {
		return d.TokenIndex(off) // off is before the sentence
	}
	// the tokens' starts rise: search [lo, hi) by halves
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.Tokens[m].Start >= off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo < int(ranges[si].Hi) || lo == len(d.Tokens) || d.Tokens[lo].Start >= off {
		return lo
	}
	return d.TokenIndex(off)
}

// TokenEndingNear is the first token ending after off, for an offset
// most likely in sentence si, as TokenStartingNear.
func TokenEndingNear(d *pipeline.Document, si, off int) int {
	ranges := d.Index.Sentences
	if si < 0 || si >= len(ranges) {
		return tokenEndingAfter(d.Tokens, off)
	}
	lo, hi := int(ranges[si].Lo), int(ranges[si].Hi)
	if lo > 0 && d.Tokens[lo-1].End > off {
		return tokenEndingAfter(d.Tokens, off)
	}
	for lo < hi { // the tokens' ends rise too
		m := int(uint(lo+hi) >> 1)
		if d.Tokens[m].End > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo < int(ranges[si].Hi) || lo == len(d.Tokens) || d.Tokens[lo].End > off {
		return lo
	}
	return tokenEndingAfter(d.Tokens, off)
}

// tokenEndingAfter returns the index of the first token ending after off.
func tokenEndingAfter(ts []pipeline.Token, off int) int {
	lo, hi := 0, len(ts)
	for lo < hi {
		h := (lo + hi) / 2
		if ts[h].End <= off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}
