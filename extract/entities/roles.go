package entities

import (
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// roleBefore finds the title written right before a name: a known title
// phrase ("Foreign Minister", "chief of staff"), optionally followed by a
// complement naming a place or body ("for the Middle East"), preceded by
// qualifiers ("former", "acting"), one modifier (a country, body or
// nationality: "US", "Kremlin", "Saudi") and further titles joined by
// "and" ("Prime Minister and Foreign Minister").
func (s *sentenceView) roleBefore(k int) *pipeline.Span {
	end := k
	p := s.titleEndingAt(end)
	if p < 0 {
		// "Special Representative for the Middle East Steve Witkoff"
		c := s.complementEndingAt(end)
		if c < 0 {
			return nil
		}
		if p = s.titleEndingAt(c); p < 0 {
			return nil
		}
	}
	p = s.extendTitle(p)
	qualified := false
	for p > 0 && s.in(p-1, lexicon.Qualifiers) {
		p, qualified = p-1, true
	}
	// "former Ukrainian President": a qualifier stands before the
	// modifier, so a qualifier right before the title ends the role.
	if !qualified {
		p = s.modifiers(p)
		for p > 0 && s.in(p-1, lexicon.Qualifiers) {
			p--
		}
	}
	sp := s.span(p, end)
	return &sp
}

// modifiers widens a title starting at p over what names its country or
// body: one modifier ("US", "OAU", "Kremlin"), a country before a body
// ("US National Security Council"), or one field word after a country
// ("Sudanese Irrigation Minister").
func (s *sentenceView) modifiers(p int) int {
	m := s.modifierEndingAt(p)
	if m < 0 && p > 1 && s.has(p-1, tfCap) && !s.has(p-1, tfAllCaps) {
		if m2 := s.modifierEndingAt(p - 1); m2 >= 0 && s.lx.Demonyms[string(s.foldRange(m2, p-1))] != "" {
			return m2
		}
	}
	if m < 0 {
		return p
	}
	if e, g := s.gazAt(m); e == p && (g.Type == pipeline.Org || g.Type == pipeline.Fac) {
		if m2 := s.modifierEndingAt(m); m2 >= 0 {
			return m2
		}
	}
	return m
}

// extendTitle widens a title starting at p leftwards over titles joined
// by "and" or written side by side ("army chief field marshal") and over
// up to two nouns that say what the office is about ("hostage
// coordinator", "separatist leader").
func (s *sentenceView) extendTitle(p int) int {
	for {
		if q := s.titleEndingAt(p); q >= 0 && q < p {
			p = q
			continue
		}
		if p > 1 && s.fold(p-1) == "and" {
			if q := s.titleEndingAt(p - 1); q >= 0 {
				p = q
				continue
			}
			// "Treasury and Finance Minister": a field word joined by "and",
			// not the end of a body's name ("the Ministry of Trade and …")
			if s.has(p-2, tfCap) && s.isTitleWord(p-2) && s.fold(p-3) != "of" {
				p -= 2
				continue
			}
		}
		break
	}
	for n := 0; n < 2 && p > 0; n++ {
		t := s.toks[p-1].Tag
		if s.in(p-1, lexicon.StopCaps|lexicon.Qualifiers|lexicon.Possessives) {
			break
		}
		// "National Defence Minister", "Presidential Spokesperson", or a
		// lower-case noun: "hostage coordinator"
		if s.has(p-1, tfCap) && !s.isTitleWord(p-1) || !s.has(p-1, tfCap) && t != "NN" && t != "NNS" && t != "JJ" {
			break
		}
		p--
	}
	if p > 1 && s.fold(p-1) == "and" && s.has(p-2, tfCap) && s.isTitleWord(p-2) && s.fold(p-3) != "of" {
		p -= 2 // "Energy and Natural Resources Minister"
	}
	return p
}

// titleEndingAt returns the start of the longest title phrase ending just
// before token k, or -1.
func (s *sentenceView) titleEndingAt(k int) int {
	if k < 0 || k >= len(s.tend) {
		return s.titleScan(k)
	}
	if t := s.tend[k]; t != 0 {
		return int(t) - 2
	}
	t := s.titleScan(k)
	s.tend[k] = int32(t + 2)
	return t
}

// titleScan is titleEndingAt, computed.
func (s *sentenceView) titleScan(k int) int {
	best := -1
	var bits lexicon.PhraseBits // what the title read so far is
	for n := 1; n <= s.lx.TitleMax && k-n >= 0; n++ {
		if n > 1 && !s.lx.GoesOn(bits, lexicon.PhraseEnd, s.gap(k-n)) {
			break // no title ends this way
		}
		if n == 1 && !s.has(k-1, tfOdd) {
			bits = s.info(k - 1).Title
		} else {
			bits = s.lx.WordBytes(s.foldRange(k-n, k)).Title
		}
		if bits&lexicon.PhraseListed != 0 {
			best = k - n
		}
	}
	return best
}

// complementEndingAt matches "for|of|to [the] NAME" ending before token k,
// where NAME is a gazetteer name; it returns the index of "for"/"of", or -1.
func (s *sentenceView) complementEndingAt(k int) int {
	for b := k - 1; b >= 1 && b >= k-s.lx.GazMax-1; b-- {
		if e, g := s.gazAt(b); g.Type == "" || e != k {
			continue
		}
		c := b - 1
		if s.fold(c) == "the" {
			c--
		}
		if c >= 0 {
			if f := s.fold(c); f == "for" || f == "of" || f == "to" {
				return c
			}
		}
	}
	return -1
}

// modifierEndingAt matches one country, body or nationality ending before
// token k ("US", "European Commission", "Russia’s", "Sovereignty
// Council"), and returns its start, or -1.
func (s *sentenceView) modifierEndingAt(k int) int {
	if k <= 0 {
		return -1
	}
	if f := s.fold(k - 1); f == "'s" {
		k--
	}
	best := -1
	for b := k - 1; b >= 0 && b >= k-s.lx.GazMax-1; b-- {
		if e, g := s.gazAt(b); g.Type != "" && e == k {
			best = b
		} else if e := s.demonymAt(b); e == k {
			best = b
		}
	}
	if best >= 0 {
		return best
	}
	// an acronym: "OAU Secretary-General"
	if w := s.word(k - 1); s.has(k-1, tfAllCaps) && len(w) <= 6 {
		return k - 1
	}
	// an unknown body named by its head: "Sovereignty Council chairman"
	if typ, ok := s.head(k - 1); ok && (typ == pipeline.Org || typ == pipeline.Fac) {
		b := k - 1
		for b > 0 && s.has(b-1, tfCap) && !s.is(b-1, lexicon.WordTitle) {
			b--
		}
		return b
	}
	return -1
}

// roleAfter reads an apposition: "X, Russia's foreign minister, …" or
// "X, the head of the Russian Direct Investment Fund." — a short phrase
// between commas, with no finite verb and holding a title word.
func (s *sentenceView) roleAfter(e int) *pipeline.Span {
	if s.word(e) != "," {
		return nil
	}
	start := e + 1
	if a := s.fold(start); a == "the" || a == "a" || a == "an" {
		start++
	}
	end, head := start, false
	for j := start; j < len(s.toks); j++ {
		w := s.word(j)
		if w == "," || w == "." || w == ";" || w == ")" {
			break
		}
		if j-start >= 10 || text.IsQuoteMark(w) {
			return nil
		}
		switch s.toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return nil
		}
		if s.is(j, lexicon.WordTitleHead) {
			head = true
		}
		end = j + 1
	}
	if !head || end == start {
		return nil
	}
	sp := s.span(start, end)
	return &sp
}

