package classify

import (
	"slices"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// mentionAt is an actor mention.
type mentionAt struct {
	entity string
	typ    string
	end    int
}

// actorMentions holds the mentions of people, organisations and
// governments (the actors that can agree, demand or react) by the token
// they start at.
type actorMentions struct {
	mentions []mentionAt
	at       []int32 // by index in d.Tokens: 1 + index in mentions, or 0
}

// mentionStarts indexes d's actor mentions by their first token, in at
// (one entry per token) and buf; sentence i's tokens are [los[i], his[i]).
// Of two mentions starting at one token the later one in d.Entities wins.
func mentionStarts(d *pipeline.Document, at []int32, buf []mentionAt) actorMentions {
	clear(at)
	x := actorMentions{at: at, mentions: buf}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type != pipeline.Person && e.Type != pipeline.Org && e.Type != pipeline.GPE {
			continue
		}
		for j := range e.Mentions {
			m := &e.Mentions[j]
			k := text.TokenStartingNear(d, m.Sentence, m.Start)
			if k == len(d.Tokens) || d.Tokens[k].Start != m.Start {
				continue // only a mention starting at a token is ever looked up
			}
			x.mentions = append(x.mentions, mentionAt{entity: e.ID, typ: e.Type, end: m.End})
			at[k] = int32(len(x.mentions))
		}
	}
	return x
}

// actorsOf names who agrees, demands or reacts in a labelled sentence: the
// speakers of its quotes, else the actors named before its first deciding
// cue (the subject side), else, for a sentence opening with a pronoun, the
// actors of the sentence before (prev, called only then), appended to out
// (nil for none). An "other" sentence has none.
func actorsOf(sv *sentView, dec *Decision, speakers []string, prev func() []string, out []string) []string {
	if dec.Label == pipeline.Other {
		return nil
	}
	if len(speakers) > 0 {
		return append(out, speakers...)
	}
	limit := sv.d.Sentences[sv.si].End
	k := labelIndex(dec.Label)
	for i := range dec.Matches {
		m := &dec.Matches[i]
		if m.Contrib[k] > 0 && (m.Label == dec.Label || m.Label == "") && m.Start < limit {
			limit = m.Start
		}
	}
	for i, t := range sv.toks {
		if t.Start >= limit {
			break
		}
		if m, ok := sv.mention(i); ok {
			out = appendNew(out, m.entity)
		}
	}
	if len(out) == 0 && len(sv.toks) > 0 && sv.in(0, lexicon.SubjectPronouns) {
		out = append(out, prev()...)
	}
	if len(out) == 0 {
		return nil
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
	var out []string
	for i := range sv.toks {
		if isFiniteTag(sv.toks[i].Tag) {
			break
		}
		if m, ok := sv.mention(i); ok {
			out = appendNew(out, m.entity)
		}
	}
	if len(out) > 0 {
		return out
	}
	for i := range sv.toks {
		if m, ok := sv.mention(i); ok {
			return []string{m.entity}
		}
	}
	return nil
}

// isFiniteTag: a finite verb or modal ends the subject side.
func isFiniteTag(t string) bool {
	switch t {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// speechInfo is what the quote stage found in one sentence.
type speechInfo struct {
	direct   []pipeline.Span // spans of direct quotes
	reported []pipeline.Span // spans of reported clauses
	feat     feature         // the speech feature of the sentence, 0 for none
	cue      pipeline.Span   // the reporting words behind feat
	speakers []string        // entity IDs of named speakers
}

// sentenceSpeech finds each sentence's speech: direct before reported
// before reported by a fact-reporting word before a passive ("it was
// stated that …"). An unresolved speaker still speaks: the text names
// someone unless the verb is passive. The result lives in s's memory.
func (c *Classifier) sentenceSpeech(d *pipeline.Document, s *classifyScratch) []speechInfo {
	out := slices.Grow(s.speech[:0], len(d.Sentences))[:len(d.Sentences)] // its buffers kept
	for i := range out {
		out[i] = speechInfo{direct: out[i].direct[:0], reported: out[i].reported[:0], speakers: out[i].speakers[:0]}
	}
	s.speech = out
	for i := range d.Quotes {
		q := &d.Quotes[i]
		si := &out[q.Sentence]
		if q.Kind == pipeline.Direct {
			si.direct = append(si.direct, q.Span)
		} else {
			si.reported = append(si.reported, q.Span)
		}
		if q.Speaker != nil {
			si.speakers = appendNew(si.speakers, q.Speaker.Entity)
		}
		f := c.speechFeature(d, q)
		if si.feat == 0 || speechRank(f) < speechRank(si.feat) {
			si.feat, si.cue = f, q.Span
			if q.CueSpan != nil {
				si.cue = *q.CueSpan
			}
		}
	}
	return out
}

// speechFeature is the feature of quote q.
func (c *Classifier) speechFeature(d *pipeline.Document, q *pipeline.Quote) feature {
	switch {
	case q.CueSpan != nil && c.passiveBefore(d, q.Sentence, q.CueSpan.Start):
		return featSpeechPassive
	case q.Kind == pipeline.Direct:
		return featSpeechDirect
	case c.lx.Lists(text.Fold(q.Cue)).Any(lexicon.FactReporting):
		return featSpeechFact
	}
	return featSpeechReported
}

// speechRank orders the speech features, the strongest first.
func speechRank(f feature) int { return int(f - featSpeechDirect) }

// speechNote says what speech feature f is, for Explain.
func speechNote(f feature) string {
	switch f {
	case featSpeechDirect:
		return "direct speech"
	case featSpeechFact:
		return "reported by a fact-reporting word"
	case featSpeechPassive:
		return "passive report"
	}
	return "reported speech"
}

// passiveBefore: the word before off, most likely in sentence si, is a
// form of "be", or adverbs stand between ("was stated", "it was also
// stated").
func (c *Classifier) passiveBefore(d *pipeline.Document, si, off int) bool {
	k := text.TokenStartingNear(d, si, off) - 1
	for k >= 0 && strings.HasPrefix(d.Tokens[k].Tag, "RB") {
		k--
	}
	return k >= 0 && c.sets[d.Index.Classes[k]].Any(lexicon.BeForms)
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// classifyScratch holds one document's actor mentions and what the
// classifier keeps from sentence to sentence. The buffers pass from
// document to document through the classifier's pool.
type classifyScratch struct {
	mentions actorMentions
	speech   []speechInfo    // by sentence
	labels   []string        // of the sentences decided so far
	earlier  []pipeline.Span // by sentence: its first date before the article's year
	matches  []CueMatch      // one sentence's cues
	// Run's buffers: the cues and actors of the sentences so far, where
	// each sentence's end, and one sentence's actors
	cues       []pipeline.Span
	actors     []string
	ends       []labelEnds
	sentActors []string
}

// index fills s for d: its actor mentions.
func (s *classifyScratch) index(d *pipeline.Document) {
	s.labels = text.Resize(s.labels, len(d.Sentences))
	s.earlier = text.Resize(s.earlier, len(d.Sentences))
	earlierDates(d, articleYear(d), s.earlier)
	s.mentions = mentionStarts(d, text.Resize(s.mentions.at, len(d.Tokens)), s.mentions.mentions[:0])
}

// release drops s's references into the document, for s to be kept.
func (s *classifyScratch) release() *classifyScratch {
	for i := range s.speech {
		clear(s.speech[i].speakers)
	}
	clear(s.mentions.mentions)
	clear(s.matches[:cap(s.matches)])
	clear(s.actors[:cap(s.actors)])
	clear(s.sentActors[:cap(s.sentActors)])
	return s
}
