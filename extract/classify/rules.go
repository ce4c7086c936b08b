package classify

import (
	"strings"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// adjust applies the cue-level rules to cue p (of kind k), matched as n
// words at word i: the label and feature it counts as, the feature's
// value and the rule that chose it.
func adjust(sv *sentView, cs *clauseScan, i, n int, p *lexicon.Pattern, k cueKind) (label string, f feature, value float64, note string) {
	x, note := cueContextAt(sv, cs, i, n, k)
	if x < 0 {
		return pipeline.Demand, featWarning, 1, "warning with a condition"
	}
	return p.Label, cueFeature(int(k.label), cueContext(x)), p.Weight, note
}

// cueContextAt is the context of a cue of kind k at word i (n words), and
// why; -1 for a warning with a condition, which is a feature of its own.
func cueContextAt(sv *sentView, cs *clauseScan, i, n int, k cueKind) (int, string) {
	l := int(k.label)
	switch {
	case k.warn:
		if threatClause(sv, i+n) {
			return -1, ""
		}
		return int(verbOrNominal(sv, i)), "warning as assessment"
	case k.greet && hospitality(sv, i+n):
		return int(ctxHospitality), "hospitality"
	case l == labelAgreement && (negatedAt(sv, cs, i, lexicon.AgreementNegators) || opensWithNo(sv)):
		if refusal(sv, i) {
			return int(ctxRefused), "refused" // "would never sign"
		}
		return int(ctxNegated), "negated" // "No date or venue was agreed"
	case l == labelAgreement && requested(sv, cs, i):
		cs.askedEnd = i + n
		return int(ctxRequested), "asked or offered, not done"
	case l == labelDemand && sv.in(i, lexicon.ObligationModals) && agreedBefore(sv, i):
		return int(ctxAgreedTerm), "term of an agreement" // "decided that all prisoners must be released"
	case l == labelDemand && negatedAt(sv, cs, i, lexicon.DemandNegators) && !sv.in(i, lexicon.ConditionWords):
		return int(ctxNegated), "negated"
	case l == labelReaction && negatedAt(sv, cs, i, lexicon.OutcomeNegators):
		return int(ctxNegated), "negated" // "ended without a breakthrough"
	case n == 1 && modifies(sv, i):
		return int(ctxModifier), "modifies a noun"
	case inRelative(sv, cs, i):
		return int(ctxRelative), "in a relative clause"
	case backgroundParticiple(sv, i):
		return int(ctxBackground), "background participle"
	case sv.inQuote(i):
		return int(ctxQuoted), "inside a quotation"
	case sv.inReported(i):
		return int(ctxReported), "in a reported clause"
	}
	x := verbOrNominal(sv, i)
	if x == ctxVerb && l == labelAgreement && oneParty(sv, i) {
		return int(ctxOneParty), "one party"
	}
	if x == ctxNominal && l == labelAgreement && madeObject(sv, i) {
		return int(ctxVerb), "object of a verb that makes it"
	}
	return int(x), ""
}

// madeObject: the agreement noun at word i is the object of a verb that
// makes one ("reached the following agreements", "struck a new deal",
// "found a compromise"): the verb stands before it, only the determiners,
// numbers, adjectives and nouns of its noun phrase between, at most four
// words.
func madeObject(sv *sentView, i int) bool {
	if !sv.in(i, lexicon.DocumentNouns) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if sv.in(k, lexicon.MakingVerbs) {
			return strings.HasPrefix(sv.tag(k), "VB") && !sv.in(k-1, lexicon.Negators)
		}
		switch t := sv.tag(k); {
		case t == "DT" || t == "CD" || t == "PRP$" || t == "VBG" || strings.HasPrefix(t, "JJ"), t == "NN" || t == "NNS":
		default:
			return false
		}
	}
	return false
}

