package extract

import (
	"github.com/parley-nlp/parley/pipeline"
)

// mentionAt is an entity mention indexed by its start offset.
type mentionAt struct {
	entity string
	typ    string
	end    int
}

// mentionStarts indexes the mentions of people, organisations and
// governments (the actors that can agree, demand or react) by start byte.
func mentionStarts(d *pipeline.Document) map[int]mentionAt {
	out := map[int]mentionAt{}
	for _, e := range d.Entities {
		if e.Type != pipeline.Person && e.Type != pipeline.Org && e.Type != pipeline.GPE {
			continue
		}
		for _, m := range e.Mentions {
			out[m.Start] = mentionAt{entity: e.ID, typ: e.Type, end: m.End}
		}
	}
	return out
}

var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "both": true}

// actorsOf names who agrees, demands or reacts in a labelled sentence: the
// speakers of its quotes, else the actors named before its first deciding
// cue (the subject side), else, for a sentence opening with a pronoun, the
// actors of the sentence before. An "other" sentence has none.
func actorsOf(sv *sentView, dec *Decision, speakers []string, prev []string) []string {
	if dec.Label == pipeline.Other {
		return nil
	}
	out := append([]string(nil), speakers...)
	if len(out) > 0 {
		return out
	}
	limit := sv.d.Sentences[sv.si].End
	for _, m := range dec.Matches {
		if m.Label == dec.Label && m.Weight > 0 && m.Start < limit {
			limit = m.Start
		}
	}
	seen := map[string]bool{}
	for _, t := range sv.toks {
		if t.Start >= limit {
			break
		}
		if m, ok := sv.mentions[t.Start]; ok && !seen[m.entity] {
			seen[m.entity] = true
			out = append(out, m.entity)
		}
	}
	if len(out) == 0 && len(sv.words) > 0 && subjectPronouns[sv.words[0]] {
		out = append(out, prev...)
	}
	return out
}

// subjects names the sentence's likely subject side, for a pronoun in the
// next sentence: its speakers, else the actors named before its first
// finite verb, else the first actor it names.
func subjects(sv *sentView, speakers []string) []string {
	if len(speakers) > 0 {
		return speakers
	}
	var out, first []string
	for i, t := range sv.toks {
		m, ok := sv.mentions[t.Start]
		if finiteTags[sv.tags[i]] {
			break
		}
		if ok {
			out = appendNew(out, m.entity)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, t := range sv.toks {
		if m, ok := sv.mentions[t.Start]; ok {
			return append(first, m.entity)
		}
	}
	return nil
}

var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// speechInfo is what the quote stage found in one sentence.
type speechInfo struct {
	direct   []pipeline.Span // spans of direct quotes
	weight   float64         // reaction weight of attributed speech
	cue      pipeline.Span   // the reporting words behind weight
	speakers []string        // entity IDs of named speakers
}

// Reporting words that mostly bring facts rather than a stance.
var factReporting = map[string]bool{"according to": true, "announced": true, "announcing": true, "reported": true, "declared": true, "noted": true}

// sentenceSpeech: someone speaking in their own name is reacting, unless
// a stronger cue says they demand or agree. Direct speech weighs more than
// reported speech, reported announcements less, and a passive ("it was
// stated that …") nothing. An unresolved speaker still speaks: the text
// names someone unless the verb is passive.
func sentenceSpeech(d *pipeline.Document) []speechInfo {
	out := make([]speechInfo, len(d.Sentences))
	for _, q := range d.Quotes {
		si := &out[q.Sentence]
		if q.Kind == pipeline.Direct {
			si.direct = append(si.direct, q.Span)
		}
		if q.Speaker != nil {
			si.speakers = appendNew(si.speakers, q.Speaker.Entity)
		}
		w := speechWeight(d, q)
		if w > si.weight {
			si.weight, si.cue = w, q.Span
			if q.CueSpan != nil {
				si.cue = *q.CueSpan
			}
		}
	}
	return out
}

func speechWeight(d *pipeline.Document, q pipeline.Quote) float64 {
	w := 0.95
	if q.Kind == pipeline.Direct {
		w = 1.0
	}
	if q.CueSpan != nil && passiveBefore(d, q.CueSpan.Start) {
		return 0
	}
	if q.Kind == pipeline.Indirect && factReporting[Fold(q.Cue)] {
		w /= 2
	}
	return w
}

// passiveBefore: the word before off is a form of "be" ("was stated").
func passiveBefore(d *pipeline.Document, off int) bool {
	k := d.TokenIndex(off) - 1
	return k >= 0 && beForms[Fold(d.Slice(d.Tokens[k].Span))]
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
