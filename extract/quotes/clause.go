package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
)

// maxWindow is how many words may stand between a reporting verb and the
// "that" of its clause: an addressee, a time and a place ("told reporters
// in Sofia on Wednesday that").
const maxWindow = 10

// clauseStart returns the first token of the clause reported by the verb
// at i: after "that", after an addressee or adverbial and "that" ("told
// reporters that", "said last week that", "said in a statement on Monday
// that"), or, without "that", after the verb, a time adverbial and, for a
// verb of telling, its addressee ("told reporters on Monday the talks …").
func (s *quoteSentence) clauseStart(i int) (int, bool) {
	if s.in(i, lexicon.QuoteVerbs) {
		return 0, false // asked, shouted: a quote, not a clause
	}
	j := i + 1
	if s.fword(j) == "out" { // pointed out that
		j++
	}
	if s.fword(j) == "that" {
		return s.afterThat(j + 1), true
	}
	if s.fword(j) == "," && (s.in(j+1, lexicon.Adverbs) || s.tag(j+1) == "RB") && s.fword(j+2) == "," && s.fword(j+3) == "that" {
		return s.afterThat(j + 4), true // "warned, however, that"
	}
	if s.fword(j) == "," && s.fword(j+1) == "that" && !s.inRegion(j+1) {
		return s.afterThat(j + 2), true // "said, that …": the comma of a translation
	}
	if f := s.fword(j); (f == "," || f == ":") && j+1 < len(s.toks) && s.in(i, lexicon.SayVerbs) && s.tag(i)[0] == 'V' &&
		!s.in(i-1, lexicon.BeForms) && !s.inRegion(j+1) && !text.IsQuoteMark(s.word(j+1)) &&
		!s.commaBefore(i) && s.subordinator(i) < 0 && s.subjectWord(j+1) && s.opensClause(j+1) {
		// "declared, the talks had been …", "noted: the cooperation must
		// …"; not a passive or a subordinate clause before the main one
		// ("When the diagnosis was confirmed, Clinton did …")
		return j + 1, true
	}
	for k := j; k < len(s.toks) && k <= j+maxWindow; k++ {
		if s.inRegion(k) {
			continue // told CBS’s “Face the Nation” that
		}
		f := s.fword(k)
		if f == "," {
			if e := s.windowInsert(k); e > k {
				// "says at a stop in Toledo, Ohio, that", "cautioned, as
				// did the campaign itself, that"
				if s.fword(e+1) == "that" && (k == j || s.objectBeforeThat(i, j, k)) {
					return s.afterThat(e + 2), true
				}
				k = e
				continue
			}
		}
		if f == "that" {
			if k > j && s.verbOrModal(k+1) {
				// "said the demands that come with the job erase …", "told
				// reporters after the meeting that was held …": a relative
				// pronoun
				break
			}
			if s.objectBeforeThat(i, j, k) {
				return s.afterThat(k + 1), true
			}
			// "said many of the examples that critics cite failed …": the
			// clause may open before a noun's "that" (opensClause)
			break
		}
		if t := s.toks[k].Tag; f == "," || f == "." || f == ":" || f == ";" || t[0] == 'V' && !s.capitalVB(k) || t == "MD" || t == "WDT" || t == "WP" || t == "CC" || s.nominative(k) {
			break // "recognised borders and that …", "said they share the view that …": that of another clause
		}
	}
	if !s.in(i, lexicon.SayVerbs) || j >= len(s.toks) || s.afterQuote(i) {
		return 0, false
	}
	if s.verbOrModal(j) && s.gapRelative(i) {
		return j, true // "the donations, which he said were accompanied by …"
	}
	k := s.skipTime(j)
	if s.in(i, lexicon.TellVerbs) {
		a := s.skipAddressee(k)
		if a == k {
			return 0, false // "told a young woman who …": the words after it are its addressee
		}
		k = s.skipTime(a)
	} else if p := s.skipPlace(k); p > k {
		k = p
	}
	if s.opensClause(k) {
		return k, true
	}
	return 0, false
}

