package classify

import (
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
	numContexts
)

// contextNames names each cueContext in feature names.
func contextNames() [numContexts]string {
	return [...]string{"verb", "nominal", "negated", "modifier", "relative", "background", "quoted", "reported",
		"one-party", "agreed-term", "hospitality", "condition"}
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

// FeatureNames returns the name of every feature, in feature order, as
// weights.tsv names them.
func FeatureNames() []string {
	out := []string{"bias", "demand/request", "demand/warning", "speech/direct", "speech/reported", "speech/fact-reporting", "speech/passive",
		"sentence/conditional", "sentence/earlier-year", "sentence/pluperfect", "quote/dated-plan"}
	for _, l := range cueLabels() {
		for _, x := range contextNames() {
			out = append(out, l+"/"+x)
		}
	}
	return out
}

// Labels returns the labels the classifier scores, in the order of the
// weight columns (lexicon.LabelColumns).
func Labels() [4]string { return lexicon.LabelColumns() }

// model is the classifier's weights by feature.
type model struct {
	w     [][4]float64
	names []string
}

// newModel takes the weights of every feature from lw; a feature lw does
// not list weighs nothing.
func newModel(lw lexicon.LabelWeights) model {
	m := model{names: FeatureNames()}
	m.w = make([][4]float64, len(m.names))
	for i, n := range m.names {
		m.w[i] = lw[n]
	}
	return m
}

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