// requested: the agreement cue at word i is the verb of a to-infinitive
// that a demand governs ("urged both sides to sign", "called on Kyiv to
// accept"), or an adjective of readiness ("ready to sign", "prepared to
// accept"), or it is joined by "and" or "or" to one that is ("to sign and
// ratify"): what is asked or offered, not what was agreed.
func requested(sv *sentView, cs *clauseScan, i int) bool {
	if cs.askedEnd > 0 && cs.askedEnd == i-1 && (sv.word(i-1) == "and" || sv.word(i-1) == "or") {
		return true
	}
	k, v := i-1, i
	if sv.word(i) == "to" {
		k, v = i, i+1 // the cue holds its "to" ("to sign")
	} else if strings.HasPrefix(sv.tag(k), "RB") {
		k-- // "to fully implement"
	}
	if sv.word(k) != "to" || sv.tag(v) != "VB" {
		return false
	}
	if cs.asked > 0 && cs.asked-1 >= k-9 {
		return true
	}
	t := sv.tag(k - 1)
	return (t == "JJ" || t == "VBN") && sv.in(k-2, lexicon.BeForms.Or(lexicon.Adverbs))
}

// refusal: the negation of the agreement cue at word i speaks of what a
// party will not do, not of what did not happen: "never" or will, would
// or shall stands among the three words before it ("would never sign",
// "will not accept").
func refusal(sv *sentView, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if sv.word(k) == "never" || sv.in(k, lexicon.ProvisionModals) {
			return true
		}
	}
	return false
}

// oneParty: the subject of the verb at word i, the words before it in its
// clause (twelve at most), names one actor and nothing that makes it more
// than one party ("and", "both", "the parties", "they").
func oneParty(sv *sentView, i int) bool {
	actors := 0
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		set := sv.sets[sv.class[k]]
		if set.Any(lexicon.ClauseBreaks.Or(lexicon.Complementizers).Or(lexicon.RelativePronouns)) {
			break
		}
		if set.Any(lexicon.PluralParties) {
			return false
		}
		if _, ok := sv.mention(k); ok {
			actors++
		}
	}
	return actors == 1
}

// verbOrNominal: a cue opened by a verb or a modal speaks in the
// sentence's voice; a noun or adjective names or describes.
func verbOrNominal(sv *sentView, i int) cueContext {
	if t := sv.tag(i); strings.HasPrefix(t, "VB") || t == "MD" {
		return ctxVerb
	}
	return ctxNominal
}

// negatedAt: a negator of the list negators governs word i: it stands
// before it in its clause with only auxiliaries, adverbs, determiners,
// adjectives, possessives, "to" or the nouns of its noun phrase between
// ("did not agree", "ended without any agreement", "refused to sign", "no
// form of truce"), at most six words before it. cs knows whether any
// negator stands there at all.
func negatedAt(sv *sentView, cs *clauseScan, i int, negators lexicon.List) bool {
	if cs.negator == 0 || cs.negator-1 < i-6 {
		return false // most cues
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if sv.in(k, negators) {
			return true
		}
		if !scopeGlue(sv, k) {
			return false
		}
	}
	return false
}

// scopeGlue: word k can stand between a negator and the word it governs:
// a modal, determiner, "to", possessive, adverb, adjective, common noun or
// "of" of the noun phrase ("no form of truce"), a form of "be" or another
// auxiliary.
func scopeGlue(sv *sentView, k int) bool {
	if t := sv.toks[k].Tag; len(t) >= 2 {
		switch t[0] {
		case 'M', 'D', 'T':
			return t == "MD" || t == "DT" || t == "TO"
		case 'P':
			return t == "PDT" || t == "PRP$"
		case 'R':
			return t[1] == 'B'
		case 'J':
			return true
		case 'N':
			if t == "NN" || t == "NNS" {
				return true
			}
		}
	}
	return sv.in(k, lexicon.BeForms.Or(lexicon.Auxiliaries)) || sv.word(k) == "of"
}