// afterQuote: the verb at i follows a closing quotation mark, a comma at
// most between (“…,” said Mr. Burman (an economist who …)): the words
// after it name the quote's speaker, they report no clause.
func (s *quoteSentence) afterQuote(i int) bool {
	k := i - 1
	if s.word(k) == "," {
		k--
	}
	return k >= 0 && (text.IsQuoteMark(s.word(k)) || s.inRegion(k))
}

// afterThat: the clause after "that" at k-1 starts at k, or after a comma
// or dash there ("wrote that, “For …”").
func (s *quoteSentence) afterThat(k int) int {
	for f := s.fword(k); f == "," || f == "—" || f == "–"; f = s.fword(k) {
		k++
	}
	return k
}

// opensClause: a clause without "that" starts at token j: a subject,
// then a finite verb or modal soon after that no and/but/or joins to the
// words before ("stated Russia’s opposition to …" has none; in "claimed
// victory and thanked …" the verbs are the reporting subject's own).
func (s *quoteSentence) opensClause(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	switch t := s.toks[j].Tag; {
	case s.fword(j) == "neither":
		// "said neither the minister nor her staff helped": a subject
	case approximator(s.fword(j)) && s.tag(j+1) == "CD":
		// "said about 20 people have …"
	case t == "IN" || t == "TO" || t == "," || t == ":" || t == "." || t == "POS" || t[0] == 'V' || t == "MD" || t == "WDT" || t == "WP" || t == "CC":
		return false
	case s.nominative(j):
		return true // "said they both share …", whatever the tagger makes of "share"
	case t == "RB":
		// "too much is made of …", "nearly half of them were …"
		if n := s.tag(j + 1); n != "JJ" && n != "DT" && n != "CD" && n != "RB" && n != "NN" && n != "NNS" {
			return false
		}
	}
	// a relative or subordinate clause inside the words takes the next
	// finite verb: "the issues which were easy had been agreed", and no
	// clause in "announced a deal which allows …", "announced the truce
	// an hour before Misri spoke"
	sub := false
	for k := j + 1; k < len(s.toks) && k <= j+16; k++ {
		if s.in(k, lexicon.Subordinators) && !s.inRegion(k) || s.fword(k) == "that" && (s.verbOrModal(k+1) || s.complementedNoun(k-1)) {
			sub = true // "the demands that come with the job erase …", "plans that the state would fund" (no clause)
			continue
		}
		switch t := s.toks[k].Tag; t {
		case "WDT", "WP":
			sub = true
		case "MD", "VBD", "VBZ", "VBP":
			if f := s.fword(k - 1); f == "and" || f == "but" || f == "or" {
				return false
			}
			if sub {
				sub = false
				continue
			}
			if k > j+1 {
				return true
			}
			switch s.toks[j].Tag {
			case "PRP", "NNP", "NNPS", "NNS", "NN", "EX", "DT", "CD":
				return true
			}
			return false
		default:
			if f := s.fword(k - 1); t[0] == 'V' && (f == "and" || f == "but" || f == "or") {
				return false // "claimed victory and thanked …"
			}
		}
		if !s.inRegion(k) && (s.word(k) == "," || s.word(k) == "." || s.word(k) == ";" || s.word(k) == ":") {
			return false
		}
	}
	return false
}

// gapRelative: the reporting verb at i follows a relative pronoun and
// the verb's own subject ("which he said", "who officials say"): the
// clause it reports is the rest of the relative clause, without its
// subject.
func (s *quoteSentence) gapRelative(i int) bool {
	k := i - 1
	for k > 0 && s.in(k, lexicon.Adverbs) {
		k--
	}
	for n := 0; n < 4 && k > 0 && s.subjectWord(k) && !s.inRegion(k); n++ {
		k--
		if f := s.fword(k); f == "which" || f == "who" || f == "that" {
			return true
		}
	}
	return false
}

