package extract

// Prefix cues ("agree*") are tried at every word, so compileCues also files
// them by the first byte of their text: under prefixKey(b), the prefix cues
// whose text starts with b or is empty, in their order under "*"; under
// prefixKey of a word whose first byte starts no prefix cue, the ones with
// empty text. Only those can match a word, and keeping the order keeps
// longest's tie-break. The keys start with a NUL, which no token holds.

const prefixKeyBase = "\x00"

// indexPrefixCues adds the per-byte lists of idx["*"] to idx.
func indexPrefixCues(idx map[string][]cuePattern) {
	all := idx["*"]
	var firsts [256]bool
	for _, p := range all {
		if t := p.words[0].text; t != "" {
			firsts[t[0]] = true
		}
	}
	for b := range firsts {
		if !firsts[b] {
			continue
		}
		var l []cuePattern
		for _, p := range all {
			if t := p.words[0].text; t == "" || t[0] == byte(b) {
				l = append(l, p)
			}
		}
		idx[prefixKeyBase+string(byte(b))] = l
	}
	var empty []cuePattern
	for _, p := range all {
		if p.words[0].text == "" {
			empty = append(empty, p)
		}
	}
	idx[prefixKeyBase] = empty
}

// prefixCues returns the prefix cues that can match word w.
func (c *Classifier) prefixCues(w string) []cuePattern {
	if w != "" {
		if l, ok := c.index[prefixKeyBase+w[:1]]; ok {
			return l
		}
	}
	return c.index[prefixKeyBase]
}
