package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// indirect finds reported speech: a reporting verb and the clause it
// reports, and "according to X, …", and appends them to out.
func (s *quoteSentence) indirect(out []quote) []quote {
	according := false
	for i := range s.toks {
		// one test of the word's lists rules out most words for both
		if !s.in(i, lexicon.Reporting|lexicon.According) {
			continue
		}
		if s.in(i, lexicon.According) {
			according = true
		}
		if !s.isReporting(i) {
			continue
		}
		start, ok := s.clauseStart(i)
		if !ok {
			continue
		}
		end := s.clauseEnd(start)
		if q, ok := s.reported(start, end); ok {
			q.Cue = s.word(i)
			q.CueSpan = &s.toks[i].Span // copied out by finishQuotes
			q.who = s.sp.subjectOf(s, i, 0)
			out = append(out, q)
		}
	}
	if !according {
		return out
	}
	return s.accordingTo(out)
}

// clauseStart returns the first token of the clause reported by the verb
// at i: after "that", after an object and "that" ("told reporters that"),
// or right after the verb when a clause follows without "that".
func (s *quoteSentence) clauseStart(i int) (int, bool) {
	j := i + 1
	if s.fword(j) == "out" { // pointed out that
		j++
	}
	if s.fword(j) == "that" {
		return j + 1, true
	}
	for k := j; k < len(s.toks) && k <= j+4; k++ {
		f := s.fword(k)
		if f == "that" {
			return k + 1, s.objectBeforeThat(i, j, k)
		}
		if f == "," || f == "." || s.inRegion(k) || s.toks[k].Tag[0] == 'V' || s.toks[k].Tag == "MD" {
			break
		}
	}
	if !s.in(i, lexicon.SayVerbs) || j >= len(s.toks) || s.inRegion(j) || text.IsQuoteMark(s.word(j)) {
		return 0, false
	}
	// Without "that" the next words must open a clause: a subject, then a
	// finite verb or modal soon after ("stated Russia’s opposition to …" has none).
	if t := s.toks[j].Tag; t == "IN" || t == "TO" || t == "," || t == ":" || t == "." || t[0] == 'V' || t == "RB" {
		return 0, false
	}
	for k := j + 1; k < len(s.toks) && k <= j+7; k++ {
		if s.inRegion(k) {
			return 0, false
		}
		switch s.toks[k].Tag {
		case "MD", "VBD", "VBZ", "VBP":
			if f := s.fword(k - 1); f == "and" || f == "but" || f == "or" {
				return 0, false // "claimed victory and thanked …": the subject's own verbs
			}
			if k > j+1 || s.toks[j].Tag == "PRP" || s.toks[j].Tag == "NNP" || s.toks[j].Tag == "NNS" || s.toks[j].Tag == "NN" {
				return j, true
			}
		}
		if s.word(k) == "," || s.word(k) == "." {
			break
		}
	}
	return 0, false
}

// clauseEnd: the clause runs to the sentence end, or to the next reporting
// verb joined by and/but ("confirmed that A and stated that B", "… but the
// Kremlin announced"), a participle cue ("… adding “…”"), "with X
// stating", "according to", a colon, a verb the reporting subject does
// next ("said A would … and called …"), or an apposition ("…, a decision
// which …").
func (s *quoteSentence) clauseEnd(start int) int {
	fin := -1 // the reported clause's first finite verb
	for k := start; k < len(s.toks); k++ {
		if s.inRegion(k) {
			continue
		}
		f := s.fword(k)
		if text.IsQuoteMark(s.word(k)) || f == ":" || f == ";" || f == "according" && s.fword(k+1) == "to" {
			return trimBack(s, k)
		}
		if s.isReporting(k) {
			if e, ok := s.nextReport(start, k); ok {
				return trimBack(s, e)
			}
		}
		if fin >= 0 && (f == "and" || f == "but") && s.outerVerb(fin, k+1) {
			return trimBack(s, k)
		}
		if k > start+2 && s.apposition(k) {
			return trimBack(s, k)
		}
		if t := s.toks[k].Tag; t == "MD" || t == "VBD" || t == "VBZ" || t == "VBP" {
			fin = k
		}
	}
	return trimBack(s, len(s.toks))
}

// nextReport: a reporting verb at k inside a clause starting at start
// begins another quote when it follows and/but/while, directly or after
// its own subject, or is a participle ("adding", "with X stating").
func (s *quoteSentence) nextReport(start, k int) (int, bool) {
	b := k - 1
	for b > start && s.in(b, lexicon.Adverbs) {
		b--
	}
	for n := 0; n < 6 && b > start && s.subjectWord(b); n++ {
		b--
	}
	if bf := s.fword(b); bf == "and" || bf == "but" || bf == "," || bf == "while" || bf == "whereas" {
		return b, true
	}
	if strings.HasSuffix(s.fword(k), "ing") {
		for w := k - 1; w > start && w >= k-8; w-- {
			if s.fword(w) == "with" {
				return w, true
			}
		}
		return k, true
	}
	return 0, false
}

