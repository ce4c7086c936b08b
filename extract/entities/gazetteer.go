package entities

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
)

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
	if uint(i) >= uint(len(s.gaz)) {
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
	if uint(i) >= uint(len(s.gaz)) || s.gaz[i].hit == 0 {
		return 0
	}
	return s.refs[s.gaz[i].hit-1]
}

// gazScan returns the longest gazetteer match starting at i: its end,
// entry and the entry's referent index + 1 (0 when not read from the
// word table). Keys are the folded text between the tokens with white space
// collapsed, so "People’s Republic" and "P5+1" match as written. An
// acronym entry ("UN") matches only upper-case text ("Kim Jong Un" is no
// mention of the United Nations).
func (s *sentenceView) gazScan(i int) (int, lexicon.GazEntry, uint32) {
	if !s.has(i, tfCap) && !s.has(i, tfDigit) {
		return i, lexicon.GazEntry{}, 0
	}
	if s.has(i, tfOdd) {
		return s.gazScanText(i)
	}
	best, bestE, bestRef := i, lexicon.GazEntry{}, uint32(0)
	var arr [128]byte
	key := append(arr[:0], s.folds[i]...) // as foldRange(i, j+1)
	var bits lexicon.PhraseBits           // what key was, one token shorter
	end := min(len(s.toks), i+2*s.lx.GazMax+2)
	for j := i; j < end; j++ {
		if j > i {
			switch {
			case s.has(j, tfOdd):
				return s.gazScanText(i)
			case s.has(j, tfSpaced):
				if !s.lx.GoesOn(bits, lexicon.PhraseStart, " ") {
					return best, bestE, bestRef // no listed name goes on this way
				}
				key = append(key, ' ')
			case !s.has(j, tfJoined):
				return s.gazScanText(i) // a gap the folded tokens do not spell
			}
			key = append(key, s.folds[j]...)
		}
		var g lexicon.GazInfo
		if j == i {
			g = s.info(i).Gaz // key is the token's fold
		} else {
			g = s.lx.WordBytes(key).Gaz
		}
		bits = g.Bits
		if bits&lexicon.PhraseListed == 0 {
			continue
		}
		if bits&lexicon.PhraseAcronym != 0 && !text.IsAllCaps(s.d.Text[s.toks[i].Start:s.toks[j].End]) {
			continue
		}
		best, bestE, bestRef = j+1, s.lx.Entry(g), g.Ref
	}
	return best, bestE, bestRef
}

// gazScanText is gazScan folding the text itself, for the tokens and
// gaps that the folded tokens do not spell.
func (s *sentenceView) gazScanText(i int) (int, lexicon.GazEntry, uint32) {
	best, bestE := i, lexicon.GazEntry{}
	var arr [128]byte
	f := text.FieldsFolder{Buf: arr[:0]} // f.Buf = text.Fold(strings.Join(strings.Fields(raw), " "))
	from := s.toks[i].Start
	for j := i; j < len(s.toks) && j-i < 2*s.lx.GazMax+2; j++ {
		if j > i && !s.lx.GazGoesOn(f.Buf, s.gap(j-1)) {
			break // no listed name goes on this way
		}
		raw := s.d.Text[s.toks[i].Start:s.toks[j].End]
		piece := s.d.Text[from:s.toks[j].End] // raw's new part: the gap and token j
		if strings.ContainsAny(piece, "\n\r") {
			break
		}
		from = s.toks[j].End
		f = f.Add(piece)
		e, ok := s.lx.Gazetteer[string(f.Buf)]
		// a listed name may end in a lower-case word ("Normandy format")
		// when it has at least two words
		if !ok || !s.has(j, tfCap) && !s.has(j, tfDigit) && !isPlusOne(s.word(j)) && j == i {
			continue
		}
		if s.lx.Acronyms[string(f.Buf)] && !text.IsAllCaps(raw) {
			continue
		}
		best, bestE = j+1, e
	}
	return best, bestE, 0
}

func isPlusOne(w string) bool { return w == "1" || w == "+" }

// gazBeyond returns the furthest end of a gazetteer match that starts in
// [i, j) and runs past j, or j.
func (s *sentenceView) gazBeyond(i, j int) int {
	if j < len(s.toks) && s.has(j, tfSpaced) && (j+1 == len(s.toks) || !s.has(j+1, tfJoined)) && !s.has(j, tfCap|tfDigit|tfOdd) && !s.in(j, lexicon.GazLower) {
		return j // a lower-case word of its own that no listed name writes after its first word (most words)
	}
	best := j
	for k := i; k < j; k++ {
		if e, _ := s.gazAt(k); e > best {
			best = e
		}
	}
	return best
}

func (s *sentenceView) gazEnd(k int) int { e, _ := s.gazAt(k); return e }

// demonymAt returns the end of a nationality word or phrase starting at i
// ("Saudi", "North Korean"), or i.
func (s *sentenceView) demonymAt(i int) int {
	if uint(i) >= uint(len(s.dem)) {
		return i
	}
	if d := s.dem[i]; d != 0 {
		return int(d) - 1
	}
	d := s.demonymScan(i)
	s.dem[i] = int32(d + 1)
	return d
}

// demonymScan is demonymAt, computed: a nationality is at most three
// words.
func (s *sentenceView) demonymScan(i int) int {
	if !s.has(i, tfCap) {
		return i
	}
	if end := s.phraseEnd(i, 3, false); end > 0 {
		return end
	}
	return i
}
