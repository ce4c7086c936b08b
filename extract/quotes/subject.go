package quotes

import (
	"strings"
	"unicode"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// subjectOf finds the subject of the verb at token v by looking left over
// lexicon.Adverbs, a prepositional phrase ("Netanyahu in his speech said"), a
// relative clause or apposition ("Obasanjo, who …, described"), and
// through "and"/"but" to the subject of an earlier verb.
func (sp *speakers) subjectOf(s *quoteSentence, v, depth int) speaker {
	if depth > 3 || v <= 0 {
		return speaker{}
	}
	if r := sp.leadingName(s, v-1); r.found() {
		return r
	}
	j := s.skipLeft(v - 1)
	if j < 0 {
		return speaker{}
	}
	if s.in(j, lexicon.BeForms) && s.tag(v) == "VBG" {
		return sp.subjectOf(s, j, depth+1) // progressive: "X is telling voters that …"
	}
	if s.in(j, lexicon.BeForms) {
		// passive: "It was stated that …" names no one, unless an agent
		// follows: "It was insisted by the Angolan delegation that …"
		if s.fword(v+1) == "by" {
			// the agent's head: "by Iranian officials" names no one
			h := v + 1
			for k := v + 2; k < len(s.toks) && k <= v+6 && !s.inRegion(k); k++ {
				if t := s.tag(k); t != "DT" && t != "JJ" && t != "NN" && t != "NNS" && t != "NNP" && t != "NNPS" && t != "POS" {
					break
				}
				h = k
			}
			if h > v+1 {
				return sp.npAt(s, h)
			}
		}
		return speaker{}
	}
	w := s.fword(v)
	participle := len(w) > 4 && strings.HasSuffix(w, "ing")
	if participle && s.fword(v-1) == "by" && v >= 2 && s.toks[v-2].Tag[0] == 'V' {
		return sp.subjectOf(s, v-2, depth+1) // "X rejected it by saying that …"
	}
	if participle && v >= 2 && s.fword(v-2) == "," && s.tag(v-1) == "IN" {
		// "Ana Ruiz, R-Ohio, despite admitting that …": the participle's
		// subject is the main clause's, named before the comma
		if r := sp.leadingName(s, v-2); r.found() {
			return r
		}
	}
	if participle || s.fword(j) == "to" {
		if participle && s.fword(v-1) == "," {
			// ", saying …" after the main clause: its subject, not that of
			// a relative clause or a place nearer ("X defended Y, who said
			// …, saying"; "X spoke in Tulsa, arguing")
			if f := s.firstFinite(v); f >= 0 {
				if r := sp.subjectOf(s, f, depth+1); r.found() {
					return r
				}
			}
		}
		if participle {
			if r := sp.nominal(s, j); r.found() && s.fword(j) != "it" {
				if s.fword(s.tokAt(r.mention.Start)-1) == "of" {
					// "He refused to discuss the case of Navalny saying …":
					// the main clause's person, where there is one ("footage
					// of Ana Ruiz saying" has none)
					if f := s.firstFinite(v); f >= 0 {
						if m := sp.subjectOf(s, f, depth+1); m.found() && sp.typeOf(m) == pipeline.Person {
							return m
						}
					}
				}
				return r // "with President Zelenskyy stating that …"
			}
		}
		if f := s.finiteBefore(v); f >= 0 {
			return sp.subjectOf(s, f, depth+1)
		}
		return speaker{}
	}
	if f := s.fword(j); f == "and" || f == "but" || f == "," || f == "while" || f == "then" {
		// "confirmed that A and stated that B": the subject of the first
		// reporting verb, else of the nearest finite verb.
		for k := j - 1; k >= 0; k-- {
			if s.inRegion(k) || text.IsQuoteMark(s.word(k)) {
				open := s.fragmentOpen(k)
				if open < 0 {
					break
				}
				k = open // stated that X came “with Y in hand” and argued that
				continue
			}
			if s.isReporting(k) {
				return sp.subjectOf(s, k, depth+1)
			}
		}
		k := s.finiteBefore(j)
		if f := s.firstFinite(j); f >= 0 && f < k && s.thatBetween(f, k) {
			// "X expressed regret that no deal was reached but said …":
			// the verb nearest is the that-clause's; X's comes first
			k = f
		}
		if k >= 0 {
			return sp.subjectOf(s, k, depth+1)
		}
		return speaker{}
	}
	if f := s.fword(j); (f == "who" || f == "which") && j > 0 {
		// "led by Ana Ruiz, who described …", "a call with Ruiz who
		// assured him": the relative's antecedent, the nearest name
		a := trimComma(s, j-1)
		if a < 0 {
			return speaker{}
		}
		r := sp.nominal(s, a)
		if !r.found() {
			r = sp.npAt(s, a)
		}
		if f == "who" && r.found() && sp.typeOf(r) != pipeline.Person {
			return speaker{} // "who" is a person's: not "Democrats on Capitol Hill, who argued"
		}
		return r
	}
	if r := sp.jointSubject(s, j); r.found() {
		return r
	}
	return sp.npAt(s, j)
}

// jointSubject: a subject of parties joined by "and" ("Popescu and Aurescu
// announced", "Haftar and his supporters insisted") ending at token j: the
// first-named party speaks (CONTRACT.md section 3), when a name ends right
// before the "and".
func (sp *speakers) jointSubject(s *quoteSentence, j int) speaker {
	and, k := -1, j
	for ; k >= 0 && j-k < 10; k-- {
		f, t := s.fword(k), s.tag(k)
		if f == "and" {
			and = k
			continue
		}
		if s.inRegion(k) || f == "," || t == "" || t[0] == 'V' || t == "MD" || t == "IN" && f != "of" || t == "WP" || t == "WDT" || t == "TO" {
			break
		}
	}
	// the subject opens its clause ("In Beijing, A and B said"; not "a
	// contact with the PLO and Israel demanded"), and the part after "and"
	// is a party too: a name, or "his supporters"
	if and <= k+1 || k >= 0 && s.fword(k) != "," && s.tag(k) != "RB" {
		return speaker{}
	}
	if b := sp.named(s, j); !b.found() && s.tag(and+1) != "PRP$" {
		return speaker{}
	}
	r := sp.named(s, and-1)
	if !r.found() || r.mention.Start < s.toks[k+1].Start || r.mention.End > s.toks[and].Start {
		return speaker{}
	}
	// before the first name, only its title: no other name, no number
	for i := k + 1; i < len(s.toks) && s.toks[i].Start < r.mention.Start; i++ {
		if s.tag(i) == "CD" || sp.entityAt(s, i).found() {
			return speaker{}
		}
	}
	return r
}

// timeBefore returns the token before a time adverbial that ends at j
// ("on Tuesday", "just this month", "last week"), or j when there is none.
func (s *quoteSentence) timeBefore(j int) int {
	k := j
	for k >= 0 && k > j-3 && (s.in(k, lexicon.TimeNouns.Or(lexicon.Weekdays).Or(lexicon.Months)) || s.tag(k) == "CD" && k < j) {
		k--
	}
	if k == j || !s.in(k+1, lexicon.TimeNouns.Or(lexicon.Weekdays).Or(lexicon.Months)) && s.tag(k+1) != "CD" {
		return j
	}
	// a day or month stands alone ("Haas Tuesday said"); "day" or "week"
	// needs a word that makes it a time ("last week", "on the day")
	marked := s.in(j, lexicon.Weekdays.Or(lexicon.Months))
	if s.in(k, lexicon.TimeShifters) {
		k, marked = k-1, true
	}
	switch s.fword(k) {
	case "on", "in", "just", "earlier", "later", "late", "early":
		k, marked = k-1, true
	}
	if !marked {
		return j
	}
	return k
}

// maxLeading is how far into a sentence leadingName looks for its name.
const maxLeading = 40

// leadingName is the subject of a verb after a long insert ending at the
// comma or dash at j that the steps before could not cross: the person
// or body named first in the sentence, right before a comma or dash, with
// nothing before it but its own noun phrase ("Ana Ruiz, a former aide who
// …, said"; "The party's treasurer, Ana Ruiz, said").
func (sp *speakers) leadingName(s *quoteSentence, j int) speaker {
	if f := s.fword(j); f != "," && !isDash(f) {
		return speaker{}
	}
	for k := 0; k < j && k < maxLeading; k++ {
		f := s.fword(k)
		if s.inRegion(k) || text.IsQuoteMark(f) || f == ";" || f == ":" || s.tag(k)[0] == 'V' && f != "'s" && f != "’s" || s.tag(k) == "MD" || s.tag(k) == "WP" || s.tag(k) == "WDT" ||
			k == 0 && (s.tag(k) == "IN" || s.tag(k) == "RB" || s.tag(k) == "TO") {
			return speaker{}
		}
		if w := s.fword(k + 1); w != "," && w != "(" && !isDash(w) {
			continue
		}
		if r := sp.named(s, k); r.found() && (sp.typeOf(r) == pipeline.Person || sp.typeOf(r) == pipeline.Org) && !s.afterPrep(s.tokAt(r.mention.Start)) {
			return r // not "The partner at Lenox, Ana Ruiz, said": Lenox is no subject
		}
	}
	return speaker{}
}

// skipLeft moves left from token j over lexicon.Adverbs, auxiliaries, a
// prepositional phrase or a relative clause/apposition before a verb.
func (s *quoteSentence) skipLeft(j int) int {
	for j >= 0 {
		f := s.fword(j)
		switch {
		case s.in(j, lexicon.Adverbs) || s.toks[j].Tag == "RB" && !s.in(j, lexicon.BeForms) && f != "not" && !text.IsCap(s.word(j)):
			j-- // not a name the tagger took for an adverb ("Rubio declared")
		case j >= 2 && s.tag(j) == "JJ" && s.fword(j-1) == "the" && s.tag(j-2) == "IN" && !s.inRegion(j-2):
			j -= 3 // "X on the contrary said"
		case f == ")" && s.parenStart(j) > 0:
			j = s.parenStart(j) - 1 // "Perdue (R-Ga.) said"
		case s.timeBefore(j) < j:
			j = s.timeBefore(j) // "Haas on Tuesday said", "the bank this month announced"
			if k := s.relativeBefore(j); k >= 0 {
				j = k // "Haas, who arrived on Tuesday, said"
			}
		case f == "," || s.toks[j].Tag == "NN" || s.toks[j].Tag == "NNS" || s.toks[j].Tag == "PRP$":
			k := s.skipInsert(j)
			if k == j {
				return j
			}
			j = k
		default:
			return j
		}
	}
	return j
}

// skipInsert skips, leftwards from j, an insert between a subject and its
// verb: "in his speech", "at the signing", ", who travelled to X,",
// ", coordinator of the AFC,". It returns j when there is none.
func (s *quoteSentence) skipInsert(j int) int {
	end := j
	if s.fword(end) == "," {
		end--
	}
	if k := s.relativeBefore(end); k >= 0 {
		return k
	}
	for k := end; k >= 0 && k >= end-12; k-- {
		f := s.fword(k)
		if s.inRegion(k) || text.IsQuoteMark(f) || f == "that" || f == ";" || f == ":" {
			return j
		}
		if s.isReporting(k) && !(k > 0 && (s.fword(k-1) == "who" || s.fword(k-1) == "which")) && s.fword(j) != "," && !s.modifierAt(k) {
			return j
		}
		if f == "," && s.fword(j) == "," && k < end && k > 0 {
			return s.appositionsBefore(k) - 1 // apposition between commas
		}
		if s.fword(j) != "," && (s.toks[k].Tag == "IN" || f == "in" || f == "at" || f == "on" || f == "during") {
			if k > 0 && k >= end-4 && s.nounish(k-1) {
				return k - 1
			}
			return j
		}
		if s.fword(j) != "," && s.toks[k].Tag[0] == 'V' && !s.modifierAt(k) {
			return j
		}
	}
	return j
}

// modifierAt: a participle right after a determiner modifies the noun
// after it ("in a written statement", "at the closing session").
func (s *quoteSentence) modifierAt(k int) bool {
	t := s.tag(k)
	return (t == "VBN" || t == "VBG") && (s.tag(k-1) == "DT" || s.tag(k-1) == "PRP$")
}

func trimComma(s *quoteSentence, k int) int {
	if k >= 0 && s.fword(k) == "," {
		return k - 1
	}
	return k
}

func (s *quoteSentence) nounish(k int) bool {
	t := s.toks[k].Tag
	return t == "NNP" || t == "NNPS" || t == "NN" || t == "NNS" || t == "PRP" || text.IsCap(s.word(k))
}

// npAt resolves the noun phrase ending at token j: a name or pronoun; an
// office ("the Somali president") through the roles the article gives; a
// body ("the Ukrainian government", "Russia's foreign ministry") as its
// country. Unnamed people ("officials") give nil.
func (sp *speakers) npAt(s *quoteSentence, j int) speaker {
	if h := s.ppHead(j); h >= 0 {
		j = h // "Critics in the United States said": the critics speak
	} else if r := sp.nominal(s, j); r.found() {
		if p, owned := sp.placeOwner(s, r); owned {
			return p
		}
		return r
	}
	if t := s.toks[j].Tag; t != "NN" && t != "NNS" && !s.in(j, lexicon.PersonHeads.Or(lexicon.BodyHeads)) {
		return speaker{}
	}
	lo := j
	for lo > 0 && j-lo < 5 {
		t := s.toks[lo-1].Tag
		if t == "DT" || t == "IN" || t == "," || t[0] == 'V' || s.inRegion(lo-1) {
			break
		}
		lo--
	}
	switch {
	case s.in(j, lexicon.PersonHeads):
		return sp.byRole(s, lo, j)
	case s.in(j, lexicon.BodyHeads):
		for k := j - 1; k >= lo; k-- {
			if r := sp.named(s, k); r.found() && sp.typeOf(r) != pipeline.Person {
				return r
			}
		}
	}
	if j > lo && !text.IsCap(s.word(j)) && s.tag(j) == "NN" && sp.lx.Word(s.fword(j)).Is&lexicon.WordTitleHead == 0 {
		if r := sp.named(s, j-1); r.found() && sp.typeOf(r) == pipeline.Org && s.tokAt(r.mention.End) == j {
			return r // "The Lega dei Ticinesi party accused …": the body the noun stands after, not its "chairman" or "journalists"
		}
	}
	if s.fword(lo-1) == "the" && s.tag(j) == "NN" && !text.IsCap(s.word(j)) {
		return sp.bodyNamed(s.fword(j), pipeline.Span{Start: s.toks[lo-1].Start, End: s.toks[j].End}) // "The Green Party … The party insisted"
	}
	return speaker{}
}

// bodyNamed returns the organisation whose name begins or ends in the
// noun head ("party": the Green Party; "ministry": the Ministry of
// Finance) and that was named last before the mention men ("the party"),
// within the reach of a pronoun: "the party" after its name is that
// party.
func (sp *speakers) bodyNamed(head string, men pipeline.Span) speaker {
	best, bestAt, at := -1, -1, men.Start
	from := 0
	if si := sp.d.SentenceAt(at) - lookBack; si > 0 {
		from = sp.d.Sentences[si].Span.Start
	}
	for ei := range sp.d.Entities {
		e := &sp.d.Entities[ei]
		if e.Type != pipeline.Org || !endWord(e.Text, head) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Span.Start >= at {
				break
			}
			if m.Span.Start >= from && m.Span.Start > bestAt {
				best, bestAt = ei, m.Span.Start
			}
		}
	}
	if best < 0 {
		return speaker{}
	}
	return speaker{ref: int32(best + 1), mention: men}
}

