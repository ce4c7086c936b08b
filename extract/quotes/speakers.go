package quotes

import (
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// mentionIndex maps tokens to the entity mention covering them, and names
// (and their word suffixes: surnames) to entities.
type mentionIndex struct {
	d    *pipeline.Document
	tok  []int32 // per token: index in mens of its mention, or -1
	mens []entityMention
	byID map[string]int // entity ID -> index, built on first use
	// the folded names (see foldedNames), built on first use in the memory
	// of sc
	sc         *quoteScratch
	namesBuilt bool
	// folded name or name suffix -> the entity it names, or -1 when it
	// names more than one; built once lookups are many (see lookupName)
	names   map[string]int32
	lookups int
}

// foldedName is a name or alias of entity ei, folded and single-spaced:
// quoteScratch.nameText[start:end].
type foldedName struct {
	ei, start, end int32
}

// maxNameScans is how many name lookups scan the names before they are
// indexed: an article asks for few, and the index costs more to build than
// a few scans.
const maxNameScans = 16

// entityMention is one mention of entity ent.
type entityMention struct {
	ent  int
	span pipeline.Span
}

// newMentionIndex indexes d's mentions in the memory of sc, finding their
// tokens from the sentence token ranges of qd.
func newMentionIndex(d *pipeline.Document, qd *quoteDoc, sc *quoteScratch) *mentionIndex {
	sc.tok = text.Resize(sc.tok, len(d.Tokens))
	m := &mentionIndex{d: d, tok: sc.tok, sc: sc}
	for i := range m.tok {
		m.tok[i] = -1
	}
	nMentions := 0
	for _, e := range d.Entities {
		nMentions += len(e.Mentions)
	}
	if cap(sc.mens) < nMentions {
		sc.mens = make([]entityMention, 0, nMentions)
	}
	m.mens = sc.mens[:0]
	for ei, e := range d.Entities {
		for _, mn := range e.Mentions {
			mi := int32(len(m.mens))
			m.mens = append(m.mens, entityMention{ent: ei, span: mn.Span})
			lo := text.TokenEndingNear(d, mn.Sentence, mn.Start)
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

// lookupName returns the entity that the folded name key names, in full
// or by its last words ("Kerry" and "Al Zayani" find "John Kerry" and
// "Abdullatif Al Zayani"), -1 when it names more than one, and whether any
// name matches.
func (m *mentionIndex) lookupName(key []byte) (int32, bool) {
	names, text := m.foldedNames()
	if m.names == nil && m.lookups < maxNameScans {
		m.lookups++
		return scanNames(names, text, key)
	}
	if m.names == nil {
		m.names = make(map[string]int32, 2*len(names))
		all := string(text)
		for _, n := range names {
			m.addName(int(n.ei), all[n.start:n.end])
		}
	}
	ei, ok := m.names[string(key)]
	return ei, ok
}

// scanNames is lookupName without the index.
func scanNames(names []foldedName, text, key []byte) (int32, bool) {
	if len(key) == 0 {
		return 0, false
	}
	found := int32(-2)
	for _, n := range names {
		// key is the name or a suffix of it that starts a word
		full := text[n.start:n.end]
		cut := len(full) - len(key)
		if cut < 0 || string(full[cut:]) != string(key) || cut > 0 && full[cut-1] != ' ' {
			continue
		}
		if found == -2 {
			found = int32(n.ei)
		} else if found != int32(n.ei) {
			return -1, true
		}
	}
	return found, found != -2
}

// foldedNames returns each name and alias, folded and single-spaced, and
// the text they are slices of, built on first use.
func (m *mentionIndex) foldedNames() ([]foldedName, []byte) {
	sc := m.sc
	if m.namesBuilt {
		return sc.names, sc.nameText
	}
	m.namesBuilt = true
	names, buf := sc.names[:0], sc.nameText[:0]
	for ei, e := range m.d.Entities {
		for k := -1; k < len(e.Aliases); k++ {
			n := e.Text
			if k >= 0 {
				n = e.Aliases[k]
			}
			start := len(buf)
			buf = text.AppendFoldFields(buf, n)
			names = append(names, foldedName{int32(ei), int32(start), int32(len(buf))})
		}
	}
	sc.names, sc.nameText = names, buf
	return names, buf
}

// addName indexes a single-spaced folded name under itself and each of its
// word suffixes.
func (m *mentionIndex) addName(ei int, full string) {
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

// speakers resolves who speaks: names, titles, pronouns and the bodies
// behind nationality words ("the Ukrainian government" → Ukraine).
type speakers struct {
	d   *pipeline.Document
	lx  *lexicon.Lexicon
	idx *mentionIndex
	qd  *quoteDoc
	// the speaker of the latest quote, for quotes that continue it
	last   *pipeline.Speaker
	lastSi int

	placeMemo map[string]int // see placeEntity
	buf       []byte         // scratch for folded keys
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
	place := sp.lx.Demonyms[text.Fold(e.Text)]
	if place == "" {
		place = sp.lx.Demonyms[text.Fold(sp.d.Text[men.Start:men.End])]
	}
	if place == "" {
		return nil
	}
	if ci := sp.placeEntity(place); ci >= 0 {
		c := &sp.d.Entities[ci]
		return &pipeline.Speaker{Entity: c.ID, Text: c.Text, Mention: men}
	}
	return nil
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
func (sp *speakers) nameAt(s *quoteSentence, j int) *pipeline.Speaker {
	if j < 0 || j >= len(s.toks) || !text.IsCap(s.word(j)) || s.inRegion(j) {
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
		ei, ok := sp.idx.lookupName(key[off:])
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
	if text.IsCap(w) {
		return !s.in(k, lexicon.Reporting)
	}
	return s.in(k, lexicon.Particles) && k+1 < len(s.toks) && text.IsCap(s.word(k+1))
}

func (sp *speakers) typeOf(r *pipeline.Speaker) string {
	if i := idNumber(r.Entity) - 1; i >= 0 && i < len(sp.d.Entities) && sp.d.Entities[i].ID == r.Entity {
		return sp.d.Entities[i].Type // entity i's ID is "e<i+1>" (entityIDs)
	}
	m := sp.idx
	if m.byID == nil {
		m.byID = make(map[string]int, len(sp.d.Entities))
		for ei, e := range sp.d.Entities {
			m.byID[e.ID] = ei
		}
	}
	if i, ok := m.byID[r.Entity]; ok {
		return sp.d.Entities[i].Type
	}
	return ""
}

// idNumber returns the number an ID ends with, or -1 if it ends with no
// digit or a long number.
func idNumber(id string) int {
	n, scale := 0, 1
	for i := len(id) - 1; i >= 0 && '0' <= id[i] && id[i] <= '9'; i-- {
		if scale > 1e8 {
			return -1
		}
		n += int(id[i]-'0') * scale
		scale *= 10
	}
	if scale == 1 {
		return -1
	}
	return n
}
