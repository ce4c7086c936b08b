package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// sayVerbs may report a clause without "that" ("X said the talks were …").
var sayVerbs = map[string]bool{
	"said": true, "says": true, "stated": true, "states": true, "announced": true, "added": true, "noted": true,
	"warned": true, "insisted": true, "confirmed": true, "indicated": true, "stressed": true, "claimed": true,
	"declared": true, "told": true, "argued": true, "asserted": true, "emphasized": true, "emphasised": true,
	"stating": true, "saying": true, "adding": true, "believes": true, "wrote": true, "reported": true,
}

// indirect finds reported speech: a reporting verb and the clause it
// reports, and "according to X, …".
func (s *quoteSentence) indirect() []pipeline.Quote {
	var out []pipeline.Quote
	for i := range s.toks {
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
			c := s.toks[i].Span
			q.CueSpan = &c
			q.Speaker = s.sp.subjectOf(s, i, 0)
			out = append(out, q)
		}
	}
	return append(out, s.accordingTo()...)
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
			return k + 1, true
		}
		if f == "," || f == "." || s.inRegion(k) || s.toks[k].Tag[0] == 'V' || s.toks[k].Tag == "MD" {
			break
		}
	}
	w := s.fword(i)
	if !sayVerbs[w] || j >= len(s.toks) || s.inRegion(j) || isQuoteMark(s.word(j)) {
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
// verb joined by and/but ("confirmed that A and stated that B"), a
// participle cue ("… adding “…”"), "with X stating", or "according to".
func (s *quoteSentence) clauseEnd(start int) int {
	for k := start; k < len(s.toks); k++ {
		f := s.fword(k)
		if s.inRegion(k) {
			continue
		}
		if isQuoteMark(s.word(k)) {
			return trimBack(s, k)
		}
		if f == "according" && s.fword(k+1) == "to" {
			return trimBack(s, k)
		}
		if s.isReporting(k) {
			// "and that" keeps one quote; "and stated that" starts another.
			b := k - 1
			for b > start && adverbs[s.fword(b)] {
				b--
			}
			if bf := s.fword(b); bf == "and" || bf == "but" || bf == "," || bf == "while" {
				return trimBack(s, b)
			}
			if strings.HasSuffix(s.fword(k), "ing") {
				// "… with Ukrainian President X stating that …"
				for w := k - 1; w > start && w >= k-8; w-- {
					if s.fword(w) == "with" {
						return trimBack(s, w)
					}
				}
				return trimBack(s, k)
			}
		}
	}
	return trimBack(s, len(s.toks))
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
func (s *quoteSentence) reported(start, end int) (pipeline.Quote, bool) {
	if end-start < 3 {
		return pipeline.Quote{}, false
	}
	verb := false
	for k := start; k < end; k++ {
		if t := s.toks[k].Tag; t[0] == 'V' || t == "MD" {
			verb = true
		}
	}
	if !verb {
		return pipeline.Quote{}, false
	}
	sp := pipeline.Span{Start: s.toks[start].Start, End: s.toks[end-1].End}
	return pipeline.Quote{Span: sp, Kind: pipeline.Indirect, Sentence: s.si}, true
}

// accordingTo: "According to X, CLAUSE." and "CLAUSE, according to X."
func (s *quoteSentence) accordingTo() []pipeline.Quote {
	var out []pipeline.Quote
	for k := 0; k+1 < len(s.toks); k++ {
		if s.fword(k) != "according" || s.fword(k+1) != "to" || s.inRegion(k) {
			continue
		}
		// the source runs to the next comma or the sentence end
		src := k + 2
		e := src
		for e < len(s.toks) && s.word(e) != "," && s.word(e) != "." {
			e++
		}
		var who *pipeline.Speaker
		for j := e - 1; j >= src; j-- {
			if r := s.sp.entityAt(s, j); r != nil {
				who = r
				break
			}
		}
		var q pipeline.Quote
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
			q.Speaker = who
			out = append(out, q)
		}
	}
	return out
}
