package entities

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// typeRun appends the candidates of one capitalised run, cut into pieces.
func (s *sentenceView) typeRun(out []cand, ps []piece) []cand {
	// A head word ("Palace", "Council", "Talks") types the name it ends,
	// absorbing the words before it and an "of …" complement after it.
	for t := range ps {
		p := ps[t]
		if p.absorbed || (p.kind != kName && p.kind != kTitle) {
			continue
		}
		typ, ok := s.head(p.end - 1)
		if !ok || s.laterHead(ps, t) || s.titleComplement(ps, t) {
			continue
		}
		first, last := s.headExtent(ps, t, typ)
		if pt := s.prefixHead(ps[first].start); pt == pipeline.Event {
			typ = pt // "Operation Deliberate Force"
		}
		for first < t && ps[first].norp && s.suffixDesignator(p.end-1) {
			first++ // "the Italian Edison S.p.A.": a company is not named by its nationality
		}
		start, end := ps[first].start, ps[last].end
		if end-start == 1 {
			continue // a bare "Commission"
		}
		if typ == pipeline.Event && s.descriptorBefore(start) == pipeline.Org {
			typ = pipeline.Org // "the opposition party Civic Energy Forum"
		}
		if typ == pipeline.Loc && adminUnit(s.fold(end)) {
			typ = pipeline.GPE // "the Riau Islands province": islands governed as a unit
		}
		if typ == pipeline.Org && s.venue(p.end-1) {
			typ = pipeline.Fac // "the Lorvik International Conference Centre": a building
		}
		if typ == pipeline.Fac && s.chamber(p.end-1, end) {
			typ = pipeline.Org // "the House of Councillors": a chamber of members
		}
		if s.descriptive(ps, first, t) {
			// "the Qatari Foreign Ministry" describes a body; its
			// nationality word still stands on its own.
			for k := first; k <= t; k++ {
				ps[k].absorbed = ps[k].kind == kName
			}
			if last > t && first+1 <= t {
				// "the Serbian Ministry of Mining and Energy": with its
				// complement the body is named, after the nationality
				for k := first + 1; k <= last; k++ {
					ps[k].absorbed = true
				}
				out = append(out, cand{span: s.span(ps[first+1].start, ps[last].end), typ: typ, sentence: s.si})
			}
			continue
		}
		if (typ == pipeline.Event || typ == pipeline.Org) && s.ordinalBefore(start) {
			start-- // "the 16th BRICS Summit", "the 15th Motorised Rifle Brigade"
		}
		span := s.span(start, end)
		span.End = s.designatorDot(end - 1) // "Zarnov Mining Corp."
		// "(2025)" belongs to an event name and is a date too; "(JCC)" is an alias.
		if last+3 < len(ps) && s.word(ps[last+1].start) == "(" && s.word(ps[last+3].start) == ")" {
			inner := ps[last+2].start
			switch {
			case s.has(inner, tfYear) && typ == pipeline.Event:
				span.End = s.toks[ps[last+3].end-1].End
				out = append(out, cand{span: s.span(inner, inner+1), typ: pipeline.Date, sentence: s.si})
				last += 3
			case s.has(inner, tfAllCaps):
				out = append(out, cand{span: s.span(inner, inner+1), typ: typ, canon: s.d.Text[span.Start:span.End], sentence: s.si})
				last += 3
			}
		}
		out = append(out, cand{span: span, typ: typ, sentence: s.si})
		for k := first; k <= last; k++ {
			ps[k].absorbed = true
		}
	}
	out = s.yearEvent(out, ps)
	for t, p := range ps {
		if p.absorbed {
			continue
		}
		switch {
		case p.gaz.Type == pipeline.Event && t+3 < len(ps) && s.word(ps[t+1].start) == "(" && s.has(ps[t+2].start, tfYear) && s.word(ps[t+3].start) == ")":
			// a listed event with its year: "Astana Talks (2017)"
			out = append(out, cand{span: pipeline.Span{Start: s.toks[p.start].Start, End: s.toks[ps[t+3].start].End}, typ: pipeline.Event, sentence: s.si},
				cand{span: s.span(ps[t+2].start, ps[t+2].end), typ: pipeline.Date, sentence: s.si})
			ps[t+2].absorbed = true
		case t+1 < len(ps) && (p.norp || p.gaz.Type == pipeline.GPE && !s.abbreviated(p) && !s.in(p.start-1, lexicon.LocativePreps)) && s.placeLed(ps, t) > t:
			// "Japan Democratic Party", "Chicago Purchasing Managers"
			u := s.placeLed(ps, t)
			for k := t; k <= u; k++ {
				ps[k].absorbed = true
			}
			out = append(out, cand{span: s.span(p.start, ps[u].end), typ: pipeline.Org, sentence: s.si})
		case (p.gaz.Type == pipeline.Org || p.gaz.Type == pipeline.Fac) && t+1 < len(ps) && ps[t+1].kind == kName && ps[t+1].start == p.end && s.has(p.end, tfParticle):
			// "Lega" + "dei Ticinesi": a particle goes on with the name
			ps[t+1].absorbed = true
			out = append(out, cand{span: s.span(p.start, ps[t+1].end), typ: p.gaz.Type, sentence: s.si})
		case (p.gaz.Type == pipeline.Org || p.gaz.Type == pipeline.Fac) && s.listedBodyGoesOn(ps, t) > t:
			// "the State Department for Blue Economy and Fisheries", "the
			// Chancellery of the Prime Minister": a listed body's or
			// building's head with its own complement
			u, first := s.listedBodyGoesOn(ps, t), t
			if s.namedBefore(ps, t) {
				first-- // "Social" + "Democratic Party" + "of Lorvikia"
			}
			for k := first; k <= u; k++ {
				ps[k].absorbed = true
			}
			out = append(out, cand{span: s.span(ps[first].start, ps[u].end), typ: p.gaz.Type, sentence: s.si})
		case p.gaz.Type != "" && s.namedBefore(ps, t):
			// "Sofitel Legend" + listed "Metropole Hotel": the whole name
			first := t
			for first > 0 && ps[first-1].kind == kName && !ps[first-1].absorbed {
				first--
				ps[first].absorbed = true
			}
			out = append(out, cand{span: s.span(ps[first].start, p.end), typ: p.gaz.Type, sentence: s.si})
		case p.gaz.Type != "":
			out = append(out, cand{span: s.span(p.start, p.end), typ: p.gaz.Type, canon: p.gaz.Canonical, ref: p.ref, sentence: s.si})
		case p.norp:
			out = append(out, cand{span: s.span(p.start, p.end), typ: pipeline.NORP, sentence: s.si})
		case p.kind == kOther && s.has(p.start, tfYear):
			out = append(out, cand{span: s.span(p.start, p.end), typ: pipeline.Date, sentence: s.si})
		case p.kind == kName && p.end-p.start > 1 && s.prefixHead(p.start) != "":
			out = append(out, cand{span: s.span(p.start, p.end), typ: s.prefixHead(p.start), sentence: s.si})
		case p.kind == kName && t+1 < len(ps) && ps[t+1].gaz.Type != "" && s.namedBefore(ps, t+1):
			// the start of a longer name, taken with the listed name after it
		case p.kind == kName && s.gluedList(ps, t):
			// "the villages Baganis Voskepar Kirants and Berkaber": a list
			// whose commas the translation dropped, one name a word
			typ := s.listContext(p.start)
			for k := p.start; k < p.end; k++ {
				out = append(out, cand{span: s.span(k, k+1), typ: typ, typed: typ != "", single: true, sentence: s.si})
			}
		case p.kind == kName && s.fieldAfterAnd(p):
			// "Minister of Agriculture and Forestry Kōno Ichirō": the first
			// word ends the title's (or body's) complement, the rest is the name
			out = s.extendBody(out, p.start)
			ps[t].start++
			if c, ok := s.person(ps, t); ok {
				out = append(out, c)
			}
		case p.kind == kName && s.titleModifier(p):
			// "Srbijagas deputy director Milan Petrović", "… Milan Petrović
			// Bulgartransgaz executive director Rumen Kostadinov": the last
			// word names the body of the title after it
			out = append(out, cand{span: s.span(p.end-1, p.end), typ: pipeline.Org, typed: true, single: true, sentence: s.si})
			if ps[t].end--; ps[t].end > ps[t].start {
				if c, ok := s.person(ps, t); ok {
					out = append(out, c)
				}
			}
		case p.kind == kName && s.placeBeforeName(p):
			// "the Governor of Pará Helder Barbalho": the title's place, then the person
			out = append(out, cand{span: s.span(p.start, p.start+1), typ: pipeline.GPE, typed: true, single: true, sentence: s.si})
			ps[t].start++
			if c, ok := s.person(ps, t); ok {
				out = append(out, c)
			}
			ps[t] = p
		case p.kind == kName && len(s.peopleCuts(p)) > 0:
			// "by Kiszczak Stanisław Ciosek Aleksander Kwaśniewski and …": a
			// list of people whose commas the translation dropped
			cuts := append(s.peopleCuts(p), p.end)
			for _, e := range cuts {
				ps[t].end = e
				if c, ok := s.person(ps, t); ok {
					out = append(out, c)
				}
				ps[t].start = e
			}
			ps[t] = p
		case p.kind == kName:
			if c, ok := s.person(ps, t); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// peopleCuts returns where the name piece p splits into the names of
// several people: before each given name that follows a surname (no
// given name, no particle) and has a name word after it. One cut only
// counts after a full name ("Ana Reyes Marco Delgado"), as a surname
// before a given name is how some names run ("Pham Minh Chinh").
func (s *sentenceView) peopleCuts(p piece) []int {
	if p.end-p.start < 4 {
		return nil
	}
	var cuts []int
	for k := p.start + 1; k+1 < p.end; k++ {
		// a given name that is also a word ("Adam", "Hope") counts before a
		// name word no list holds
		given := s.givenName(k) || s.names(k)&lexicon.GivenName != 0 && s.names(k+1)&(lexicon.Ordinary|lexicon.GivenName) == 0
		if given && s.names(k-1)&lexicon.GivenName == 0 && !s.has(k-1, tfParticle) && !s.has(k, tfAllCaps) &&
			s.has(k+1, tfCap) && !s.has(k+1, tfAllCaps) && (len(cuts) == 0 || cuts[len(cuts)-1] < k-1) {
			cuts = append(cuts, k)
		}
	}
	if len(cuts) == 1 && !(s.givenName(p.start) && cuts[0]-p.start >= 2) {
		return nil
	}
	return cuts
}

// person makes a candidate of a name piece: a person when a title or a
// form of address stands before it or a title after it; else, for two
// words or more, what its words say (kindOf); else a single word left
// for resolution to explain.
func (s *sentenceView) person(ps []piece, t int) (cand, bool) {
	p := ps[t]
	c := cand{span: s.span(p.start, p.end), typ: pipeline.Person, sentence: s.si}
	before, prevPrep := "", false
	if p.start > 0 {
		before = s.fold(p.start - 1)
		prevPrep = s.in(p.start-1, lexicon.LocativePreps)
		c.prevPrep = prevPrep && before != "to"
	}
	if p.end-p.start == 1 && (s.initial(p.start) || s.is(p.start, lexicon.WordTitleHead)) {
		return c, false // "S." of "S. Jaishankar"; "General Director" is a title
	}
	if p.end-p.start > 1 && s.pluralTitle(p.end-1) {
		return c, false // "Conservative MPs", "Labour Ministers": a group, not a name
	}
	if s.quotedTitle(p) {
		if typ := s.descriptorBefore(p.start - 1); typ != "" {
			c.typ, c.typed = typ, true // the hotel “Le Lorvik”
			return c, true
		}
		return c, false // “Viva Lorvik”: a work's title or a slogan, no one's name
	}
	if s.participleCompound(p.end) || s.placePair(p) {
		return c, false // "Hong Kong-based", "South Korea-North Korea": no one's name
	}
	if _, typ := s.lowerHeadAt(p.end); typ != "" && !s.ordinaryWords(p.start, p.end) {
		return c, false // "the Qiz Qalasi dam": lowerHead's
	}
	if r := s.roleBefore(s.nameStart(p.start)); r != nil && !s.ordinaryWords(p.start, p.end) {
		c.role = r
		c.single = p.end-p.start == 1 // "President Lorvan": the surname of a full name, if the text has it
		return c, true
	}
	if r := s.roleAfter(p.end); r != nil {
		c.role = r
	} else if r := s.sharedRole(p.end); r != nil {
		c.role = r // "John Okello and Sarah Nakato, leaders of …"
	} else if r := s.roleAfterBare(p.end); r != nil && (p.end-p.start > 1 || !s.ordinary(p.start) && !s.has(p.start, tfAllCaps)) {
		c.role = r // not "Liberal prime minister", "the KNP member"
	}
	c.addressed = s.addressBefore(p.start)
	if c.role != nil || c.addressed {
		c.single = p.end-p.start == 1 // resolution finds whose surname it is
		return c, true
	}
	if allCapsWords(s, p) || s.capsLine() {
		return c, false // "FULL AND IMMEDIATE CEASEFIRE": in capitals a word may be any word
	}
	if p.end-p.start > 1 && !(s.givenFirst(p.start) && !s.ordinary(p.end-1)) { // not "the carrier Carl Vinson"
		if typ := s.descriptorBefore(p.start); typ != "" {
			c.typ = typ // "the Dutch consultancy Van Rijn Hydraulics", "the border city of Châu Đốc"
			return c, true
		}
	}
	kind := nkUnknown
	if p.end-p.start > 1 {
		kind = s.kindOf(p.start, p.end)
	}
	if before == "the" || before == "a" || before == "an" {
		acronym := p.end-p.start == 1 && s.has(p.start, tfAllCaps) && !s.ordinary(p.start)
		if (kind == nkUnknown || kind == nkNone) && !acronym {
			return c, false // "the Nuclear Threat"; "the CFDT" is a body
		}
	}
	if kind == nkUnknown && p.end-p.start > 1 {
		if typ := s.placeConjunct(p.start, p.end); typ != "" {
			c.typ = typ // "between Veľké Zlievce and Balassagyarmat"
			return c, true
		}
	}
	if p.end-p.start == 1 {
		c.single = true
		if typ := s.contextType(p.start); typ != "" {
			c.typ, c.typed = typ, true
			return c, true
		}
		c.placeable = s.placeable(p.start)
		if s.has(p.start, tfAllCaps) {
			c.typ = pipeline.Org
		}
		return c, true
	}
	if (kind == nkUnknown || kind == nkPerson) && prevPrep && before != "from" && before != "to" && !s.isPossessive(p.end) {
		kind = nkPlace // "held in Ras Laffan"
	}
	if kind == nkNone && before == "of" && s.is(p.start-2, lexicon.WordTitleHead) && !s.has(p.start-2, tfCap) && !s.has(p.end, tfCap) {
		kind = nkOrg // "the leader of New Harmony": a party named with ordinary words
	}
	c.typ = typeOfKind(kind)
	return c, c.typ != ""
}

// titleComplement: title words at piece t complete a title before them
// ("Minister of Natural Resources") or join its field ("Energy and
// Natural Resources Minister"): their head word names no body here.
func (s *sentenceView) titleComplement(ps []piece, t int) bool {
	if ps[t].kind != kTitle {
		return false
	}
	if t == 0 { // the run starts after "and": "Energy and | Natural Resources Minister"
		k := ps[t].start
		return s.fold(k-1) == "and" && s.has(k-2, tfCap) && s.isTitleWord(k-2)
	}
	if t < 2 || ps[t-2].kind != kTitle {
		return false
	}
	f := s.fold(ps[t-1].start)
	return ps[t-1].kind == kConn && (f == "of" || f == "for" || f == "and")
}

// laterHead: the name that piece t ends in a head goes on, in the pieces
// right after it, to another head, which types the whole ("Mulungushi
// International Conference Centre").
func (s *sentenceView) laterHead(ps []piece, t int) bool {
	for u := t + 1; u < len(ps) && ps[u].start == ps[u-1].end; u++ {
		q := ps[u]
		if q.kind != kName && q.kind != kTitle || q.absorbed {
			return false
		}
		if _, ok := s.head(q.end - 1); ok {
			return true
		}
	}
	return false
}

// ordinalBefore: an ordinal in figures ("16th", "23rd") stands right
// before token i, numbering the event that starts there.
func (s *sentenceView) ordinalBefore(i int) bool {
	w := s.word(i - 1)
	if len(w) < 3 || !s.has(i-1, tfDigit) {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		for k := 0; k < len(w)-2; k++ {
			if w[k] < '0' || w[k] > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// quotedTitle: quotation marks hold piece p and nothing else, as they
// hold the title of a work or a slogan.
func (s *sentenceView) quotedTitle(p piece) bool {
	if p.start == 0 || p.end >= len(s.toks) {
		return false
	}
	a, b := s.word(p.start-1), s.word(p.end)
	return len(a) <= 3 && len(b) <= 3 && text.IsQuoteMark(a) && text.IsQuoteMark(b)
}

// headExtent returns the first and last piece of the name that the head
// word at piece t ends: the words before it up to a stop, a connector or a
// titled person, and an "of …" complement after it.
func (s *sentenceView) headExtent(ps []piece, t int, typ string) (int, int) {
	first, last := t, t
	designator := s.suffixDesignator(ps[t].end - 1)
	for first > 0 {
		q := ps[first-1]
		if designator && q.kind == kConn && s.fold(q.start) == "of" && first >= 2 && ps[first-2].kind == kName && s.kindOf(ps[first-2].start, ps[first-2].end) != nkPerson {
			first-- // "Gold Fields of Lorvikia Ltd", "Bank of Zarnov Corp"
			continue
		}
		if q.kind == kStop || q.kind == kConn && !(s.isPossessive(q.start) && first-2 >= 0 && s.possessor(ps[first-2])) &&
			!(s.fold(q.start) == "and" && first >= 2 && s.adjectivesBeforeBody(ps[0].start, q.start)) {
			break
		}
		if q.kind == kName && first-1 > 0 && ps[first-2].kind == kTitle && s.titleEndingAt(ps[first-2].end) >= 0 && s.kindOf(q.start, q.end) != nkNone {
			break // a titled person's name: "President Lorvan Council" is two names
		}
		first--
	}
	// "Organisation of African Unity", "Ministry of Foreign Affairs",
	// "Commission on Water Rights": a complement runs to the end of the
	// capitalised run, or to a person named in it; a company's name has
	// none ("Zarnov Corp of Lorvikia").
	if !designator && last+1 < len(ps) && ps[last+1].kind == kConn && complementWord(s.fold(ps[last+1].start)) {
		for last+1 < len(ps) && ps[last+1].kind != kStop && !s.isParen(ps[last+1].start) {
			if q := ps[last+1]; q.kind == kName && s.kindOf(q.start, q.end) == nkPerson {
				break // "Council of Ministers Nikolai Bulganin"
			}
			if q := ps[last+1]; q.kind == kTitle && last+2 < len(ps) && ps[last+2].kind == kName && ps[last+2].start == q.end && s.fold(q.start-1) == "of" &&
				s.titleEndingAt(q.end) == q.start && s.is(q.end-1, lexicon.WordTitleHead) {
				break // "a Committee of King Tomas of Lorvikia …": titled people, not the body's name
			}
			last++
		}
	}
	for last > t && ps[last].kind == kConn { // never end on "of"/"the"
		last--
	}
	return first, last
}

// possessor: piece p, before "'s", starts a body's name with it: an
// unknown name or a common noun ("People's", "Women's"), not a listed
// place ("Lorvikia's Parliament").
func (s *sentenceView) possessor(p piece) bool {
	switch p.kind {
	case kName:
		return true
	case kTitle:
		return p.end == p.start+1
	}
	return false
}

// complementWord: a word after a head that starts its complement.
func complementWord(f string) bool {
	return f == "of" || f == "for" || f == "on" || f == "in"
}

func (s *sentenceView) isPossessive(i int) bool { f := s.fold(i); return f == "'s" }

func (s *sentenceView) isParen(i int) bool { w := s.word(i); return w == "(" || w == ")" }

// lexicon.CharacterisingVerbs: a nationality word and title words before "Ministry" or
// "Office" describe a body rather than name it ("the Iranian Foreign
// Ministry spokesperson").
func (s *sentenceView) descriptive(ps []piece, first, t int) bool {
	if !ps[first].norp && ps[first].gaz.Type == "" {
		return false
	}
	if h := ps[t].end - 1; !s.in(h, lexicon.DescriptiveHeads) || !capitalised(s.word(h), s.fold(h)) {
		return false
	}
	for k := first + 1; k <= t; k++ {
		if ps[k].kind != kTitle && !(k == t && ps[k].kind == kName && ps[k].end-ps[k].start == 1) {
			return false
		}
	}
	return true
}

// capitalised reports whether w is its lower-case ASCII fold f with the
// first letter in upper case ("Ministry" of "ministry").
func capitalised(w, f string) bool {
	return len(w) == len(f) && len(w) > 0 && 'a' <= f[0] && f[0] <= 'z' && w[0] == f[0]-('a'-'A') && w[1:] == f[1:]
}

func allCapsWords(s *sentenceView, p piece) bool {
	if p.end-p.start < 2 {
		return false
	}
	for k := p.start; k < p.end; k++ {
		if !s.has(k, tfAllCaps) {
			return false
		}
	}
	return true
}

// yearEvent: a capitalised name followed by a year in parentheses names an
// event, as an article title merged into the first sentence does ("Oval
// Office Meeting (2025)").
func (s *sentenceView) yearEvent(out []cand, ps []piece) []cand {
	n := len(ps)
	if n < 5 || s.word(ps[n-3].start) != "(" || !s.has(ps[n-2].start, tfYear) || s.word(ps[n-1].start) != ")" || ps[n-2].absorbed {
		return out
	}
	first := n - 4
	for first > 0 && ps[first-1].kind != kStop && ps[first-1].kind != kConn && !ps[first-1].absorbed {
		first--
	}
	if ps[first].kind == kConn || ps[n-4].absorbed {
		return out
	}
	for k := first; k < n; k++ {
		ps[k].absorbed = true
	}
	return append(out,
		cand{span: pipeline.Span{Start: s.toks[ps[first].start].Start, End: s.toks[ps[n-1].start].End}, typ: pipeline.Event, sentence: s.si},
		cand{span: s.span(ps[n-2].start, ps[n-2].end), typ: pipeline.Date, sentence: s.si},
	)
}

// placeLed returns the last piece of a body's name that a nationality
// or listed place at piece t starts, or t for none: a listed body with a
// generic name ("Democratic Party", "Armed Forces") after it, maybe after
// title words ("Iraqi National Congress"), or, after a place, ordinary
// nouns ending the run ("Lorvik Cement", "Bresk Purchasing Managers";
// "Palestinian factions" are people).
func (s *sentenceView) placeLed(ps []piece, t int) int {
	u := t + 1
	for u < len(ps) && ps[u].start == ps[u-1].end && !ps[u].absorbed {
		q := ps[u]
		switch {
		case q.gaz.Type == pipeline.Org && s.ordinaryWords(q.start, q.end):
			return u
		case q.kind == kTitle:
			u++
			continue
		case q.kind == kName && !ps[t].norp && s.ordinaryNouns(q.start, q.end) && (u+1 == len(ps) || ps[u+1].kind == kConn || ps[u+1].kind == kStop):
			return u
		}
		break
	}
	return t
}

// abbreviated: piece p is a place written as an abbreviation ("US",
// "U.S."), which modifies a body's name rather than starts it ("the US
// State Department").
func (s *sentenceView) abbreviated(p piece) bool {
	return p.end-p.start == 1 && (s.has(p.start, tfAllCaps) || strings.Contains(s.word(p.start), "."))
}

// ordinaryWords: the words [i, j) are all ordinary or title words.
func (s *sentenceView) ordinaryWords(i, j int) bool {
	for k := i; k < j; k++ {
		if !s.ordinary(k) && !s.isTitleWord(k) {
			return false
		}
	}
	return true
}

// ordinaryNouns: the words [i, j) are ordinary nouns and adjectives, the
// last a noun ("Purchasing Managers", "Cement"), none a given name.
func (s *sentenceView) ordinaryNouns(i, j int) bool {
	for k := i; k < j; k++ {
		if !s.ordinary(k) || s.names(k)&lexicon.GivenName != 0 {
			return false
		}
		switch t := s.toks[k].Tag; {
		case t == "" || t[0] == 'N' || t == "JJ" || t == "VBG" && k < j-1:
		default:
			return false
		}
	}
	return true
}

// namedBefore: a listed building or body whose last word is a head, right
// after unknown name words, is the end of a longer name.
func (s *sentenceView) namedBefore(ps []piece, t int) bool {
	p := ps[t]
	if t == 0 || p.end-p.start < 2 || ps[t-1].absorbed || ps[t-1].end != p.start {
		return false
	}
	if q := ps[t-1]; q.kind == kTitle && (q.end-q.start != 1 || s.titleEndingAt(q.end) >= 0 || !s.ordinary(q.start)) || q.kind != kName && q.kind != kTitle {
		return false // "Social" + "Democratic Party", not "Foreign Minister" + "Democratic Party"
	}
	if p.gaz.Type != pipeline.Fac && p.gaz.Type != pipeline.Org {
		return false
	}
	if q := ps[t-1]; t >= 2 && ps[t-2].kind == kTitle && ps[t-2].end == q.start || s.kindOf(q.start, q.end) == nkPerson {
		return false // "President Ursula von der Leyen" + "European Council"
	}
	_, head := s.head(p.end - 1)
	return head
}

// fieldAfterAnd: name piece p, of three words or more, starts right after
// "and" with a word that ends the complement of a title before it ("the
// Secretary of State of the Ministry of Water Resources and Meteorology
// Chea Sophanna"): with that word the title reads as a role, the rest as
// a name.
func (s *sentenceView) fieldAfterAnd(p piece) bool {
	k := p.start
	if p.end-k < 3 || s.fold(k-1) != "and" || !s.has(k-2, tfCap) || s.givenName(k) || s.names(k)&lexicon.FamilyName != 0 || s.has(k, tfAllCaps) {
		return false
	}
	if !s.ordinary(k) && !s.isTitleWord(k) && !fieldNoun(s.word(k)) || s.kindOf(k+1, p.end) == nkNone || s.roleBefore(k) != nil {
		return false
	}
	return s.complementEndingAt(k+1) >= 0 && s.roleBefore(k+1) != nil
}

// extendBody widens the body named right before "and" at token k-1 over
// the word k that ends its complement ("Ministry of Water Resources" +
// "and Meteorology").
func (s *sentenceView) extendBody(out []cand, k int) []cand {
	end := s.toks[k-2].End
	for i := len(out) - 1; i >= 0; i-- {
		c := &out[i]
		if c.sentence != s.si || c.span.End < end {
			break
		}
		if c.span.End == end && c.typ == pipeline.Org && strings.Contains(s.d.Text[c.span.Start:c.span.End], " of ") {
			c.span.End = s.toks[k].End
			break
		}
	}
	return out
}

// fieldNoun: w, capitalised, has the shape of an English abstract noun
// that names a field of government ("Meteorology", "Forestry",
// "Fisheries", "Environment"): ASCII, five letters or more, with a
// noun-forming suffix; a name ("Lê", "Kōno") has not.
func fieldNoun(w string) bool {
	if len(w) < 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || i > 0 && (c < 'a' || c > 'z') {
			return false
		}
	}
	for _, suf := range [...]string{"ry", "gy", "ics", "ion", "ions", "ment", "ture", "ies", "ity", "ism", "nce", "ing"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// titleModifier: the last word of name piece p is unknown and stands
// before a title in lower case that a capitalised name follows: it names
// the body of that name's office, not a person of its own.
func (s *sentenceView) titleModifier(p piece) bool {
	k := p.end - 1
	if s.has(p.end, tfCap) || s.has(k, tfAllCaps|tfParticle) || s.ordinary(k) || s.isTitleWord(k) || s.names(k)&(lexicon.GivenName|lexicon.FamilyName) != 0 {
		return false
	}
	if n := p.end - p.start; n == 2 || n > 2 && s.kindOf(p.start, k) != nkPerson {
		return false // the words before must be a person's full name ("adviser Mykhailo Podolyak lawmaker …")
	}
	e := s.titleStartingAt(p.end)
	if e <= p.end || personalStaff(s.fold(e-1)) {
		return false // "Zelensky adviser Mykhailo Podolyak": a person's aide
	}
	return s.has(e, tfCap) && !s.has(e, tfAllCaps) && !s.isTitleWord(e) && s.demonymAt(e) == e
}

// personalStaff: a title's head that serves a person more often than a
// body ("adviser", "aide", "chief of staff"); a spokesman speaks for
// companies too ("Ericsson spokesman").
func personalStaff(f string) bool {
	switch f {
	case "adviser", "advisor", "aide", "assistant", "envoy", "lawyer", "attorney", "staff", "secretary", "representative", "negotiator", "deputy":
		return true
	}
	return false
}

// listedBodyGoesOn returns the last piece of a longer name that a listed
// body or building ending in a head word of its type starts at piece t:
// with an "of [the]" complement that is one complete title ("the
// Chancellery of the Prime Minister"), or, for a body, a "for"
// complement of title or unknown name words, no listed name among them
// ("the State Department for Blue Economy and Fisheries"); t for none.
func (s *sentenceView) listedBodyGoesOn(ps []piece, t int) int {
	p := ps[t]
	typ, ok := s.head(p.end - 1)
	if !ok || typ != p.gaz.Type || t+2 >= len(ps) || ps[t+1].kind != kConn {
		return t
	}
	if s.fold(ps[t+1].start) == "of" && typ == pipeline.Org && t+2 == len(ps)-1 && ps[t+2].end-ps[t+2].start == 1 &&
		(ps[t+2].gaz.Type == pipeline.GPE || ps[t+2].kind == kName && !s.ordinary(ps[t+2].start) && !s.givenName(ps[t+2].start)) {
		return t + 2 // "the Democratic Party of Lorvikia": a listed body's name, of its land
	}
	if s.fold(ps[t+1].start) == "of" {
		// "of the Prime Minister": a complete title names whose office it is
		u := t + 1
		if ps[u+1].kind == kConn && s.fold(ps[u+1].start) == "the" {
			u++
		}
		e := u
		for e+1 < len(ps) && ps[e+1].kind == kTitle && ps[e+1].start == ps[e].end {
			e++
		}
		if e > u && (e+1 == len(ps) || ps[e+1].kind == kConn || ps[e+1].kind == kStop) && s.titleEndingAt(ps[e].end) == ps[u+1].start {
			return e
		}
		return t
	}
	if typ != pipeline.Org || s.fold(ps[t+1].start) != "for" {
		return t
	}
	u := t + 1
	for u+1 < len(ps) && ps[u+1].start == ps[u].end && !ps[u+1].absorbed && ps[u+1].gaz.Type == "" && !ps[u+1].norp &&
		(ps[u+1].kind == kName || ps[u+1].kind == kTitle || ps[u+1].kind == kConn && s.fold(ps[u+1].start) == "and") {
		if q := ps[u+1]; q.kind == kName && s.kindOf(q.start, q.end) == nkPerson {
			break
		}
		u++
	}
	for u > t && ps[u].kind == kConn {
		u--
	}
	return u
}

// chamber: the head word "House" at token h is followed by "of" and a
// plural naming its members up to end ("House of Councillors", "House of
// Delegates"): a legislature, not a building.
func (s *sentenceView) chamber(h, end int) bool {
	if s.fold(h) != "house" || s.fold(h+1) != "of" || end != h+3 || !s.has(h+2, tfCap) {
		return false
	}
	t := s.toks[h+2].Tag
	return t == "NNS" || t == "NNPS" || strings.HasSuffix(s.word(h+2), "s")
}

// givenFirst: token k is a given name, or a hyphenated one whose first
// part is ("Jean-Pierre").
func (s *sentenceView) givenFirst(k int) bool {
	if s.givenName(k) {
		return true
	}
	f := s.fold(k)
	h := strings.IndexByte(f, '-')
	return h > 2 && s.has(k, tfHyphen) && s.lx.NameBytes([]byte(f[:h]))&lexicon.GivenName != 0 // not "al-Gama'a"
}

// placePair: the name piece p holds a hyphen whose left side, from the
// piece's start, is a listed name ("United Kingdom-EU", "South
// Korea-North Korea"): two places paired, which the hyphen glued into
// one capitalised run.
func (s *sentenceView) placePair(p piece) bool {
	for k := p.start; k < p.end; k++ {
		if !s.has(k, tfHyphen) || k == p.start {
			continue
		}
		w := s.word(k)
		h := strings.IndexByte(w, '-')
		if h <= 0 || h == len(w)-1 || !text.IsCap(w[h+1:]) {
			continue
		}
		left := s.d.Text[s.toks[p.start].Start : s.toks[k].Start+h]
		if _, ok := s.lx.Gazetteer[text.Fold(left)]; ok {
			return true
		}
	}
	return false
}

// placeBeforeName: the name piece p of three words or more follows a
// title and "of" ("Governor of"), and its first word is a listed town or
// region, no given name: the place ends the title, the rest is a name.
func (s *sentenceView) placeBeforeName(p piece) bool {
	k := p.start
	if p.end-k < 3 || s.fold(k-1) != "of" || s.titleEndingAt(k-1) < 0 || s.names(k)&lexicon.GivenName != 0 {
		return false
	}
	if s.names(k)&(lexicon.City|lexicon.Region) == 0 {
		// an unknown word before a given name: "Foreign Minister of
		// Lorvikia Tomas Brennik"
		return !s.ordinary(k) && !s.has(k, tfAllCaps) && s.names(k)&lexicon.FamilyName == 0 && s.givenName(k+1)
	}
	return s.kindOf(k+1, p.end) != nkNone && !s.ordinary(k+1)
}

// pluralTitle: token j, capitalised, is the plural of a title's head word
// ("MPs", "Ministers").
func (s *sentenceView) pluralTitle(j int) bool {
	f := s.fold(j)
	return len(f) > 2 && f[len(f)-1] == 's' && s.has(j, tfCap) && s.lx.TitleHeads[f[:len(f)-1]]
}

// venue: the head "Centre" at token h follows an event's head word
// ("Conference Centre", "Convention Center"): a place where events are
// held, not a body.
func (s *sentenceView) venue(h int) bool {
	switch s.fold(h) {
	case "centre", "center":
		return s.lx.Heads[s.word(h-1)] == pipeline.Event
	}
	return false
}

// adminUnit: f names a unit of government, after a place's name ("X
// province"), which makes the place a GPE whatever its head says.
func adminUnit(f string) bool {
	switch f {
	case "province", "provinces", "prefecture", "governorate", "oblast", "county", "regency", "canton", "municipality":
		return true
	}
	return false
}
