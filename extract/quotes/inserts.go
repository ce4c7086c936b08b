package quotes

import (
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
)

// maxInsert is the longest insert, in tokens, that may stand between a
// speaker and the verb: an apposition with its own prepositional phrases
// and relative clause ("Pruitt, the attorney general of Oklahoma, one of
// the states suing the agency, said").
const maxInsert = 40

// parenEnd returns the index of the ")" that closes a "(" at token i,
// within maxInsert tokens and outside quotation marks, else -1.
func (s *quoteSentence) parenEnd(i int) int { return s.parenMatch(i, 1, "(", ")") }

// parenStart returns the index of the "(" that a ")" at token j closes,
// within maxInsert tokens and outside quotation marks, else -1.
func (s *quoteSentence) parenStart(j int) int { return s.parenMatch(j, -1, ")", "(") }

// parenMatch walks by step from the bracket from at token i to the first
// bracket to, giving up at another from, a quotation or maxInsert tokens.
func (s *quoteSentence) parenMatch(i, step int, from, to string) int {
	if s.word(i) != from {
		return -1
	}
	for m := i + step; m >= 0 && m < len(s.toks) && (m-i)*step <= maxInsert; m += step {
		switch w := s.word(m); {
		case w == to:
			return m
		case w == from || s.inRegion(m) || text.IsQuoteMark(w):
			return -1
		}
	}
	return -1
}

// insertEnd: the comma at token i opens an insert (an apposition, a
// relative clause) that a later comma closes right before a verb, the
// speaker's: “…,” Pruitt, the attorney general of Oklahoma, said. It
// returns the closing comma, or -1.
func (s *quoteSentence) insertEnd(i, limit int) int {
	if s.word(i) != "," {
		return -1
	}
	for m := i + 1; m < limit && m <= i+maxInsert; m++ {
		w := s.word(m)
		if s.inRegion(m) || text.IsQuoteMark(w) || w == ";" || w == ":" || s.fullStop(m) {
			return -1
		}
		if w == "," && s.verbAfter(m+1) {
			return m
		}
	}
	return -1
}

// verbAfter: a reporting or finite verb stands at token k, after adverbs.
func (s *quoteSentence) verbAfter(k int) bool {
	for k < len(s.toks) && s.in(k, lexicon.Adverbs) {
		k++
	}
	if k >= len(s.toks) || s.inRegion(k) {
		return false
	}
	t := s.toks[k].Tag
	return s.isReporting(k) || (t == "VBD" || t == "VBZ") && !s.in(k, lexicon.BeForms)
}

// fullStop: token i is a full stop that ends a clause. One inside a
// sentence, right after a capitalised word and before a comma, a bracket
// or a lower-case word, closes an abbreviation the lexicon does not list
// ("Sen. Mary Ellison, D-Ore., said").
func (s *quoteSentence) fullStop(i int) bool {
	if s.word(i) != "." {
		return false
	}
	if i == 0 || i+1 >= len(s.toks) || s.toks[i].Start != s.toks[i-1].End || !text.IsCap(s.word(i-1)) {
		return true
	}
	next := s.word(i + 1)
	return !(next == "," || next == ")" || !text.IsCap(next) && !text.IsQuoteMark(next) && next != "(")
}

// head returns the speaker that the noun phrase of tokens [from, to)
// names by its last word: "Senate Majority Leader Mitch McConnell" and
// "MSNBC host Chris Matthews" name the person, "the Russian foreign
// ministry" Russia. Adverbs at its end do not count.
func (sp *speakers) head(s *quoteSentence, from, to int) speaker {
	j := to - 1
	for j >= from && (s.in(j, lexicon.Adverbs) || s.toks[j].Tag == "RB") {
		j--
	}
	if j < from {
		return speaker{}
	}
	if s.ppHead(j) >= 0 {
		return sp.npAt(s, j) // "critics in Brazil": the critics speak
	}
	if r := sp.nominal(s, j); r.found() {
		return r
	}
	return sp.npAt(s, j)
}

// phraseEnd returns where the noun phrase that starts at token from ends:
// before a comma, a bracket, a preposition, a relative pronoun, a verb or
// a quotation mark, within eight tokens.
func (s *quoteSentence) phraseEnd(from, limit int) int {
	k := from
	for ; k < limit && k < from+8; k++ {
		w, t := s.word(k), s.toks[k].Tag
		if w == "," || w == "(" || w == ";" || w == ":" || s.fullStop(k) || text.IsQuoteMark(w) || s.inRegion(k) ||
			t == "IN" || t == "TO" || t == "WP" || t == "MD" || t[0] == 'V' {
			break
		}
	}
	return k
}
