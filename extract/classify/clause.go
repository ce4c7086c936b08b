package classify

import (
	"strings"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// clauseWords are the words that open or close a relative clause and
// those the features of a sentence as a whole look for.
var clauseWords = lexicon.RelativePronouns.Or(lexicon.Complementizers).Or(lexicon.ClauseBreaks).Or(lexicon.Conditionals).Or(lexicon.Modals).Or(lexicon.Auxiliaries).Or(negators).Or(lexicon.Months.Or(lexicon.Weekdays))

// negators are the words of every negator list.
var negators = lexicon.Negators.Or(lexicon.AgreementNegators).Or(lexicon.DemandNegators).Or(lexicon.OutcomeNegators)

// clauseScan is what the classifier notes of a sentence's clauseWords as
// it looks for cues, left to right: after the cue at a word, so that for
// a cue it tells of the words before it.
type clauseScan struct {
	negation  bool          // a word of the Negators list
	relative  bool          // a relative clause is open (inRelative)
	negator   int           // 1 + the last word that is a negator, 0 for none
	asked     int           // 1 + the last word of a demand cue or request, 0 for none
	askedEnd  int           // 1 + the last word of an agreement cue that was asked for, 0 for none
	cond      int           // 1 + the word of the last "if" or "unless", 0 for none
	condition pipeline.Span // "if" or "unless" before a modal
	plup      pipeline.Span // "had" + participle in the sentence's own voice
	futureQ   pipeline.Span // will, would, shall in a reported clause
	dateQ     bool          // a month or weekday in a reported clause
}

// see notes word i, whose lists are set (some of clauseWords).
func (cs *clauseScan) see(sv *sentView, i int, set lexicon.List) {
	if set.Any(negators) {
		cs.negator = i + 1
		cs.negation = cs.negation || set.Any(lexicon.Negators)
	}
	switch {
	case set.Any(lexicon.ClauseBreaks):
		cs.relative = false
	case set.Any(lexicon.RelativePronouns) || set.Any(lexicon.Complementizers) && relativeThat(sv, i):
		cs.relative = true
	case set.Any(lexicon.Conditionals):
		cs.cond = i + 1
	case set.Any(lexicon.Months.Or(lexicon.Weekdays)):
		cs.dateQ = cs.dateQ || sv.inReported(i)
	case set.Any(lexicon.Modals):
		if cs.cond > 0 && cs.condition.End == 0 {
			cs.condition = sv.span(cs.cond-1, cs.cond)
		}
		if set.Any(lexicon.ProvisionModals) && cs.futureQ.End == 0 && sv.inReported(i) {
			cs.futureQ = sv.span(i, i+1)
		}
	case cs.plup.End == 0 && sv.word(i) == "had" && sv.tag(i+1) == "VBN" && !sv.inReported(i) && !sv.inQuote(i):
		cs.plup = sv.span(i, i+1)
	}
}

// relativeThat: "that" at word i opens a relative clause: it follows a
// common noun ("a landmine that Bangkok accused …") and opens no reported
// clause ("told the delegates that …").
func relativeThat(sv *sentView, i int) bool {
	if t := sv.tag(i - 1); t != "NN" && t != "NNS" {
		return false
	}
	return i+1 >= len(sv.toks) || !sv.reported.startsAt(sv.toks[i+1].Start)
}

// sentenceFeatures appends the features of the sentence as a whole: a
// condition ("if" or "unless" before a modal), a date before the
// article's year (earlier, the first DATE mention there, if any), a
// pluperfect in the sentence's own voice ("Israel had signed …"):
// conditions and threats, background.
func (c *Classifier) sentenceFeatures(sv *sentView, cs *clauseScan, earlier pipeline.Span, out []CueMatch) []CueMatch {
	if sp := documentTerms(sv); sp.End > 0 {
		out = append(out, c.match(sp, sv.d.Slice(sp), "", featDocumentTerms, 1, "a text's terms"))
	}
	if cs.condition.End == 0 && earlier.End == 0 && cs.plup.End == 0 && cs.futureQ.End == 0 {
		return out // most sentences
	}
	if cs.futureQ.End > 0 && cs.dateQ {
		out = append(out, c.match(cs.futureQ, sv.d.Slice(cs.futureQ), "", featPlanQuoted, 1, "a dated plan in speech"))
	}
	for _, x := range [...]struct {
		sp   pipeline.Span
		f    feature
		note string
	}{{cs.condition, featConditional, "condition with a modal"}, {earlier, featEarlierYear, "before the article's year"}, {cs.plup, featPluperfect, "pluperfect"}} {
		if x.sp.End > 0 {
			out = append(out, c.match(x.sp, sv.d.Slice(x.sp), "", x.f, 1, x.note))
		}
	}
	return out
}

// earlierDates finds, for each sentence of d, its first mention of a DATE
// before year (the article's): into out, by sentence, a zero Span where
// there is none.
func earlierDates(d *pipeline.Document, year int, out []pipeline.Span) {
	clear(out)
	if year == 0 {
		return
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type != pipeline.Date || e.Value == nil || len(*e.Value) < 4 {
			continue
		}
		if y := yearOf((*e.Value)[:4]); y == 0 || y >= year {
			continue
		}
		for j := range e.Mentions {
			m := &e.Mentions[j]
			if s := &out[m.Sentence]; s.End == 0 || m.Start < s.Start {
				*s = m.Span
			}
		}
	}
}

// yearOf is w as a year from 1000 to 2999, else 0.
func yearOf(w string) int {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return 0
	}
	y := 0
	for i := range 4 {
		if w[i] < '0' || w[i] > '9' {
			return 0
		}
		y = y*10 + int(w[i]-'0')
	}
	return y
}

