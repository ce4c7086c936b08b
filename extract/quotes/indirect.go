package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// indirect finds reported speech: a reporting verb and the clause it
// reports, before or after it (after.go), and "according to X, …", and
// appends them to out.
func (s *quoteSentence) indirect(out []quote) []quote {
	mark := len(out) // this sentence's quotes are out[mark:]
	according := false
	var buf [4]int
	bare := buf[:0] // reporting verbs with no clause after them
	sets := s.qd.sets
	// the lists are variables: or-ed once here, not at every word
	reports, complementizers, quoteVerbs := lexicon.Reporting.Or(lexicon.According), lexicon.Complementizers, lexicon.QuoteVerbs
	either := reports.Or(complementizers)
	for i, c := range s.class {
		// one test of the word's lists rules out most words for both; the
		// lists are read once per token, and s.class is as long as s.toks
		l := sets[c]
		if !l.Any(either) {
			continue
		}
		if !l.Any(reports) || l.Any(quoteVerbs) {
			if l.Any(complementizers) && i > 0 && s.folds[i-1] == "clear" {
				out = s.madeClear(out, i-1) // "made clear that": tested at "that", rarer than any word
			}
			continue
		}
		if s.in(i, lexicon.According) {
			according = true
		}
		if !s.isReporting(i) || s.idiom(i) {
			continue
		}
		start, ok := s.clauseStart(i)
		if !ok {
			if q, ok := s.runOnReport(i); ok {
				out = append(out, q)
				continue
			}
			bare = append(bare, i)
			continue
		}
		end := s.relativeEnd(i, start, s.subordinateEnd(i, start, s.clauseEnd(start)))
		if s.in(i, lexicon.TellVerbs) && s.fword(end) == ":" && s.determiner(start) && end-start <= 5 {
			continue // "told the foreign delegates: “…”": the addressee, then a quote
		}
		if q, ok := s.reported(start, end); ok {
			q.Cue = s.word(i)
			q.CueSpan = &s.toks[i].Span // copied out by finishQuotes
			q.who = s.sp.subjectOf(s, i, 0)
			out = append(out, q)
		}
	}
	if s.si == 0 {
		out = s.headlineClaim(out)
	}
	if len(bare) > 0 {
		n := len(out)
		out = s.afterReports(out, bare)
		out = s.dropOverlaps(out, mark, n)
	}
	if !according {
		return out
	}
	return s.accordingTo(out)
}

// runOnReport: the report before a reporting clause that no comma
// separates from it, a slip of machine translation ("The talks were
// useful Foreign Minister Bogdan Aurescu said after the session."): the
// verb at i ends the sentence but for a time or place, its subject is a
// name with its title, and the words before the subject hold a main
// clause.
func (s *quoteSentence) runOnReport(i int) (quote, bool) {
	k := i + 1
	if !s.endsSentence(k) && !s.adverbialStart(k) {
		return quote{}, false // "… declared war on …": an object
	}
	for n := 0; k < len(s.toks) && n < maxAttribution && s.adverbialWord(k); n++ {
		k++
	}
	if !s.endsSentence(k) || s.afterQuote(i) {
		return quote{}, false
	}
	v := i - 1
	for v > 0 && s.in(v, lexicon.Adverbs) {
		v--
	}
	who := s.sp.entityAt(s, v)
	if !who.found() {
		return quote{}, false
	}
	m := s.tokAt(who.mention.Start)
	for m > 0 && !s.inRegion(m-1) && (text.IsCap(s.word(m-1)) || s.in(m-1, lexicon.PersonHeads)) && s.tag(m-1) != "VBD" && s.tag(m-1) != "VBZ" {
		m-- // the title before the name
	}
	if t := s.tag(m - 1); m < 3 || t == "IN" || t == "TO" || t == "DT" || t == "POS" || t == "CC" || t == "WP" || t == "WDT" ||
		!isWord(s.word(m-1)) || s.inRegion(m-1) || s.in(m-1, lexicon.Subordinators) {
		return quote{}, false
	}
	start := s.datelineEnd()
	if !s.finiteVerb(start, m) || !s.mainClause(start) || s.inRegion(start) {
		return quote{}, false
	}
	q, ok := s.reported(start, trimBack(s, m))
	if !ok {
		return quote{}, false
	}
	q.Cue = s.word(i)
	q.CueSpan = &s.toks[i].Span // copied out by finishQuotes
	q.who = who
	return q, true
}