// roleAfterBare reads a lower-case title right after a name where the
// translation dropped the comma: "Pele Broberg foreign minister of
// Greenland", "İbrahim Kalın head of the National Intelligence
// Organization". A capitalised title after a name belongs to the next
// person in a comma-less list, so only lower-case ones count.
func (s *sentenceView) roleAfterBare(e int) *pipeline.Span {
	start := e
	if a := s.word(start); a == "the" {
		start++
	}
	if start >= len(s.toks) || s.has(start, tfCap) {
		return nil
	}
	end := -1
	var bits lexicon.PhraseBits // what the title read so far is
	for n := 1; n <= s.lx.TitleMax && start+n <= len(s.toks); n++ {
		if n > 1 && !s.lx.GoesOn(bits, lexicon.PhraseStart, s.gap(start+n-2)) {
			break // no title goes on this way
		}
		if n == 1 && !s.has(start, tfOdd) {
			bits = s.info(start).Title
		} else {
			bits = s.lx.WordBytes(s.foldRange(start, start+n)).Title
		}
		if bits&lexicon.PhraseListed != 0 {
			end = start + n
		}
	}
	if end < 0 {
		return nil
	}
	// a complement naming a place or body: "of Greenland", "of the State
	// Border Service of Azerbaijan", "of Iran’s border guard"
	if f := s.fold(end); (f == "of" || f == "for") && end+1 < len(s.toks) {
		j := end + 1
		if s.fold(j) == "the" {
			j++
		}
		k := j
		for k < len(s.toks) && (s.has(k, tfCap) || s.fold(k) == "of" && s.has(k+1, tfCap) || s.fold(k) == "'s") {
			k++
		}
		if k > j {
			end = k
		}
	}
	sp := s.span(start, end)
	return &sp
}
