package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// typeRun turns the pieces of one capitalised run into candidates.
func (s *sentenceView) typeRun(ps []piece) []cand {
	var out []cand
	// A head word ("Palace", "Council", "Talks") types the name it ends,
	// absorbing the words before it and an "of …" complement after it.
	for t := range ps {
		p := ps[t]
		if p.absorbed || (p.kind != kName && p.kind != kTitle) {
			continue
		}
		typ, ok := s.lx.Heads[s.word(p.end-1)]
		if !ok {
			continue
		}
		first, last := s.headExtent(ps, t, typ)
		start, end := ps[first].start, ps[last].end
		if end-start == 1 || s.descriptive(ps, first, t) {
			continue // a bare "Commission", or "the Russian Foreign Ministry"
		}
		span := s.span(start, end)
		// "(2025)" belongs to an event name and is a date too; "(JCC)" is an alias.
		if last+3 < len(ps) && s.word(ps[last+1].start) == "(" && s.word(ps[last+3].start) == ")" {
			inner := ps[last+2].start
			switch {
			case isYear(s.word(inner)) && typ == pipeline.Event:
				span.End = s.toks[ps[last+3].end-1].End
				out = append(out, cand{span: s.span(inner, inner+1), typ: pipeline.Date, sentence: s.si})
				last += 3
			case isAllCaps(s.word(inner)):
				out = append(out, cand{span: s.span(inner, inner+1), typ: typ, canon: s.d.Text[span.Start:span.End], sentence: s.si})
				last += 3
			}
		}
		c := cand{span: span, typ: typ, sentence: s.si}
		if typ != pipeline.Date {
			c.canon = ""
		}
		out = append(out, c)
		for k := first; k <= last; k++ {
			ps[k].absorbed = true
		}
	}
	for t, p := range ps {
		if p.absorbed {
			continue
		}
		switch {
		case p.gaz.Type != "":
			out = append(out, cand{span: s.span(p.start, p.end), typ: p.gaz.Type, canon: p.gaz.Canonical, sentence: s.si})
		case p.norp:
			out = append(out, cand{span: s.span(p.start, p.end), typ: pipeline.NORP, sentence: s.si})
		case p.kind == kOther && isYear(s.word(p.start)):
			out = append(out, cand{span: s.span(p.start, p.end), typ: pipeline.Date, sentence: s.si})
		case p.kind == kName:
			if c, ok := s.person(ps, t); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// person makes a candidate of a name piece: a person when a title stands
// before or after it or it has two or more words; else a single word left
// for resolution to explain.
func (s *sentenceView) person(ps []piece, t int) (cand, bool) {
	p := ps[t]
	c := cand{span: s.span(p.start, p.end), typ: pipeline.Person, sentence: s.si}
	if p.start > 0 {
		c.before = Fold(s.word(p.start - 1))
		c.prevPrep = locPreps[c.before]
	}
	if r := s.roleBefore(p.start); r != nil {
		c.role = r
		return c, true
	}
	if r := s.roleAfter(p.end); r != nil {
		c.role = r
	}
	if p.end-p.start == 1 {
		c.single = true
		if isAllCaps(s.word(p.start)) {
			c.typ = pipeline.Org
		}
		return c, true
	}
	if c.role == nil && c.prevPrep && c.before != "from" && c.before != "to" {
		c.typ = pipeline.GPE // "held in Ras Laffan"
	}
	return c, true
}

// roleBefore scans left from a name over title words, the gazetteer names
// and nationality words inside a title, and of/for/the/’s, and returns the
// title's span if it holds a title head ("US Secretary of State", "Kremlin
// Spokesperson", "presidential chief of staff").
func (s *sentenceView) roleBefore(k int) *pipeline.Span {
	start := k
	for j := k - 1; j >= 0; j-- {
		if !s.roleWord(j) {
			break
		}
		start = j
	}
	for start < k && roleGlue[Fold(s.word(start))] {
		start++
	}
	return s.roleSpan(start, k)
}

// roleAfter reads an apposition: ", Russia's foreign minister," or ", the
// head of the Russian Direct Investment Fund,".
func (s *sentenceView) roleAfter(e int) *pipeline.Span {
	if s.word(e) != "," {
		return nil
	}
	start := e + 1
	if a := Fold(s.word(start)); a == "the" || a == "a" || a == "an" {
		start++
	}
	end, complement := start, 0
	for j := start; j < len(s.toks) && j < start+12; j++ {
		w := s.word(j)
		if w == "," || w == "." || w == ";" {
			break
		}
		f := Fold(w)
		if s.roleWord(j) {
			end = j + 1
			if f == "of" || f == "for" || f == "to" {
				complement = 4
			}
			continue
		}
		if complement > 0 && !s.lx.Reporting[f] {
			complement--
			end = j + 1
			continue
		}
		return nil
	}
	if w := s.word(end); w != "," && w != "." && w != "" {
		return nil
	}
	return s.roleSpan(start, end)
}

var roleGlue = map[string]bool{"the": true, "of": true, "for": true, "to": true, "'s": true, "and": true, "a": true}

// roleWord: a token that may stand inside a title.
func (s *sentenceView) roleWord(j int) bool {
	w := s.word(j)
	f := Fold(w)
	if s.isTitleWord(j) || roleGlue[f] && f != "and" && f != "a" || s.isDemonym(f) {
		return true
	}
	if isCap(w) {
		if _, ok := s.lx.Gazetteer[f]; ok {
			return true
		}
		// inside a multi-word gazetteer name ("Middle East")
		for b := j - 1; b >= 0 && b >= j-s.lx.GazMax; b-- {
			if end, e := s.gazAt(b); e.Type != "" && end > j {
				return true
			}
		}
	}
	return false
}

// roleSpan accepts [start, end) as a role when it ends on a word of the
// title and holds a title head.
func (s *sentenceView) roleSpan(start, end int) *pipeline.Span {
	for end > start && roleGlue[Fold(s.word(end-1))] {
		end--
	}
	if end <= start {
		return nil
	}
	head := false
	for j := start; j < end; j++ {
		if s.lx.TitleHeads[Fold(s.word(j))] {
			head = true
		}
	}
	if !head {
		return nil
	}
	sp := s.span(start, end)
	if strings.TrimSpace(s.d.Text[sp.Start:sp.End]) == "" {
		return nil
	}
	return &sp
}

// headExtent returns the first and last piece of the name that the head
// word at piece t ends: the words before it up to a stop, a connector or a
// titled person, and an "of …" complement after it.
func (s *sentenceView) headExtent(ps []piece, t int, typ string) (int, int) {
	first, last := t, t
	for first > 0 {
		q := ps[first-1]
		if q.kind == kStop || q.kind == kConn && !(s.isPossessive(q.start) && first-2 >= 0 && ps[first-2].kind == kName) {
			break
		}
		if q.kind == kName && first-1 > 0 && ps[first-2].kind == kTitle {
			break
		}
		if q.kind == kTitle && typ != pipeline.Org {
			break
		}
		first--
	}
	for last+1 < len(ps) {
		q := ps[last+1]
		if q.kind == kConn && (s.word(q.start) == "of" || s.word(q.start) == "for") || last > t && ps[last].kind == kConn && !s.isParen(ps[last].start) {
			last++
			continue
		}
		break
	}
	for last > t && ps[last].kind == kConn { // never end on "of"/"the"
		last--
	}
	return first, last
}

func (s *sentenceView) isPossessive(i int) bool { f := Fold(s.word(i)); return f == "'s" }

func (s *sentenceView) isParen(i int) bool { w := s.word(i); return w == "(" || w == ")" }

// descriptive: a nationality word and title words before "Ministry" or
// "Office" describe a body rather than name it ("the Iranian Foreign
// Ministry spokesperson").
func (s *sentenceView) descriptive(ps []piece, first, t int) bool {
	if !ps[first].norp && ps[first].gaz.Type == "" {
		return false
	}
	head := s.word(ps[t].end - 1)
	if head != "Ministry" && head != "Office" && head != "Embassy" && head != "Government" && head != "Army" {
		return false
	}
	for k := first + 1; k <= t; k++ {
		if ps[k].kind != kTitle && !(k == t && ps[k].kind == kName && ps[k].end-ps[k].start == 1) {
			return false
		}
	}
	return true
}
