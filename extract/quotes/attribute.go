package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// attribute finds the reporting word of the direct quote in region ri and
// its speaker: after the quote when the quote leads ("…,” Erdoğan said. /
// «…», said Kim), else before it (he said: «…», described X as “…”, or the
// verb of the clause holding the quote). A name after a dash that follows
// the quote is its source, and the dash its cue ("“…” ― Jane Doe"). cue
// is -1 when there is none.
func (s *quoteSentence) attribute(ri, open, close int) (int, speaker) {
	introduced := open > 0 && (s.word(open-1) == ":" || s.isReporting(open-1))
	if !introduced && s.leads(ri, open, close) {
		if cue, who := s.cueAfter(ri, close); cue >= 0 {
			return cue, who
		}
	}
	if who := s.sp.dashSource(s, close); who.found() {
		return close, who
	}
	// The nearest reporting or descriptive word before the quote, else
	// the nearest finite verb since the quote before, else a reporting
	// word before that.
	lo := 0
	if ri > 0 {
		lo = s.tokAt(s.regions[ri-1].Close.End)
	}
	cue := s.cueBefore(open)
	if cue >= lo {
		return cue, s.sp.subjectOf(s, cue, 0)
	}
	for i := open - 1; i >= lo; i-- {
		if t := s.toks[i].Tag; !s.inRegion(i) && (t == "VBD" || t == "VBZ" || t == "VBP") && !s.in(i, lexicon.BeForms) {
			return i, s.sp.subjectOf(s, i, 0)
		}
	}
	if cue >= 0 {
		return cue, s.sp.subjectOf(s, cue, 0)
	}
	for k := open - 3; k >= lo && k >= open-8; k-- {
		if s.isAccordingTo(k) {
			if who, e := s.accordingSource(k); who.found() && e+1 == open && s.word(e) == "," {
				return k, who // according to X, “…”
			}
		}
	}
	return s.endAttribution(ri, close)
}

// endAttribution finds a reporting clause that ends the sentence after the
// quote in region ri, past other words (“…” for the record, she said.),
// when no later quote stands between them.
func (s *quoteSentence) endAttribution(ri, close int) (int, speaker) {
	end := len(s.toks)
	for end > close && s.toks[end-1].Tag == "." {
		end--
	}
	if ri+1 < len(s.regions) && s.tokAt(s.regions[ri+1].Open.Start) < end {
		return -1, speaker{}
	}
	c := end - 1
	for c > close && c >= end-6 && s.word(c) != "," {
		c--
	}
	if c <= close || s.word(c) != "," {
		return -1, speaker{}
	}
	cue, who := s.cueAfter(ri, c)
	if cue < 0 || cue >= end || !who.found() {
		return -1, speaker{}
	}
	return cue, who
}

// cueBefore returns the last reporting or descriptive word outside
// quotation marks before token k, or -1. They are listed once per
// sentence: each quote of a sentence asks, and a search from each quote
// back to the sentence start would cost the square of the quotes.
func (s *quoteSentence) cueBefore(k int) int {
	if s.cues == nil {
		s.cues = make([]int32, len(s.toks)+1)
		last := int32(-1)
		for i := range s.toks {
			s.cues[i] = last
			if !s.inRegion(i) && (s.isReporting(i) || s.in(i, lexicon.CharacterisingVerbs)) && !s.singularNoun(i) {
				last = int32(i)
			}
		}
		s.cues[len(s.toks)] = last
	}
	return int(s.cues[k])
}

// singularNoun: a reporting word the tagger reads as a singular noun
// after a determiner, a possessive, an adjective or a noun ("in a phone
// call with", "his statement") is no verb.
func (s *quoteSentence) singularNoun(i int) bool {
	if i == 0 || s.toks[i].Tag != "NN" {
		return false
	}
	switch s.toks[i-1].Tag {
	case "DT", "PRP$", "POS", "JJ", "NN":
		return true
	}
	return false
}

// leads: the quote stands where a reporting clause may follow it — it ends
// in punctuation (“…,” / «….»), before the close of a quotation inside it
// or not, or a comma follows its closing mark, or it opens the sentence
// (translation drops the comma: «…» Abiy said).
func (s *quoteSentence) leads(ri, open, close int) bool {
	if open == 0 {
		return true
	}
	r := s.regions[ri]
	// a quotation inside may close with it: “You said ‘wait,’” she said
	in := strings.TrimRight(s.d.Text[r.Inner().Start:r.Inner().End], " \u00a0\u202f'’\"”›»」』")
	if in != "" && strings.ContainsAny(in[len(in)-1:], ".!?,;…") || strings.HasSuffix(in, "…") {
		return true
	}
	return s.word(close) == ","
}

