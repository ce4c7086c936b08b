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
// Cue phrases (lexicon/cues.tsv) add weight to their label; a negation
// before an agreement cue cancels it ("ended without any agreement"); a
// sentence with no cue that continues a run of agreements ("They also …",
// "It was also …") takes its neighbour's label. The heaviest label wins
// when it reaches a threshold, else the sentence is other.
type Classifier struct{ lx *Lexicon }

// NewClassifier returns the classification stage.
func NewClassifier(lx *Lexicon) *Classifier { return &Classifier{lx: lx} }

// Name implements pipeline.Stage.
func (*Classifier) Name() string { return "classify" }

// labelOrder breaks ties: a demand inside a reaction is still a demand.
var labelOrder = []string{pipeline.Demand, pipeline.Reaction, pipeline.Agreement}

const threshold = 0.9

var negators = map[string]bool{
	"not": true, "no": true, "without": true, "never": true, "failed": true, "neither": true, "nor": true,
	"n't": true, "didn't": true, "did": false, "lack": true, "absence": true, "unable": true, "refused": true,
	"rejected": true, "yet": false,
}

// Run implements pipeline.Stage.
func (c *Classifier) Run(ctx context.Context, d *pipeline.Document) error {
	actors := sentenceActors(d)
	speech := sentenceSpeech(d)
	d.Labels = make([]pipeline.Label, len(d.Sentences))
	for si := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		toks := d.SentenceTokens(si)
		score, cues := c.score(d, toks, speech[si].direct)
		// Someone speaking in their own name is reacting, unless a
		// stronger cue says they demand or agree.
		score[pipeline.Reaction] += speech[si].weight
		lab := pipeline.Other
		best := threshold
		for _, l := range labelOrder {
			if score[l] > best+1e-9 {
				lab, best = l, score[l]
			}
		}
		var used []pipeline.Span
		if lab != pipeline.Other {
			used = cues[lab]
		} else if si > 0 && d.Labels[si-1].Label == pipeline.Agreement && (continuesAgreement(d, toks) || c.provision(d, si, toks)) {
			lab = pipeline.Agreement // goes on with the list of what was agreed
		}
		d.Labels[si] = pipeline.Label{Sentence: si, Label: lab, Actors: actors[si], Cues: used}
	}
	return nil
}

// score adds up cue weights per label over the sentence's words.
func (c *Classifier) score(d *pipeline.Document, toks []pipeline.Token, quoted []pipeline.Span) (map[string]float64, map[string][]pipeline.Span) {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = Fold(d.Text[t.Start:t.End])
	}
	score := map[string]float64{}
	cues := map[string][]pipeline.Span{}
	covered := make([]bool, len(toks))
	for i := range words {
		if covered[i] {
			continue
		}
		best, bestLen := Cue{}, 0
		for _, cue := range c.lx.Cues[firstKey(words[i])] {
			if n := matchCue(words, i, cue.Words); n > bestLen || n == bestLen && n > 0 && cue.Weight > best.Weight {
				best, bestLen = cue, n
			}
		}
		for _, cue := range c.lx.Cues["*"] {
			if n := matchCue(words, i, cue.Words); n > bestLen {
				best, bestLen = cue, n
			}
		}
		if bestLen == 0 {
			continue
		}
		for k := i; k < i+bestLen; k++ {
			covered[k] = true
		}
		if best.Label == pipeline.Agreement && negated(words, i) {
			continue
		}
		w := best.Weight
		if best.Label == pipeline.Agreement && inSpans(quoted, toks[i].Span) {
			w /= 2 // "agreement" inside a quotation is mostly a judgement of it
		}
		score[best.Label] += w
		cues[best.Label] = append(cues[best.Label], pipeline.Span{Start: toks[i].Start, End: toks[i+bestLen-1].End})
	}
	return score, cues
}

// firstKey is the index key of a word: cues are indexed by their first
// word, and prefix cues ("agree*") by that word without the star.
func firstKey(w string) string { return w }

// matchCue returns how many words of cue match at words[i:], or 0.
func matchCue(words []string, i int, cue []string) int {
	if i+len(cue) > len(words) {
		return 0
	}
	for k, cw := range cue {
		w := words[i+k]
		if strings.HasSuffix(cw, "*") {
			if !strings.HasPrefix(w, cw[:len(cw)-1]) {
				return 0
			}
		} else if w != cw {
			return 0
		}
	}
	return len(cue)
}

// negated: a negator in the three words before i.
func negated(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if negators[words[k]] {
			return true
		}
	}
	return false
}

// continuesAgreement: "They …", "It was also …", "Both sides also …" open
// a sentence that goes on with the list before it.
func continuesAgreement(d *pipeline.Document, toks []pipeline.Token) bool {
	if len(toks) < 2 {
		return false
	}
	first := Fold(d.Text[toks[0].Start:toks[0].End])
	second := Fold(d.Text[toks[1].Start:toks[1].End])
	return (first == "they" || first == "it" || first == "both") && (second == "also" || second == "further" || second == "additionally")
}

// sentenceActors lists, per sentence, the people, organisations and
// countries it mentions, and the speakers of its quotes, by entity ID.
func sentenceActors(d *pipeline.Document) [][]string {
	out := make([][]string, len(d.Sentences))
	seen := make([]map[string]bool, len(d.Sentences))
	add := func(si int, id string) {
		if si < 0 || si >= len(out) {
			return
		}
		if seen[si] == nil {
			seen[si] = map[string]bool{}
		}
		if !seen[si][id] {
			seen[si][id] = true
			out[si] = append(out[si], id)
		}
	}
	for _, q := range d.Quotes {
		if q.Speaker != nil {
			add(q.Sentence, q.Speaker.Entity)
		}
	}
	for _, e := range d.Entities {
		if e.Type != pipeline.Person && e.Type != pipeline.Org && e.Type != pipeline.GPE {
			continue
		}
		for _, m := range e.Mentions {
			add(m.Sentence, e.ID)
		}
	}
	return out
}

func inSpans(spans []pipeline.Span, s pipeline.Span) bool {
	for _, q := range spans {
		if q.Contains(s) {
			return true
		}
	}
	return false
}

// speechInfo is what the quote stage found in one sentence.
type speechInfo struct {
	direct []pipeline.Span // spans of direct quotes
	weight float64         // reaction weight of attributed speech
}

// sentenceSpeech: attributed direct speech weighs as a reaction, reported
// speech a little less; speech with no named speaker weighs nothing.
func sentenceSpeech(d *pipeline.Document) []speechInfo {
	out := make([]speechInfo, len(d.Sentences))
	for _, q := range d.Quotes {
		si := &out[q.Sentence]
		w := 0.0
		if q.Kind == pipeline.Direct {
			si.direct = append(si.direct, q.Span)
			w = 1.0
		} else if q.Speaker != nil {
			w = 0.95
		}
		if q.Speaker == nil {
			w /= 2
		}
		if w > si.weight {
			si.weight = w
		}
	}
	return out
}

var modals = map[string]bool{"would": true, "will": true, "shall": true}

// provision: a sentence that states what a party would do ("Iran would
// reduce …", "A mechanism shall be established …") right after an
// agreement.
func (c *Classifier) provision(d *pipeline.Document, si int, toks []pipeline.Token) bool {
	if d.Sentences[si].Paragraph != d.Sentences[si-1].Paragraph && !strings.HasSuffix(d.Slice(d.Sentences[si-1].Span), ":") {
		return false
	}
	for _, t := range toks {
		if modals[Fold(d.Text[t.Start:t.End])] {
			return true
		}
	}
	return false
}
