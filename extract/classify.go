package extract

import (
	"context"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// Classifier labels every sentence agreement, demand, reaction or other,
// with the cue words that decided it and the actors behind it. Input:
// Sentences, Tokens, Entities, Quotes. Output: Labels, one per sentence.
//
// Cue phrases (lexicon/cues.tsv) add weight to their label, adjusted by a
// few rules a linguist would state: a negation cancels an agreement or a
// demand ("ended without any agreement"), a warning with a conditional
// threat is a demand and otherwise an assessment, "welcomed" a person is
// hospitality, a participle after a noun ("the protocol signed in 2014")
// is background. Attributed speech weighs as a reaction. The heaviest label
// wins when it reaches a threshold, else the sentence is other unless it
// goes on with the terms of an agreement before it. Explain shows the
// decision for one sentence.
type Classifier struct {
	lx    *Lexicon
	index map[string][]cuePattern // bare first word, or "*" for prefix cues
}

// NewClassifier returns the classification stage. It compiles the cue
// lexicon once.
func NewClassifier(lx *Lexicon) *Classifier {
	return &Classifier{lx: lx, index: compileCues(lx)}
}

// Name implements pipeline.Stage.
func (*Classifier) Name() string { return "classify" }

// Decision is how one sentence got its label.
type Decision struct {
	Sentence int
	Label    string
	Rule     string             // the rule that decided (see rule constants)
	Scores   map[string]float64 // summed weight per label
	Matches  []CueMatch         // every cue found, with the weight it counted
	Actors   []string           // entity IDs
}

// CueMatch is one cue found in a sentence.
type CueMatch struct {
	pipeline.Span
	Text   string
	Label  string
	Weight float64 // as counted, after the rules' adjustments
	Note   string  // why the weight differs from the lexicon's, if it does
}

// Rules that can decide a sentence.
const (
	RuleCues         = "cues"         // heaviest label over the threshold
	RuleNone         = "no-cue"       // nothing reached the threshold
	RuleDefinition   = "definition"   // the article's defining lead sentence
	RuleContinuation = "continuation" // "They also …" after an agreement
	RuleProvision    = "provision"    // a term of the agreement before it
	RuleAgreedList   = "agreed-list"  // a point under "… agreed on the following:"
	RuleTermsIntro   = "terms-intro"  // "… the agreement provided the following:"
)

// labelOrder breaks ties: a demand inside a reaction is still a demand.
var labelOrder = []string{pipeline.Demand, pipeline.Reaction, pipeline.Agreement}

const threshold = 0.9

// Run implements pipeline.Stage.
func (c *Classifier) Run(ctx context.Context, d *pipeline.Document) error {
	decs, err := c.Decide(ctx, d)
	if err != nil {
		return err
	}
	d.Labels = make([]pipeline.Label, len(decs))
	for i, dec := range decs {
		d.Labels[i] = pipeline.Label{Sentence: i, Label: dec.Label, Actors: dec.Actors, Cues: dec.cues()}
	}
	return nil
}

// Decide classifies every sentence of d and says why.
func (c *Classifier) Decide(ctx context.Context, d *pipeline.Document) ([]Decision, error) {
	speech := sentenceSpeech(d)
	mentions := mentionStarts(d)
	folds := newTokenFolds(d)
	out := make([]Decision, len(d.Sentences))
	var prev []string // subjects of the sentence before, for pronouns
	for si := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		sv := newSentView(d, folds, si, speech[si].direct, mentions)
		dec := c.decide(sv, speech[si])
		c.context(d, sv, &dec, out[:si])
		dec.Actors = actorsOf(sv, &dec, speech[si].speakers, prev)
		prev = subjects(sv, speech[si].speakers)
		out[si] = dec
	}
	return out, nil
}

