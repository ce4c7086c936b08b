package quotes

import (
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// nominal returns the speaker named at token j: an entity mention, a name
// that links to one, or a personal pronoun.
func (sp *speakers) nominal(s *quoteSentence, j int) speaker {
	if j < 0 || j >= len(s.toks) || s.inRegion(j) {
		return speaker{}
	}
	if r := sp.entityAt(s, j); r.found() {
		return r
	}
	if r := sp.nameAt(s, j); r.found() {
		return r
	}
	if s.in(j, lexicon.PersonPronouns|lexicon.ThingPronouns|lexicon.GroupPronouns) {
		return sp.pronoun(s, j)
	}
	return speaker{}
}

// pronoun resolves a pronoun at sentence token i: the last compatible
// name earlier in the sentence, else the speaker of the latest quote or
// the subject of the nearest earlier sentence that names one.
func (sp *speakers) pronoun(s *quoteSentence, i int) speaker {
	person, thing := s.in(i, lexicon.PersonPronouns), s.in(i, lexicon.ThingPronouns)
	ok := func(r speaker) bool {
		t := sp.typeOf(r)
		switch {
		case person:
			return t == pipeline.Person
		case thing:
			return t == pipeline.GPE || t == pipeline.Org
		}
		return t == pipeline.Person || t == pipeline.GPE || t == pipeline.Org
	}
	// the first name in the sentence, its subject usually ("X thanked Y
	// for what he called …"), not one after a preposition
	for j := 0; j < i; j++ {
		if s.fword(j) == s.fword(i) && !s.inRegion(j) {
			return sp.pronoun(s, j) // "She … and she added"
		}
		if r := sp.named(s, j); r.found() && ok(r) && !s.afterPrep(j) {
			return r
		}
	}
	if sp.last.found() && s.si-sp.lastSi <= 1 && ok(sp.last) {
		return sp.last
	}
	for back := s.si - 1; back >= 0 && back >= s.si-3; back-- {
		if s.d.Sentences[back].Paragraph != s.d.Sentences[s.si].Paragraph && back < s.si-1 {
			break
		}
		ps := sp.qd.sentence(back, sp)
		for j := range ps.toks {
			if r := sp.named(ps, j); r.found() && ok(r) {
				return r
			}
		}
	}
	return speaker{}
}

// named is nominal without pronouns, outside quotation marks.
func (sp *speakers) named(s *quoteSentence, j int) speaker {
	if s.inRegion(j) {
		return speaker{}
	}
	if r := sp.entityAt(s, j); r.found() {
		return r
	}
	return sp.nameAt(s, j)
}

// context gives a cue-less direct quote the speaker of the quote just
// before it, in this sentence or the previous one.
func (sp *speakers) context(s *quoteSentence) speaker {
	if sp.last.found() && s.si-sp.lastSi <= 1 {
		return sp.last
	}
	return speaker{}
}

// afterPrep: the name at j is the object of a preposition ("with Fox News").
func (s *quoteSentence) afterPrep(j int) bool {
	for j > 0 && (text.IsCap(s.word(j-1)) || s.fword(j-1) == "the") {
		j--
	}
	return j > 0 && (s.toks[j-1].Tag == "IN" || s.toks[j-1].Tag == "TO")
}