// modifies: word i, a participle or adjective, stands before the common
// noun it describes, opening a noun phrase ("the disputed border",
// "protesting farmers"), not after its subject ("Kyiv rejected talks").
func modifies(sv *sentView, i int) bool {
	t := sv.tag(i)
	if t != "JJ" && t != "VBN" && t != "VBG" {
		return false
	}
	if nt := sv.tag(i + 1); nt != "NN" && nt != "NNS" {
		return false
	}
	switch pt := sv.tag(i - 1); {
	case i == 0, pt == "DT", pt == "PRP$", pt == "POS", pt == "CD", pt == "IN", pt == "CC", pt == ",", strings.HasPrefix(pt, "JJ"):
		return true
	}
	return false
}

// inRelative: word i stands in a relative clause ("a decision which was
// condemned", "an extremist who opposed the agreement", "sites that Delhi
// described as camps"): a relative pronoun, or "that" right after a noun,
// before it in its clause, no comma or colon between (as cs has seen the
// words before i), or i is a participle that opens one (reducedRelative).
func inRelative(sv *sentView, cs *clauseScan, i int) bool {
	return cs.relative || reducedRelative(sv, i)
}

func threatClause(sv *sentView, from int) bool {
	if sv.has(from, len(sv.toks), lexicon.ThreatMarkers) {
		return true
	}
	for k := from; k+1 < len(sv.toks); k++ {
		if sv.word(k) == "not" && sv.word(k+1) == "to" || sv.word(k) == "as" && sv.word(k+1) == "long" && sv.word(k+2) == "as" {
			return true
		}
	}
	return false
}

// hospitality: "welcomed Putin on a red carpet", "welcomed the delegations"
// and "Vucic was welcomed by Erdogan" receive someone; "welcomed Trump's
// efforts" and "the deal was welcomed" still judge something. j is the
// word after "welcomed".
func hospitality(sv *sentView, j int) bool {
	if i := j - 1; sv.in(i-1, lexicon.BeForms) {
		return personSubject(sv, i-1)
	}
	if sv.word(j) == "the" {
		j++
	}
	for j < len(sv.toks) && sv.in(j, lexicon.GuestCounts) {
		j++
	}
	if j >= len(sv.toks) {
		return false
	}
	if sv.in(j, lexicon.Guests) {
		return true
	}
	m, ok := sv.mention(j)
	if !ok || m.typ != pipeline.Person {
		return false
	}
	rest := sv.d.Text[m.end:]
	return !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s")
}

// reducedRelative: word i is a participle right after a noun and before
// a preposition, a relative clause without its pronoun ("the initiative
// adopted by the League", "a canal planned by Cambodia").
func reducedRelative(sv *sentView, i int) bool {
	return i > 0 && sv.tag(i) == "VBN" && strings.HasPrefix(sv.tag(i-1), "NN") && sv.tag(i+1) == "IN"
}

// personSubject: the words before word i are a person: a pronoun, or a
// mention of a PERSON ending right before it.
func personSubject(sv *sentView, i int) bool {
	if sv.in(i-1, lexicon.PersonPronouns) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if m, ok := sv.mention(k); ok {
			return m.typ == pipeline.Person && m.end == sv.toks[i-1].End
		}
	}
	return false
}

// backgroundParticiple: "the protocol signed in 2014" (a participle after
// the document it describes) and "Israel had signed" (a pluperfect outside
// reported speech) tell what came before, not what the parties now do.
func backgroundParticiple(sv *sentView, i int) bool {
	if i == 0 {
		return false
	}
	if sv.in(i-1, lexicon.DocumentNouns) && strings.HasSuffix(sv.word(i), "ed") {
		return true
	}
	if sv.word(i-1) != "had" || sv.has(0, i, lexicon.Complementizers) {
		return false
	}
	for k := 0; k < i-1; k++ {
		if isFiniteTag(sv.toks[k].Tag) {
			return false // "outlined the points on which they had agreed"
		}
	}
	return true
}

