package quotes

import (
	"strings"

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
	if s.in(j, lexicon.PersonPronouns.Or(lexicon.ThingPronouns).Or(lexicon.GroupPronouns)) {
		return sp.pronoun(s, j)
	}
	return speaker{}
}

// pronoun resolves a pronoun at sentence token i: the last compatible
// name earlier in the sentence, else the speaker of the latest quote or
// the subject of the nearest earlier sentence that names one. A person
// is compatible when the pronoun's gender is not known to be another
// ("she" is not said of a man).
func (sp *speakers) pronoun(s *quoteSentence, i int) speaker {
	return sp.pronounFrom(s, i, -1)
}

// pronounFrom is pronoun searching sentences back to floor at most (-1:
// as far as the pronoun's kind allows), so that a chain of pronouns
// through earlier sentences stays within the first one's reach.
func (sp *speakers) pronounFrom(s *quoteSentence, i, floor int) speaker {
	person, thing := s.in(i, lexicon.PersonPronouns), s.in(i, lexicon.ThingPronouns)
	pg := lexicon.Unknown
	if person {
		pg = sp.lx.GenderOf(s.fword(i))
	}
	ok := func(r speaker) bool {
		t := sp.typeOf(r)
		switch {
		case person:
			if t != pipeline.Person {
				return false
			}
			g := lexicon.Unknown
			if pg != lexicon.Unknown {
				g = sp.genderOf(r)
			}
			return g == lexicon.Unknown || g == pg
		case thing:
			return t == pipeline.GPE || t == pipeline.Org || t == pipeline.Fac // "The White House … It added"
		}
		return t == pipeline.Person || t == pipeline.GPE || t == pipeline.Org
	}
	// the first name in the sentence, its subject usually ("X thanked Y
	// for what he called …"), not one after a preposition or a verb
	// ("Quoting Tolstoy, he said")
	w := s.fword(i)
	if j := s.firstOf(&s.pronounStops, w, i, func(j int) bool {
		if s.fword(j) == w && !s.inRegion(j) {
			return true
		}
		r := sp.named(s, j)
		return r.found() && ok(r) && !s.afterPrep(j) && !s.afterVerb(j) && !sp.inTitle(s, r)
	}); j >= 0 {
		if s.fword(j) == w && !s.inRegion(j) {
			return sp.pronounFrom(s, j, floor) // "She … and she added"
		}
		return sp.named(s, j)
	}
	if w == "they" && s.unnamedGroupSubject(i) {
		return speaker{} // "Some analysts doubted it and they argued that …"
	}
	if sp.last.found() && s.si-sp.lastSi <= 1 && ok(sp.last) {
		return sp.last
	}
	kind := pronounKinds[0]
	switch {
	case person:
		kind = pronounKinds[1+pg]
	case thing:
		kind = pronounKinds[4]
	}
	// a person's antecedent may stand further back, across paragraphs;
	// a body's or a place's ("it", "they") is nearer
	far := lookBack
	if !person {
		far = 3
	}
	if floor < 0 {
		floor = s.si - far
	}
	for back := s.si - 1; back >= 0 && back >= s.si-far && back >= floor; back-- {
		if !person && s.d.Sentences[back].Paragraph != s.d.Sentences[s.si].Paragraph && back < s.si-1 {
			break
		}
		ps := sp.qd.sentence(back, sp)
		// a pronoun of the same gender before any name there stands for
		// the same person ("Ana met Tom. She left early. “…,” she said.")
		same := func(j int) bool {
			return pg != lexicon.Unknown && !ps.inRegion(j) && ps.in(j, lexicon.PersonPronouns) && sp.lx.GenderOf(ps.fword(j)) == pg
		}
		if j := ps.firstOf(&ps.namedFirst, kind, len(ps.toks), func(j int) bool {
			if same(j) {
				return true
			}
			r := sp.named(ps, j)
			return r.found() && ok(r) && !sp.inTitle(ps, r)
		}); j >= 0 {
			if same(j) {
				return sp.pronounFrom(ps, j, floor)
			}
			return sp.named(ps, j)
		}
	}
	return speaker{}
}

// lookBack is how many sentences back a person's antecedent may stand.
const lookBack = 5

// pronounKinds name what a pronoun may refer to, for firstOf: anyone; a
// person of unknown, male or female gender; a body or a place.
var pronounKinds = [...]string{"any", "person", "man", "woman", "thing"}

