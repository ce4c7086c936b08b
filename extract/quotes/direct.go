package quotes

import (
	"strings"
	"unicode"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// direct turns quotation-mark pairs into direct quotes, leaving out marks
// around names and scare phrases, and appends them to out. reported are
// the sentence's indirect quotes: a marked stretch inside one is a direct
// quote of the same speaker (a mixed quote).
func (s *quoteSentence) direct(out []quote, reported []quote) []quote {
	prev := -1 // the token after the last region taken as a quote, or -1
	for ri, r := range s.regions {
		inner := r.InnerIn(s.d.Text)
		if inner.Len() == 0 {
			continue
		}
		open := s.tokAt(r.Open.Start)
		close := s.tokAt(r.Close.End)
		q := quote{Quote: pipeline.Quote{Span: inner, Kind: pipeline.Direct, Sentence: s.si},
			runOn: r.Close.Len() == 0, leads: s.opensParagraph(r)}
		if in := innermost(reported, r.Outer()); in != nil && !s.verbIntroduces(open) {
			if s.isTerm(r, open) || s.fword(open-1) == "the" && !s.sentenceLike(r) && !s.evaluatedThe(r, open, true) {
				continue // the „neighbourhood policy“: a term
			}
			q.who, q.attributed, q.Cue, q.CueSpan = in.who, true, in.Cue, in.CueSpan
			out = append(out, q)
			prev = close
			continue
		}
		cue, who := s.attribute(ri, open, close)
		if !s.isSpeech(r, open, close, cue) && !(prev >= 0 && s.coordinated(prev, open)) {
			continue
		}
		q.who, q.attributed = who, cue >= 0
		switch {
		case cue < 0:
			if who := s.sp.introduced(s); q.leads && who.found() {
				q.who, q.attributed = who, true
			} else {
				q.who = s.sp.context(s, open)
			}
		case s.in(cue, lexicon.Reporting) && s.isReporting(cue) || s.in(cue, lexicon.CharacterisingVerbs):
			// another verb ("turned to him and asked: …") gives the speaker
			// but is no reporting word
			q.Cue = s.word(cue)
			q.CueSpan = &s.toks[cue].Span // copied out by finishQuotes
		}
		out = append(out, q)
		prev = close
	}
	return out
}

// verbIntroduces: a finite reporting verb introduces the quote opening at
// token open ("Berg boasted, “…”", "she added: “…”"): the quote is that
// verb's even inside a longer reported clause, not a part of the clause.
func (s *quoteSentence) verbIntroduces(open int) bool {
	k := open - 1
	if f := s.fword(k); f == "," || f == ":" {
		k--
	}
	return k > 0 && !s.inRegion(k) && s.finiteAt(k) && s.isReporting(k)
}

// innermost returns the quote of qs whose span holds sp and starts last
// (a reported clause inside another), or nil.
func innermost(qs []quote, sp pipeline.Span) *quote {
	var in *quote
	for i := range qs {
		if qs[i].Span.Contains(sp) && (in == nil || qs[i].Span.Start > in.Span.Start) {
			in = &qs[i]
		}
	}
	return in
}

// isSpeech separates quotations from marks around a name or scare phrase.
// A part of a quotation over a paragraph break is speech; so is a
// quotation that stands as a sentence of its own (“Neither do I.”).
func (s *quoteSentence) isSpeech(r text.QuoteRegion, open, close, cue int) bool {
	if in := strings.TrimSpace(s.d.Text[r.Inner().Start:r.Inner().End]); strings.HasPrefix(in, "(") && strings.Count(in, ")") == 1 &&
		(strings.HasSuffix(in, ")") || strings.HasSuffix(in, ").") || strings.HasSuffix(in, ".)")) {
		return false // a transcript's stage direction: “(LAUGHTER)”
	}
	if r.Open.Len() == 0 || r.Close.Len() == 0 {
		return true
	}
	if s.isTerm(r, open) {
		return false
	}
	inner := s.d.Text[r.Inner().Start:r.Inner().End]
	if strings.ContainsAny(inner[len(inner)-1:], ".!?…") && s.standsAlone(open, close) || s.sentenceLike(r) {
		return true
	}
	words := 0
	for range strings.FieldsSeq(inner) {
		words++
	}
	prev := s.fword(open - 1)
	if prev == "the" && !(s.fword(open-2) == "as" && s.characterises(cue, open)) && !s.evaluatedThe(r, open, false) {
		return false // the „Doha track“, the “coalition of the willing”: a term
	}
	if s.in(cue, lexicon.Reporting.Or(lexicon.QuoteVerbs)) {
		return true
	}
	if s.titleCase(r) {
		return false // signed ‘A Framework for Peace’
	}
	if s.in(open-1, lexicon.CharacterisingVerbs) {
		return cue >= 0 && s.characterises(open-1, open)
	}
	if cue >= 0 && (prev == "as" || prev == "it" || prev == "them" || prev == "was" || prev == "is" || prev == "were" || prev == "are" ||
		prev == "being" || (prev == "a" || prev == "an") && s.fword(open-2) == "as") {
		return true // described the talks as “ten out of ten”, dismissed him as a “fraud”, accused them of being “naive”
	}
	if cue >= 0 && s.characterises(cue, open) {
		return true // called Zelensky “a dictator”, accused X of “…”
	}
	return words >= 6
}

// isTerm: the marks hold a name or term rather than words someone said:
// after "so-called", "titled", "known as" and the like (lexicon.TermMarkers),
// or a name in title case (“Fox and Friends”, the “Black Sea Grain
// Initiative”) that no verb or colon introduces, or that fills its
// paragraph (a heading).
func (s *quoteSentence) isTerm(r text.QuoteRegion, open int) bool {
	if s.in(open-1, lexicon.TermMarkers) || s.fword(open-1) == "as" && s.in(open-2, lexicon.TermMarkers) ||
		s.fword(open-1) == "as" && s.fword(open-2) == "to" && s.in(open-3, lexicon.TermMarkers) {
		return true
	}
	if s.fword(open-1) == "of" {
		switch s.fword(open - 2) {
		case "principle", "principles", "formula", "slogan", "motto", "doctrine":
			return true // the principle of “land for peace”: a name for it
		}
	}
	if !s.titleCase(r) {
		return false
	}
	if open == 0 {
		p := s.d.Paragraphs[s.d.Sentences[s.si].Paragraph].Span
		return text.TrimSpan(s.d.Text, p) == r.Outer()
	}
	t := s.toks[open-1].Tag
	return t[0] != 'V' && t != ":" && !s.isReporting(open-1)
}

// sentenceLike: the marks hold four words or more and end in punctuation,
// as a quoted sentence or clause does.
func (s *quoteSentence) sentenceLike(r text.QuoteRegion) bool {
	inner := s.d.Text[r.Inner().Start:r.Inner().End]
	if !strings.ContainsAny(inner[len(inner)-1:], ".!?,…;") {
		return false
	}
	words := 0
	for range strings.FieldsSeq(inner) {
		if words++; words >= 4 {
			return true
		}
	}
	return false
}

// titleCase: every word inside the marks is capitalised but the small
// words of a name (lexicon.TitleGlue).
func (s *quoteSentence) titleCase(r text.QuoteRegion) bool {
	in := s.d.Text[r.Inner().Start:r.Inner().End]
	for w := range strings.FieldsSeq(in) {
		if !text.IsCap(w) && !s.lx.Lists(text.Fold(strings.Trim(w, ".,;:!?"))).Any(lexicon.TitleGlue) {
			return false
		}
	}
	return true
}

// standsAlone: the quote between tokens open and close (the token after
// its closing mark) is its sentence, but for punctuation after it.
func (s *quoteSentence) standsAlone(open, close int) bool {
	if open != 0 {
		return false
	}
	for k := close; k < len(s.toks); k++ {
		if t := s.toks[k].Tag; t != "." && t != "," && t != ":" {
			return false
		}
	}
	return true
}

// coordinated: the quote opening at token open is joined to the quote
// before it, which ends before token prev, by a comma, "and", "or" or an
// article (“utterly amoral,” a “serial liar” and a “bully”).
func (s *quoteSentence) coordinated(prev, open int) bool {
	if open-prev > 4 || open < prev {
		return false
	}
	for k := prev; k < open; k++ {
		switch s.fword(k) {
		case ",", "and", "or", "a", "an", "as", "well", "nor":
		default:
			return false
		}
	}
	return true
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

// evaluatedThe: lower-case words in marks after "the" that a verb of
// judgement takes as its object are the speaker's words ("praised the
// “political courage” of", "rejected the “double standards” of"); so,
// inside a reported clause (reported), is the complement of a copula
// ("the plan was the “best possible solution”"). Names given with
// "called", "known as" and the like stay terms.
func (s *quoteSentence) evaluatedThe(r text.QuoteRegion, open int, reported bool) bool {
	inner := strings.TrimSpace(s.d.Text[r.Inner().Start:r.Inner().End])
	if inner == "" || !unicode.IsLower(firstRune(inner)) {
		return false
	}
	v := open - 2
	if v < 0 || s.inRegion(v) {
		return false
	}
	if s.in(v, lexicon.BeForms) {
		return reported
	}
	if !s.in(v, lexicon.SpeechActs.Or(lexicon.CharacterisingVerbs)) || s.in(v, lexicon.TermMarkers) || s.toks[v].Tag[0] != 'V' {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		if s.in(k, lexicon.BeForms) {
			return false // "was officially called the “…”"
		}
	}
	return true
}