// windowInsert: the comma at k, between a reporting verb and its "that",
// opens a state after a town ("in Toledo, Ohio, that") or an aside with
// "as" ("cautioned, as did the campaign itself, that"); it returns the
// comma that closes it, else k.
func (s *quoteSentence) windowInsert(k int) int {
	if k > 0 && s.tag(k-1) == "NNP" && s.tag(k+1) == "NNP" && s.word(k+2) == "," {
		return k + 2
	}
	if s.fword(k+1) == "as" {
		for e := k + 2; e < len(s.toks) && e <= k+8; e++ {
			if s.word(e) == "," {
				return e
			}
		}
	}
	return k
}

// commaBefore: a comma outside quotation marks stands before token i in
// its sentence ("A, X said, B": the report is A and B).
func (s *quoteSentence) commaBefore(i int) bool {
	for k := 0; k < i; k++ {
		if s.word(k) == "," && !s.inRegion(k) {
			return true
		}
	}
	return false
}

// capitalVB: token k is a name that the tagger read as a verb after
// "to", a noun, a determiner or a preposition ("a letter to Trump", "aid
// to Ukraine", "the agency Agerpres").
func (s *quoteSentence) capitalVB(k int) bool {
	if k == 0 || !strings.HasPrefix(s.tag(k), "VB") || !text.IsCap(s.word(k)) {
		return false
	}
	switch s.tag(k - 1) {
	case "TO", "NN", "NNS", "DT", "IN", "JJ":
		return true
	}
	return false
}

// approximator: a word that can stand before a number in a subject
// ("about 20 people").
func approximator(w string) bool {
	switch w {
	case "about", "around", "nearly", "almost", "some", "over", "under", "roughly", "approximately":
		return true
	}
	return false
}

// nominative: token k is a pronoun that can only be a subject ("he",
// "they"), never the object of a verb.
func (s *quoteSentence) nominative(k int) bool {
	switch s.fword(k) {
	case "he", "she", "they", "we", "i":
		return !s.inRegion(k)
	}
	return false
}

// complementedNoun: token k is a noun whose "that" after it opens a
// clause of the noun's ("plans that the state would fund"), not a verb
// the tagger read as a noun ("protests demands that all engage").
func (s *quoteSentence) complementedNoun(k int) bool {
	t := s.tag(k)
	return (t == "NN" || t == "NNS") && !s.in(k, lexicon.NounVerbs)
}

