package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// Negators that cancel an agreement cue in the three words before it
// ("did not agree", "ended without any agreement", "failed to sign").
var agreementNegators = newWordSet(
	"not", "no", "without", "never", "failed", "neither", "nor",
	"n't", "didn't", "lack", "absence", "unable", "refused", "rejected",
)

var plainNegators = newWordSet("not", "n't", "never", "no", "neither")

// Negators that cancel a demand cue: "without any preconditions", "dropped
// his demand".
var demandNegators = newWordSet(
	"not", "no", "without", "never", "n't", "dropped", "abandoned", "withdrew",
)

const noteConditionalWarning = "warning with a condition"

// adjust applies the cue-level rules to match m of n words at word i.
func adjust(sv *sentView, i, n int, m *CueMatch) {
	w := sv.word(i)
	switch {
	case strings.HasPrefix(w, "warn"):
		if threatClause(sv, i+n) {
			m.Label, m.Weight, m.Note = pipeline.Demand, 1.8, noteConditionalWarning
		} else {
			m.Label, m.Note = pipeline.Reaction, "warning as assessment"
		}
	case strings.HasPrefix(w, "welcom") && hospitality(sv, i+n):
		m.Weight, m.Note = 0, "hospitality"
	case m.Label == pipeline.Agreement && (negatedAt(sv, i, agreementNegators) || opensWithNo(sv)):
		m.Weight, m.Note = 0, "negated" // "No date or venue was agreed"
	case m.Label == pipeline.Demand && sv.in(i, modalWords) && agreedBefore(sv, i):
		m.Weight, m.Note = 0, "term of an agreement" // "decided that all prisoners must be released"
	case m.Label == pipeline.Demand && negatedAt(sv, i, demandNegators) && !sv.in(i, conditionCues):
		m.Weight, m.Note = 0, "negated"
	case m.Label == pipeline.Reaction && sv.in(i, outcomeWords) && negatedAt(sv, i, outcomeNegators):
		m.Weight, m.Note = 0, "no outcome" // "ended without a breakthrough"
	case m.Label == pipeline.Agreement && sv.inQuote(i):
		m.Weight, m.Note = m.Weight/2, "inside a quotation" // mostly a judgement of it
	case m.Label == pipeline.Agreement && backgroundParticiple(sv, i):
		m.Weight, m.Note = m.Weight*0.3, "background participle"
	}
}

// negatedAt: a negator in the three words before word i.
func negatedAt(sv *sentView, i int, negators wordSet) bool {
	return sv.has(i-3, i, negators)
}

// threatMarkers make a warning a demand: it names what the other side must
// not do or what follows if it does ("warned that any provocation would
// …", "warned Kyiv not to …", "if the talks failed").
var threatMarkers = newWordSet(
	"if", "unless", "otherwise", "any", "refusal", "failure",
)

func threatClause(sv *sentView, from int) bool {
	if sv.has(from, len(sv.toks), threatMarkers) {
		return true
	}
	for k := from; k+1 < len(sv.toks); k++ {
		if sv.word(k) == "not" && sv.word(k+1) == "to" || sv.word(k) == "as" && sv.word(k+1) == "long" && sv.word(k+2) == "as" {
			return true
		}
	}
	return false
}

var guestWords = newWordSet(
	"delegation", "delegations", "guests", "guest", "participants", "visitors",
	"delegates", "leaders", "presidents", "ministers", "heads", "envoys",
	"negotiators", "officials", "dignitaries",
)

// countWords stand between "the" and the people welcomed: "the two leaders".
var countWords = newWordSet("two", "three", "four", "both", "visiting", "foreign")

// hospitality: "welcomed Putin on a red carpet", "welcomed the delegations"
// receive someone; "welcomed Trump's efforts" still judges something.
func hospitality(sv *sentView, j int) bool {
	if sv.word(j) == "the" {
		j++
	}
	for j < len(sv.toks) && sv.in(j, countWords) {
		j++
	}
	if j >= len(sv.toks) {
		return false
	}
	if sv.in(j, guestWords) {
		return true
	}
	m, ok := sv.mention(j)
	if !ok || m.typ != pipeline.Person {
		return false
	}
	rest := sv.d.Text[m.end:]
	return !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s")
}

// documentNouns name what is signed or reached; they never sign.
var documentNouns = newWordSet(
	"agreement", "agreements", "protocol", "treaty", "treaties", "accord", "accords",
	"deal", "memorandum", "declaration", "document", "documents", "ceasefire", "truce",
	"pact", "charter", "convention", "statement",
)

var thatWord = newWordSet("that")

// backgroundParticiple: "the protocol signed in 2014" (a participle after
// the document it describes) and "Israel had signed" (a pluperfect outside
// reported speech) tell what came before, not what the parties now agree.
func backgroundParticiple(sv *sentView, i int) bool {
	if i == 0 {
		return false
	}
	if sv.in(i-1, documentNouns) && strings.HasSuffix(sv.word(i), "ed") {
		return true
	}
	if sv.word(i-1) != "had" || sv.has(0, i, thatWord) {
		return false
	}
	for k := 0; k < i-1; k++ {
		if isFiniteTag(sv.toks[k].Tag) {
			return false // "outlined the points on which they had agreed"
		}
	}
	return true
}

