package extract

// gazHit is one remembered gazAt result.
type gazHit struct {
	end  int
	e    GazEntry
	done bool
}

// gazAt returns the longest gazetteer match starting at token i: its end
// (exclusive) and entry, or i and the zero entry. It computes each i once
// per sentence (gazScan), since the entity finder asks for the same
// starts many times; the result depends only on the text, the tokens and
// the lexicon, none of which change while a sentence is read.
func (s *sentenceView) gazAt(i int) (int, GazEntry) {
	if i < 0 || i >= len(s.toks) {
		return s.gazScan(i)
	}
	if s.gaz == nil {
		s.gaz = make([]gazHit, len(s.toks))
	}
	h := &s.gaz[i]
	if !h.done {
		h.end, h.e = s.gazScan(i)
		h.done = true
	}
	return h.end, h.e
}