// endWord: the first or last word of name is w, but for case.
func endWord(name, w string) bool {
	first, _, _ := strings.Cut(name, " ")
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return strings.EqualFold(first, w) || strings.EqualFold(last, w)
}

// placeOwner: the place r is named after "of" or "from" right after a
// person's name or office ("Gov. Ana Ruiz of Ohio said", "Ruiz from Lyon
// said", "the foreign minister of Ohio said"), or a body after "of",
// "from", "for" or "at" ("Maroni of the Northern League said", "Park at
// Yonsei University said"): the person, who is the subject, or no one
// (owned, and a nil speaker) when the office's holder is not named.
func (sp *speakers) placeOwner(s *quoteSentence, r speaker) (p speaker, owned bool) {
	t := sp.typeOf(r)
	body := t == pipeline.Org || t == pipeline.Fac
	if t != pipeline.GPE && t != pipeline.Loc && !body {
		return speaker{}, false
	}
	k := s.tokAt(r.mention.Start) - 1
	if s.fword(k) == "the" {
		k-- // "Maroni of the Northern League said"
	}
	switch s.fword(k) {
	case "of", "from":
	case "for", "at":
		if !body {
			return speaker{}, false
		}
	default:
		return speaker{}, false
	}
	if p := sp.named(s, k-1); p.found() && sp.typeOf(p) == pipeline.Person {
		return p, true
	}
	if !s.in(k-1, lexicon.PersonHeads) || text.IsCap(s.word(k-1)) {
		return speaker{}, false
	}
	if body {
		// "Zakharova spokeswoman for the Foreign Ministry said" (the
		// commas dropped): the person named before the office; an office
		// of a body that names no one leaves the body as the speaker
		lo := k - 1
		for lo > 0 && k-1-lo < 4 && !text.IsCap(s.word(lo-1)) && (s.tag(lo-1) == "JJ" || s.tag(lo-1) == "NN") {
			lo--
		}
		if p := sp.named(s, lo-1); p.found() && sp.typeOf(p) == pipeline.Person {
			return p, true
		}
		return speaker{}, false
	}
	// "Ana Ruiz the foreign minister of Ohio said" (the commas of the
	// apposition dropped), "the foreign minister of Ohio said": the
	// person named before the office, else the one who holds it, else
	// no one; never the place
	lo := k - 1
	for lo > 0 && k-1-lo < 5 && !text.IsCap(s.word(lo-1)) && !s.inRegion(lo-1) {
		if t := s.tag(lo - 1); t != "JJ" && t != "NN" && t != "DT" {
			break
		}
		lo--
	}
	if p := sp.named(s, lo-1); p.found() && sp.typeOf(p) == pipeline.Person {
		return p, true
	}
	return sp.byRole(s, lo, k-1), true
}

