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
	fin := -1       // the reported clause's first finite verb
	passed := false // a reporting clause inside this one was passed over
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
			if subj, ok := s.ownReport(start, k); ok {
				if passed || subj >= 0 && !s.embeddedReport(start, subj) {
					return trimBack(s, max(subj, start))
				}
				passed = true
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

// ownReport: the reporting verb at k, inside a clause starting at start,
// reports a clause of its own; subj is where its own subject starts, or
// -1 when it has none there. A reporting clause with a subject ends the
// clause before it ("A said the talks were useful Rubio said the meeting
// was good" is two quotes), unless it is part of it (embeddedReport). One
// of those, or one without a subject ("which was announced that …"), is
// passed over, and the next ends the clause whatever it is: a word so lies
// in two reported clauses at most, and the quotes of a sentence are not
// longer in all than twice the sentence.
func (s *quoteSentence) ownReport(start, k int) (int, bool) {
	if _, ok := s.clauseStart(k); !ok {
		return 0, false
	}
	b := k - 1
	for b > start && s.in(b, lexicon.Adverbs) {
		b--
	}
	if b < start {
		return -1, true
	}
	subj := -1
	if who := s.sp.entityAt(s, b); who.found() {
		subj = s.tokAt(who.mention.Start) // a name, with its title
		for subj > start && s.determiner(subj-1) {
			subj--
		}
		return subj, true
	}
	// a short noun phrase, up to its determiner, with the small words of
	// a name ("the Council of Foreign Ministers"); an adjective
	// after a verb is the clause's own predicate ("the talks were useful")
	for j := b; j >= start && j > b-6; j-- {
		t := s.toks[j].Tag
		glue := s.in(j, lexicon.TitleGlue) && j > start && text.IsCap(s.word(j-1)) && text.IsCap(s.word(j+1))
		if !glue && !s.subjectWord(j) && t != "PRP$" || t == "JJ" && j > 0 && s.toks[j-1].Tag[0] == 'V' {
			break
		}
		subj = j
		if s.determiner(j) {
			break
		}
	}
	return subj, true
}

// determiner: a word that opens a noun phrase ("the", "a", "his").
func (s *quoteSentence) determiner(k int) bool {
	t := s.toks[k].Tag
	return t == "DT" || t == "PRP$"
}

// embeddedReport: the reporting clause whose subject starts at subj is
// part of the clause starting at start rather than another one after it:
// it opens the clause ("said that Rubio had stated that …" reports what
// Rubio stated), or a noun comes before a subject in lower case, a reduced
// relative clause ("the plan he says he drafted", "a figure an aide told
// reporters"). A subject in capitals after a noun starts a sentence whose
// full stop is missing ("… in the region The ministry said …").
func (s *quoteSentence) embeddedReport(start, subj int) bool {
	if subj <= start {
		return true
	}
	switch s.toks[subj-1].Tag {
	case "NN", "NNS", "CD":
		return !text.IsCap(s.word(subj))
	}
	return false
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
		if w == "." || w == "," || w == ";" || w == ":" || w == "and" || w == "but" || w == "while" || w == "though" || w == "although" || w == "—" || w == "–" {
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
// "CLAUSE, according to X." A clause does not reach over another
// "according to": the one before ends where this one's source does, the
// one after starts there.
func (s *quoteSentence) accordingTo(out []quote) []quote {
	from := 0 // the first token that no "according to" clause reports yet
	for k := 0; k+1 < len(s.toks); k++ {
		if !s.isAccordingTo(k) {
			continue
		}
		// the source runs to the next comma, "according to" or the
		// sentence end
		src := k + 2
		e := src
		for e < len(s.toks) && s.word(e) != "," && s.word(e) != "." && !s.isAccordingTo(e) {
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
			next := e + 1
			for next < len(s.toks) && !s.isAccordingTo(next) {
				next++
			}
			q, ok = s.reported(e+1, trimBack(s, next))
			from = next
		} else if k > 2 {
			q, ok = s.reported(from, trimBack(s, k))
		}
		if from < e {
			if from = e; from < len(s.toks) && s.word(from) == "," {
				from++
			}
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

// isAccordingTo: "according to" outside quotation marks starts at token k.
func (s *quoteSentence) isAccordingTo(k int) bool {
	return s.in(k, lexicon.According) && s.fword(k+1) == "to" && !s.inRegion(k)
}
