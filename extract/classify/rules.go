package classify

import (
	"strings"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// adjust applies the cue-level rules to cue p, matched as n words at
// word i: the label and feature it counts as, the feature's value and the
// rule that chose it.
func adjust(sv *sentView, i, n int, p *lexicon.Pattern) (label string, f feature, value float64, note string) {
	label, value = p.Label, p.Weight
	x, note := cueContextAt(sv, i, n, label)
	if x < 0 {
		return pipeline.Demand, featWarning, 1, "warning with a condition"
	}
	return label, cueFeature(labelIndex(label), cueContext(x)), value, note
}

// cueContextAt is the context of a cue of label l at word i (n words),
// and why; -1 for a warning with a condition, which is a feature of its
// own.
func cueContextAt(sv *sentView, i, n int, l string) (int, string) {
	w := sv.word(i)
	switch {
	case strings.HasPrefix(w, "warn"):
		if threatClause(sv, i+n) {
			return -1, ""
		}
		return int(ctxPlain), "warning as assessment"
	case strings.HasPrefix(w, "welcom") && hospitality(sv, i+n):
		return int(ctxHospitality), "hospitality"
	case l == pipeline.Agreement && (negatedAt(sv, i, lexicon.AgreementNegators) || opensWithNo(sv)):
		return int(ctxNegated), "negated" // "No date or venue was agreed"
	case l == pipeline.Demand && sv.in(i, lexicon.ObligationModals) && agreedBefore(sv, i):
		return int(ctxAgreedTerm), "term of an agreement" // "decided that all prisoners must be released"
	case l == pipeline.Demand && negatedAt(sv, i, lexicon.DemandNegators) && !sv.in(i, lexicon.ConditionWords):
		return int(ctxNegated), "negated"
	case l == pipeline.Reaction && sv.in(i, lexicon.OutcomeWords) && negatedAt(sv, i, lexicon.OutcomeNegators):
		return int(ctxNoOutcome), "no outcome" // "ended without a breakthrough"
	case l == pipeline.Agreement && sv.inQuote(i):
		return int(ctxQuoted), "inside a quotation" // mostly a judgement of it
	case l == pipeline.Agreement && backgroundParticiple(sv, i):
		return int(ctxBackground), "background participle"
	}
	return int(ctxPlain), ""
}

// negatedAt: a negator in the three words before word i.
func negatedAt(sv *sentView, i int, negators lexicon.List) bool {
	return sv.has(i-3, i, negators)
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
// receive someone; "welcomed Trump's efforts" still judges something.
func hospitality(sv *sentView, j int) bool {
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

// backgroundParticiple: "the protocol signed in 2014" (a participle after
// the document it describes) and "Israel had signed" (a pluperfect outside
// reported speech) tell what came before, not what the parties now agree.
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
// …" (a request verb at word i, its addressee, then to + verb) is a
// demand. A passive ("was asked to leave") or a question ("asked: …") is
// not.
func isRequest(sv *sentView, i int) bool {
	if !sv.in(i, lexicon.RequestVerbs) || sv.in(i-1, lexicon.BeForms) || sv.inQuote(i) {
		return false
	}
	for k := i + 1; k < len(sv.toks) && k <= i+6; k++ {
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
