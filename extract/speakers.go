package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// mentionIndex maps tokens to the entity mention covering them, and names
// (and their word suffixes: surnames) to entities.
type mentionIndex struct {
	d     *pipeline.Document
	ent   []int // per token: entity index or -1
	men   []pipeline.Span
	byID  map[string]int
	names map[string][]int // folded name or name suffix -> entity indexes
}

func newMentionIndex(d *pipeline.Document) *mentionIndex {
	m := &mentionIndex{d: d, ent: make([]int, len(d.Tokens)), men: make([]pipeline.Span, len(d.Tokens)),
		byID: map[string]int{}, names: map[string][]int{}}
	for i := range m.ent {
		m.ent[i] = -1
	}
	for ei, e := range d.Entities {
		m.byID[e.ID] = ei
		for _, n := range append([]string{e.Text}, e.Aliases...) {
			m.addName(ei, n)
		}
		for _, mn := range e.Mentions {
			lo := searchToken(d.Tokens, mn.Start)
			for k := lo; k < len(d.Tokens) && d.Tokens[k].Start < mn.End; k++ {
				// a longer mention wins (Black Sea Grain Initiative over Black Sea)
				if m.ent[k] < 0 || m.men[k].Len() < mn.Len() {
					m.ent[k], m.men[k] = ei, mn.Span
				}
			}
		}
	}
	return m
}

// addName indexes a name under itself and each of its word suffixes, so
// that "Kerry" and "Al Zayani" find "John Kerry" and "Abdullatif Al Zayani".
func (m *mentionIndex) addName(ei int, name string) {
	ws := strings.Fields(Fold(name))
	for i := range ws {
		k := strings.Join(ws[i:], " ")
		if l := m.names[k]; len(l) == 0 || l[len(l)-1] != ei {
			m.names[k] = append(l, ei)
		}
	}
}

func searchToken(ts []pipeline.Token, off int) int {
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

// speakers resolves who speaks: names, titles, pronouns and the bodies
// behind nationality words ("the Ukrainian government" → Ukraine).
type speakers struct {
	d   *pipeline.Document
	lx  *Lexicon
	idx *mentionIndex
	// Fold of every token (quoteSentence.fword)
	folds *tokenFolds
	// the speaker of the latest quote, for quotes that continue it
	last   *pipeline.Speaker
	lastSi int
}

func (sp *speakers) endSentence(si int, qs []pipeline.Quote) {
	for i := len(qs) - 1; i >= 0; i-- {
		if qs[i].Sentence == si && qs[i].Speaker != nil {
			sp.last, sp.lastSi = qs[i].Speaker, si
			return
		}
	}
}

// globalTok returns the document-level index of sentence token i.
func (s *quoteSentence) globalTok(i int) int {
	if i < 0 || i >= len(s.toks) {
		return -1
	}
	return searchToken(s.d.Tokens, s.toks[i].Start)
}

// entityAt returns the speaker named by the mention at token i, if any.
func (sp *speakers) entityAt(s *quoteSentence, i int) *pipeline.Speaker {
	g := s.globalTok(i)
	if g < 0 || sp.idx.ent[g] < 0 {
		return nil
	}
	e := sp.d.Entities[sp.idx.ent[g]]
	switch e.Type {
	case pipeline.Person, pipeline.Org, pipeline.GPE, pipeline.Fac: // the White House said
	case pipeline.NORP:
		return sp.placeOf(e, sp.idx.men[g])
	default:
		return nil
	}
	men := sp.idx.men[g]
	if e.RoleSpan != nil && e.RoleSpan.End <= men.Start && men.Start-e.RoleSpan.End <= 1 {
		men.Start = e.RoleSpan.Start
	}
	return &pipeline.Speaker{Entity: e.ID, Text: e.Text, Mention: men}
}

// placeOf maps a nationality word to its country's entity, when the
// article names that country.
func (sp *speakers) placeOf(e pipeline.Entity, men pipeline.Span) *pipeline.Speaker {
	place := sp.lx.Demonyms[Fold(e.Text)]
	if place == "" {
		place = sp.lx.Demonyms[Fold(sp.d.Text[men.Start:men.End])]
	}
	if place == "" {
		return nil
	}
	for _, c := range sp.d.Entities {
		if c.Type != pipeline.GPE && c.Type != pipeline.Org {
			continue
		}
		if Fold(c.Text) == Fold(place) || sp.lx.Gazetteer[Fold(c.Text)].Canonical == place {
			return &pipeline.Speaker{Entity: c.ID, Text: c.Text, Mention: men}
		}
	}
	return nil
}

// nameAt links a capitalised name at token j that no entity mention
// covers to the entity it names, through the name or its last words ("Kerry"
// → John Kerry). Titles before the name are skipped; an ambiguous surname
// links to nothing.
func (sp *speakers) nameAt(s *quoteSentence, j int) *pipeline.Speaker {
	if j < 0 || j >= len(s.toks) || !isCap(s.word(j)) || s.inRegion(j) {
		return nil
	}
	lo, hi := j, j+1
	for lo > 0 && s.nameWord(lo-1) {
		lo--
	}
	for hi < len(s.toks) && s.nameWord(hi) {
		hi++
	}
	for a := lo; a < hi; a++ {
		var ws []string
		for k := a; k < hi; k++ {
			ws = append(ws, s.fword(k))
		}
		l := sp.idx.names[strings.Join(ws, " ")]
		if len(l) == 1 {
			e := sp.d.Entities[l[0]]
			if e.Type == pipeline.Person || e.Type == pipeline.Org || e.Type == pipeline.GPE {
				return &pipeline.Speaker{Entity: e.ID, Text: e.Text, Mention: pipeline.Span{Start: s.toks[lo].Start, End: s.toks[hi-1].End}}
			}
		}
		if len(l) > 1 {
			return nil
		}
	}
	return nil
}

// nameWord: a capitalised word or a name particle (von der, al, bin).
func (s *quoteSentence) nameWord(k int) bool {
	if s.inRegion(k) {
		return false
	}
	w := s.word(k)
	if isCap(w) {
		return !s.lx.Reporting[Fold(w)]
	}
	switch w {
	case "von", "der", "van", "de", "al", "bin", "ibn", "la", "da", "dos", "el":
		return k+1 < len(s.toks) && isCap(s.word(k+1))
	}
	return false
}

func (sp *speakers) typeOf(r *pipeline.Speaker) string {
	if i, ok := sp.idx.byID[r.Entity]; ok {
		return sp.d.Entities[i].Type
	}
	return ""
}