// madeClear appends the report of "made (it) clear that …" with "clear"
// at i, a reporting verb of two or three words.
func (s *quoteSentence) madeClear(out []quote, i int) []quote {
	v := i - 1
	if s.fword(v) == "it" {
		v--
	}
	switch s.fword(v) {
	case "made", "make", "makes", "making":
	default:
		return out
	}
	if s.fword(i+1) != "that" || s.inRegion(i) || s.idiom(v) {
		return out
	}
	start := s.afterThat(i + 2)
	if q, ok := s.reported(start, s.relativeEnd(v, start, s.subordinateEnd(v, start, s.clauseEnd(start)))); ok {
		cs := pipeline.Span{Start: s.toks[v].Start, End: s.toks[i].End}
		q.Cue, q.CueSpan = s.d.Text[cs.Start:cs.End], &cs
		q.who = s.sp.subjectOf(s, v, 0)
		out = append(out, q)
	}
	return out
}

// headlineClaim appends the claim of a headline in the form "Name:
// claim" ("Novak: Talks Have Failed"): a person's name alone before a
// colon at the start of the document's first sentence reports what
// follows it.
func (s *quoteSentence) headlineClaim(out []quote) []quote {
	k := 1
	for k < 4 && k < len(s.toks) && s.word(k) != ":" {
		k++
	}
	if s.word(k) != ":" || s.inRegion(k+1) || text.IsQuoteMark(s.word(k+1)) {
		return out
	}
	for j := 0; j < k; j++ {
		if !text.IsCap(s.word(j)) {
			return out
		}
	}
	who := s.sp.named(s, k-1) // a surname the body gives in full
	if !who.found() || s.sp.typeOf(who) != pipeline.Person {
		return out
	}
	if q, ok := s.reported(k+1, trimBack(s, len(s.toks))); ok {
		q.who = who
		return append(out, q)
	}
	return out
}

// dropOverlaps drops from out[n:] the reports before their verb that
// end where one of out[mark:n], reported after its verb, ends ("X said A
// “…,” she said": A is the first verb's, told twice); one that goes on
// after it ("X told them that A, but B, the source added") holds it.
func (s *quoteSentence) dropOverlaps(out []quote, mark, n int) []quote {
	keep := out[:n]
	for _, q := range out[n:] {
		over := false
		for _, p := range out[mark:n] {
			if q.Span.Start < p.Span.End && p.Span.Start < q.Span.End && s.tokAt(q.Span.End) <= s.tokAt(p.Span.End)+2 {
				over = true
				break
			}
		}
		if !over {
			keep = append(keep, q)
		}
	}
	return keep
}