// byRole finds the one person whose role has the office words of tokens
// lo..j ("Somali president" → the person with role "Somali President").
func (sp *speakers) byRole(s *quoteSentence, lo, j int) speaker {
	var words, countries []string // countries: " brazil " for "brazilian", else ""
	for k := lo; k <= j; k++ {
		if f := s.fword(k); f != "'s" && f != "the" {
			words = append(words, f)
			c := ""
			if place := sp.lx.Demonyms[f]; place != "" {
				c = " " + text.Fold(place) + " "
			}
			countries = append(countries, c)
		}
	}
	var found speaker
	for ei := range sp.d.Entities {
		e := &sp.d.Entities[ei]
		if e.Type != pipeline.Person || e.Role == "" {
			continue
		}
		role := " " + text.Fold(e.Role) + " "
		all := true
		for i, w := range words {
			if !strings.Contains(role, " "+w+" ") && (countries[i] == "" || !strings.Contains(role, countries[i])) {
				all = false // a nationality word may stand as its country: "Brazil President"
			}
		}
		if all {
			if found.found() {
				return speaker{}
			}
			found = speaker{ref: int32(ei + 1), mention: pipeline.Span{Start: s.toks[lo].Start, End: s.toks[j].End}}
		}
	}
	return found
}

// finiteBefore returns the nearest finite verb left of token v, or -1.
func (s *quoteSentence) finiteBefore(v int) int {
	for k := v - 1; k >= 0; k-- {
		if s.finiteAt(k) {
			return k
		}
	}
	return -1
}