// cueAfter looks for "he said", "Erdoğan told reporters", "said Kim" or
// "Trump shouted back" after a leading quote. The speaker is the head of
// the noun phrase right after the quote ("Senate leader Mitch McConnell
// said"), past an apposition or a bracket before the verb ("Pruitt, the
// attorney general of Oklahoma, said"; "Moore (D-Wis.) said"), or of the
// one after the verb ("said MSNBC host Chris Matthews").
func (s *quoteSentence) cueAfter(ri, close int) (int, speaker) {
	limit := len(s.toks)
	if ri+1 < len(s.regions) {
		limit = s.tokAt(s.regions[ri+1].Open.Start)
	}
	k := close
	if s.word(k) == "," {
		k++
	}
	subjEnd := -1 // where an insert after the subject starts
	for i, n := k, 0; i < limit && n < 10; i, n = i+1, n+1 {
		f := s.fword(i)
		if f == "and" || f == "but" || f == "that" || f == ";" || s.fullStop(i) || text.IsQuoteMark(s.word(i)) {
			break
		}
		if i > k {
			e := s.parenEnd(i)
			if e < 0 {
				e = s.insertEnd(i, limit)
			}
			if e >= 0 {
				if subjEnd < 0 {
					subjEnd = i
				}
				i = e
				continue
			}
		}
		t := s.toks[i].Tag
		if !s.isReporting(i) && !(t == "VBD" || t == "VBZ" || t == "VBP") {
			continue
		}
		if !s.isReporting(i) && s.subordinate(k) {
			return -1, speaker{} // “…,” when it comes to …: a clause of its own
		}
		if i > k {
			if subjEnd < 0 {
				subjEnd = i
			}
			if r := s.sp.head(s, k, subjEnd); r.found() {
				return i, r
			}
			if j := subjEnd - 1; j > k && s.ppHead(j) >= 0 {
				return i, speaker{} // “…,” a member of the X Committee said: unnamed
			}
			if s.commonHead(k, subjEnd) {
				return i, speaker{} // “…,” Ana Ruiz's spokesman said; the Paris lawyer said: unnamed
			}
			for j := subjEnd - 1; j >= k; j-- {
				if r := s.sp.nominal(s, j); r.found() {
					return i, r
				}
			}
		}
		if i > k && !s.isReporting(i) {
			return -1, speaker{} // a clause of its own: “…” is what it called …
		}
		if i > k {
			return i, speaker{} // “…,” a senior official said
		}
		if r := s.sp.head(s, i+1, s.phraseEnd(i+1, limit)); r.found() {
			return i, r
		}
		for j := i + 1; j < len(s.toks) && j <= i+8; j++ {
			if w := s.word(j); w == "," || s.fullStop(j) || text.IsQuoteMark(w) {
				break
			}
			if r := s.sp.nominal(s, j); r.found() {
				return i, r
			}
		}
		return i, speaker{}
	}
	return -1, speaker{}
}

// commonHead: the noun phrase [from, to) ends in a lower-case common
// noun, past adverbs: a description whose names are its possessor or
// modifiers ("Ana Ruiz's former aide", "the Lyon businessman"), not the
// speaker.
func (s *quoteSentence) commonHead(from, to int) bool {
	j := to - 1
	for j > from && s.toks[j].Tag == "RB" {
		j--
	}
	if j <= from || s.inRegion(j) || text.IsCap(s.word(j)) {
		return false
	}
	t := s.toks[j].Tag
	return t == "NN" || t == "NNS"
}

// dashSource returns the source named after a dash at token k, right
// after a quote: a name, then the sentence's end, a comma, a full stop,
// a bracket or the next quote ("“…” ― Jane Doe “…”").
func (sp *speakers) dashSource(s *quoteSentence, k int) speaker {
	if !isDash(s.word(k)) {
		return speaker{}
	}
	r := sp.named(s, k+1)
	if !r.found() || sp.typeOf(r) != pipeline.Person || s.toks[k+1].Start < r.mention.Start {
		return speaker{}
	}
	e := s.tokAt(r.mention.End)
	if w := s.word(e); e < len(s.toks) && w != "," && w != "." && w != "(" && !text.IsQuoteMark(w) {
		return speaker{}
	}
	return r
}

// isDash: w is a dash or a horizontal bar.
func isDash(w string) bool {
	switch w {
	case "―", "—", "–", "-", "--":
		return true
	}
	return false
}

// subordinate: token k opens a subordinate clause ("when", "if",
// "which").
func (s *quoteSentence) subordinate(k int) bool {
	switch s.toks[k].Tag {
	case "IN", "WRB", "WDT", "WP":
		return true
	}
	return false
}