var requestVerbs = newWordSet("asked", "asks", "ask", "called", "calls", "urged", "urges", "pressed")

var beForms = newWordSet("is", "was", "were", "are", "be", "been", "being")

// isRequest: "called the two parties to implement …", "asked Russia to
// …" (a request verb at word i, its addressee, then to + verb) is a
// demand. A passive ("was asked to leave") or a question ("asked: …") is
// not.
func isRequest(sv *sentView, i int) bool {
	if !sv.in(i, requestVerbs) || sv.in(i-1, beForms) || sv.inQuote(i) {
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

// requestMatch is the demand cue of the request verb at word i.
func requestMatch(sv *sentView, i int) CueMatch {
	sp := sv.span(i, i+1)
	return CueMatch{Span: sp, Text: sv.d.Slice(sp), Label: pipeline.Demand, Weight: 1.8, Note: "request: verb + to + verb"}
}

var copulas = newWordSet("is", "was", "are", "were")

// isDefinition: the article's lead sentence defines its named subject
// ("The X Talks (2025) were a series of negotiations …"): background,
// whatever words of agreement it holds.
func isDefinition(sv *sentView) bool {
	for k := 1; k < len(sv.toks) && k < 16; k++ {
		if sv.in(k, copulas) {
			next, prev := sv.word(k+1), sv.tag(k-1)
			named := strings.HasPrefix(prev, "NNP") || sv.word(k-1) == ")"
			return named && (next == "a" || next == "an" || next == "the")
		}
	}
	return false
}

var continuers = newWordSet("also", "further", "additionally", "moreover", "furthermore", "likewise")

var listSubjects = newWordSet("they", "it", "both", "the", "each", "these")

// continuesList: "They also …", "It was also …", "The two sides further
// …" go on with the list of the sentence before.
func continuesList(sv *sentView) bool {
	return len(sv.toks) > 2 && sv.in(0, listSubjects) && sv.has(1, 5, continuers)
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

var modals = newWordSet("would", "will", "shall")

// provision: a sentence that states what a party would do ("Iran would
// reduce …", "A mechanism shall be established …") right after an
// agreement, in its paragraph or after its colon.
func provision(d *pipeline.Document, si int, sv *sentView) bool {
	if d.Sentences[si].Paragraph != d.Sentences[si-1].Paragraph && !strings.HasSuffix(d.Slice(d.Sentences[si-1].Span), ":") {
		return false
	}
	return sv.has(0, len(sv.toks), modals)
}

var withoutWord = newWordSet("without", "failed", "disputed", "unresolved")

// termsNouns name a text whose contents a colon line introduces.
var termsNouns = newWordSet(
	"agreement", "accord", "accords", "declaration", "memorandum", "deal",
	"treaty", "protocol", "proposal", "plan", "principles", "framework",
	"terms", "provisions", "proposals", "points", "elements", "commitments",
	"communiqué", "communique", "roadmap", "text",
)

// termsIntro: a line ending in a colon that introduces what a text holds
// ("… initialled the agreement which provided the following:") states
// what was agreed, unless it is negated.
func termsIntro(d *pipeline.Document, sv *sentView) bool {
	if !strings.HasSuffix(d.Slice(d.Sentences[sv.si].Span), ":") || sv.has(0, len(sv.toks), plainNegators) || sv.has(0, len(sv.toks), withoutWord) {
		return false
	}
	return sv.has(0, len(sv.toks), termsNouns)
}

// outcomeWords judge how talks ended; "without a breakthrough" states a
// fact rather than a judgement.
var outcomeWords = newWordSet("breakthrough", "success", "successful", "progress", "result", "results")

var outcomeNegators = newWordSet("without", "no", "not", "any", "never")

// opensWithNo: a sentence that opens with "No" or "Neither" denies what it
// names ("No consensus was reached", "No date was agreed").
func opensWithNo(sv *sentView) bool {
	return len(sv.toks) > 0 && (sv.word(0) == "no" || sv.word(0) == "neither" || sv.word(0) == "none")
}

var modalWords = newWordSet("must", "should")

var agreedVerbs = newWordSet("agreed", "decided", "agree", "decide", "stipulated", "provides", "provided")

// agreedBefore: an agreement verb before word i governs the clause that
// holds it: what "must" happen is a term agreed, not a demand.
func agreedBefore(sv *sentView, i int) bool {
	return sv.has(0, i, agreedVerbs) && !sv.has(0, i, plainNegators)
}

// conditionWords set a condition that a negation before them sharpens
// rather than cancels: "could not be revived until …".
var conditionCues = newWordSet("until", "unless")
