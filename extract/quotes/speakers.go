package quotes

import (
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// speaker is who says a quote while the stage works: an entity, by its
// index + 1 in Document.Entities, and the words that name it where the
// quote stands. The zero speaker is no one.
type speaker struct {
	ref     int32
	mention pipeline.Span
}

// found reports whether w names someone.
func (w speaker) found() bool { return w.ref != 0 }

// speakers resolves who speaks: names, titles, pronouns and the bodies
// behind nationality words ("the Ukrainian government" → Ukraine).
type speakers struct {
	d   *pipeline.Document
	lx  *lexicon.Lexicon
	idx *mentionIndex
	qd  *quoteDoc
	// the speaker of the latest quote, for quotes that continue it
	last   speaker
	lastSi int

	placeMemo map[string]int // see placeEntity
	buf       []byte         // scratch for folded keys
}

// endSentence notes the speaker of sentence si's last quote qs.
func (sp *speakers) endSentence(si int, qs []quote) {
	for i := len(qs) - 1; i >= 0; i-- {
		if qs[i].who.found() {
			sp.last, sp.lastSi = qs[i].who, si
			return
		}
	}
}

// globalTok returns the document-level index of sentence token i.
func (s *quoteSentence) globalTok(i int) int {
	if i < 0 || i >= len(s.toks) {
		return -1
	}
	return s.lo + i
}

// entityAt returns the speaker named by the mention at token i, if any.
func (sp *speakers) entityAt(s *quoteSentence, i int) speaker {
	ei, men, ok := sp.idx.at(s.globalTok(i))
	if !ok {
		return speaker{}
	}
	e := &sp.d.Entities[ei]
	switch e.Type {
	case pipeline.Person, pipeline.Org, pipeline.GPE, pipeline.Fac: // the White House said
	case pipeline.NORP:
		return sp.placeOf(e, men)
	default:
		return speaker{}
	}
	if e.RoleSpan != nil && e.RoleSpan.End <= men.Start && men.Start-e.RoleSpan.End <= 1 {
		men.Start = e.RoleSpan.Start
	}
	return speaker{ref: int32(ei + 1), mention: men}
}

// placeOf maps a nationality word to its country's entity, when the
// article names that country.
func (sp *speakers) placeOf(e *pipeline.Entity, men pipeline.Span) speaker {
	place := sp.lx.Demonyms[text.Fold(e.Text)]
	if place == "" {
		place = sp.lx.Demonyms[text.Fold(sp.d.Text[men.Start:men.End])]
	}
	if place == "" {
		return speaker{}
	}
	if ci := sp.placeEntity(place); ci >= 0 {
		return speaker{ref: int32(ci + 1), mention: men}
	}
	return speaker{}
}

// placeEntity returns the first country or organisation entity named by
// place, by its folded name or by the canonical name the gazetteer gives
// it, or -1; remembered per place.
func (sp *speakers) placeEntity(place string) int {
	if ci, ok := sp.placeMemo[place]; ok {
		return ci
	}
	if sp.placeMemo == nil {
		sp.placeMemo = map[string]int{}
	}
	want, ci := text.Fold(place), -1
	for i := range sp.d.Entities {
		c := &sp.d.Entities[i]
		if c.Type != pipeline.GPE && c.Type != pipeline.Org {
			continue
		}
		sp.buf = text.AppendFold(sp.buf[:0], c.Text)
		if string(sp.buf) == want || sp.lx.Gazetteer[string(sp.buf)].Canonical == place {
			ci = i
			break
		}
	}
	sp.placeMemo[place] = ci
	return ci
}

// nameAt links a capitalised name at token j that no entity mention
// covers to the entity it names, through the name or its last words ("Kerry"
// → John Kerry). Titles before the name are skipped; an ambiguous surname
// links to nothing.
func (sp *speakers) nameAt(s *quoteSentence, j int) speaker {
	if j < 0 || j >= len(s.toks) || !text.IsCap(s.word(j)) || s.inRegion(j) {
		return speaker{}
	}
	lo, hi := j, j+1
	for lo > 0 && s.nameWord(lo-1) {
		lo--
	}
	for hi < len(s.toks) && s.nameWord(hi) {
		hi++
	}
	// the folded words lo..hi-1 joined by spaces: each start's key is a suffix
	key := sp.buf[:0]
	var starts [16]int
	at := starts[:0]
	for k := lo; k < hi; k++ {
		if k > lo {
			key = append(key, ' ')
		}
		at = append(at, len(key))
		key = append(key, s.fword(k)...)
	}
	sp.buf = key
	for _, off := range at {
		ei, ok := sp.idx.lookupName(key[off:])
		if !ok {
			continue
		}
		if ei < 0 {
			return speaker{}
		}
		if t := sp.d.Entities[ei].Type; t == pipeline.Person || t == pipeline.Org || t == pipeline.GPE {
			return speaker{ref: ei + 1, mention: pipeline.Span{Start: s.toks[lo].Start, End: s.toks[hi-1].End}}
		}
	}
	return speaker{}
}

// nameWord: a capitalised word or a name particle (von der, al, bin).
func (s *quoteSentence) nameWord(k int) bool {
	if s.inRegion(k) {
		return false
	}
	w := s.word(k)
	if text.IsCap(w) {
		return !s.in(k, lexicon.Reporting)
	}
	return s.in(k, lexicon.Particles) && k+1 < len(s.toks) && text.IsCap(s.word(k+1))
}

// typeOf is the entity type of speaker r.
func (sp *speakers) typeOf(r speaker) string { return sp.d.Entities[r.ref-1].Type }