// finiteAt: token k is a finite verb outside quotation marks.
func (s *quoteSentence) finiteAt(k int) bool {
	switch s.toks[k].Tag {
	case "VBD", "VBZ", "VBP":
		return !s.inRegion(k)
	}
	return false
}

// firstFinite returns the first finite verb of the sentence before token
// v, outside quotation marks and past an opening subordinate clause
// ("After A attacked, B spoke, saying …"), or -1.
func (s *quoteSentence) firstFinite(v int) int {
	from := 0
	if s.in(0, lexicon.Subordinators) {
		for from < v && (s.word(from) != "," || s.inRegion(from)) {
			from++
		}
	}
	for k := from; k < v; k++ {
		if s.finiteAt(k) {
			return k
		}
	}
	return -1
}

// ppHead: when the name ending at j is the object of a preposition after a
// common noun ("critics in the United States"), the noun's index, else -1.
func (s *quoteSentence) ppHead(j int) int {
	k := j
	for k >= 0 && (text.IsCap(s.word(k)) || s.toks[k].Tag == "NNP") {
		k--
	}
	if k >= 0 && s.fword(k) == "the" {
		k--
	}
	if k >= 0 && k < j && s.fword(k) == "of" {
		// "a member of the Budget Committee of the Senate": one unnamed
		// person of the body, however many bodies the phrase names
		i := k
		for i >= 2 && (text.IsCap(s.word(i-1)) || s.toks[i-1].Tag == "NNP") {
			m := i - 1
			for m >= 0 && (text.IsCap(s.word(m)) || s.toks[m].Tag == "NNP") {
				m--
			}
			if m >= 0 && s.fword(m) == "the" {
				m--
			}
			if m < 1 || s.fword(m) != "of" {
				break
			}
			i = m
		}
		if i >= 2 && (s.fword(i-2) == "a" || s.fword(i-2) == "an") && s.toks[i-1].Tag == "NN" && !text.IsCap(s.word(i-1)) {
			return i - 1
		}
	}
	if k < 1 || k == j || s.toks[k].Tag != "IN" || s.fword(k) == "of" && s.toks[k-1].Tag != "NNS" {
		return -1 // "president of X" names X's president; "members of X" are unnamed
	}
	if s.in(k, lexicon.Subordinators) && s.fword(k) != "since" {
		return -1 // "talks on the treaty after Putin stated": a clause's subject
	}
	if r := s.sp.entityAt(s, j); r.found() {
		first := k + 1
		if s.fword(first) == "the" {
			first++
		}
		if s.tokAt(r.mention.Start) > first {
			return -1 // "at the Grand Hotel Trump said": the name is no object of "at"
		}
	}
	if t := s.toks[k-1].Tag; (t == "NN" || t == "NNS") && (!text.IsCap(s.word(k-1)) || k == 1) {
		return k - 1
	}
	return -1
}