// verbOrModal: token k is a finite verb or a modal.
func (s *quoteSentence) verbOrModal(k int) bool {
	if k >= len(s.toks) || s.inRegion(k) || text.IsQuoteMark(s.word(k)) {
		return false // the tagger may read a quotation mark as a verb
	}
	switch s.tag(k) {
	case "MD", "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// tag is token k's part-of-speech tag, "" outside the sentence.
func (s *quoteSentence) tag(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].Tag
}

// skipTime returns the token after a time adverbial starting at j
// ("yesterday", "on Monday", "last week", "on 14 May", "earlier this
// month"), or j when there is none.
func (s *quoteSentence) skipTime(j int) int {
	if f := s.fword(j); (f == "after" || f == "before" || f == "during") && s.determiner(j+1) && (s.in(j+2, lexicon.EventNouns) || occasion(s.fword(j+2))) {
		return j + 3 // "said after the meeting", "said during the talks"
	}
	k := j
	if s.fword(k) == "on" || s.fword(k) == "earlier" || s.fword(k) == "later" {
		k++
	}
	if s.in(k, lexicon.TimeShifters) {
		k++
	}
	n := k
	for n < len(s.toks) && n < k+3 && (s.in(n, lexicon.TimeNouns.Or(lexicon.Weekdays).Or(lexicon.Months)) || s.tag(n) == "CD" && n > j) {
		n++
	}
	if n == k {
		return j
	}
	return n
}

// occasion: a noun for an occasion of speaking ("after the meeting").
func occasion(w string) bool {
	switch w {
	case "meeting", "meetings", "convention", "debate", "session", "vote", "election", "call", "interview", "visit", "ceremony", "rally", "speech", "briefing", "hearing":
		return true
	}
	return false
}

// addresseeEnd returns the token after an addressee that starts at j (a
// name, an object pronoun, a short noun phrase: "told The Huffington
// Post", "told me", "told reporters"), or j when there is none.
func (s *quoteSentence) addresseeEnd(j int) int {
	if r := s.sp.entityAt(s, j); r.found() {
		if k := s.tokAt(r.mention.End); k > j {
			return k
		}
	}
	switch s.fword(j) {
	case "him", "her", "them", "me", "us", "you":
		return j + 1
	}
	k := j
	if s.determiner(k) {
		k++
	}
	for k < len(s.toks) && k < j+5 && !s.inRegion(k) {
		if t := s.tag(k); t != "JJ" && t != "NN" && t != "NNS" && t != "NNP" && t != "NNPS" {
			break
		}
		k++
	}
	if k == j+1 && s.determiner(j) {
		return j
	}
	return k
}

// skipPlace returns where a clause opens after a place and a time ("said
// in Vilnius on Monday the …", "said in London Türkiye is …"): "in" or
// "at" and a name, the shortest that a clause follows; j when there is
// none.
func (s *quoteSentence) skipPlace(j int) int {
	if f := s.fword(j); f != "in" && f != "at" {
		return j
	}
	k := j + 1
	if s.fword(k) == "the" {
		k++
	}
	if r := s.sp.entityAt(s, k); r.found() {
		if e := s.skipTime(s.tokAt(r.mention.End)); e > k && s.opensClause(e) {
			return e
		}
	}
	// a name of the clause right after the place's: its verb follows
	// within two words ("said in London Türkiye is …"), no longer phrase
	// ("at the White House during a visit …")
	for e := k + 1; e < len(s.toks) && e <= k+4 && text.IsCap(s.word(e-1)) && !s.inRegion(e-1); e++ {
		if c := s.skipTime(e); s.opensClause(c) && (s.verbOrModal(c+1) || s.verbOrModal(c+2)) {
			return c
		}
	}
	return j
}

// skipAddressee returns the token after the addressee of a verb of
// telling that starts at j: a name the entity stage found, an object
// pronoun, or a short noun phrase up to a subject pronoun or a new
// determiner ("told reporters the talks …", "told him the envoy …").
func (s *quoteSentence) skipAddressee(j int) int {
	if r := s.sp.entityAt(s, j); r.found() {
		k := s.tokAt(r.mention.End)
		if k > j {
			return k
		}
	}
	switch s.fword(j) {
	case "him", "her", "them", "me", "us", "you":
		return j + 1
	}
	k := j
	if t := s.tag(k); t == "DT" || t == "PRP$" {
		k++
	}
	for k < len(s.toks) && k < j+5 {
		t := s.tag(k)
		if t != "JJ" && t != "NN" && t != "NNS" && t != "NNP" && t != "NNPS" && t != "CD" {
			break
		}
		k++
	}
	if k == j || s.tag(k) != "PRP" && s.tag(k) != "DT" && s.tag(k) != "NNP" && s.tag(k) != "EX" {
		return j // no addressee, or no subject after it
	}
	return k
}

// objectBeforeThat: the words between a reporting verb at i and "that" at
// k, starting at j, are an addressee or an adverbial ("told reporters
// that", "announced on 14 May that", "said last week that", "said in a
// statement that"), not a noun the clause complements ("demanded
// guarantees that …", "announced plans for the summit that …").
func (s *quoteSentence) objectBeforeThat(i, j, k int) bool {
	if f := s.fword(j); f == "so" || f == "such" {
		return false // "would add so many layers that …": a result, not a report
	}
	if k == j || s.in(i, lexicon.TellVerbs) {
		return true
	}
	if t := s.tag(j); t == "IN" || t == "TO" || t == "RB" || s.in(j, lexicon.Adverbs) || s.skipTime(j) > j || s.in(k-1, lexicon.TimeNouns.Or(lexicon.Weekdays)) {
		return true
	}
	t := s.toks[k-1].Tag
	return k-j <= 4 && !(t == "NN" || t == "NNS")
}
