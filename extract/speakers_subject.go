package extract

import (
	"github.com/parley-nlp/parley/pipeline"
)

var pronouns = map[string]string{
	"he": "p", "she": "p", "him": "p", "her": "p", "his": "p",
	"it": "o", "they": "any", "its": "o", "their": "any",
}

var adverbs = map[string]bool{
	"also": true, "clearly": true, "further": true, "again": true, "then": true, "repeatedly": true, "later": true,
	"once": true, "openly": true, "publicly": true, "firmly": true, "explicitly": true, "strongly": true,
	"reportedly": true, "previously": true, "separately": true, "subsequently": true, "immediately": true,
	"quickly": true, "likewise": true, "similarly": true, "additionally": true, "moreover": true, "today": true,
	"yesterday": true, "personally": true, "directly": true, "officially": true, "bluntly": true, "however": true,
	"had": true, "has": true, "have": true, "would": true, "will": true, "also,": true, "themselves": true, "himself": true,
	"herself": true, "itself": true, "back": true, "later,": true, "only": true, "even": true, "already": true,
}

var beVerbs = map[string]bool{"was": true, "were": true, "been": true, "is": true, "are": true, "be": true, "being": true}

// personHeads are nouns that name a person by office; bodyHeads name a body
// that speaks for its country ("the Ukrainian government" → Ukraine).
var personHeads = map[string]bool{
	"president": true, "minister": true, "spokesperson": true, "spokesman": true, "spokeswoman": true,
	"chief": true, "leader": true, "secretary": true, "envoy": true, "premier": true, "chancellor": true,
	"king": true, "emir": true, "prince": true, "ambassador": true, "negotiator": true, "commander": true,
	"mediator": true, "representative": true, "counterpart": true, "head": true, "adviser": true, "advisor": true,
}

var bodyHeads = map[string]bool{
	"government": true, "ministry": true, "delegation": true, "side": true, "authorities": true,
	"administration": true, "presidency": true, "leadership": true, "embassy": true, "cabinet": true,
	"office": true, "army": true, "military": true, "parliament": true, "team": true,
}

func isQuoteMark(w string) bool {
	switch w {
	case "“", "”", "\"", "«", "»", "„", "‘", "’", "‹", "›":
		return true
	}
	return false
}

// nominal returns the speaker named at token j: an entity mention, a name
// that links to one, or a personal pronoun.
func (sp *speakers) nominal(s *quoteSentence, j int) *pipeline.Speaker {
	if j < 0 || j >= len(s.toks) || s.inRegion(j) {
		return nil
	}
	if r := sp.entityAt(s, j); r != nil {
		return r
	}
	if r := sp.nameAt(s, j); r != nil {
		return r
	}
	switch s.fword(j) {
	case "he", "she", "they", "it", "him", "her":
		return sp.pronoun(s, j)
	}
	return nil
}

// pronoun resolves a pronoun at sentence token i: the last compatible
// name earlier in the sentence, else the speaker of the latest quote or
// the subject of the nearest earlier sentence that names one.
func (sp *speakers) pronoun(s *quoteSentence, i int) *pipeline.Speaker {
	kind := pronouns[s.fword(i)]
	ok := func(r *pipeline.Speaker) bool {
		t := sp.typeOf(r)
		switch kind {
		case "p":
			return t == pipeline.Person
		case "o":
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
		if r := sp.named(s, j); r != nil && ok(r) && !s.afterPrep(j) {
			return r
		}
	}
	if sp.last != nil && s.si-sp.lastSi <= 1 && ok(sp.last) {
		return sp.last
	}
	for back := s.si - 1; back >= 0 && back >= s.si-3; back-- {
		if s.d.Sentences[back].Paragraph != s.d.Sentences[s.si].Paragraph && back < s.si-1 {
			break
		}
		ps := sp.qd.sentence(back, sp)
		for j := range ps.toks {
			if r := sp.named(ps, j); r != nil && ok(r) {
				return r
			}
		}
	}
	return nil
}

// named is nominal without pronouns, outside quotation marks.
func (sp *speakers) named(s *quoteSentence, j int) *pipeline.Speaker {
	if s.inRegion(j) {
		return nil
	}
	if r := sp.entityAt(s, j); r != nil {
		return r
	}
	return sp.nameAt(s, j)
}

// context gives a cue-less direct quote the speaker of the quote just
// before it, in this sentence or the previous one.
func (sp *speakers) context(s *quoteSentence) *pipeline.Speaker {
	if sp.last != nil && s.si-sp.lastSi <= 1 {
		return sp.last
	}
	return nil
}

// afterPrep: the name at j is the object of a preposition ("with Fox News").
func (s *quoteSentence) afterPrep(j int) bool {
	for j > 0 && (isCap(s.word(j-1)) || s.fword(j-1) == "the") {
		j--
	}
	return j > 0 && (s.toks[j-1].Tag == "IN" || s.toks[j-1].Tag == "TO")
}