// relativeBefore finds a relative clause ending at end ("X who travelled to
// Y during the talks") and returns the token before "who", else -1.
func (s *quoteSentence) relativeBefore(end int) int {
	for k := end; k > 0 && k >= end-12; k-- {
		f := s.fword(k)
		if s.inRegion(k) || text.IsQuoteMark(f) || f == "that" || f == ";" || f == ":" || s.isReporting(k) && k < end {
			return -1
		}
		if f == "who" || f == "which" {
			return trimComma(s, k-1)
		}
	}
	return -1
}

// appositionsBefore: the comma at k closes the subject or another
// apposition to it; it returns the comma after the subject. "Ayrault, the
// foreign minister of France, a member of the Council, said": an earlier
// phrase between commas that follows a person's name is an apposition too.
func (s *quoteSentence) appositionsBefore(k int) int {
	for n := 0; n < 3; n++ {
		c := k - 1
		for c >= 0 && c >= k-12 && s.word(c) != "," {
			w := s.word(c)
			if s.inRegion(c) || text.IsQuoteMark(w) || w == ";" || w == ":" || s.isReporting(c) {
				return k
			}
			c--
		}
		if c <= 0 || s.word(c) != "," || c+1 >= k || !s.determiner(c+1) && text.IsCap(s.word(c+1)) {
			return k
		}
		if r := s.sp.named(s, c-1); !r.found() || s.sp.typeOf(r) != pipeline.Person {
			return k
		}
		k = c
	}
	return k
}

// fragmentOpen returns the token of the opening mark of the quotation
// region that holds token k when the region quotes a lower-case fragment
// in the run of the sentence (came “with the map in hand”), else -1.
func (s *quoteSentence) fragmentOpen(k int) int {
	off := s.toks[k].Start
	for _, r := range s.regions {
		if r.Outer().Start <= off && off < r.Outer().End {
			inner := s.d.Text[r.Inner().Start:r.Inner().End]
			if inner == "" || !unicode.IsLower(firstRune(inner)) {
				return -1
			}
			return s.tokAt(r.Open.Start)
		}
	}
	return -1
}

// thatBetween: a "that" outside quotation marks stands between tokens a
// and b.
func (s *quoteSentence) thatBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.fword(k) == "that" && !s.inRegion(k) {
			return true
		}
	}
	return false
}