// genderOf returns the gender of speaker r's entity, worked out once per
// entity (see entityGender).
func (sp *speakers) genderOf(r speaker) lexicon.Gender {
	ei := int(r.ref - 1)
	if g := sp.genders[ei]; g != 0 {
		return lexicon.Gender(g - 1)
	}
	g := sp.entityGender(ei)
	sp.genders[ei] = int8(g) + 1
	return g
}

// entityGender: what the article says of a person's sex, by the first
// word of a name of two or more ("Hillary Clinton"), the words of the role
// ("spokeswoman") and the form of address before a mention ("Mr.
// Tann"), the given name first; Unknown when they say nothing or
// disagree.
func (sp *speakers) entityGender(ei int) lexicon.Gender {
	e := &sp.d.Entities[ei]
	if e.Type != pipeline.Person {
		return lexicon.Unknown
	}
	var seen [3]bool
	for k := -1; k < len(e.Aliases); k++ {
		name := e.Text
		if k >= 0 {
			name = e.Aliases[k]
		}
		if first, _, two := strings.Cut(name, " "); two {
			sp.buf = text.AppendFold(sp.buf[:0], first)
			seen[sp.lx.GivenGender(string(sp.buf))] = true
		}
	}
	// a given name of one gender decides: the role the entity stage
	// attached may be a neighbour's ("Hillary Clinton's spokesman")
	switch {
	case seen[lexicon.Male] && !seen[lexicon.Female]:
		return lexicon.Male
	case seen[lexicon.Female] && !seen[lexicon.Male]:
		return lexicon.Female
	}
	for w := range strings.FieldsSeq(e.Role) {
		sp.buf = text.AppendFold(sp.buf[:0], w)
		if l := sp.lx.Lists(string(sp.buf)); !l.Any(lexicon.PersonPronouns) {
			seen[lexicon.GenderOfLists(l)] = true
		}
	}
	// the word before each mention, of the first few: a form of address
	// is written at the first or at all
	sets, toks := sp.qd.sets, sp.d.Tokens
	mens := sp.idx.mens[sp.idx.entMens[ei]:sp.idx.entMens[ei+1]]
	for _, mn := range mens[:min(len(mens), 16)] {
		k := int(mn.tok)
		for k < len(toks) && toks[k].Start < mn.span.Start {
			k++
		}
		if k--; k >= 0 {
			seen[lexicon.GenderOfLists(sets[sp.d.Index.Classes[k]])] = true
		}
	}
	switch {
	case seen[lexicon.Male] && !seen[lexicon.Female]:
		return lexicon.Male
	case seen[lexicon.Female] && !seen[lexicon.Male]:
		return lexicon.Female
	}
	return lexicon.Unknown
}

// firstScan remembers, for one key, how far a sentence was searched for
// the first token that a test holds for, and that token (-1 until found).
type firstScan struct {
	key         string
	next, found int
}

// firstOf returns the first token before limit for which test holds, or
// -1, searching each token of the sentence at most once per key: test
// must depend only on the token and the key. Every pronoun of a sentence
// asks for the first name before it, and a search from the sentence start
// for each would cost the square of the pronouns.
func (s *quoteSentence) firstOf(scans *[]firstScan, key string, limit int, test func(j int) bool) int {
	var sc *firstScan
	for k := range *scans {
		if (*scans)[k].key == key {
			sc = &(*scans)[k]
		}
	}
	if sc == nil {
		*scans = append(*scans, firstScan{key: key, found: -1})
		sc = &(*scans)[len(*scans)-1]
	}
	for ; sc.found < 0 && sc.next < limit; sc.next++ {
		if test(sc.next) {
			sc.found = sc.next
		}
	}
	if sc.found >= 0 && sc.found < limit {
		return sc.found
	}
	return -1
}

// named is nominal without pronouns, outside quotation marks.
func (sp *speakers) named(s *quoteSentence, j int) speaker {
	if j < 0 || j >= len(s.toks) || s.inRegion(j) {
		return speaker{}
	}
	if r := sp.entityAt(s, j); r.found() {
		return r
	}
	return sp.nameAt(s, j)
}

// context gives a cue-less direct quote the speaker of the quote just
// before it, in this sentence or the previous one; a quote that opens its
// sentence (open is its first token) else the person the sentence before
// it in its paragraph is about ("Ana Ruiz called him a master of the
// deal. “…”").
func (sp *speakers) context(s *quoteSentence, open int) speaker {
	if sp.last.found() && s.si-sp.lastSi <= 1 {
		return sp.last
	}
	if open > 0 || s.si == 0 || s.d.Sentences[s.si-1].Paragraph != s.d.Sentences[s.si].Paragraph {
		return speaker{}
	}
	ps := sp.qd.sentence(s.si-1, sp)
	f := ps.mainFinite()
	if f < 0 {
		return speaker{}
	}
	if r := sp.subjectOf(ps, f, 0); r.found() && sp.typeOf(r) == pipeline.Person {
		return r
	}
	return speaker{}
}

