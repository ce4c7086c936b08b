package classify

import (
	"context"
	"slices"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// Classifier is the classification stage (see the package documentation).
type Classifier struct {
	lx      *lexicon.Lexicon
	cues    *lexicon.Index
	sets    []lexicon.List // the word lists of each class in cues
	model   model
	scratch text.Pool[classifyScratch]
}

// New returns the classification stage, with the lexicon's weights.
func New(lx *lexicon.Lexicon) *Classifier { return NewWithWeights(lx, lx.Weights) }

// NewWithWeights returns the classification stage with weights w instead
// of the lexicon's (a feature w does not list weighs nothing).
func NewWithWeights(lx *lexicon.Lexicon, w lexicon.LabelWeights) *Classifier {
	return &Classifier{lx: lx, cues: lx.Index(), sets: lx.Index().Sets(), model: newModel(w, lx.Index().Patterns())}
}

// Name implements pipeline.Stage.
func (*Classifier) Name() string { return "classify" }

// Reads implements pipeline.Declared.
func (*Classifier) Reads() []pipeline.Layer {
	return []pipeline.Layer{pipeline.LayerText, pipeline.LayerMeta, pipeline.LayerSentences, pipeline.LayerTokens, pipeline.LayerIndex,
		pipeline.LayerTags, pipeline.LayerEntities, pipeline.LayerQuotes}
}

// Writes implements pipeline.Declared.
func (*Classifier) Writes() []pipeline.Layer { return []pipeline.Layer{pipeline.LayerLabels} }

// Decision is how one sentence got its label.
type Decision struct {
	Sentence int
	Label    string
	Rule     string             // the rule that decided (see rule constants)
	Scores   map[string]float64 // each label's score, its bias included
	Bias     [4]float64         // each label's bias, in Labels order
	Matches  []CueMatch         // every cue and rule feature found
	Actors   []string           // entity IDs
}

// CueMatch is one feature found in a sentence: a cue of cues.tsv in its
// context, a rule's finding, or attributed speech. A cue counts twice: by
// the feature of its context (Feature, Value) and by its own (Phrase, of
// value 1).
type CueMatch struct {
	pipeline.Span
	Text    string
	Label   string     // the cue's label in cues.tsv; "" for the rules' features
	Value   float64    // the feature's value: the cue's weight in cues.tsv, else 1
	Contrib [4]float64 // what it adds to each label's score, in Labels order: both features'
	Note    string     // the rule that chose the feature, if any
	// Set by Decide only: the names of the two features and what the
	// cue's own adds (Contrib less it is what Feature adds)
	Feature, Phrase string
	PhraseContrib   [4]float64
	feat, phrase    feature // phrase 0 for none
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

// The columns of the labels in Labels.
const (
	labelAgreement = iota
	labelDemand
	labelReaction
	labelOther
)

// Run implements pipeline.Stage.
func (c *Classifier) Run(ctx context.Context, d *pipeline.Document) error {
	s := c.scratch.Get()
	defer c.scratch.Put(s.release())
	labels := make([]pipeline.Label, len(d.Sentences))
	// The sentences' cues and actors go end to end into scratch buffers,
	// and from there into one slice each: a slice per sentence cost an
	// allocation per sentence.
	cues, actors := s.cues[:0], s.actors[:0]
	ends := text.Resize(s.ends, len(d.Sentences))
	err := c.decideEach(ctx, d, s, func(dec *Decision) []CueMatch {
		labels[dec.Sentence] = pipeline.Label{Sentence: dec.Sentence, Label: dec.Label}
		cues = dec.appendCues(cues)
		actors = append(actors, dec.Actors...)
		ends[dec.Sentence] = labelEnds{int32(len(cues)), int32(len(actors))}
		s.matches = dec.Matches[:0]
		return s.matches
	})
	s.cues, s.actors, s.ends = cues, actors, ends
	if err != nil {
		return err
	}
	allCues, allActors := slices.Clone(cues), slices.Clone(actors)
	var prev labelEnds
	for si, e := range ends {
		if e.cues > prev.cues {
			labels[si].Cues = allCues[prev.cues:e.cues:e.cues]
		}
		if e.actors > prev.actors {
			labels[si].Actors = allActors[prev.actors:e.actors:e.actors]
		}
		prev = e
	}
	d.Labels = labels
	return nil
}

// labelEnds are the ends of a sentence's cues and actors in Run's
// buffers.
type labelEnds struct{ cues, actors int32 }

// Decide classifies every sentence of d and says why.
func (c *Classifier) Decide(ctx context.Context, d *pipeline.Document) ([]Decision, error) {
	out := make([]Decision, len(d.Sentences))
	err := c.decideEach(ctx, d, new(classifyScratch), func(dec *Decision) []CueMatch {
		dec.Bias = c.model.w[featBias]
		dec.Scores = map[string]float64{}
		for i := range dec.Matches {
			m := &dec.Matches[i]
			m.Feature = c.model.names[m.feat]
			if m.phrase != 0 {
				m.Phrase, m.PhraseContrib = c.model.names[m.phrase], c.model.w[m.phrase]
			}
		}
		for k, l := range Labels() {
			dec.Scores[l] = dec.Bias[k]
			for i := range dec.Matches {
				dec.Scores[l] += dec.Matches[i].Contrib[k]
			}
		}
		dec.Actors = slices.Clone(dec.Actors) // decideEach reuses its buffer
		out[dec.Sentence] = *dec
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// decideEach classifies the sentences of d in order and hands each
// decision to emit, which returns a buffer for the next sentence's
// matches (nil for a new one each time). Scores is left nil.
func (c *Classifier) decideEach(ctx context.Context, d *pipeline.Document, s *classifyScratch, emit func(*Decision) []CueMatch) error {
	s.index(d)
	speech := c.sentenceSpeech(d, s)
	buf := s.matches[:0]
	var views [2]sentView
	sv, before := &views[0], &views[1] // this sentence and the one before
	var dec Decision
	paraStart := 0
	for si, sent := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if si > 0 && sent.Paragraph != d.Sentences[si-1].Paragraph {
			paraStart = si
		}
		r := d.Index.Sentences[si]
		lo, hi := r.Lo, r.Hi
		*sv = sentView{d: d, si: si, paraStart: paraStart, toks: d.Tokens[lo:hi:hi], folds: d.Index.Folds[lo:hi:hi], class: d.Index.Classes[lo:hi:hi], sets: c.sets,
			quoted: spanCursor{spans: speech[si].direct}, reported: spanCursor{spans: speech[si].reported}, mentions: s.mentions.mentions, mentionAt: s.mentions.at[lo:hi:hi]}
		dec = c.decide(sv, speech[si], s.earlier[si], buf)
		c.context(d, sv, &dec, s.labels[:si])
		dec.Actors = actorsOf(sv, &dec, speech[si].speakers, func() []string {
			if si == 0 {
				return nil
			}
			return subjects(before, speech[si-1].speakers)
		}, s.sentActors[:0])
		if dec.Actors != nil {
			s.sentActors = dec.Actors
		}
		s.labels[si] = dec.Label
		buf = emit(&dec)
		sv, before = before, sv
	}
	return nil
}

// context lets the sentences before relabel one that has no label of its
// own: a point under an agreed list, "They also …" after an agreement, a
// term ("would …") after one.
func (c *Classifier) context(d *pipeline.Document, sv *sentView, dec *Decision, before []string) {
	si := sv.si
	if dec.Label != pipeline.Demand && dec.Rule != RuleDefinition && termsIntro(d, sv) {
		dec.Label, dec.Rule = pipeline.Agreement, RuleTermsIntro
		return
	}
	if si == 0 || dec.Rule == RuleDefinition || dec.Label == pipeline.Reaction || dec.Label == pipeline.Agreement {
		return
	}
	switch {
	case dec.Label == pipeline.Demand && c.modalOnly(dec.Matches) && !sv.negation && underAgreedList(d, sv, before):
		// "… in which the parties must share power" under an agreed list
		// is a term agreed, as "must" is under an agreement verb
		dec.Label, dec.Rule = pipeline.Agreement, RuleAgreedList
	case dec.Label == pipeline.Demand || sv.negation || negatedCue(dec.Matches):
		// a demand keeps its label; a negated statement is no term agreed
	case underAgreedList(d, sv, before):
		dec.Label, dec.Rule = pipeline.Agreement, RuleAgreedList
	case before[si-1] != pipeline.Agreement:
	case continuesList(sv):
		dec.Label, dec.Rule = pipeline.Agreement, RuleContinuation
	case provision(d, si, sv):
		dec.Label, dec.Rule = pipeline.Agreement, RuleProvision
	}
}

// modalOnly: the demand cues of ms are obligation modals alone ("must",
// "should"), no demand verb, request or warning.
func (c *Classifier) modalOnly(ms []CueMatch) bool {
	n := 0
	for i := range ms {
		m := &ms[i]
		switch {
		case m.feat == featRequest || m.feat == featWarning:
			return false
		case m.Label != pipeline.Demand:
			continue
		case !c.lx.Lists(text.Fold(m.Text)).Any(lexicon.ObligationModals):
			return false
		}
		n++
	}
	return n > 0
}

// negatedCue: a negation governs one of the sentence's cues ("ended
// without any agreement"), which is no term agreed either.
func negatedCue(ms []CueMatch) bool {
	for i := range ms {
		if l := labelIndex(ms[i].Label); l >= 0 && l < labelOther && ms[i].feat == cueFeature(l, ctxNegated) {
			return true
		}
	}
	return false
}

// decide labels one sentence from its own words, appending its matches
// to buf: the label of the highest score, "other" on a tie with it, else
// demand before reaction before agreement.
func (c *Classifier) decide(sv *sentView, sp speechInfo, earlier pipeline.Span, buf []CueMatch) Decision {
	dec := Decision{Sentence: sv.si, Label: pipeline.Other, Rule: RuleNone}
	var cs clauseScan
	dec.Matches = c.matches(sv, &cs, buf)
	sv.negation = cs.negation
	dec.Matches = c.sentenceFeatures(sv, &cs, earlier, dec.Matches)
	if sp.feat != 0 && !overlapsMatch(dec.Matches, sp.cue) {
		dec.Matches = append(dec.Matches, c.match(sp.cue, sv.d.Slice(sp.cue), "", sp.feat, 1, speechNote(sp.feat)))
	}
	if sp.feat != 0 {
		dec.Matches = c.speechContent(sv, dec.Matches)
		if len(dec.Matches) == 1 && sp.feat == featSpeechReported && dec.Matches[0].feat == sp.feat {
			dec.Matches = append(dec.Matches, c.match(sp.cue, sv.d.Slice(sp.cue), "", featSpeechOnly, 1, "speech and nothing else"))
		}
	}
	scores := c.model.w[featBias]
	for i := range dec.Matches {
		m := &dec.Matches[i]
		w, pw := &c.model.w[m.feat], &c.model.w[m.phrase] // row 0, the bias, stands for no phrase
		ph := 0.0
		if m.phrase != 0 {
			ph = 1
		}
		for k := range scores {
			m.Contrib[k] = m.Value*w[k] + ph*pw[k]
			scores[k] += m.Contrib[k]
		}
	}
	if sv.si == 0 && isDefinition(sv) {
		dec.Rule = RuleDefinition
		return dec
	}
	best := scores[labelOther]
	for _, k := range [...]int{labelDemand, labelReaction, labelAgreement} {
		if scores[k] > best+1e-9 {
			dec.Label, dec.Rule, best = Labels()[k], RuleCues, scores[k]
		}
	}
	return dec
}

// match is a CueMatch of feature f.
func (c *Classifier) match(sp pipeline.Span, text, label string, f feature, value float64, note string) CueMatch {
	return CueMatch{Span: sp, Text: text, Label: label, Value: value, Note: note, feat: f}
}

// overlapsMatch: the reporting verb is itself a cue ("warned", "insisted"),
// so the speech it brings counts once.
func overlapsMatch(ms []CueMatch, s pipeline.Span) bool {
	for i := range ms {
		if ms[i].Span.Overlaps(s) {
			return true
		}
	}
	return false
}

// appendCues appends the spans of the cue words that decided the label:
// the cues of that label that count for it.
func (dec *Decision) appendCues(out []pipeline.Span) []pipeline.Span {
	if dec.Rule != RuleCues && dec.Rule != RuleAgreedList {
		return out
	}
	k := labelIndex(dec.Label)
	for i := range dec.Matches {
		if m := &dec.Matches[i]; m.Contrib[k] > 0 && m.Label == dec.Label {
			out = append(out, m.Span)
		}
	}
	return out
}

// sentView is one sentence's tokens with their folded words and what the
// classifier's index knows of them.
type sentView struct {
	d         *pipeline.Document
	si        int
	paraStart int // the first of the sentences up to si in its paragraph
	toks      []pipeline.Token
	folds     []string       // text.Fold of each token's text
	class     []int32        // each word's class in the lexicon's word index
	sets      []lexicon.List // the word lists of each class
	quoted    spanCursor     // direct quotes
	reported  spanCursor     // reported clauses
	negation  bool           // a word of the Negators list, once decide has looked
	mentions  []mentionAt
	mentionAt []int32 // for each token, 1 + the index in mentions of the one starting there, or 0
}

// word returns text.Fold of token i's text, or "" out of range.
func (sv *sentView) word(i int) string {
	if i < 0 || i >= len(sv.toks) {
		return ""
	}
	return sv.folds[i]
}

func (sv *sentView) tag(i int) string {
	if i < 0 || i >= len(sv.toks) {
		return ""
	}
	return sv.toks[i].Tag
}

func (sv *sentView) span(i, j int) pipeline.Span {
	return pipeline.Span{Start: sv.toks[i].Start, End: sv.toks[j-1].End}
}

func (sv *sentView) inQuote(i int) bool {
	return len(sv.quoted.spans) > 0 && sv.quoted.contains(sv.toks[i].Span)
}

func (sv *sentView) inReported(i int) bool {
	return len(sv.reported.spans) > 0 && sv.reported.contains(sv.toks[i].Span)
}

// in reports whether word i is in one of the lists of set.
func (sv *sentView) in(i int, set lexicon.List) bool {
	return i >= 0 && i < len(sv.class) && sv.sets[sv.class[i]].Any(set)
}

// has reports whether a word of words[from:to] is in one of the lists of
// set.
func (sv *sentView) has(from, to int, set lexicon.List) bool {
	for k := max(from, 0); k < min(to, len(sv.class)); k++ {
		if sv.sets[sv.class[k]].Any(set) {
			return true
		}
	}
	return false
}

// mention returns the actor mention starting at token i, if any.
func (sv *sentView) mention(i int) (mentionAt, bool) {
	if k := sv.mentionAt[i]; k > 0 {
		return sv.mentions[k-1], true
	}
	return mentionAt{}, false
}

// spanCursor walks a sentence's spans of one kind (quotes or reported
// clauses, sorted by start) along the words: most questions come in the
// order of the words, and a cursor answers them in constant time however
// many quotes the sentence holds.
type spanCursor struct {
	spans []pipeline.Span
	k     int // the spans before k end before the word last asked about
}

// seek moves the cursor to the first span that ends after off, back to
// the start if off lies before where it was.
func (c *spanCursor) seek(off int) {
	if c.k > 0 && c.k <= len(c.spans) && c.spans[c.k-1].End > off {
		c.k = 0
	}
	for c.k < len(c.spans) && c.spans[c.k].End <= off {
		c.k++
	}
}

// contains: a span contains s (of nested spans, the outer one is found
// first).
func (c *spanCursor) contains(s pipeline.Span) bool {
	c.seek(s.Start)
	return c.k < len(c.spans) && c.spans[c.k].Contains(s)
}

// startsAt: a span starts at off.
func (c *spanCursor) startsAt(off int) bool {
	c.seek(off)
	for j := c.k; j < len(c.spans) && c.spans[j].Start <= off; j++ {
		if c.spans[j].Start == off {
			return true
		}
	}
	return false
}
