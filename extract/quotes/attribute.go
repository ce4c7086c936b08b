package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
)

// attribute finds the reporting word of the direct quote in region ri and
// its speaker: after the quote when the quote leads ("…,” Erdoğan said. /
// «…», said Kim), else before it (he said: «…», described X as “…”, or the
// verb of the clause holding the quote). cue is -1 when there is none.
func (s *quoteSentence) attribute(ri, open, close int) (int, speaker) {
	introduced := open > 0 && (s.word(open-1) == ":" || s.isReporting(open-1))
	if !introduced && s.leads(ri, open, close) {
		if cue, who := s.cueAfter(ri, close); cue >= 0 {
			return cue, who
		}
	}
	lo := 0
	if ri > 0 {
		lo = s.tokAt(s.regions[ri-1].Close.End)
	}
	verb := -1
	for i := open - 1; i >= 0; i-- {
		if s.inRegion(i) {
			continue
		}
		if s.isReporting(i) || s.in(i, lexicon.CharacterisingVerbs) {
			return i, s.sp.subjectOf(s, i, 0)
		}
		if t := s.toks[i].Tag; i >= lo && verb < 0 && (t == "VBD" || t == "VBZ" || t == "VBP") && !s.in(i, lexicon.BeForms) {
			verb = i
		}
		if i < lo && verb >= 0 {
			break
		}
	}
	if verb >= 0 {
		return verb, s.sp.subjectOf(s, verb, 0)
	}
	return -1, speaker{}
}

// leads: the quote stands where a reporting clause may follow it — it ends
// in punctuation (“…,” / «….») or a comma follows its closing mark.
func (s *quoteSentence) leads(ri, open, close int) bool {
	r := s.regions[ri]
	in := strings.TrimRight(s.d.Text[r.Inner().Start:r.Inner().End], " \u00a0\u202f")
	if in != "" && strings.ContainsAny(in[len(in)-1:], ".!?,;…") || strings.HasSuffix(in, "…") {
		return true
	}
	return s.word(close) == ","
}

// cueAfter looks for "he said", "Erdoğan told reporters", "said Kim" or
// "Trump shouted back" after a leading quote.
func (s *quoteSentence) cueAfter(ri, close int) (int, speaker) {
	limit := len(s.toks)
	if ri+1 < len(s.regions) {
		limit = s.tokAt(s.regions[ri+1].Open.Start)
	}
	k := close
	if s.word(k) == "," {
		k++
	}
	for i := k; i < limit && i < k+10; i++ {
		f := s.fword(i)
		if f == "and" || f == "but" || f == "that" || f == ";" || f == "." || text.IsQuoteMark(s.word(i)) {
			break
		}
		t := s.toks[i].Tag
		if !s.isReporting(i) && !(t == "VBD" || t == "VBZ" || t == "VBP") {
			continue
		}
		for j := i - 1; j >= k; j-- {
			if r := s.sp.nominal(s, j); r.found() {
				return i, r
			}
		}
		if i > k {
			if r := s.sp.npAt(s, i-1); r.found() {
				return i, r
			}
		}
		if i > k && !s.isReporting(i) {
			return -1, speaker{} // a clause of its own: “…” is what it called …
		}
		for j := i + 1; j < len(s.toks) && j <= i+8; j++ {
			if w := s.word(j); w == "," || w == "." || text.IsQuoteMark(w) {
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