// isRequest: "called the two parties to implement …", "asked Russia to
// …" (a request verb at word i, its addressee of up to seven words, then
// to + verb) is a demand: an addressee can be a long noun phrase ("called
// the countries of the region to …"). A passive ("was asked to leave") or a question ("asked: …") is
// not.
func isRequest(sv *sentView, i int) bool {
	if !sv.in(i, lexicon.RequestVerbs) || sv.in(i-1, lexicon.BeForms) || sv.inQuote(i) {
		return false
	}
	for k := i + 1; k < len(sv.toks) && k <= i+8; k++ {
		if sv.word(k) == ":" || sv.word(k) == "," || sv.word(k) == "that" {
			break
		}
		if sv.word(k) == "to" && sv.tag(k+1) == "VB" {
			return true
		}
	}
	return false
}

// isDefinition: the article's lead sentence defines its named subject
// ("The X Talks (2025) were a series of negotiations …"): background,
// whatever words of agreement it holds.
func isDefinition(sv *sentView) bool {
	for k := 1; k < len(sv.toks) && k < 16; k++ {
		if sv.in(k, lexicon.Copulas) {
			next, prev := sv.word(k+1), sv.tag(k-1)
			named := strings.HasPrefix(prev, "NNP") || sv.word(k-1) == ")"
			return named && (next == "a" || next == "an" || next == "the")
		}
	}
	return false
}

// continuesList: "They also …", "It was also …", "The two sides further
// …" go on with the list of the sentence before.
func continuesList(sv *sentView) bool {
	return len(sv.toks) > 2 && sv.in(0, lexicon.ListSubjects) && sv.has(1, 5, lexicon.Continuers)
}

// underAgreedList: the sentence stands in the paragraph right after an
// agreement line ending in a colon ("… agreed on the following points:"),
// so it is one of the points agreed.
func underAgreedList(d *pipeline.Document, sv *sentView, prev []string) bool {
	k := sv.paraStart - 1 // the last sentence of the paragraph before
	if k < 0 {
		return false
	}
	return d.Sentences[k].Paragraph == d.Sentences[sv.si].Paragraph-1 && prev[k] == pipeline.Agreement && strings.HasSuffix(d.Slice(d.Sentences[k].Span), ":")
}

// provision: a sentence that states what a party would do ("Iran would
// reduce …", "A mechanism shall be established …") right after an
// agreement, in its paragraph or after its colon.
func provision(d *pipeline.Document, si int, sv *sentView) bool {
	if d.Sentences[si].Paragraph != d.Sentences[si-1].Paragraph && !strings.HasSuffix(d.Slice(d.Sentences[si-1].Span), ":") {
		return false
	}
	return sv.has(0, len(sv.toks), lexicon.ProvisionModals)
}

// termsIntro: a line ending in a colon that introduces what a text holds
// ("… initialled the agreement which provided the following:") states
// what was agreed, unless it is negated.
func termsIntro(d *pipeline.Document, sv *sentView) bool {
	if !strings.HasSuffix(d.Slice(d.Sentences[sv.si].Span), ":") || sv.has(0, len(sv.toks), lexicon.Negators) || sv.has(0, len(sv.toks), lexicon.TermsDenials) {
		return false
	}
	return sv.has(0, len(sv.toks), lexicon.TermsNouns)
}

// opensWithNo: a sentence that opens with "No" or "Neither" denies what it
// names ("No consensus was reached", "No date was agreed").
func opensWithNo(sv *sentView) bool {
	return sv.in(0, lexicon.Denials)
}

// agreedBefore: an agreement verb before word i governs the clause that
// holds it: what "must" happen is a term agreed, not a demand.
func agreedBefore(sv *sentView, i int) bool {
	return sv.has(0, i, lexicon.AgreedVerbs) && !sv.has(0, i, lexicon.Negators)
}
