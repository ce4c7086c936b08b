package classify

import (
	"slices"
	"strings"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// feature is one row of the classifier's weights: something a cue or a
// rule found in a sentence. Its value (a cue's weight in cues.tsv, else 1)
// times its weight for a label adds to that label's score.
type feature uint16

// The features that are not a cue in a context.
const (
	featBias           feature = iota // every sentence
	featRequest                       // request verb + addressee + to + verb
	featWarning                       // a warning with a condition or threat
	featSpeechDirect                  // direct speech
	featSpeechReported                // reported speech
	featSpeechFact                    // reported speech brought by a fact-reporting word
	featSpeechPassive                 // "it was stated that …"
	featConditional                   // "if" or "unless" with a modal: a condition or threat
	featEarlierYear                   // a year before the article's
	featPluperfect                    // "had" + participle in the sentence's own voice
	featPlanQuoted                    // will/would and a month or weekday in a reported clause
	featSpeechGraded                  // speech that grades: a predicative, comparative or superlative adjective
	featSpeechReady                   // speech that offers: "ready to", "prepared to" + verb
	featSpeechPlan                    // speech that tells a plan: will, would or shall + verb
	featSpeechOnly                    // reported speech and no other feature: a party's position, unqualified
	featDocumentTerms                 // a text as the subject of a verb of providing, or "Under the treaty …"
	featCue                           // the first cue feature (cueFeature)
)

// cueContext is where a cue stands, as the rules see it.
type cueContext uint8

const (
	ctxVerb        cueContext = iota // a verb or a phrase a verb opens, in the sentence's own voice
	ctxNominal                       // a noun, an adjective or a phrase they open
	ctxNegated                       // a negation governs it
	ctxModifier                      // a participle or adjective on a noun ("the disputed border")
	ctxRelative                      // inside a relative clause ("…, which Kyiv rejected")
	ctxBackground                    // a participle on a document, a pluperfect
	ctxQuoted                        // inside quotation marks
	ctxReported                      // inside a reported clause ("X said that …")
	ctxOneParty                      // an agreement verb whose subject is one party
	ctxAgreedTerm                    // "must" under an agreement verb
	ctxHospitality                   // "welcomed" a person or delegation
	ctxCondition                     // "refusal" as the condition of a warning
	ctxRequested                     // asked or offered, not done: "urged both sides to sign", "ready to accept"
	ctxRefused                       // negated under will or would, or by never: "would never sign"
	numContexts
)

// contextNames names each cueContext in feature names.
func contextNames() [numContexts]string {
	return [...]string{"verb", "nominal", "negated", "modifier", "relative", "background", "quoted", "reported",
		"one-party", "agreed-term", "hospitality", "condition", "requested", "refused"}
}

// cueLabels are the labels a cue can have in cues.tsv, in the order of
// the cue features.
func cueLabels() [3]string {
	return [...]string{pipeline.Agreement, pipeline.Demand, pipeline.Reaction}
}

// cueFeature is the feature of a cue of label l (an index into
// cueLabels) in context x.
func cueFeature(l int, x cueContext) feature {
	return featCue + feature(l)*feature(numContexts) + feature(x)
}

// ruleFeatureNames returns the names of the features that are not a
// cue's own (cueFeature and the rules'), in feature order, as weights.tsv
// names them.
func ruleFeatureNames() []string {
	out := []string{"bias", "demand/request", "demand/warning", "speech/direct", "speech/reported", "speech/fact-reporting", "speech/passive",
		"sentence/conditional", "sentence/earlier-year", "sentence/pluperfect", "quote/dated-plan",
		"speech/graded", "speech/ready", "speech/plan", "speech/only", "sentence/document-terms"}
	for _, l := range cueLabels() {
		for _, x := range contextNames() {
			out = append(out, l+"/"+x)
		}
	}
	return out
}

// phraseName names the feature of cue p itself: "cue:LABEL:PHRASE", the
// phrase as cues.tsv writes it.
func phraseName(p *lexicon.Pattern) string {
	return "cue:" + p.Label + ":" + strings.Join(p.Cue.Words, " ")
}

// Labels returns the labels the classifier scores, in the order of the
// weight columns (lexicon.LabelColumns).
func Labels() [4]string { return lexicon.LabelColumns() }

// model is the classifier's weights by feature: the rule features, then
// one per cue of the lexicon (its phrase feature).
type model struct {
	w      [][4]float64
	names  []string
	phrase []feature // by pattern index in the lexicon's index: its phrase feature, 0 for none
	kind   []cueKind // by pattern index: what the cue-level rules need to know of it
}

// cueKind is what the cue-level rules need to know of a pattern.
type cueKind struct {
	label int8 // column of its label in Labels, -1 for none
	warn  bool // warn*: a warning (threatClause)
	greet bool // welcom*, greet*: a welcome (hospitality)
}

// newModel takes the weights of every feature from lw; a feature lw does
// not list weighs nothing (a cue added to cues.tsv after the weights were
// fitted counts by its context feature alone).
func newModel(lw lexicon.LabelWeights, patterns []lexicon.Pattern) model {
	m := model{names: ruleFeatureNames(), phrase: make([]feature, len(patterns)), kind: make([]cueKind, len(patterns))}
	for i := range patterns {
		p := &patterns[i]
		w := p.Words[0].Text
		m.kind[i] = cueKind{label: int8(labelIndex(p.Label)), warn: strings.HasPrefix(w, "warn"), greet: strings.HasPrefix(w, "welcom") || strings.HasPrefix(w, "greet")}
		if p.Label != lexicon.CueNone {
			m.phrase[i] = feature(len(m.names))
			m.names = append(m.names, phraseName(p))
		}
	}
	m.w = make([][4]float64, len(m.names))
	for i, n := range m.names {
		m.w[i] = lw[n]
	}
	return m
}

// FeatureNames returns the name of every feature of c, in feature order,
// as weights.tsv names them: the rules' and then each cue's own.
func (c *Classifier) FeatureNames() []string { return slices.Clone(c.model.names) }

// labelIndex is the column of label l, or -1.
func labelIndex(l string) int {
	switch l {
	case pipeline.Agreement:
		return labelAgreement
	case pipeline.Demand:
		return labelDemand
	case pipeline.Reaction:
		return labelReaction
	case pipeline.Other:
		return labelOther
	}
	return -1
}
