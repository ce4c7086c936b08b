package quotes

import (
	"slices"
	"strings"

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

	placeMemo map[string]int       // see placeEntity
	salience  map[string]*salience // see salient
	genders   []int8               // by entity: its gender + 1, 0 until asked (genderOf)
	buf       []byte               // scratch for folded keys
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
	mi := sp.idx.mentionAt(s.globalTok(i))
	if mi < 0 {
		return speaker{}
	}
	ei, men := sp.holder(s.si, mi), sp.idx.mens[mi].span
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
	sp.buf = text.AppendFold(sp.buf[:0], e.Text)
	place := sp.lx.Demonyms[string(sp.buf)] // no copy for a map key
	if place == "" {
		sp.buf = text.AppendFold(sp.buf[:0], sp.d.Text[men.Start:men.End])
		place = sp.lx.Demonyms[string(sp.buf)]
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
	if j < 0 || j >= len(s.toks) || !text.IsCap(s.word(j)) || !s.nameWord(j) {
		return speaker{}
	}
	// the run of name words around j that no entity mention covers: not
	// across another's name ("France President Ana Ruiz")
	lo, hi := j, j+1
	for lo > 0 && s.nameWord(lo-1) && sp.idx.mentionAt(s.globalTok(lo-1)) < 0 {
		lo--
	}
	for hi < len(s.toks) && s.nameWord(hi) && sp.idx.mentionAt(s.globalTok(hi)) < 0 {
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

// nameWord: a capitalised word or a name particle (von der, al, bin);
// not a participle opening the sentence ("Quoting Tolstoy").
func (s *quoteSentence) nameWord(k int) bool {
	if s.inRegion(k) {
		return false
	}
	w := s.word(k)
	if text.IsCap(w) {
		t := s.toks[k].Tag
		return !s.in(k, lexicon.Reporting) && t != "VBG" && t != "VBN"
	}
	return s.in(k, lexicon.Particles) && k+1 < len(s.toks) && text.IsCap(s.word(k+1))
}

// typeOf is the entity type of speaker r.
func (sp *speakers) typeOf(r speaker) string { return sp.d.Entities[r.ref-1].Type }

// holder returns the entity that mention mi, in sentence si, names: see
// choose. A mention of two words or more, of a word no other entity
// holds, or of an entity's whole name names its own entity, and so does
// one of a body or a country (they rarely share a word with a person).
func (sp *speakers) holder(si int, mi int32) int {
	mn := &sp.idx.mens[mi]
	if mn.shared == 1 {
		return mn.ent
	}
	w := sp.d.Text[mn.span.Start:mn.span.End]
	if p := sp.surnamePlace(mn, w); p >= 0 {
		return p
	}
	if mn.shared == 0 {
		own := &sp.d.Entities[mn.ent]
		if speaks(own.Type) && (own.Type != pipeline.Person || own.Text == w) || strings.IndexByte(w, ' ') >= 0 {
			mn.shared = 1
			return mn.ent
		}
	}
	h := sp.choose(si, w, mn.ent, mn.span.Start)
	if h < 0 {
		mn.shared = 1 // no other holder: no need to ask again
		return mn.ent
	}
	mn.shared = 2
	return h
}

// surnamePlace returns the one person whose surname is the place name w
// of mention mn, when the place is named alone and not after a
// preposition ("Jordan said" where the article names Jim Jordan; not "in
// Jordan"), else -1.
func (sp *speakers) surnamePlace(mn *entityMention, w string) int {
	own := &sp.d.Entities[mn.ent]
	if own.Type != pipeline.GPE || own.Text != w || strings.IndexByte(w, ' ') >= 0 || !sp.idx.personWord(w) {
		return -1
	}
	k := int(mn.tok)
	for k < len(sp.d.Tokens) && sp.d.Tokens[k].Start < mn.span.Start {
		k++
	}
	if k > 0 && (sp.d.Tokens[k-1].Tag == "IN" || sp.d.Tokens[k-1].Tag == "TO") {
		return -1
	}
	p := -1
	for _, h := range sp.idx.holdersOf(w, mn.ent) {
		if e := &sp.d.Entities[h]; e.Type == pipeline.Person && holdsLast(e, w) {
			if p >= 0 {
				return -1
			}
			p = int(h)
		}
	}
	return p
}

// choose returns the entity that the word w, as written at offset at of
// sentence si, names when several entities' names hold it (two people
// called Scott; West, a region, and Thomas West), or -1 when fewer do:
// one that may speak, holding it as its surname rather than as the first
// word of its name if any does; of those, the speaker of the latest
// quote, else the most salient before it (see salient). own is the
// entity a mention of the word was given, kept when none may speak, or
// when its whole name is the word.
func (sp *speakers) choose(si int, w string, own, at int) int {
	hs := sp.idx.holdersOf(w, own)
	if hs == nil {
		return -1
	}
	if speaks(sp.d.Entities[own].Type) && sp.d.Entities[own].Text == w || len(hs) > maxHolders {
		return own
	}
	var cands [maxHolders]int32
	n, surnames := 0, false
	for _, h := range hs {
		e := &sp.d.Entities[h]
		if !speaks(e.Type) {
			continue
		}
		if sur := holdsLast(e, w); sur && !surnames {
			surnames, n = true, 0
		} else if !sur && surnames {
			continue
		}
		cands[n], n = h, n+1
	}
	if n == 0 {
		return own
	}
	for _, h := range cands[:n] {
		if sp.last.found() && int(sp.last.ref-1) == int(h) && si-sp.lastSi <= lookBack {
			return int(h)
		}
	}
	return int(sp.salient(cands[:n], w, at))
}

// holdsLast: a name or alias of two words or more of the entity ends in
// the word w (an alias of the word alone says only how the entity stage
// read it).
func holdsLast(e *pipeline.Entity, w string) bool {
	for k := -1; k < len(e.Aliases); k++ {
		n := e.Text
		if k >= 0 {
			n = e.Aliases[k]
		}
		if len(n) > len(w) && strings.HasSuffix(n, w) && n[len(n)-len(w)-1] == ' ' {
			return true
		}
	}
	return false
}

// maxHolders is the most entities a shared word is weighed between: a word
// that more hold tells nothing.
const maxHolders = 8

// speaks: an entity of type t may be a speaker.
func speaks(t string) bool {
	return t == pipeline.Person || t == pipeline.Org || t == pipeline.GPE || t == pipeline.Fac || t == pipeline.NORP
}

// salient returns the holder of cands that the word w at offset at most
// likely names: the one mentioned most often before it, counting each
// earlier bare w as a mention of the holder it named in turn (a family
// named first, as "Kim", keeps the mentions that went to it before a
// namesake came), the first of cands (the first named) on a tie.
// Mentions of the word that the entity stage gave to an entity outside
// cands count for none. The count of each word goes on from where the
// last call left it, as sentences are read in order.
func (sp *speakers) salient(cands []int32, w string, at int) int32 {
	st := sp.salience[w]
	if st == nil || st.at > at || !slices.Equal(st.cands, cands) {
		if sp.salience == nil {
			sp.salience = map[string]*salience{}
		}
		st = &salience{cands: slices.Clone(cands)}
		sp.salience[w] = st
	}
	st.at = at
	for {
		// the earliest mention before at of any holder, in text order
		c, off := -1, at
		for k, h := range cands {
			ms := sp.d.Entities[h].Mentions
			if st.next[k] < len(ms) && ms[st.next[k]].Start < off {
				c, off = k, ms[st.next[k]].Start
			}
		}
		if c < 0 {
			break
		}
		mn := sp.d.Entities[cands[c]].Mentions[st.next[c]]
		st.next[c]++
		if mn.Start < st.end {
			continue // inside a mention counted: part of it
		}
		st.end = mn.End
		if sp.d.Text[mn.Start:mn.End] == w {
			c = mostMentioned(st.count[:len(cands)])
		}
		st.count[c]++
	}
	return cands[mostMentioned(st.count[:len(cands)])]
}

// salience is how far salient has counted the mentions of a word's
// holders cands: up to offset at, the next mention of each, their counts,
// and the end of the last mention counted.
type salience struct {
	cands       []int32
	count, next [maxHolders]int
	at, end     int
}

// mostMentioned returns the index of the highest count, the first on a
// tie.
func mostMentioned(count []int) int {
	best := 0
	for k := 1; k < len(count); k++ {
		if count[k] > count[best] {
			best = k
		}
	}
	return best
}
