package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// Negators that cancel an agreement cue in the three words before it
// ("did not agree", "ended without any agreement", "failed to sign").
var agreementNegators = map[string]bool{
	"not": true, "no": true, "without": true, "never": true, "failed": true, "neither": true, "nor": true,
	"n't": true, "didn't": true, "lack": true, "absence": true, "unable": true, "refused": true, "rejected": true,
}

var plainNegators = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true}

// Negators that cancel a demand cue: "without any preconditions", "dropped
// his demand".
var demandNegators = map[string]bool{
	"not": true, "no": true, "without": true, "never": true, "n't": true, "dropped": true, "abandoned": true, "withdrew": true,
}

const noteConditionalWarning = "warning with a condition"

// adjust applies the cue-level rules to match m of n words at word i.
func adjust(sv *sentView, i, n int, m *CueMatch) {
	w := sv.words[i]
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
	case m.Label == pipeline.Demand && modalWords[w] && agreedBefore(sv, i):
		m.Weight, m.Note = 0, "term of an agreement" // "decided that all prisoners must be released"
	case m.Label == pipeline.Demand && negatedAt(sv, i, demandNegators) && !conditionCues[w]:
		m.Weight, m.Note = 0, "negated"
	case m.Label == pipeline.Reaction && outcomeWords[w] && negatedAt(sv, i, outcomeNegators):
		m.Weight, m.Note = 0, "no outcome" // "ended without a breakthrough"
	case m.Label == pipeline.Agreement && sv.inQuote(i):
		m.Weight, m.Note = m.Weight/2, "inside a quotation" // mostly a judgement of it
	case m.Label == pipeline.Agreement && backgroundParticiple(sv, i):
		m.Weight, m.Note = m.Weight*0.3, "background participle"
	}
}

// negatedAt: a negator in the three words before word i.
func negatedAt(sv *sentView, i int, negators map[string]bool) bool {
	return sv.has(i-3, i, negators)
}

// threatMarkers make a warning a demand: it names what the other side must
// not do or what follows if it does ("warned that any provocation would
// …", "warned Kyiv not to …", "if the talks failed").
var threatMarkers = map[string]bool{
	"if": true, "unless": true, "otherwise": true, "any": true, "refusal": true, "failure": true,
}

func threatClause(sv *sentView, from int) bool {
	if sv.has(from, len(sv.words), threatMarkers) {
		return true
	}
	for k := from; k+1 < len(sv.words); k++ {
		if sv.words[k] == "not" && sv.words[k+1] == "to" || sv.words[k] == "as" && sv.word(k+1) == "long" && sv.word(k+2) == "as" {
			return true
		}
	}
	return false
}

var guestWords = map[string]bool{
	"delegation": true, "delegations": true, "guests": true, "guest": true, "participants": true, "visitors": true,
	"delegates": true, "leaders": true, "presidents": true, "ministers": true, "heads": true, "envoys": true,
	"negotiators": true, "officials": true, "dignitaries": true,
}

// countWords stand between "the" and the people welcomed: "the two leaders".
var countWords = map[string]bool{"two": true, "three": true, "four": true, "both": true, "visiting": true, "foreign": true}

// hospitality: "welcomed Putin on a red carpet", "welcomed the delegations"
// receive someone; "welcomed Trump's efforts" still judges something.
func hospitality(sv *sentView, j int) bool {
	if sv.word(j) == "the" {
		j++
	}
	for j < len(sv.toks) && countWords[sv.words[j]] {
		j++
	}
	if j >= len(sv.toks) {
		return false
	}
	if guestWords[sv.words[j]] {
		return true
	}
	m, ok := sv.mentions[sv.toks[j].Start]
	if !ok || m.typ != pipeline.Person {
		return false
	}
	rest := sv.d.Text[m.end:]
	return !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s")
}

// documentNouns name what is signed or reached; they never sign.
var documentNouns = map[string]bool{
	"agreement": true, "agreements": true, "protocol": true, "treaty": true, "treaties": true, "accord": true, "accords": true,
	"deal": true, "memorandum": true, "declaration": true, "document": true, "documents": true, "ceasefire": true, "truce": true,
	"pact": true, "charter": true, "convention": true, "statement": true,
}

var thatWord = map[string]bool{"that": true}

// backgroundParticiple: "the protocol signed in 2014" (a participle after
// the document it describes) and "Israel had signed" (a pluperfect outside
// reported speech) tell what came before, not what the parties now agree.
func backgroundParticiple(sv *sentView, i int) bool {
	if i == 0 {
		return false
	}
	if documentNouns[sv.words[i-1]] && strings.HasSuffix(sv.words[i], "ed") {
		return true
	}
	if sv.words[i-1] != "had" || sv.has(0, i, thatWord) {
		return false
	}
	for k := 0; k < i-1; k++ {
		if finiteTags[sv.tags[k]] {
			return false // "outlined the points on which they had agreed"
		}
	}
	return true
}

var requestVerbs = map[string]bool{"asked": true, "asks": true, "ask": true, "called": true, "calls": true, "urged": true, "urges": true, "pressed": true}

