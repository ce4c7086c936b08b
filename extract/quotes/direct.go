package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// direct turns quotation-mark pairs into direct quotes, leaving out marks
// around names and scare phrases, and appends them to out.
func (s *quoteSentence) direct(out []quote) []quote {
	for ri, r := range s.regions {
		inner := r.InnerIn(s.d.Text)
		if inner.Len() == 0 {
			continue
		}
		open := s.tokAt(r.Open.Start)
		close := s.tokAt(r.Close.End)
		cue, who := s.attribute(ri, open, close)
		if !s.isSpeech(r, open, cue) {
			continue
		}
		q := quote{Quote: pipeline.Quote{Span: inner, Kind: pipeline.Direct, Sentence: s.si}, who: who,
			attributed: cue >= 0, runOn: r.Close.Len() == 0, leads: s.opensParagraph(r)}
		switch {
		case cue < 0:
			q.who = s.sp.context(s)
		case s.isReporting(cue) || s.in(cue, lexicon.CharacterisingVerbs):
			// another verb ("turned to him and asked: …") gives the speaker
			// but is no reporting word
			q.Cue = s.word(cue)
			q.CueSpan = &s.toks[cue].Span // copied out by finishQuotes
		}
		out = append(out, q)
	}
	return out
}

// isSpeech separates quotations from marks around a name or scare phrase.
// A part of a quotation over a paragraph break is speech.
func (s *quoteSentence) isSpeech(r text.QuoteRegion, open, cue int) bool {
	if r.Open.Len() == 0 || r.Close.Len() == 0 {
		return true
	}
	inner := s.d.Text[r.Inner().Start:r.Inner().End]
	words := 0
	for range strings.FieldsSeq(inner) {
		words++
	}
	endsLikeSentence := strings.ContainsAny(inner[len(inner)-1:], ".!?,…;")
	if words >= 4 && endsLikeSentence {
		return true
	}
	if open > 0 && s.fword(open-1) == "the" {
		return false // the „Doha track“, the “coalition of the willing”: a term
	}
	if s.in(cue, lexicon.Reporting) {
		return true
	}
	titleCase := true
	for w := range strings.FieldsSeq(inner) {
		if !text.IsCap(w) && s.lx.Lists(text.Fold(strings.Trim(w, ".,;:")))&lexicon.TitleGlue == 0 {
			titleCase = false
		}
	}
	if titleCase {
		return false // the “Black Sea Grain Initiative”
	}
	prev := ""
	if open > 0 {
		prev = s.fword(open - 1)
	}
	if s.in(open-1, lexicon.CharacterisingVerbs) {
		return cue >= 0 && s.characterises(open-1, open)
	}
	if cue >= 0 && (prev == "as" || prev == "it" || prev == "them" || prev == "was") {
		return true // described the talks as “ten out of ten”
	}
	if cue >= 0 && s.characterises(cue, open) {
		return true // called Zelensky “a dictator”, accused X of “…”
	}
	return words >= 6
}

// characterises: the word at cue is a verb of characterising whose object
// the quote is, in the active voice ("a campaign called “…”" is passive).
func (s *quoteSentence) characterises(cue, open int) bool {
	w := s.fword(cue)
	if !s.in(cue, lexicon.CharacterisingVerbs) || open-cue > 8 || open < cue {
		return false
	}
	for k := cue + 1; k < open; k++ {
		if f := s.fword(k); f == "that" || f == "which" || f == "," || s.toks[k].Tag[0] == 'V' {
			return false
		}
	}
	if s.in(cue-1, lexicon.BeForms) {
		return false // what was called the …
	}
	if strings.HasSuffix(w, "ed") && cue > 0 {
		p := s.toks[cue-1].Tag
		return !(p == "NN" || p == "NNS" || p == "DT") || text.IsCap(s.word(cue-1))
	}
	return true
}

// opensParagraph: the region r opens the sentence, and the sentence its
// paragraph.
func (s *quoteSentence) opensParagraph(r text.QuoteRegion) bool {
	ss := s.d.Sentences[s.si]
	return r.Open.Start == ss.Span.Start && (s.si == 0 || s.d.Sentences[s.si-1].Paragraph != ss.Paragraph)
}
