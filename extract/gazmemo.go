package extract

import "github.com/parley-nlp/parley/extract/lexicon"

// gazHit is one remembered gazAt result: the end + 1 (0 for not yet
// computed) and the entry's index + 1 in sentenceView.hits (0 for none).
// Holding no pointers, the memo is cleared sentence after sentence
// without write barriers.
type gazHit struct {
	end, hit int32
}

// gazAt returns the longest gazetteer match starting at token i: its end
// (exclusive) and entry, or i and the zero entry. It computes each i once
// per sentence (gazScan), since the entity finder asks for the same
// starts many times; the result depends only on the text, the tokens and
// the lexicon, none of which change while a sentence is read.
func (s *sentenceView) gazAt(i int) (int, lexicon.GazEntry) {
	if i < 0 || i >= len(s.gaz) {
		end, e, _ := s.gazScan(i)
		return end, e
	}
	h := &s.gaz[i]
	if h.end == 0 {
		end, e, ref := s.gazScan(i)
		h.end = int32(end + 1)
		if e != (lexicon.GazEntry{}) {
			s.hits = append(s.hits, e)
			s.refs = append(s.refs, ref)
			h.hit = int32(len(s.hits))
		}
	}
	if h.hit == 0 {
		return int(h.end - 1), lexicon.GazEntry{}
	}
	return int(h.end - 1), s.hits[h.hit-1]
}

// gazRef is the referent index + 1 in the lexicon of the match gazAt(i)
// found (0 for none, or when it was not read from the word table), so
// that resolution finds its folded canonical name by index
// (Lexicon.gazFold). gazAt(i) must have been asked first.
func (s *sentenceView) gazRef(i int) uint32 {
	if i < 0 || i >= len(s.gaz) || s.gaz[i].hit == 0 {
		return 0
	}
	return s.refs[s.gaz[i].hit-1]
}
