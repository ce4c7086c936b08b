package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
)

// maxAttribution is how many words a reporting clause after its report
// may hold besides the verb: a subject with its title or apposition, and
// a time or place ("the Tax Policy Center said on Monday").
const maxAttribution = 12

// after finds the report of a reporting verb at i that reports no clause
// after it because it follows its report: "CLAUSE, X said." and "A, X
// said, B." (the quote runs from A over the reporting clause to B; a
// reader's gold joins A and B), with the subject after the verb too
// ("…, said Mr. Barrett, the lawyer."), and "As X said, CLAUSE." The
// report starts at from (the sentence start, or the end of the last such
// report, so that no word is looked at twice); next is where the next one
// may start.
func (s *quoteSentence) after(i, from int) (q quote, next int, ok bool) {
	// the reporting clause: [c+1, i) a subject and adverbs after a comma
	// at c, or "as" and a subject at the report's start
	c := i - 1
	for n := 0; c >= from && n < maxAttribution && s.fword(c) != ","; n++ {
		if s.mixedClose(c, from) {
			break // a report quoting its last words: A “B,” X said
		}
		if !s.attributionWord(c) || s.inRegion(c) || s.relativeSubject(c) {
			return quote{}, from, false
		}
		c--
	}
	mixed := c >= from && s.mixedClose(c, from)
	parenthetical := false // ", as police have said"
	if c > from && s.fword(c) == "," && s.fword(c+1) == "as" && c+1 < i {
		parenthetical = true
	} else if !mixed && (c < from || s.fword(c) != ",") {
		if s.fword(from) == "as" && from < i {
			return s.asReport(i, from)
		}
		return quote{}, from, false
	}
	inverted := c == i-1
	if t := s.tag(i); inverted && t != "VBD" && t != "VBZ" && t != "VBP" {
		return quote{}, from, false // "Tusk's government, sworn in on …"
	}
	k := i + 1
	if s.fword(k) == "out" {
		k++ // "have pointed out"
	}
	if inverted { // ", said Mr. Barrett, the lawyer for the state."
		if t := s.tag(k); t != "DT" && t != "NNP" && t != "NNPS" && t != "PRP$" && t != "CD" && t != "PRP" {
			return quote{}, from, false // ", declared bankruptcy."
		}
		k = s.skipAttribution(k)
		if s.fword(k) == "," && s.attributionWord(k+1) && s.tag(k+1) != "RB" {
			k = s.skipAttribution(k + 1)
		}
	} else if s.in(i, lexicon.TellVerbs) {
		k = s.addresseeEnd(k) // "…, Graham told The Huffington Post on Thursday."
	} else if k < len(s.toks) && !s.adverbialStart(k) && s.fword(k) != "," && s.fword(k) != "." {
		return quote{}, from, false // "… mining companies declared bankruptcy."
	}
	for n := 0; k < len(s.toks) && n < maxAttribution && s.adverbialWord(k); n++ {
		k++
	}
	start, end := from, c
	if mixed {
		end = c + 1 // the marks and the comma inside them are the quote's
	}
	switch f := s.fword(k); {
	case k >= len(s.toks) || f == "." || f == "!" || f == "?":
	case inverted && (f == "who" || f == "whose" || f == "which"):
		// ", said Baker, an adviser to the family who oversees …": the
		// speaker's apposition
	case f == ",": // "A, X said, B."
		b := k + 1
		if s.inRegion(b) {
			return quote{}, from, false // X said, “…”: a direct quote
		}
		if f := s.fword(b); f == "who" || f == "whose" {
			break // "A, said X, who served as …": the speaker's apposition
		}
		if w := s.fword(c - 1); parenthetical || w == "which" || w == "who" || w == "and" || w == "but" || s.fword(from) == "as" {
			start = b // "If, as I have said, B", "…, which, Tompkins said, is usually full …"
		}
		end = s.clauseEnd(b)
		if start == from && s.writersAddition(b, end) {
			end = c // "A, X said on Friday, as they …": B is the writer's
		}
	default:
		return quote{}, from, false
	}
	if start == 0 {
		start = s.datelineEnd() // "CITY (AP) — A, X said."
	}
	if (s.inRegion(start) || text.IsQuoteMark(s.word(start))) && !s.mixedStretch(start, end) || !s.finiteVerb(start, end) || end-start < 3 {
		return quote{}, from, false // “…,” he said: a direct quote
	}
	if end == c && !s.mainClause(start) {
		return quote{}, from, false // "Speaking to students, Biden replied."
	}
	q, ok = s.reported(start, trimBack(s, end))
	if !ok {
		return quote{}, from, false
	}
	if inverted {
		for j := i + 1; j < len(s.toks) && j <= i+maxAttribution && s.fword(j) != ","; j++ {
			if q.who = s.sp.nominal(s, j); q.who.found() {
				if e := s.tokAt(q.who.mention.End); s.fword(e) == "'s" || s.fword(e) == "’s" {
					j = e // ", noted NBC's Ana Ruiz": the possessor does not speak
					q.who = speaker{}
					continue
				}
				break
			}
		}
	} else {
		q.who = s.sp.subjectOf(s, i, 0)
	}
	return q, max(k, end), true
}