// mainFinite returns the first finite verb of the sentence outside
// quotation marks and outside a relative clause ("Ana Ruiz, who lost
// the vote, called …"; "The records that Ruiz released were …"), or -1.
func (s *quoteSentence) mainFinite() int {
	rel := false
	for k := range s.toks {
		switch f := s.fword(k); {
		case f == "who" || f == "which" || s.tag(k) == "WDT":
			rel = true
		case f == ",":
			rel = false
		case !rel && s.finiteAt(k):
			return k
		}
	}
	return -1
}

// introduced returns the speaker of a quote that opens its paragraph
// after a paragraph ending in a colon ("X told the crowd: ¶ “…”"): the
// subject of the last verb before that colon.
func (sp *speakers) introduced(s *quoteSentence) speaker {
	if s.si == 0 {
		return speaker{}
	}
	ps := sp.qd.sentence(s.si-1, sp)
	c := len(ps.toks) - 1
	if c < 1 || ps.word(c) != ":" || ps.inRegion(c) {
		return speaker{}
	}
	for v := c - 1; v > 0; v-- {
		if ps.inRegion(v) || text.IsQuoteMark(ps.word(v)) {
			break
		}
		t := ps.toks[v].Tag
		if t == "VBD" || t == "VBZ" || t == "VBP" || ps.in(v, lexicon.Reporting.Or(lexicon.QuoteVerbs)) && !text.IsCap(ps.word(v)) {
			return sp.subjectOf(ps, v, 0)
		}
	}
	return speaker{}
}

// afterPrep: the name at j is the object of a preposition ("with Fox News").
func (s *quoteSentence) afterPrep(j int) bool {
	for {
		for j > 0 && (text.IsCap(s.word(j-1)) || s.fword(j-1) == "the") {
			j--
		}
		// a preposition inside a capitalised title ("Minister of State
		// for Foreign Affairs Ana Ruiz") is part of the name's phrase
		if j < 2 || s.toks[j-1].Tag != "IN" || !text.IsCap(s.word(j-2)) || s.inRegion(j-2) {
			break
		}
		j -= 2
	}
	return j > 0 && (s.toks[j-1].Tag == "IN" || s.toks[j-1].Tag == "TO")
}

// inTitle: the place or body r is named in a person's title, a person's
// name following it in the same capitalised run ("France President
// Emmanuel Macron"): the person is meant.
func (sp *speakers) inTitle(s *quoteSentence, r speaker) bool {
	if sp.typeOf(r) == pipeline.Person {
		return false
	}
	for k := s.tokAt(r.mention.End); k < len(s.toks) && text.IsCap(s.word(k)) && !s.inRegion(k); k++ {
		if p := sp.entityAt(s, k); p.found() && p.ref != r.ref {
			return sp.typeOf(p) == pipeline.Person
		}
	}
	return false
}

// afterVerb: the name at j is the object of a verb ("Quoting Tolstoy").
func (s *quoteSentence) afterVerb(j int) bool {
	for j > 0 && (text.IsCap(s.word(j-1)) && !s.inRegion(j-1) && s.toks[j-1].Tag[0] != 'V' || s.fword(j-1) == "the") {
		j--
	}
	return j > 0 && s.toks[j-1].Tag[0] == 'V' && !s.in(j-1, lexicon.BeForms)
}

// unnamedGroupSubject: the sentence opens, before token i, with a plural
// common noun that names no one ("Some observers", "Many analysts",
// "Critics"), the antecedent of a following "they".
func (s *quoteSentence) unnamedGroupSubject(i int) bool {
	for k := 0; k < i; k++ {
		f, t := s.fword(k), s.toks[k].Tag
		switch {
		case k == 0 && (f == "some" || f == "many" || f == "several" || f == "other" || f == "most" || f == "few"):
		case t == "JJ" && !text.IsCap(s.word(k)) && !s.inRegion(k):
		case t == "NNS" && !s.inRegion(k) && (k == 0 || !text.IsCap(s.word(k))):
			return true
		default:
			return false
		}
	}
	return false
}