// clauseEnd: the clause runs to the sentence end, or to the next reporting
// verb joined by and/but ("confirmed that A and stated that B", "… but the
// Kremlin announced"), a participle cue ("… adding “…”"), "with X
// stating", "according to", a colon, a verb the reporting subject does
// next ("said A would … and called …", "…, but did not …"), an
// apposition ("…, a decision which …"), or, once the clause has its
// verb, a comment on it (", which …", ", but …", ", adding …").
func (s *quoteSentence) clauseEnd(start int) int {
	fin := -1       // the reported clause's first finite verb
	passed := false // a reporting clause inside this one was passed over
	for k := start; k < len(s.toks); k++ {
		if s.inRegion(k) {
			continue
		}
		f := s.fword(k)
		if text.IsQuoteMark(s.word(k)) && !s.apostrophe(k) || f == ":" && (fin < 0 || text.IsQuoteMark(s.word(k+1))) || f == ";" || f == "according" && s.fword(k+1) == "to" {
			return trimBack(s, k)
		}
		if f == ")" && s.parenStart(k) < start {
			return trimBack(s, k) // "(her campaign disclosed that she was ill)": the brackets close the report
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
		if (f == "and" || f == "but") && (fin >= 0 && s.outerVerb(fin, k+1) || s.speechAct(k+1)) {
			return trimBack(s, k)
		}
		if fin >= 0 && (f == "," || isDash(f) && s.tag(k+1) == "VBG") && s.comment(k+1) {
			return trimBack(s, k)
		}
		if fin >= 0 && isDash(f) && s.fword(k+1) == "as" && s.verbOrModal(k+2) {
			return trimBack(s, k) // "… ― as was true for …": the writer's aside
		}
		if k > start+2 && s.apposition(k, fin >= 0) {
			return trimBack(s, k)
		}
		if t := s.toks[k].Tag; t == "MD" || t == "VBD" || t == "VBZ" || t == "VBP" {
			fin = k
		}
	}
	return trimBack(s, len(s.toks))
}

// subordinateEnd: when the reporting verb at i stands in a subordinate
// clause that opens the sentence ("Though X insisted that A, the campaign
// has …", "When X noted that A, Y boasted …"), the report [start, end)
// stops at the comma before the main clause.
func (s *quoteSentence) subordinateEnd(i, start, end int) int {
	b := s.subordinator(i)
	if b < 0 {
		return end
	}
	for k := b + 1; k < i; k++ {
		if s.word(k) == "," && !s.inRegion(k) {
			return end // the subordinate clause ended before the verb
		}
	}
	fin := false
	for k := start + 1; k+1 < end; k++ {
		if s.word(k) == "," && !s.inRegion(k) && s.subjectWord(k+1) && s.opensClause(k+1) {
			return trimBack(s, k)
		}
		// with no comma: a new subject after the clause's verb and a noun
		// ("after the IAEA confirmed that Iran had met its obligations the
		// sanctions were lifted")
		if fin && s.determiner(k) && s.fword(k) != "that" && !s.inRegion(k) && s.complementedNoun(k-1) && s.opensClause(k) {
			return trimBack(s, k)
		}
		fin = fin || s.verbOrModal(k)
	}
	return end
}

// subordinator returns the subordinating conjunction that opens the
// clause of the reporting verb at i, at the sentence's start or before
// the verb's subject ("… and after the IAEA confirmed that …"), or -1.
func (s *quoteSentence) subordinator(i int) int {
	if i == 0 {
		return -1
	}
	b := 0
	if !s.in(0, lexicon.Subordinators) {
		b = i - 1
		for b > 0 && s.in(b, lexicon.Adverbs) {
			b--
		}
		for n := 0; n < 6 && b > 0 && s.subjectWord(b); n++ {
			b--
		}
		if b == i-1 || !s.in(b, lexicon.Subordinators) || s.inRegion(b) {
			return -1
		}
	}
	if f := s.fword(b); f == "so" || f == "whether" {
		return -1
	}
	return b
}

// relativeEnd: when the reporting verb at i opens a relative clause ("the
// report, which contended that A, is …"), the report [start, end) stops
// at a comma followed by a finite verb, the outer clause's.
func (s *quoteSentence) relativeEnd(i, start, end int) int {
	p := i - 1
	for p > 0 && s.in(p, lexicon.Auxiliaries.Or(lexicon.Adverbs)) {
		p-- // "who had repeatedly said …"
	}
	if f := s.fword(p); f != "which" && f != "who" && !s.gapRelative(i) {
		return end
	}
	for k := start + 1; k+1 < end; k++ {
		if t := s.tag(k + 1); s.word(k) == "," && !s.inRegion(k) && (t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD") {
			return trimBack(s, k)
		}
	}
	return end
}

// comment: after a comma that follows the reported clause's verb, the
// words from k comment on the report rather than continue it: a relative
// clause with a subject of its own (", which Serbian media read as …"),
// a clause of its own after and, but or a conjunction of contrast (",
// but the talks resumed …", ", and the downgrade is …", ", although he
// refused …"), a past verb of the reporting subject's (", but did not
// comment …"), or a participle of speech (", citing …", "— citing …"). ", which was
// …", ", but would …" and ", but that …" go on with the report.
func (s *quoteSentence) comment(k int) bool {
	switch s.fword(k) {
	case "which":
		// ", which forced her to …": a relative of the writer's, but ", which
		// was …" and ", which is …" go on with the report
		return s.subjectWord(k+1) && s.tag(k+1) != "RB" || s.tag(k+1) == "VBD" && !s.in(k+1, lexicon.BeForms)
	case "and":
		// ", and that …", ", and it …", ", and “we will …”" go on with the
		// report; ", and that’s …" is the writer's
		if s.fword(k+1) == "that" {
			return s.in(k+2, lexicon.BeForms) || s.fword(k+2) == "'s"
		}
		return s.tag(k+1) != "PRP" && !s.inRegion(k+1) && s.subjectWord(k+1) && s.opensClause(k+1)
	case "although", "though", "whereas":
		return s.subjectWord(k+1) && s.opensClause(k+1)
	case "but":
		k++
		for k < len(s.toks) && s.in(k, lexicon.Adverbs) {
			k++
		}
		if s.fword(k) == "that" || k >= len(s.toks) {
			return false
		}
		if t := s.tag(k); t == "VBD" || s.fword(k) == "did" {
			return true
		}
		return s.subjectWord(k) && s.opensClause(k)
	}
	for k < len(s.toks) && s.tag(k) == "RB" {
		k++
	}
	return s.tag(k) == "VBG" && s.in(k, lexicon.SpeechParticiples.Or(lexicon.Reporting)) && !s.inRegion(k)
}

// speechAct: the word at k, after and/but, adverbs and maybe a subject of
// its own, is a speech act ("… and called for talks", "… and he urged
// Pyongyang to …", "… and Democrats accused the GOP of …"), not a verb of
// the reported clause.
func (s *quoteSentence) speechAct(k int) bool {
	at := k
	for n := 0; n < 4 && k < len(s.toks) && s.subjectWord(k) && !s.in(k, lexicon.SpeechActs); n++ {
		k++
	}
	for k < len(s.toks) && s.in(k, lexicon.Adverbs) {
		k++
	}
	// right after and/but with no subject between, a past form tagged as a
	// participle is the same verb ("said “…” and called for talks")
	return k < len(s.toks) && s.in(k, lexicon.SpeechActs) && (s.tag(k) == "VBD" || s.tag(k) == "VBN" && k == at && s.afterQuote(at-1))
}

// idiom: the reporting word at i reports nothing: "it goes without
// saying that", "it is worth noting that", "it is to note that", "having
// said that, …", a negation ("could not say when …"), or a free relative
// ("what Trump says his plan would do").
func (s *quoteSentence) idiom(i int) bool {
	switch s.fword(i - 1) {
	case "without", "worth", "having", "needless", "not", "n't", "never":
		return true
	case "to":
		return s.in(i-2, lexicon.BeForms)
	case "'s", "us":
		return s.fword(i-2) == "let" // "let's say you think …": a supposition
	}
	for j, n := i-1, 0; j >= 0 && n < 4 && s.subjectWord(j); j, n = j-1, n+1 {
		if s.tag(j-1) == "WP" || s.fword(j-1) == "how" {
			return true
		}
	}
	return false
}

// nextReport: a reporting verb at k inside a clause starting at start
// begins another quote when it follows and/but/while, directly or after
// its own subject, or is a participle ("adding", "with X stating").
func (s *quoteSentence) nextReport(start, k int) (int, bool) {
	if s.tag(k) == "VB" {
		return 0, false // "could suspend relations and recall its envoy": a verb of the clause
	}
	if f := s.fword(k - 1); (f == "and" || f == "or") && s.tag(k-2) == "VBN" && !s.reportsAnything(k) &&
		!(s.fword(k+1) == "to" && strings.HasPrefix(s.tag(k+2), "VB")) {
		// "would be studied and reported to Putin": a passive of the
		// clause; "had been killed and claimed to have …" is the speaker's
		return 0, false
	}
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
		if t := s.tag(k - 1); t == "IN" || t == "DT" || t == "RB" || t == "JJ" || s.tag(k) == "JJ" {
			// "pilloried for acknowledging that …": part of the clause;
			// "very promising", "a threatening …": an adjective
			return 0, false
		}
		for w := k - 1; w > start && w >= k-8; w-- {
			if s.fword(w) == "with" {
				return w, true
			}
		}
		if t := s.tag(k - 1); (t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS") && !s.reportsAnything(k) {
			// "the statements announcing the failure": a participle after
			// a noun that reports no clause of its own qualifies the noun
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// ownReport: the reporting verb at k, inside a clause starting at start,
// reports a clause or a quotation of its own ("… Trump boasted, “…”") or
// ends the sentence; subj is where its own subject starts, or
// -1 when it has none there. A reporting clause with a subject ends the
// clause before it ("A said the talks were useful Rubio said the meeting
// was good" is two quotes), unless it is part of it (embeddedReport). One
// of those, or one without a subject ("which was announced that …"), is
// passed over, and the next ends the clause whatever it is: a word so lies
// in two reported clauses at most, and the quotes of a sentence are not
// longer in all than twice the sentence.
func (s *quoteSentence) ownReport(start, k int) (int, bool) {
	if !s.reportsAnything(k) && !s.endsSentence(s.skipTime(k+1)) {
		return 0, false // a reporting clause at the end ("… “…,” she said.") reports what comes before it
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

// apostrophe: the mark at token k is the apostrophe of a plural's
// possessive ("the United States’ military"), not a quotation mark.
func (s *quoteSentence) apostrophe(k int) bool {
	w := s.word(k)
	return (w == "’" || w == "'") && k > 0 && s.toks[k].Start == s.toks[k-1].End && !s.inRegion(k) &&
		(s.toks[k].Tag == "POS" || strings.HasSuffix(s.fword(k-1), "s"))
}

// endsSentence: token k ends the sentence or is past its end.
func (s *quoteSentence) endsSentence(k int) bool {
	f := s.fword(k)
	return k >= len(s.toks) || f == "." || f == "!" || f == "?"
}

// mixedClose: token c is the closing mark of a quotation that ends in a
// comma (“…,”) and goes on from words outside marks before it (“Oz is
// “smart as hell,” X wrote”): a report quoting its last words, with
// the reporting clause after it (CONTRACT.md: a mixed quote).
func (s *quoteSentence) mixedClose(c, from int) bool {
	if !s.inRegion(c) || !text.IsQuoteMark(s.word(c)) || s.word(c-1) != "," || c+1 < len(s.toks) && s.inRegion(c+1) {
		return false
	}
	o := c - 1
	for o > from && s.inRegion(o-1) {
		o--
	}
	return o > from && s.joined(o-1, o)
}

// mixedStretch: tokens [start, end) join a quotation to words outside
// marks with no punctuation between (“…” to drive up the price, A “B”).
func (s *quoteSentence) mixedStretch(start, end int) bool {
	for k := start + 1; k < end; k++ {
		if s.inRegion(k-1) != s.inRegion(k) && s.joined(k-1, k) {
			return true
		}
	}
	return false
}

// joined: tokens a and b = a+1, one inside quotation marks and one
// outside, meet at a mark with a word on the other side.
func (s *quoteSentence) joined(a, b int) bool {
	out := a
	if s.inRegion(a) {
		out = b
	}
	// a word in lower case goes on with the quotation (“…” to drive up);
	// a name after it is the speaker's (“…” Malkia Cyril, the director)
	w := s.word(out)
	return w != "" && (unicode.IsLower(firstRune(w)) || out < b && unicode.IsLetter(firstRune(w)) || unicode.IsDigit(firstRune(w)))
}

// isWord: w starts with a letter or a digit, not punctuation.
func isWord(w string) bool {
	return w != "" && (unicode.IsLetter(firstRune(w)) || unicode.IsDigit(firstRune(w)))
}

// reportsAnything: the reporting verb at k reports a clause or a
// quotation of its own.
func (s *quoteSentence) reportsAnything(k int) bool {
	if _, ok := s.clauseStart(k); ok {
		return true
	}
	j := k + 1
	if s.fword(j) == "," || s.fword(j) == ":" {
		j++
	}
	return j < len(s.toks) && (s.inRegion(j) || text.IsQuoteMark(s.word(j)))
}

// determiner: a word that opens a noun phrase ("the", "a", "his").
func (s *quoteSentence) determiner(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.toks[k].Tag
	return t == "DT" || t == "PRP$"
}

// embeddedReport: the reporting clause whose subject starts at subj is
// part of the clause starting at start rather than another one after it:
// it opens the clause ("said that Rubio had stated that …" reports what
// Rubio stated), a subordinating conjunction opens it ("was right when he
// said …"; but while and though contrast two reports), or a noun comes before a subject in lower case, a reduced
// relative clause ("the plan he says he drafted", "a figure an aide told
// reporters"). A subject in capitals after a noun starts a sentence whose
// full stop is missing ("… in the region The ministry said …").
func (s *quoteSentence) embeddedReport(start, subj int) bool {
	if subj <= start {
		return true
	}
	if f := s.fword(subj - 1); s.in(subj-1, lexicon.Subordinators) && f != "while" && f != "though" && f != "although" {
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
	switch s.tag(k) {
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
	if f := s.fword(k); (f == "could" || f == "did") && (s.fword(k+1) == "not" || s.fword(k+1) == "n't") && s.isReporting(k+2) {
		return true // "… but could not say when …": the speaker's own refusal
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
	if !s.in(fin, lexicon.BeForms) {
		// "said it appreciated the efforts and called on X to …": calling
		// on someone is the speaker's act, whatever the clause's tense
		return s.in(k, lexicon.SpeechActs) && (s.fword(k+1) == "on" || s.fword(k+1) == "upon")
	}
	// a passive ("the list was “made to be rejected” and violated …")
	// coordinates with a past verb of its own subject; only a speech act
	// is the reporting subject's then
	j := fin + 1
	for j < len(s.toks) && (text.IsQuoteMark(s.word(j)) || s.in(j, lexicon.Adverbs)) {
		j++
	}
	return j >= len(s.toks) || s.toks[j].Tag != "VBN" || s.in(k, lexicon.SpeechActs)
}

// apposition: a noun phrase commenting on the whole clause ("…, a
// decision which was …", "a version of events that …") or, once the
// clause has its verb (hasVerb), a participle after a noun ("… in the
// talks accusing the RSF of …"); before it, the participle is part of the
// subject ("the tweets accusing her of … are “lies”").
func (s *quoteSentence) apposition(k int, hasVerb bool) bool {
	f := s.fword(k)
	if f == "a" || f == "an" {
		p := s.toks[k-1].Tag
		if s.capitalVB(k - 1) {
			p = "NNP"
		}
		if p != "," && p != "NN" && p != "NNS" && p != "NNP" && p != "RB" {
			return false
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			w := s.fword(j)
			if w == "that" && (s.fword(j-1) == "and" || s.fword(j-1) == "but" || s.fword(j-1) == "or") {
				return false // "was not an ally and that …": the report goes on
			}
			if w == "which" || w == "that" || s.toks[j].Tag == "VBN" && (s.fword(j+1) == "by" || p == "," && (s.tag(j+1) == "TO" || s.tag(j+1) == "IN")) {
				return true
			}
		}
		return false
	}
	if hasVerb && s.toks[k].Tag == "VBG" && s.in(k, lexicon.SpeechParticiples) {
		p := s.toks[k-1].Tag
		return p == "NN" || p == "NNS" || p == "NNPS"
	}
	return false
}

// trimBack drops trailing punctuation, conjunctions and prepositions
// before token k ("… was right when", "… pilloried for").
func trimBack(s *quoteSentence, k int) int {
	for k > 0 {
		w := s.fword(k - 1)
		if w == "." || w == "," || w == ";" || w == ":" || w == "and" || w == "but" || isDash(w) ||
			s.in(k-1, lexicon.Subordinators) || s.tag(k-1) == "IN" {
			k--
			continue
		}
		break
	}
	return k
}

// reported makes an indirect quote of tokens [start, end) when they hold
// a clause: at least three words and a verb (clauseVerb).
func (s *quoteSentence) reported(start, end int) (quote, bool) {
	if end-start < 3 {
		return quote{}, false
	}
	if !s.clauseVerb(start, end) {
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
		if s.fword(k+2) == "whom" && s.word(k-1) == "," {
			// "Urrejola, according to whom the talks lasted six hours,
			// described …": the relative clause is the report, its
			// antecedent the source
			e := k + 3
			for e < len(s.toks) && s.word(e) != "," && !s.fullStop(e) {
				e++
			}
			if q, ok := s.reported(k+3, trimBack(s, e)); ok {
				q.Cue = "according to"
				cs := pipeline.Span{Start: s.toks[k].Start, End: s.toks[k+1].End}
				q.CueSpan = &cs
				q.who = s.sp.named(s, k-2)
				out = append(out, q)
			}
			from = e
			continue
		}
		who, e := s.accordingSource(k)
		var q quote
		var ok bool
		if f := s.fword(k - 1); k > 2 && (f == "which" || f == "where" || f == "whom") {
			// "a vote in which according to the Electoral Council (EC)
			// most voters approved …": the relative clause is reported
			if c := s.nameEnd(k + 2); c < e && c > k+2 {
				q, ok = s.reported(c, trimBack(s, e))
				from = e
				if ok {
					q.Cue = "according to"
					cs := pipeline.Span{Start: s.toks[k].Start, End: s.toks[k+1].End}
					q.CueSpan = &cs
					q.who = s.namedIn(k+2, c)
					out = append(out, q)
				}
				continue
			}
		}
		// the clause comes after the source at the sentence's start or
		// after and/but ("… in Paris, but according to officials no
		// agreement was reached"); a comma, or where a clause opens in
		// a source without one ("According to Egyptian officials the
		// messages were carried …"), ends the source
		after := k <= 2 || s.joinsClause(k-1)
		c := -1
		if after && s.ruleSource(k) {
			from = e
			continue
		}
		if after {
			if c = s.sourceSplit(k+2, e); c > 0 {
				who, e = s.accordingSourceIn(k+2, c), c
			} else if e < len(s.toks) && s.word(e) == "," {
				c = e + 1
			}
		}
		if c > 0 {
			next := c
			for next < len(s.toks) && !s.isAccordingTo(next) {
				next++
			}
			q, ok = s.reported(c, trimBack(s, next))
			from = next
		} else if k > 2 && !after && !s.byRule(k) {
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

// accordingSource returns the source named after "according to" at token
// k, which runs to the next comma, "according to" or the sentence end, and
// the token where it ends.
func (s *quoteSentence) accordingSource(k int) (speaker, int) {
	src := k + 2
	e := src
	for e < len(s.toks) && s.word(e) != "," && s.word(e) != "." && !s.isAccordingTo(e) {
		e++
	}
	return s.accordingSourceIn(src, e), e
}

// joinsClause: "and" or "but" at k, maybe after a comma, joins a clause
// to the one before.
func (s *quoteSentence) joinsClause(k int) bool {
	f := s.fword(k)
	return f == "and" || f == "but"
}

// sourceSplit returns where a clause opens inside the source [src, e) of
// "according to" that no comma closes: after a noun, a new noun phrase
// (a determiner, a pronoun, a number, a name after a common noun, a noun
// after a plural) whose clause goes on to a verb of its own ("according to
// later reports Trump handed …", "according to the delegations the two
// sides had agreed …"); -1 when there is none.
func (s *quoteSentence) sourceSplit(src, e int) int {
	for c := src + 1; c < e && c <= src+12; c++ {
		if s.inRegion(c) || s.inRegion(c-1) {
			continue
		}
		p, t := s.toks[c-1].Tag, s.toks[c].Tag
		if s.in(c-1, lexicon.NounVerbs) && p[0] == 'V' {
			p = "NNS" // "according to later reports": a noun the tagger read as a verb
		}
		if p != "NN" && p != "NNS" && p != "NNP" && p != "NNPS" && p != "CD" && p != "-RRB-" && s.word(c-1) != ")" {
			continue
		}
		lowerBefore := p == "NN" || p == "NNS"
		if (t == "NNP" || t == "NNPS") && lowerBefore {
			// a name after a common noun names the source ("the newspaper
			// La Nación the …") unless a verb or "and" follows it ("later
			// reports Trump handed …", "sources France and the US had …")
			r := c + 1
			for r < e && (s.tag(r) == "NNP" || s.tag(r) == "NNPS") {
				r++
			}
			if !s.verbOrModal(r) && !(s.in(r, lexicon.Adverbs) && s.verbOrModal(r+1)) && s.fword(r) != "and" {
				c = r - 1
				continue
			}
		}
		opens := t == "DT" || t == "PRP" || t == "PRP$" || t == "CD" || t == "EX" ||
			(t == "NNP" || t == "NNPS") && lowerBefore || p == "NNS" && (t == "NN" || t == "NNS" || t == "JJ")
		if !opens || s.fword(c) == "that" || s.fword(c) == "this" && s.tag(c+1) == "VBZ" {
			continue
		}
		if s.opensClause(c) {
			return c
		}
	}
	return -1
}

// accordingSourceIn returns the source that tokens [src, e) after
// "according to" name.
func (s *quoteSentence) accordingSourceIn(src, e int) speaker {
	var who speaker
	for j := e - 1; j >= src; j-- {
		if r := s.sp.named(s, j); r.found() {
			who = r
			break
		}
	}
	if e == src+1 && s.in(src, lexicon.PersonPronouns.Or(lexicon.GroupPronouns)) {
		return s.sp.pronoun(s, src) // "According to him, …"
	}
	h := e - 1
	if h > src && s.word(h) == ")" {
		// "according to the Statistics Office (STO)": the head stands
		// before the abbreviation in brackets
		for h--; h > src && s.word(h) != "("; h-- {
		}
		h--
	}
	if h >= src && !text.IsCap(s.word(h)) && !s.in(h, lexicon.BodyHeads) {
		who = speaker{} // "according to Egyptian security sources": unnamed
		if s.in(h, lexicon.PersonHeads) && s.fword(h-1) != "a" && s.fword(h-1) != "an" {
			who = s.sp.npAt(s, h) // "according to the Chilean president": the office's holder
		}
	}
	return who
}

// isAccordingTo: "according to" outside quotation marks starts at token k.
func (s *quoteSentence) isAccordingTo(k int) bool {
	return s.in(k, lexicon.According) && s.fword(k+1) == "to" && !s.inRegion(k)
}

// clauseVerb: tokens [start, end) hold the verb of a clause outside
// quotation marks, or a quoted stretch that goes on with the words before
// it in lower case (her country “does not exclude” a pipeline). A clause
// that is all a quotation, or a quoted sentence after words without a verb
// ("said that “…”", "told the deputies “We …”"), is one direct quote.
func (s *quoteSentence) clauseVerb(start, end int) bool {
	for k := start; k < end; k++ {
		if s.inRegion(k) {
			if k > start && !s.inRegion(k-1) && k+1 < end && unicode.IsLower(firstRune(s.word(k+1))) {
				return true
			}
			continue
		}
		if t := s.toks[k].Tag; t[0] == 'V' || t == "MD" {
			return true
		}
	}
	return false
}

func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// nameEnd returns the token after the name that starts at j: "the",
// capitalised words and the words that join them (of, for, and), and an
// abbreviation in brackets after them.
func (s *quoteSentence) nameEnd(j int) int {
	if s.fword(j) == "the" {
		j++
	}
	k := j
	for k < len(s.toks) && (text.IsCap(s.word(k)) || k > j && (s.fword(k) == "of" || s.fword(k) == "for" || s.fword(k) == "and") && text.IsCap(s.word(k+1))) {
		k++
	}
	if k == j {
		return j
	}
	if s.word(k) == "(" {
		for e := k + 1; e < len(s.toks) && e <= k+4; e++ {
			if s.word(e) == ")" {
				return e + 1
			}
		}
	}
	return k
}

// namedIn is the last name in tokens [lo, hi).
func (s *quoteSentence) namedIn(lo, hi int) speaker {
	for j := hi - 1; j >= lo; j-- {
		if r := s.sp.named(s, j); r.found() {
			return r
		}
	}
	return speaker{}
}

// byRule: "according to" at k follows its clause without a comma and
// names a rule or a plan (ruleSource), not a source ("exchanged according
// to the formula …", "must leave according to a calendar of withdrawal"):
// the phrase says how, not who said so.
func (s *quoteSentence) byRule(k int) bool {
	return s.word(k-1) != "," && s.ruleSource(k)
}

// ruleSource: "according to" at k names a rule, a plan or a programme
// ("According to the programme the conference lasted two days"): what it
// introduces is no one's statement.
func (s *quoteSentence) ruleSource(k int) bool {
	j := k + 2
	if f := s.fword(j); f == "the" || f == "a" || f == "an" || f == "its" || f == "their" {
		j++
	}
	switch s.fword(j) {
	case "formula", "principle", "principles", "calendar", "schedule", "timetable", "plan", "rules", "terms", "procedure", "procedures", "scheme", "roadmap", "model",
		"programme", "program", "agenda":
		return true
	}
	return false
}