// writersAddition: the words [k, end), after "A, X said,", are a clause of
// time or manner or a participle phrase ("as they left", "while …",
// "gaining …", "including …"), not a gerund that is the subject of a verb
// ("replacing him would be …"): the writer goes on about the reporting,
// not the report.
func (s *quoteSentence) writersAddition(k, end int) bool {
	switch s.fword(k) {
	case "as", "while", "when", "after", "before", "including":
		return true
	}
	return s.tag(k) == "VBG" && !s.inRegion(k) && !s.finiteVerb(k, end)
}

// datelineEnd returns the token after a dateline that opens the sentence
// (words in capitals, a news agency in brackets, then a dash:
// "WASHINGTON (AP) —", "HEMPSTEAD, N.Y. ―"), else 0.
func (s *quoteSentence) datelineEnd() int {
	for k := 0; k < len(s.toks) && k < 8; k++ {
		w := s.word(k)
		switch {
		case isDash(w):
			if k == 0 {
				return 0
			}
			return k + 1
		case w == "," || w == "." || w == "(" || w == ")":
		case k > 0 && s.word(k-1) == "(" && s.word(k+1) == ")":
		case strings.ToUpper(w) != w || !text.IsCap(w):
			return 0
		}
	}
	return 0
}

// finiteVerb: tokens [start, end) hold a finite verb or modal.
func (s *quoteSentence) finiteVerb(start, end int) bool {
	for k := start; k < end; k++ {
		switch s.toks[k].Tag {
		case "MD", "VBD", "VBZ", "VBP":
			return true
		}
	}
	return false
}

// mainClause: the words from start open a main clause, not a participle
// or a subordinate clause ("But when Congress cut funding, Mexico said
// enough.").
func (s *quoteSentence) mainClause(start int) bool {
	switch s.fword(start) {
	case "but", "and", "yet", "so":
		start++
	}
	t := s.tag(start)
	if t == "VBG" && (s.tag(start+1) == "NN" || s.tag(start+1) == "NNS") {
		return true // "Shifting monsoon patterns could …": an adjective
	}
	if s.in(start, lexicon.Subordinators) {
		// "After some challenges, the work has …": a phrase, with no
		// verb before its comma, then the main clause
		for k := start + 1; k < len(s.toks) && s.fword(k) != ","; k++ {
			if s.verbOrModal(k) {
				return false
			}
		}
		return true
	}
	return t != "VBG" && t != "VBN"
}

