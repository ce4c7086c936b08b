package extract

import (
	"github.com/parley-nlp/parley/pipeline"
)

// mentionIndex maps tokens to the entity mention covering them.
type mentionIndex struct {
	d   *pipeline.Document
	ent []int // per token: entity index or -1
	men []pipeline.Span
}

func newMentionIndex(d *pipeline.Document) *mentionIndex {
	m := &mentionIndex{d: d, ent: make([]int, len(d.Tokens)), men: make([]pipeline.Span, len(d.Tokens))}
	for i := range m.ent {
		m.ent[i] = -1
	}
	for ei, e := range d.Entities {
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
	if i >= len(s.toks) {
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
	case pipeline.Person, pipeline.Org, pipeline.GPE:
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

var pronouns = map[string]string{
	"he": "p", "she": "p", "him": "p", "her": "p", "his": "p",
	"it": "o", "they": "any", "its": "o", "their": "any",
}

// pronoun resolves a pronoun at sentence token i: the last compatible
// mention earlier in the sentence, else the first compatible one (the
// subject, usually) of the nearest earlier sentence that has one.
func (sp *speakers) pronoun(s *quoteSentence, i int) *pipeline.Speaker {
	kind := pronouns[s.fword(i)]
	ok := func(t string) bool {
		switch kind {
		case "p":
			return t == pipeline.Person
		case "o":
			return t == pipeline.GPE || t == pipeline.Org
		}
		return t == pipeline.Person || t == pipeline.GPE || t == pipeline.Org
	}
	for j := i - 1; j >= 0; j-- {
		if r := sp.entityAt(s, j); r != nil && ok(sp.typeOf(r)) {
			return r
		}
	}
	if kind == "p" && sp.last != nil && s.si-sp.lastSi <= 1 && sp.typeOf(sp.last) == pipeline.Person {
		return sp.last
	}
	for back := s.si - 1; back >= 0 && back >= s.si-3; back-- {
		ps := &quoteSentence{d: s.d, lx: s.lx, si: back, toks: s.d.SentenceTokens(back), sp: sp}
		for j := range ps.toks {
			if r := sp.entityAt(ps, j); r != nil && ok(sp.typeOf(r)) {
				return r
			}
		}
	}
	return nil
}

func (sp *speakers) typeOf(r *pipeline.Speaker) string {
	for _, e := range sp.d.Entities {
		if e.ID == r.Entity {
			return e.Type
		}
	}
	return ""
}

var adverbs = map[string]bool{
	"also": true, "clearly": true, "further": true, "again": true, "then": true, "repeatedly": true, "later": true,
	"once": true, "openly": true, "publicly": true, "firmly": true, "explicitly": true, "strongly": true,
	"reportedly": true, "previously": true, "separately": true, "subsequently": true, "immediately": true,
	"quickly": true, "likewise": true, "similarly": true, "additionally": true, "moreover": true, "today": true,
	"yesterday": true, "personally": true, "directly": true, "officially": true, "bluntly": true,
}

var beVerbs = map[string]bool{"was": true, "were": true, "been": true, "is": true, "are": true, "be": true, "being": true}

// subject finds who speaks a quote whose cue is token cue. open/close
// delimit a direct quote (-1 for reported speech).
func (sp *speakers) subject(s *quoteSentence, cue, open, close int) *pipeline.Speaker {
	if open >= 0 && cue >= close {
		// “…,” Erdoğan said. / “…,” said Kim.
		for j := cue - 1; j >= close; j-- {
			if r := sp.nominal(s, j); r != nil {
				return r
			}
		}
		for j := cue + 1; j < len(s.toks) && j <= cue+8; j++ {
			if w := s.word(j); w == "," || w == "." || isQuoteMark(w) {
				break
			}
			if r := sp.nominal(s, j); r != nil {
				return r
			}
		}
		return nil
	}
	return sp.subjectBefore(s, cue, 0)
}

func isQuoteMark(w string) bool {
	switch w {
	case "“", "”", "\"", "«", "»", "„", "‘", "’":
		return true
	}
	return false
}

// nominal returns the speaker at token j when it is a name or a pronoun.
func (sp *speakers) nominal(s *quoteSentence, j int) *pipeline.Speaker {
	if r := sp.entityAt(s, j); r != nil {
		return r
	}
	if _, ok := pronouns[s.fword(j)]; ok && s.fword(j) != "its" && s.fword(j) != "their" && s.fword(j) != "his" {
		return sp.pronoun(s, j)
	}
	return nil
}

// subjectBefore finds the subject of the verb at token v by looking left.
func (sp *speakers) subjectBefore(s *quoteSentence, v, depth int) *pipeline.Speaker {
	if depth > 3 {
		return nil
	}
	j := v - 1
	for j >= 0 && (adverbs[s.fword(j)] || s.toks[j].Tag == "RB" && !beVerbs[s.fword(j)]) {
		j--
	}
	if j >= 0 && beVerbs[s.fword(j)] {
		return nil // passive: "It was stated that …"
	}
	w := s.fword(v)
	participle := len(w) > 4 && w[len(w)-3:] == "ing"
	if participle || j >= 0 && s.fword(j) == "to" {
		if participle && j >= 0 {
			if r := sp.entityAt(s, j); r != nil {
				return r // "with President Zelenskyy stating that …"
			}
		}
		if f := s.finiteBefore(v); f >= 0 {
			return sp.subjectBefore(s, f, depth+1)
		}
		return nil
	}
	if j >= 0 && (s.fword(j) == "and" || s.fword(j) == "but" || s.fword(j) == ",") {
		// "confirmed that A and stated that B": the subject of the first
		// reporting verb, else of the nearest finite verb.
		for k := j - 1; k >= 0; k-- {
			if s.isReporting(k) {
				return sp.subjectBefore(s, k, depth+1)
			}
		}
		if f := s.finiteBefore(j); f >= 0 {
			return sp.subjectBefore(s, f, depth+1)
		}
	}
	if j < 0 {
		return nil
	}
	if r := sp.nominal(s, j); r != nil {
		return r
	}
	// "The Ukrainian government announced": a noun with a nationality or
	// a name before it inside its phrase.
	if t := s.toks[j].Tag; t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" {
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if r := sp.entityAt(s, k); r != nil {
				if s.fword(k+1) == "'s" || sp.typeOf(r) != pipeline.Person {
					return r
				}
				return nil
			}
			if tg := s.toks[k].Tag; tg == "DT" || tg == "IN" || tg == "," || tg[0] == 'V' {
				break
			}
		}
	}
	return nil
}

// finiteBefore returns the nearest finite verb left of token v, or -1.
func (s *quoteSentence) finiteBefore(v int) int {
	for k := v - 1; k >= 0; k-- {
		if s.inRegion(k) {
			continue
		}
		switch s.toks[k].Tag {
		case "VBD", "VBZ", "VBP":
			return k
		}
	}
	return -1
}

// context gives a cue-less direct quote the speaker of the quote just
// before it, in this sentence or the previous one.
func (sp *speakers) context(s *quoteSentence, open int) *pipeline.Speaker {
	if sp.last != nil && s.si-sp.lastSi <= 1 {
		return sp.last
	}
	return nil
}