// articleYear is the year in parentheses at the end of the article's
// title ("Kisumu Talks (2023)"), else 0.
func articleYear(d *pipeline.Document) int {
	t := strings.TrimSpace(d.Meta.Title)
	if len(t) < 6 || t[len(t)-1] != ')' || t[len(t)-6] != '(' {
		return 0
	}
	return yearOf(t[len(t)-5 : len(t)-1])
}

// documentTerms finds where a sentence states what a text holds, in its
// own voice: an agreement, treaty or other text (lexicon.DocumentNouns)
// heads the subject of the first verb, which is one of providing
// (lexicon.ProvisionVerbs: "The two protocols provide that …", "The accord
// also foresees a commission"), or the sentence opens with "Under the
// <text>" ("Under the treaty Italy will pay …"). It returns the span of
// the verb or the opening phrase, or a zero Span.
func documentTerms(sv *sentView) pipeline.Span {
	n := len(sv.toks)
	if n > 3 && sv.word(0) == "under" {
		for k := 1; k < 5 && k < n; k++ {
			if sv.in(k, lexicon.DocumentNouns) {
				return sv.span(0, k+1)
			}
			if t := sv.tag(k); t != "DT" && t != "JJ" && t != "NNP" && t != "PRP$" && t != "CD" {
				break
			}
		}
		return pipeline.Span{}
	}
	doc := false
	for i := 0; i < n && i < 25; i++ {
		if sv.inQuote(i) || sv.inReported(i) {
			return pipeline.Span{}
		}
		t := sv.tag(i)
		switch {
		case sv.in(i, lexicon.DocumentNouns) && (t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS"):
			doc = true
		case sv.tag(i+1) == "CD" && (sv.word(i) == "article" || sv.word(i) == "articles" || sv.word(i) == "annex"):
			doc = true // "Articles 20 to 22 guarantee …": parts of a text
		case t == "VBZ" || t == "VBP" || t == "VBD":
			if !doc {
				return pipeline.Span{}
			}
			if sv.in(i, lexicon.ProvisionVerbs) {
				return sv.span(i, i+1)
			}
			if !sv.in(i, lexicon.Adverbs) {
				return pipeline.Span{}
			}
		case t == "MD" && doc && sv.word(i+1) != "not" && sv.in(i+1, lexicon.ProvisionVerbs):
			return sv.span(i, i+2) // "The treaty will establish …"
		case t == "MD" || t == "WDT" || t == "WP" || t == "IN" && sv.word(i) == "that":
			return pipeline.Span{} // another modal, or a relative clause: not the text's own verb
		}
	}
	return pipeline.Span{}
}