// skipAttribution returns the token after a subject that starts at k.
func (s *quoteSentence) skipAttribution(k int) int {
	for n := 0; k < len(s.toks) && n < maxAttribution && s.attributionWord(k) && s.fword(k) != "as"; n++ {
		k++
	}
	return k
}

// relativeSubject: at token k a common noun stands before a name or
// pronoun, which starts a relative clause of its own ("…, a charge
// Islamabad denied, …"), not a subject with its title ("spokesman
// Peskov").
func (s *quoteSentence) relativeSubject(k int) bool {
	if t := s.tag(k); t != "NN" && t != "NNS" {
		return false
	}
	if t := s.tag(k + 1); t != "NNP" && t != "PRP" {
		return false
	}
	return s.determiner(k - 1)
}

// adverbialStart: token k, after a reporting verb, starts a time or place
// or an adverb, not an object ("said on Monday", "said Friday").
func (s *quoteSentence) adverbialStart(k int) bool {
	switch s.tag(k) {
	case "IN", "TO", "RB":
		return true
	}
	return s.skipTime(k) > k
}

// asReport: "As X said, CLAUSE." with "as" at from and the verb at i: the
// clause after the comma that closes the reporting clause.
func (s *quoteSentence) asReport(i, from int) (quote, int, bool) {
	k := i + 1
	if s.fword(k) == "out" {
		k++ // "As X pointed out, …"
	}
	for n := 0; k < len(s.toks) && n < maxAttribution && s.adverbialWord(k); n++ {
		k++
	}
	if s.fword(k) != "," {
		return quote{}, from, false
	}
	end := len(s.toks)
	q, ok := s.reported(k+1, trimBack(s, end))
	if !ok || !s.clauseVerb(k+1, end) {
		return quote{}, from, false
	}
	if i-from > 1 {
		q.who = s.sp.subjectOf(s, i, 0)
	} else if s.fword(i+1) == "by" {
		q.who = s.namedIn(i+2, k) // "As stated by Popescu, …": the agent
	}
	return q, end, true
}

// attributionWord: token k may stand in the subject of a reporting clause
// after its report: a noun phrase with a title, name, number, possessive
// or apposition ("one GOP source in the room", "Sen. Lindsey Graham
// (R-S.C.)", "the Democratic presidential candidate’s former doctor"), or
// an adverb or auxiliary before the verb ("has also said").
func (s *quoteSentence) attributionWord(k int) bool {
	if s.subjectWord(k) || s.in(k, lexicon.Adverbs) {
		return true
	}
	switch t := s.tag(k); t {
	case "CD", "NNPS", "PRP$", "(", ")", "-LRB-", "-RRB-", "HYPH", "RB":
		return true
	case "IN":
		switch s.fword(k) {
		case "of", "for", "at", "in", "with", "from", "on":
			return true
		}
	case "TO":
		return s.in(k-1, lexicon.PersonHeads) // "an adviser to the president"
	}
	switch s.fword(k) {
	case "(", ")", ".", "-", "as":
		return true
	}
	return false
}

// adverbialWord: token k may stand in a time or place after a reporting
// verb ("said Friday afternoon", "said in a statement on Monday").
func (s *quoteSentence) adverbialWord(k int) bool {
	switch s.tag(k) {
	case "IN", "DT", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP$", "RB", "POS", "TO", "PRP":
		return s.fword(k) != "that" && !s.inRegion(k)
	}
	return false
}

// afterReports appends to out the reports of the sentence's reporting
// verbs that follow them (after): cues holds, in order, the reporting
// verbs that report no clause after them.
func (s *quoteSentence) afterReports(out []quote, cues []int) []quote {
	from := 0
	for _, i := range cues {
		if i <= from {
			continue
		}
		q, next, ok := s.after(i, from)
		if !ok {
			continue
		}
		q.Cue = s.word(i)
		q.CueSpan = &s.toks[i].Span // copied out by finishQuotes
		out = append(out, q)
		from = next
	}
	return out
}