var beForms = map[string]bool{"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true}

// requestMatch: "called the two parties to implement …", "asked Russia to
// …" (a request verb, its addressee, then to + verb) is a demand. A
// passive ("was asked to leave") or a question ("asked: …") is not.
func requestMatch(sv *sentView, i int) (CueMatch, bool) {
	if !requestVerbs[sv.words[i]] || beForms[sv.word(i-1)] || sv.inQuote(i) {
		return CueMatch{}, false
	}
	for k := i + 1; k < len(sv.words) && k <= i+6; k++ {
		if sv.words[k] == ":" || sv.words[k] == "," || sv.words[k] == "that" {
			break
		}
		if sv.words[k] == "to" && sv.tag(k+1) == "VB" {
			sp := sv.span(i, i+1)
			return CueMatch{Span: sp, Text: sv.d.Slice(sp), Label: pipeline.Demand, Weight: 1.8, Note: "request: verb + to + verb"}, true
		}
	}
	return CueMatch{}, false
}

var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true}

// isDefinition: the article's lead sentence defines its named subject
// ("The X Talks (2025) were a series of negotiations …"): background,
// whatever words of agreement it holds.
func isDefinition(sv *sentView) bool {
	for k := 1; k < len(sv.words) && k < 16; k++ {
		if copulas[sv.words[k]] {
			next, prev := sv.word(k+1), sv.tag(k-1)
			named := strings.HasPrefix(prev, "NNP") || sv.words[k-1] == ")"
			return named && (next == "a" || next == "an" || next == "the")
		}
	}
	return false
}

var continuers = map[string]bool{"also": true, "further": true, "additionally": true, "moreover": true, "furthermore": true, "likewise": true}

var listSubjects = map[string]bool{"they": true, "it": true, "both": true, "the": true, "each": true, "these": true}

// continuesList: "They also …", "It was also …", "The two sides further
// …" go on with the list of the sentence before.
func continuesList(sv *sentView) bool {
	return len(sv.words) > 2 && listSubjects[sv.words[0]] && sv.has(1, 5, continuers)
}

// underAgreedList: the sentence stands in the paragraph right after an
// agreement line ending in a colon ("… agreed on the following points:"),
// so it is one of the points agreed.
func underAgreedList(d *pipeline.Document, si int, prev []Decision) bool {
	p := d.Sentences[si].Paragraph
	for k := si - 1; k >= 0; k-- {
		q := d.Sentences[k].Paragraph
		if q == p {
			continue
		}
		return q == p-1 && prev[k].Label == pipeline.Agreement && strings.HasSuffix(d.Slice(d.Sentences[k].Span), ":")
	}
	return false
}

var modals = map[string]bool{"would": true, "will": true, "shall": true}

// provision: a sentence that states what a party would do ("Iran would
// reduce …", "A mechanism shall be established …") right after an
// agreement, in its paragraph or after its colon.
func provision(d *pipeline.Document, si int, sv *sentView) bool {
	if d.Sentences[si].Paragraph != d.Sentences[si-1].Paragraph && !strings.HasSuffix(d.Slice(d.Sentences[si-1].Span), ":") {
		return false
	}
	return sv.has(0, len(sv.words), modals)
}

var withoutWord = map[string]bool{"without": true, "failed": true, "disputed": true, "unresolved": true}

// termsNouns name a text whose contents a colon line introduces.
var termsNouns = map[string]bool{
	"agreement": true, "accord": true, "accords": true, "declaration": true, "memorandum": true, "deal": true,
	"treaty": true, "protocol": true, "proposal": true, "plan": true, "principles": true, "framework": true,
	"terms": true, "provisions": true, "proposals": true, "points": true, "elements": true, "commitments": true,
	"communiqué": true, "communique": true, "roadmap": true, "text": true,
}

// termsIntro: a line ending in a colon that introduces what a text holds
// ("… initialled the agreement which provided the following:") states
// what was agreed, unless it is negated.
func termsIntro(d *pipeline.Document, sv *sentView) bool {
	if !strings.HasSuffix(d.Slice(d.Sentences[sv.si].Span), ":") || sv.has(0, len(sv.words), plainNegators) || sv.has(0, len(sv.words), withoutWord) {
		return false
	}
	return sv.has(0, len(sv.words), termsNouns)
}

// outcomeWords judge how talks ended; "without a breakthrough" states a
// fact rather than a judgement.
var outcomeWords = map[string]bool{"breakthrough": true, "success": true, "successful": true, "progress": true, "result": true, "results": true}

var outcomeNegators = map[string]bool{"without": true, "no": true, "not": true, "any": true, "never": true}

// opensWithNo: a sentence that opens with "No" or "Neither" denies what it
// names ("No consensus was reached", "No date was agreed").
func opensWithNo(sv *sentView) bool {
	return len(sv.words) > 0 && (sv.words[0] == "no" || sv.words[0] == "neither" || sv.words[0] == "none")
}

var modalWords = map[string]bool{"must": true, "should": true}

var agreedVerbs = map[string]bool{"agreed": true, "decided": true, "agree": true, "decide": true, "stipulated": true, "provides": true, "provided": true}

// agreedBefore: an agreement verb before word i governs the clause that
// holds it: what "must" happen is a term agreed, not a demand.
func agreedBefore(sv *sentView, i int) bool {
	return sv.has(0, i, agreedVerbs) && !sv.has(0, i, plainNegators)
}

// conditionWords set a condition that a negation before them sharpens
// rather than cancels: "could not be revived until …".
var conditionCues = map[string]bool{"until": true, "unless": true}