// subjectWord: a word of a short subject noun phrase ("the Kremlin",
// "Russian Foreign Minister Lavrov", "he").
func (s *quoteSentence) subjectWord(k int) bool {
	switch s.toks[k].Tag {
	case "DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP", "POS":
		return true
	}
	return false
}

// outerVerb: after and/but at k-1, a past verb continues the reporting
// subject's sentence when the reported clause's verb (fin) cannot be
// coordinated with it: a modal, a present tense or a copula ("said the
// truce would hold and called for …", "stated it was ready but rejected …").
func (s *quoteSentence) outerVerb(fin, k int) bool {
	for k < len(s.toks) && s.in(k, lexicon.Adverbs) {
		k++
	}
	if k >= len(s.toks) || s.in(k, lexicon.BeForms) || s.fword(k) == "had" || s.fword(k) == "did" {
		return false
	}
	// the tagger often reads "… and called for" as a participle or a base
	// form; a past-tense speech act is the speaker's all the same
	if t := s.toks[k].Tag; t != "VBD" && !(strings.HasPrefix(t, "VB") && s.in(k, lexicon.SpeechActs)) {
		return false
	}
	switch s.toks[fin].Tag {
	case "MD", "VBZ", "VBP":
		return true
	}
	return s.in(fin, lexicon.BeForms)
}

// apposition: a noun phrase commenting on the whole clause ("…, a
// decision which was …", "a version of events that …") or a participle
// after a noun ("… in the talks accusing the RSF of …").
func (s *quoteSentence) apposition(k int) bool {
	f := s.fword(k)
	if f == "a" || f == "an" {
		p := s.toks[k-1].Tag
		if p != "," && p != "NN" && p != "NNS" && p != "NNP" && p != "RB" {
			return false
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			w := s.fword(j)
			if w == "which" || w == "that" || s.toks[j].Tag == "VBN" && s.fword(j+1) == "by" {
				return true
			}
		}
		return false
	}
	if s.toks[k].Tag == "VBG" && s.in(k, lexicon.SpeechParticiples) {
		p := s.toks[k-1].Tag
		return p == "NN" || p == "NNS" || p == "NNPS"
	}
	return false
}

// objectBeforeThat: the words between a reporting verb at i and "that" at k
// are an addressee or an adverbial ("told reporters that", "announced on 14
// May that", "said in a statement that"), not a noun the clause
// complements ("demanded guarantees that …").
func (s *quoteSentence) objectBeforeThat(i, j, k int) bool {
	if k == j || s.in(i, lexicon.TellVerbs) {
		return true
	}
	for m := j; m < k; m++ {
		if t := s.toks[m].Tag; t == "IN" || t == "TO" {
			return true
		}
	}
	t := s.toks[k-1].Tag
	return !(t == "NN" || t == "NNS")
}

// trimBack drops trailing punctuation and conjunctions before token k.
func trimBack(s *quoteSentence, k int) int {
	for k > 0 {
		w := s.fword(k - 1)
		if w == "." || w == "," || w == ";" || w == ":" || w == "and" || w == "but" || w == "while" || w == "—" || w == "–" {
			k--
			continue
		}
		break
	}
	return k
}

// reported makes an indirect quote of tokens [start, end) when they hold
// a clause: at least three words and a verb.
func (s *quoteSentence) reported(start, end int) (quote, bool) {
	if end-start < 3 {
		return quote{}, false
	}
	verb := false
	for k := start; k < end; k++ {
		if t := s.toks[k].Tag; t[0] == 'V' || t == "MD" {
			verb = true
		}
	}
	if !verb {
		return quote{}, false
	}
	sp := pipeline.Span{Start: s.toks[start].Start, End: s.toks[end-1].End}
	return quote{Quote: pipeline.Quote{Span: sp, Kind: pipeline.Indirect, Sentence: s.si}}, true
}

// accordingTo appends to out the quotes of "According to X, CLAUSE." and
// "CLAUSE, according to X."
func (s *quoteSentence) accordingTo(out []quote) []quote {
	for k := 0; k+1 < len(s.toks); k++ {
		if !s.in(k, lexicon.According) || s.fword(k+1) != "to" || s.inRegion(k) {
			continue
		}
		// the source runs to the next comma or the sentence end
		src := k + 2
		e := src
		for e < len(s.toks) && s.word(e) != "," && s.word(e) != "." {
			e++
		}
		var who speaker
		for j := e - 1; j >= src; j-- {
			if r := s.sp.named(s, j); r.found() {
				who = r
				break
			}
		}
		if h := s.word(e - 1); e > src && !text.IsCap(h) && !s.in(e-1, lexicon.BodyHeads) {
			who = speaker{} // "according to Egyptian security sources": unnamed
		}
		var q quote
		var ok bool
		if k <= 2 && e < len(s.toks) && s.word(e) == "," {
			q, ok = s.reported(e+1, trimBack(s, len(s.toks)))
		} else if k > 2 {
			q, ok = s.reported(0, trimBack(s, k))
		}
		if ok {
			q.Cue = "according to"
			c := pipeline.Span{Start: s.toks[k].Start, End: s.toks[k+1].End}
			q.CueSpan = &c
			q.who = who
			out = append(out, q)
		}
	}
	return out
}
