package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/pipeline"
)

// mentionIndex maps tokens to the entity mention covering them, and names
// (and their word suffixes: surnames) to entities.
type mentionIndex struct {
	d    *pipeline.Document
	tok  []int32 // per token: index in mens of its mention, or -1
	mens []entityMention
	byID map[string]int
	// folded name or name suffix -> the entity it names, or -1 when it
	// names more than one
	names map[string]int32
}

// entityMention is one mention of entity ent.
type entityMention struct {
	ent  int
	span pipeline.Span
}

func newMentionIndex(d *pipeline.Document) *mentionIndex {
	m := &mentionIndex{d: d, tok: make([]int32, len(d.Tokens)), byID: make(map[string]int, len(d.Entities))}
	for i := range m.tok {
		m.tok[i] = -1
	}
	nNames, nMentions := 0, 0
	for _, e := range d.Entities {
		nNames += 1 + len(e.Aliases)
		nMentions += len(e.Mentions)
	}
	m.names = make(map[string]int32, 2*nNames)
	m.mens = make([]entityMention, 0, nMentions)
	for ei, e := range d.Entities {
		m.byID[e.ID] = ei
		m.addName(ei, e.Text)
		for _, a := range e.Aliases {
			m.addName(ei, a)
		}
		for _, mn := range e.Mentions {
			mi := int32(len(m.mens))
			m.mens = append(m.mens, entityMention{ent: ei, span: mn.Span})
			lo := searchToken(d.Tokens, mn.Start)
			for k := lo; k < len(d.Tokens) && d.Tokens[k].Start < mn.End; k++ {
				// a longer mention wins (Black Sea Grain Initiative over Black Sea)
				if m.tok[k] < 0 || m.mens[m.tok[k]].span.Len() < mn.Len() {
					m.tok[k] = mi
				}
			}
		}
	}
	return m
}

// at returns the entity index and span of the mention covering token g.
func (m *mentionIndex) at(g int) (int, pipeline.Span, bool) {
	if g < 0 || m.tok[g] < 0 {
		return -1, pipeline.Span{}, false
	}
	mn := m.mens[m.tok[g]]
	return mn.ent, mn.span, true
}

// addName indexes a name under itself and each of its word suffixes, so
// that "Kerry" and "Al Zayani" find "John Kerry" and "Abdullatif Al Zayani".
// The suffixes are substrings of the name's words joined by single spaces.
func (m *mentionIndex) addName(ei int, name string) {
	full := Fold(name)
	if !singleSpaced(full) {
		full = strings.Join(strings.Fields(full), " ")
	}
	for i := 0; i < len(full); i++ {
		if i > 0 && full[i-1] != ' ' {
			continue
		}
		k := full[i:]
		if l, ok := m.names[k]; !ok {
			m.names[k] = int32(ei)
		} else if l != int32(ei) {
			m.names[k] = -1
		}
	}
}

// singleSpaced: s is words separated by single ASCII spaces, as
// strings.Join(strings.Fields(s), " ") writes it.
func singleSpaced(s string) bool {
	afterSpace := true // a space at the start would be leading
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' && afterSpace:
			return false
		case r == ' ':
			afterSpace = true
		case unicode.IsSpace(r):
			return false
		default:
			afterSpace = false
		}
		i += n
	}
	return s == "" || !afterSpace
}

// searchToken returns the index of the first token ending after off.
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
	qd  *quoteDoc
	// the speaker of the latest quote, for quotes that continue it
	last   *pipeline.Speaker
	lastSi int

	placeIdx *placeIndex // see places
	buf      []byte      // scratch for nameAt's keys
}

// endSentence notes the speaker of sentence si's last quote: of its own
// quotes qs, else of the last quote that opens there and runs over a
// paragraph break (cross, nil for none).
func (sp *speakers) endSentence(si int, qs []pipeline.Quote, cross *pipeline.Speaker) {
	for i := len(qs) - 1; i >= 0; i-- {
		if qs[i].Speaker != nil {
			sp.last, sp.lastSi = qs[i].Speaker, si
			return
		}
	}
	if cross != nil {
		sp.last, sp.lastSi = cross, si
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
func (sp *speakers) entityAt(s *quoteSentence, i int) *pipeline.Speaker {
	ei, men, ok := sp.idx.at(s.globalTok(i))
	if !ok {
		return nil
	}
	e := &sp.d.Entities[ei]
	switch e.Type {
	case pipeline.Person, pipeline.Org, pipeline.GPE, pipeline.Fac: // the White House said
	case pipeline.NORP:
		return sp.placeOf(e, men)
	default:
		return nil
	}
	if e.RoleSpan != nil && e.RoleSpan.End <= men.Start && men.Start-e.RoleSpan.End <= 1 {
		men.Start = e.RoleSpan.Start
	}
	return &pipeline.Speaker{Entity: e.ID, Text: e.Text, Mention: men}
}

// placeOf maps a nationality word to its country's entity, when the
// article names that country.
func (sp *speakers) placeOf(e *pipeline.Entity, men pipeline.Span) *pipeline.Speaker {
	place := sp.lx.Demonyms[Fold(e.Text)]
	if place == "" {
		place = sp.lx.Demonyms[Fold(sp.d.Text[men.Start:men.End])]
	}
	if place == "" {
		return nil
	}
	if ci := sp.places().find(Fold(place), place); ci >= 0 {
		c := &sp.d.Entities[ci]
		return &pipeline.Speaker{Entity: c.ID, Text: c.Text, Mention: men}
	}
	return nil
}

// placeIndex finds the first country or organisation entity named by a
// place: by its folded name or by the canonical name the gazetteer gives it.
type placeIndex struct {
	byFold, byCanon map[string]int
}

// places returns the document's placeIndex, built on first use.
func (sp *speakers) places() *placeIndex {
	if sp.placeIdx != nil {
		return sp.placeIdx
	}
	pi := &placeIndex{byFold: map[string]int{}, byCanon: map[string]int{}}
	for ci, c := range sp.d.Entities {
		if c.Type != pipeline.GPE && c.Type != pipeline.Org {
			continue
		}
		f := Fold(c.Text)
		if _, ok := pi.byFold[f]; !ok {
			pi.byFold[f] = ci
		}
		if can := sp.lx.Gazetteer[f].Canonical; can != "" {
			if _, ok := pi.byCanon[can]; !ok {
				pi.byCanon[can] = ci
			}
		}
	}
	sp.placeIdx = pi
	return pi
}

// find returns the first entity whose folded name is folded or whose
// canonical name is place, or -1.
func (pi *placeIndex) find(folded, place string) int {
	a, okA := pi.byFold[folded]
	b, okB := pi.byCanon[place]
	switch {
	case okA && okB:
		return min(a, b)
	case okA:
		return a
	case okB:
		return b
	}
	return -1
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
		ei, ok := sp.idx.names[string(key[off:])]
		if !ok {
			continue
		}
		if ei < 0 {
			return nil
		}
		e := &sp.d.Entities[ei]
		if e.Type == pipeline.Person || e.Type == pipeline.Org || e.Type == pipeline.GPE {
			return &pipeline.Speaker{Entity: e.ID, Text: e.Text, Mention: pipeline.Span{Start: s.toks[lo].Start, End: s.toks[hi-1].End}}
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
		return !s.lx.Reporting[s.fword(k)]
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