// context lets the sentences before relabel one that has no label of its
// own: a point under an agreed list, "They also …" after an agreement, a
// term ("would …") after one.
func (c *Classifier) context(d *pipeline.Document, sv *sentView, dec *Decision, before []Decision) {
	si := sv.si
	if dec.Label != pipeline.Demand && dec.Rule != RuleDefinition && termsIntro(d, sv) {
		dec.Label, dec.Rule = pipeline.Agreement, RuleTermsIntro
		return
	}
	if si == 0 || dec.Rule == RuleDefinition || dec.Label == pipeline.Reaction || dec.Label == pipeline.Agreement {
		return
	}
	switch {
	case dec.Label == pipeline.Demand || sv.has(0, len(sv.words), plainNegators):
		// a demand keeps its label; a negated statement is no term agreed
	case underAgreedList(d, si, before):
		dec.Label, dec.Rule = pipeline.Agreement, RuleAgreedList
	case before[si-1].Label != pipeline.Agreement:
	case continuesList(sv):
		dec.Label, dec.Rule = pipeline.Agreement, RuleContinuation
	case provision(d, si, sv):
		dec.Label, dec.Rule = pipeline.Agreement, RuleProvision
	}
}

// decide labels one sentence from its own words.
func (c *Classifier) decide(sv *sentView, sp speechInfo) Decision {
	dec := Decision{Sentence: sv.si, Label: pipeline.Other, Rule: RuleNone, Scores: map[string]float64{}}
	dec.Matches = c.matches(sv)
	if sp.weight > 0 && !overlapsMatch(dec.Matches, sp.cue) {
		dec.Matches = append(dec.Matches, CueMatch{Span: sp.cue, Text: sv.d.Slice(sp.cue), Label: pipeline.Reaction, Weight: sp.weight, Note: "attributed speech"})
	}
	for _, m := range dec.Matches {
		dec.Scores[m.Label] += m.Weight
	}
	if sv.si == 0 && isDefinition(sv) {
		dec.Rule = RuleDefinition
		return dec
	}
	best := threshold
	for _, l := range labelOrder {
		if dec.Scores[l] > best+1e-9 {
			dec.Label, dec.Rule, best = l, RuleCues, dec.Scores[l]
		}
	}
	return dec
}

// overlapsMatch: the reporting verb is itself a cue ("warned", "insisted"),
// so the speech it brings counts once.
func overlapsMatch(ms []CueMatch, s pipeline.Span) bool {
	for _, m := range ms {
		if m.Span.Overlaps(s) {
			return true
		}
	}
	return false
}

// cues returns the spans of the cue words that decided the label.
func (dec Decision) cues() []pipeline.Span {
	if dec.Rule != RuleCues && dec.Rule != RuleAgreedList {
		return nil
	}
	var out []pipeline.Span
	for _, m := range dec.Matches {
		if m.Label == dec.Label && m.Weight > 0 && m.Note != "attributed speech" {
			out = append(out, m.Span)
		}
	}
	return out
}

// sentView is one sentence's tokens with folded words and tags.
type sentView struct {
	d        *pipeline.Document
	si       int
	toks     []pipeline.Token
	words    []string
	tags     []string
	quoted   []pipeline.Span   // direct quotes
	mentions map[int]mentionAt // actor mentions by start offset
}

func newSentView(d *pipeline.Document, folds *tokenFolds, si int, quoted []pipeline.Span, mentions map[int]mentionAt) *sentView {
	toks := d.SentenceTokens(si)
	sv := &sentView{d: d, si: si, toks: toks, words: folds.sentence(si), tags: make([]string, len(toks)), quoted: quoted, mentions: mentions}
	for i, t := range toks {
		sv.tags[i] = t.Tag
	}
	return sv
}

func (sv *sentView) word(i int) string {
	if i < 0 || i >= len(sv.words) {
		return ""
	}
	return sv.words[i]
}

func (sv *sentView) tag(i int) string {
	if i < 0 || i >= len(sv.tags) {
		return ""
	}
	return sv.tags[i]
}

func (sv *sentView) span(i, j int) pipeline.Span {
	return pipeline.Span{Start: sv.toks[i].Start, End: sv.toks[j-1].End}
}

func (sv *sentView) inQuote(i int) bool { return inSpans(sv.quoted, sv.toks[i].Span) }

// has reports whether w occurs in words[from:to].
func (sv *sentView) has(from, to int, set map[string]bool) bool {
	for k := max(from, 0); k < min(to, len(sv.words)); k++ {
		if set[sv.words[k]] {
			return true
		}
	}
	return false
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

func inSpans(spans []pipeline.Span, s pipeline.Span) bool {
	for _, q := range spans {
		if q.Contains(s) {
			return true
		}
	}
	return false
}
