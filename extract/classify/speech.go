package classify

import (
	"strings"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// speechContent appends what the words of a sentence's speech (its direct
// quotes and reported clauses) do, by their parts of speech alone, so
// that it holds for words no cue lists: a judgement grades ("the talks
// were useful", "the most difficult days", "a better deal"), an offer
// says what a party is ready to do ("was ready to host"), a plan what it
// will do ("would continue its efforts"). Each counts once.
func (c *Classifier) speechContent(sv *sentView, out []CueMatch) []CueMatch {
	var f speechFinds
	for _, spans := range [2][]pipeline.Span{sv.quoted.spans, sv.reported.spans} {
		k := 0 // the spans are sorted: one pass over the words for each kind
		for _, sp := range spans {
			for k < len(sv.toks) && sv.toks[k].Start < sp.Start {
				k++
			}
			for i := k; i < len(sv.toks) && sv.toks[i].End <= sp.End; i++ {
				// only adjectives, adverbs and modals can show anything
				if t := sv.toks[i].Tag; t != "" && (t[0] == 'J' || t[0] == 'R' || t[0] == 'M') {
					f.see(sv, i, t)
				}
			}
		}
	}
	for _, x := range [...]struct {
		sp   pipeline.Span
		f    feature
		note string
	}{{f.graded, featSpeechGraded, "speech that grades"}, {f.ready, featSpeechReady, "speech that offers"}, {f.plan, featSpeechPlan, "speech that tells a plan"}} {
		if x.sp.End > 0 {
			out = append(out, c.match(x.sp, sv.d.Slice(x.sp), "", x.f, 1, x.note))
		}
	}
	return out
}

// speechFinds are the words that show what speech does, the first of
// each kind found.
type speechFinds struct{ graded, ready, plan pipeline.Span }

// see notes word i of speech, tagged t.
func (f *speechFinds) see(sv *sentView, i int, t string) {
	switch {
	case f.graded.End == 0 && isGraded(sv, i, t):
		f.graded = sv.span(i, i+1)
	case f.ready.End == 0 && t == "JJ" && sv.word(i+1) == "to" && sv.tag(i+2) == "VB" && sv.in(i-1, lexicon.BeForms):
		f.ready = sv.span(i-1, i+3)
	case f.plan.End == 0 && t == "MD" && sv.in(i, lexicon.ProvisionModals):
		// "would never sign", "will not take part" refuse: no plan
		if k := nextVerb(sv, i); strings.HasPrefix(sv.tag(k), "VB") && !sv.has(i+1, k, lexicon.Negators) {
			f.plan = sv.span(i, k+1)
		}
	}
}

// isGraded: word i (tagged t) grades: a comparative or superlative
// adjective, "most" or "more" before an adjective, or an adjective after
// a form of "be" (adverbs between) that no noun follows ("were useful",
// not "were ready to", not "was a good deal").
func isGraded(sv *sentView, i int, t string) bool {
	switch t {
	case "JJR", "JJS":
		return true
	case "RBS", "RBR":
		return strings.HasPrefix(sv.tag(i+1), "JJ")
	case "JJ":
	default:
		return false
	}
	if nt := sv.tag(i + 1); strings.HasPrefix(nt, "NN") || nt == "TO" || nt == "IN" && sv.word(i+1) != "for" {
		return false
	}
	k := i - 1
	for k >= 0 && strings.HasPrefix(sv.tag(k), "RB") {
		k--
	}
	return sv.in(k, lexicon.BeForms)
}

// nextVerb is the word after the modal at word i, past adverbs and "not"
// ("would also continue", "will not take part"); its tag tells whether a
// verb follows.
func nextVerb(sv *sentView, i int) int {
	k := i + 1
	for k < len(sv.toks) && strings.HasPrefix(sv.tag(k), "RB") {
		k++
	}
	return k
}
