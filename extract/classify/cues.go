package classify

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// match returns how many words of p match at sentence word i, or 0, with
// gap words (0 or 1) skipped after the first ("was finally reached"). The
// index vouches for the text of the first word; a later exact word
// matches a word of its class, which is its own in the index's
// vocabulary.
func match(p *lexicon.Pattern, sv *sentView, i, gap int) int {
	n := len(p.Words)
	if i+n+gap > len(sv.class) {
		return 0
	}
	at := func(k int) int {
		if k == 0 {
			return i
		}
		return i + k + gap
	}
	for k := 1; k < n; k++ {
		if cw := &p.Words[k]; cw.Prefix && !strings.HasPrefix(sv.word(at(k)), cw.Text) || !cw.Prefix && sv.class[at(k)] != cw.Class {
			return 0
		}
	}
	if p.Tagged {
		for k := range p.Words {
			if t := p.Words[k].Tag; t != "" && !strings.HasPrefix(sv.toks[at(k)].Tag, t) {
				return 0
			}
		}
	}
	return n + gap
}

// longest returns the longest cue starting at word i (the heavier on a
// tie, else the first listed), as its index in the lexicon's patterns, and
// its length in words (0 for none): the first that matches, in the
// index's order. A cue of two words or more may hold one adverb after its
// first word ("was finally reached", "have now agreed"), not a negation.
func (c *Classifier) longest(sv *sentView, i int) (int32, int) {
	pi, k := c.longestAt(sv, i, 0)
	if k < 2 && i+2 < len(sv.class) && sv.tag(i+1) == "RB" && !sv.in(i+1, negators) {
		if pj, kj := c.longestAt(sv, i, 1); kj > 2 {
			return pj, kj
		}
	}
	return pi, k
}

// longestAt is longest with gap words (0 or 1) skipped after the first;
// with a gap only cues of two words or more count.
func (c *Classifier) longestAt(sv *sentView, i, gap int) (int32, int) {
	next := int32(-1)
	if i+1+gap < len(sv.class) {
		next = sv.class[i+1+gap]
	}
	if !c.cues.MayStartCue(sv.class[i], next) {
		return 0, 0 // most words that start a cue of two words or more
	}
	patterns := c.cues.Patterns()
	for _, pi := range c.cues.Cues(sv.class[i]) {
		p := &patterns[pi]
		if gap > 0 && len(p.Words) < 2 {
			continue
		}
		if p.Second >= 0 && (i+1+gap >= len(sv.class) || sv.class[i+1+gap] != p.Second) {
			continue // match would return 0
		}
		if k := match(p, sv, i, gap); k > 0 {
			return pi, k
		}
	}
	return 0, 0
}

// matches appends to out the cues of a sentence, found left to right,
// longest first, with the rules' adjustments of label and weight.
// It notes the words of the sentence's features as a whole in cs.
func (c *Classifier) matches(sv *sentView, cs *clauseScan, out []CueMatch) []CueMatch {
	start := len(out)
	sets := sv.sets
	// the lists are variables: or-ed once here, not at every word
	mayStart := lexicon.RequestVerbs.Or(lexicon.StartsCue)
	for i := 0; i < len(sv.toks); {
		set := sets[sv.class[i]]
		if !set.Any(mayStart) { // most words: one test or two
			if set.Any(clauseWords) {
				cs.see(sv, i, set)
			}
			i++
			continue
		}
		n := 1
		if set.Any(lexicon.RequestVerbs) && isRequest(sv, i) {
			sp := sv.span(i, i+1)
			out = append(out, c.match(sp, sv.d.Slice(sp), pipeline.Demand, featRequest, 1, "request: verb + to + verb"))
			cs.asked = i + 1
		} else if set.Any(lexicon.StartsCue) {
			if pi, k := c.longest(sv, i); k > 0 {
				if p := &c.cues.Patterns()[pi]; p.Label != lexicon.CueNone {
					sp := sv.span(i, i+k)
					label, f, value, note := adjust(sv, cs, i, k, p, c.model.kind[pi])
					out = append(out, c.match(sp, sv.d.Slice(sp), label, f, value, note))
					out[len(out)-1].phrase = c.model.phrase[pi]
					if label == pipeline.Demand {
						cs.asked = i + k
					}
				}
				n = k
			}
		}
		// after the cue: for a cue, cs tells of the words before it
		if set.Any(clauseWords) {
			cs.see(sv, i, set)
		}
		for k := i + 1; k < i+n; k++ { // n is mostly 1
			if set := sets[sv.class[k]]; set.Any(clauseWords) {
				cs.see(sv, k, set)
			}
		}
		i += n
	}
	c.conditionWords(out[start:])
	return out
}

// conditionWords: after a warning with a condition, "refusal" or "failure"
// names the condition ("warned that a refusal would …"), not a judgement.
func (c *Classifier) conditionWords(ms []CueMatch) {
	warned := false
	for i := range ms {
		m := &ms[i]
		if m.feat == featWarning {
			warned = true
		} else if warned && m.Label == pipeline.Reaction && c.lx.Lists(text.Fold(m.Text)).Any(lexicon.ThreatMarkers) {
			m.feat, m.Note = cueFeature(labelReaction, ctxCondition), "condition of a warning"
		}
	}
}
