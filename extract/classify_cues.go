package extract

import (
	"sort"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

// cueNone marks a phrase that is no cue at all ("press conference",
// "opposition groups"): it covers its words so that no shorter cue inside
// it counts.
const cueNone = "none"

// cuePattern is a compiled cue. A cue word is "w" (exact), "w*" (prefix)
// or either followed by "/TAG" (the token's Penn tag must begin with TAG,
// so "protest*/vb" matches protested but not protests).
type cuePattern struct {
	Cue
	words  []cueWord
	tagged bool // a word has a tag
	// the class an exact second word must have, -1 for none: tested
	// before match, it rules out most patterns tried
	second int32
}

type cueWord struct {
	text   string
	prefix bool
	tag    string // upper case; "" for any
	class  int32  // of text in the cue index, when not a prefix
}

// compileCues compiles the lexicon's cues, ordered by their key in the
// lexicon and then as listed, so that patterns sharing a first word keep
// one order every run.
func compileCues(lx *Lexicon) []cuePattern {
	keys := make([]string, 0, len(lx.Cues))
	for k := range lx.Cues {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []cuePattern
	for _, k := range keys {
		for _, c := range lx.Cues[k] {
			p := cuePattern{Cue: c}
			for _, w := range c.Words {
				cw := cueWord{text: w}
				if k := strings.IndexByte(w, '/'); k > 0 {
					cw.text, cw.tag = w[:k], strings.ToUpper(w[k+1:])
				}
				if strings.HasSuffix(cw.text, "*") {
					cw.text, cw.prefix = strings.TrimSuffix(cw.text, "*"), true
				}
				p.words = append(p.words, cw)
				p.tagged = p.tagged || cw.tag != ""
			}
			out = append(out, p)
		}
	}
	return out
}

// match returns how many words of p match at sentence word i, or 0. The
// index vouches for the text of the first word; a later exact word
// matches a word of its class, which is its own in the index's
// vocabulary.
func (p *cuePattern) match(sv *sentView, i int) int {
	n := len(p.words)
	if i+n > len(sv.class) {
		return 0
	}
	class := sv.class[i : i+n]
	for k := 1; k < n; k++ {
		if cw := &p.words[k]; cw.prefix && !strings.HasPrefix(sv.word(i+k), cw.text) || !cw.prefix && class[k] != cw.class {
			return 0
		}
	}
	if p.tagged {
		for k := range p.words {
			if t := p.words[k].tag; t != "" && !strings.HasPrefix(sv.toks[i+k].Tag, t) {
				return 0
			}
		}
	}
	return n
}

// longest returns the longest cue starting at word i (the heavier on a
// tie, else the first in index order) and its length in words.
func (c *Classifier) longest(sv *sentView, i int) (*cuePattern, int) {
	var best *cuePattern
	n := 0
	for _, pi := range sv.info(i).cues {
		p := &c.cues.patterns[pi]
		if p.second >= 0 && (i+1 >= len(sv.class) || sv.class[i+1] != p.second) {
			continue // match would return 0
		}
		if k := p.match(sv, i); k > n || k == n && k > 0 && p.Weight > best.Weight {
			best, n = p, k
		}
	}
	return best, n
}

// matches appends to out the cues of a sentence, found left to right,
// longest first, with the rules' adjustments of label and weight.
func (c *Classifier) matches(sv *sentView, out []CueMatch) []CueMatch {
	start := len(out)
	sets := sv.cues.sets
	for i := 0; i < len(sv.toks); {
		set := sets[sv.class[i]]
		if set&(requestVerbs|startsCues) == 0 { // most words: one test
			i++
			continue
		}
		if set&requestVerbs != 0 && isRequest(sv, i) {
			out = append(out, requestMatch(sv, i))
			i++
			continue
		}
		if set&startsCues == 0 {
			i++
			continue
		}
		p, n := c.longest(sv, i)
		if n == 0 {
			i++
			continue
		}
		if p.Label != cueNone {
			m := CueMatch{Span: sv.span(i, i+n), Label: p.Label, Weight: p.Weight}
			m.Text = sv.d.Slice(m.Span)
			adjust(sv, i, n, &m)
			out = append(out, m)
		}
		i += n
	}
	conditionWords(out[start:])
	return out
}

// conditionWords: after a warning with a condition, "refusal" or "failure"
// names the condition ("warned that a refusal would …"), not a judgement.
func conditionWords(ms []CueMatch) {
	warned := false
	for i := range ms {
		m := &ms[i]
		if m.Note == noteConditionalWarning {
			warned = true
		} else if warned && m.Label == pipeline.Reaction && setsOf(text.Fold(m.Text))&threatMarkers != 0 {
			m.Weight, m.Note = 0, "condition of a warning"
		}
	}
}
