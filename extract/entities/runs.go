package entities

import (
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// candidates appends the candidate mentions of the sentence to out.
func (s *sentenceView) candidates(out []cand) []cand {
	n := len(s.toks)
	i := 0
	if s.has(0, tfAllCaps) || s.capsWord(0) {
		if end, rs, re := s.dateline(); end > 0 {
			out = s.datelineCands(out, end, rs, re)
			i = max(end, re)
		}
	}
	for i < n {
		f := s.fl[i]
		if f&(tfDigit|tfMonth|tfWeekday|tfCap) == 0 {
			i++ // neither a date nor a name starts here, as at most words
			continue
		}
		j := matchDateFlags(s.fl, i)
		if s.has(i, tfDay) && s.fold(i+1) == "to" && s.has(i+2, tfDay) && s.has(i+3, tfMonth) {
			j = matchDateFlags(s.fl, i+2) // "9 to 11 September 2024" is one range
		}
		if j == i && s.fl[i]&(tfMay|tfMonth) == tfMay|tfMonth && s.monthAfter(i) {
			j = i + 1 // "in May", "until May"
		}
		if j > i && !s.eventMonth(i, j) {
			out = append(out, cand{span: s.span(i, j), typ: pipeline.Date, sentence: s.si})
			i = j
			continue
		}
		if !s.has(i, tfCap) {
			i++
			continue
		}
		if e := s.quotedEvent(i); e > i {
			out = append(out, cand{span: s.span(i, e), typ: pipeline.Event, sentence: s.si})
			i = e // under the title “Agreement on the path to peace in Lorvikia”
			continue
		}
		if c, e, ok := s.officialName(out, i); ok {
			out = append(out, c) // "the Lorvan Accords, officially the Agreement on …"
			i = e
			continue
		}
		j = s.runEnd(i)
		if s.describedBody(i, j) {
			out = append(out, cand{span: s.span(i, j), typ: pipeline.Org, sentence: s.si})
			i = j // "his party Independent Lorvikians": the noun before names what the run is
			continue
		}
		ps := s.segment(i, j)
		out = s.typeRun(out, ps)
		out = s.lowerEvent(out, ps, j)
		out = s.lowerHead(out, ps, j)
		if n := len(ps); n > 0 && ps[n-1].end > j {
			j = ps[n-1].end
		}
		i = j
	}
	return out
}

// describedBody: the run [i, j) of two words or more follows a noun
// that names a body ("party", "movement") and holds a nationality word,
// which would cut it, but no listed name, title or person's name: one
// body's name.
func (s *sentenceView) describedBody(i, j int) bool {
	if j-i < 2 || !s.in(i-1, lexicon.Descriptors) {
		return false // as before most runs
	}
	if d, ok := s.descriptor(i - 1); !ok || !d.Before || d.Type != pipeline.Org {
		return false
	}
	norp := false
	for k := i; k < j; k++ {
		if !s.has(k, tfCap) || s.gazEnd(k) > k || s.isTitleWord(k) || s.givenName(k) {
			return false
		}
		norp = norp || s.demonymAt(k) > k
	}
	return norp
}

// quotedEvent returns the end of the name of an agreement or event that
// quotation marks hold in full, from token i right after the opening
// mark, when its first word is an event's head ("“Agreement on the path
// to normalisation between A and B”", written as a sentence is), or i.
func (s *sentenceView) quotedEvent(i int) int {
	if i == 0 || !s.has(i, tfJoined) || s.has(i+1, tfCap) || !text.IsQuoteMark(s.word(i-1)) || s.lx.Heads[s.word(i)] != pipeline.Event {
		return i
	}
	for k := i + 1; k < len(s.toks) && k < i+16; k++ {
		w := s.word(k)
		if text.IsQuoteMark(w) {
			if k-i < 3 {
				return i
			}
			return k
		}
		switch t := s.toks[k].Tag; {
		case w == "," || w == "." || w == ";" || w == ":":
			return i
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return i // a clause, not a name
		}
	}
	return i
}

// officialName reads the official name that "officially (called|known
// as|named|titled) [the]" gives a name right before it ("The Lorvan
// Accords (1990) officially the Agreement on Ending the War in Bresk
// were signed"): it returns the candidate of the name from token i, an
// alias of the one before, and its end.
func (s *sentenceView) officialName(out []cand, i int) (cand, int, bool) {
	if i < 3 || s.has(i-1, tfCap) {
		return cand{}, i, false // as after most names
	}
	k := i
	if s.fold(k-1) == "the" {
		k--
	}
	switch s.fold(k - 1) {
	case "called", "named", "titled", "styled":
		k--
	case "as":
		if s.fold(k-2) == "known" {
			k -= 2
		}
	}
	if f := s.fold(k - 1); f != "officially" && f != "formally" || k < 2 {
		return cand{}, i, false
	}
	prevEnd := s.toks[k-2].End
	for n := len(out) - 1; n >= 0 && out[n].sentence == s.si; n-- {
		c := out[n]
		if c.span.End != prevEnd || c.typ == pipeline.Date {
			continue // the year of "… (1990)", a place before the name
		}
		if c.typ == pipeline.Person || c.typ == pipeline.NORP {
			break
		}
		e := s.titledEnd(i)
		alias := cand{span: s.span(i, e), typ: c.typ, canon: c.canon, ref: c.ref, sentence: s.si}
		if alias.canon == "" {
			alias.canon = s.d.Text[c.span.Start:c.span.End]
		}
		return alias, e, true
	}
	return cand{}, i, false
}

// titledEnd returns the end of a name written in title case from token
// i: capitalised words, and the lower-case words that join them ("the
// Agreement on Ending the War and Restoring Peace in Bresk").
func (s *sentenceView) titledEnd(i int) int {
	e := i + 1
	for k := i + 1; k < len(s.toks) && k < i+20; k++ {
		switch {
		case s.has(k, tfCap):
			e = k + 1
			continue
		case s.has(k+1, tfCap) || s.fold(k+1) == "the" && s.has(k+2, tfCap):
			switch s.fold(k) {
			case "the", "of", "and", "on", "in", "for", "to", "between", "against":
				continue
			}
		}
		break
	}
	return e
}

// runEnd extends a capitalised run from i: capitalised words, particles and
// of/for/the between them, and a "(2025)" or "(JCC)" right after.
func (s *sentenceView) runEnd(i int) int {
	j := i + 1
	for j < len(s.toks) {
		w := s.word(j)
		switch {
		case matchDateFlags(s.fl, j) > j && !s.has(j, tfYear):
			return j
		case s.has(j, tfCap|tfAllCaps):
			j++
		case s.suffixDesignator(j) && s.has(j, tfSpaced):
			j++ // "Energean plc"
		case (s.has(j, tfParticle) || w == "of" || w == "for") && s.has(j+1, tfCap):
			j++
		case s.has(j, tfParticle) && s.has(j+1, tfParticle) && s.has(j+2, tfCap):
			j += 2 // von der Leyen, de la Calle
		case (w == "of" || w == "for") && s.word(j+1) == "the" && s.has(j+2, tfCap):
			j += 2
		case w == "(" && s.word(j+2) == ")" && (s.has(j+1, tfYear) || s.has(j+1, tfAllCaps)):
			j += 3
		case (w == "’s" || w == "'s") && s.has(j+1, tfCap):
			j++ // Tigray People’s Liberation Front
		case (w == "’" || w == "'") && s.has(j, tfJoined) && s.has(j+1, tfCap) && strings.HasSuffix(s.word(j-1), "s"):
			j++ // Mekong Delta Farmers' Network
		case w == "&" && s.has(j+1, tfCap):
			j++ // Marlow & Finch
		case w == "." && s.initial(j-1) && s.has(j, tfJoined) && s.has(j+1, tfCap) && s.demonymAt(j+1) == j+1 && s.gazEnd(j+1) == j+1:
			j++ // the initial of "Edward D. Jones"; not "S. African", "N. Korea"
		case (w == "in" || w == "on" || w == "and") && s.has(j+1, tfCap) && s.inComplement(i, j):
			j++ // "Organisation for Security and Cooperation in Europe"
		case w == "and" && s.has(j+1, tfCap) && s.adjectivesBeforeBody(i, j):
			j++ // "the Social Democratic and Labour Party"
		case w == "/" && s.has(j, tfJoined) && s.has(j+1, tfCap) && s.has(j+1, tfJoined):
			j++ // "the North/South Ministerial Council"
		case w == "," && s.has(j+1, tfCap) && s.commaListEnd(i, j) > j:
			j = s.commaListEnd(i, j) // "the Treaty of Friendship, Cooperation and Mutual Assistance"
			continue
		case (w == "in" || w == "on") && s.fold(j+1) == "the" && s.has(j+2, tfCap) && s.inComplement(i, j):
			j += 2 // "Protocol on Crisis Cooperation in the Gas Sector"
		default:
			// a gazetteer name may hold lower-case words: Jammu and Kashmir
			if e := s.gazBeyond(i, j); e > j {
				j = e
				continue
			}
			return j
		}
	}
	return j
}

// segment cuts the run [i, j) into pieces, longest gazetteer match first.
func (s *sentenceView) segment(i, j int) []piece {
	ps := s.ps[:0]
	for k := i; k < j; {
		f := s.fold(k)
		if d := s.demonymAt(k); d > k && d >= s.gazEnd(k) {
			ps = append(ps, piece{kind: kOther, start: k, end: d, norp: true}) // North Korean
			k = d
			continue
		}
		if end := s.gazEnd(k); end == k+2 && s.gazEnd(k+1) > end && s.has(k, tfSpaced|tfJoined) {
			// "Washington State" + "State Department": two listed names that
			// share a word; the first word alone, if listed, leaves the
			// longer second name whole ("In Washington | State Department
			// spokesman")
			if g := s.info(k).Gaz; g.Bits&lexicon.PhraseListed != 0 && g.Bits&lexicon.PhraseAcronym == 0 {
				ps = append(ps, piece{kind: kOther, start: k, end: k + 1, gaz: s.lx.Entry(g), ref: g.Ref})
				k++
				continue
			}
		}
		if end, e := s.gazAt(k); end > k && !s.nameGoesOn(ps, k, end, e) && !s.firstNameAfterTitle(ps, k, end, e) && !s.possessedHead(ps, k, end) && !s.afterParticle(ps, k) && !s.afterPrefixHead(ps, k, e) && !(s.fold(k-1) == "and" && k-1 > i && s.adjectivesBeforeBody(i, k-1)) {
			ps = append(ps, piece{kind: kOther, start: k, end: end, gaz: e, ref: s.gazRef(k)})
			k = end
			continue
		}
		switch {
		case s.sentenceStart(k) && (s.in(k, lexicon.StopCaps) || !isNNP(s.toks[k].Tag) && !s.nameStartsSentence(k, j) && !s.apposedName(k, j) && !s.startsBody(k, j) && !(s.prefixHead(k) != "" && s.gazEnd(k+1) > k+1)) && !s.isTitleWord(k):
			ps = append(ps, piece{kind: kStop, start: k, end: k + 1})
		case s.participleCompound(k) || s.in(k, lexicon.AddressForms) && (k+1 < j || s.word(k+1) == "."):
			// "Ontario-based", "Mr": a word before a name, not in it
			ps = append(ps, piece{kind: kStop, start: k, end: k + 1})
		case f == "of" || f == "for" || f == "the" || f == "(" || f == ")" || f == "'s" || f == "in" || f == "on" || f == "and" || f == ",":
			ps = append(ps, piece{kind: kConn, start: k, end: k + 1})
		case s.has(k, tfYear) || s.has(k, tfAllCaps) && k > i && s.word(k-1) == "(":
			ps = append(ps, piece{kind: kOther, start: k, end: k + 1})
		case s.is(k, lexicon.WordDemonym):
			ps = append(ps, piece{kind: kOther, start: k, end: k + 1, norp: true})
		case s.isTitleWord(k) && !s.insideName(ps, k, j) && !s.nameAfterTitle(ps, k, j):
			if len(ps) > 0 && ps[len(ps)-1].kind == kTitle && ps[len(ps)-1].end == k && !s.bodyEnds(k) {
				ps[len(ps)-1].end = k + 1
			} else {
				ps = append(ps, piece{kind: kTitle, start: k, end: k + 1})
			}
		default:
			if len(ps) > 0 && ps[len(ps)-1].kind == kName && ps[len(ps)-1].end == k && !s.designatorEnds(k) && !s.headEnds(k, j) && !s.conjunctEnds(ps, k) {
				ps[len(ps)-1].end = k + 1
			} else if s.has(k, tfParticle) && len(ps) > 0 && ps[len(ps)-1].kind == kName {
				ps[len(ps)-1].end = k + 1
			} else {
				ps = append(ps, piece{kind: kName, start: k, end: k + 1})
			}
		}
		k++
	}
	if n := len(ps); n >= 2 && ps[n-1].kind == kTitle && ps[n-1].end == j && ps[n-1].end-ps[n-1].start == 1 &&
		ps[n-2].kind == kName && ps[n-2].end == ps[n-1].start && s.givenName(ps[n-2].start) && !complementWord(s.fold(j)) && s.fold(j) != "and" {
		// a title word that ends a given name's run is a surname: "John Major"
		ps[n-2].end = j
		ps = ps[:n-1]
	}
	s.ps = ps
	return ps
}

// adjectivesBeforeBody: the run [i, j) before "and" at token j is made
// of capitalised adjectives no list names ("Social Democratic"), and the
// capitalised words after "and" end in a body's head ("Labour Party"):
// one name, as a party's often is.
func (s *sentenceView) adjectivesBeforeBody(i, j int) bool {
	head := false
	for k := j + 1; k < len(s.toks) && k <= j+3 && s.has(k, tfCap); k++ {
		if typ, ok := s.head(k); ok && typ == pipeline.Org {
			head = true
			break
		}
	}
	if !head {
		return false // as after most "and"s
	}
	for k := i; k < j; k++ {
		if s.toks[k].Tag != "JJ" && s.toks[k].Tag != "NNP" || !s.ordinary(k) || s.gazEnd(k) > k || s.demonymAt(k) > k {
			return false
		}
	}
	return true
}

// commaListEnd returns the end of a list of capitalised nouns, "A, B and
// C", that goes on from the complement of a treaty's or body's head
// before the comma at token j ("the Treaty of Friendship, Cooperation
// and Mutual Assistance"), or j: the commas part the complement's nouns,
// not names.
func (s *sentenceView) commaListEnd(i, j int) int {
	if f := s.fold(j - 2); j-i < 3 || f != "of" && f != "for" && f != "on" || !s.ordinary(j-1) {
		return j
	}
	if typ, ok := s.head(j - 3); !ok || typ != pipeline.Event && typ != pipeline.Org {
		return j
	}
	for k := i; k <= j-3; k++ {
		if s.gazEnd(k) > j-3 {
			return j // a listed name's head, which types no complement
		}
	}
	k := j
	for n := 0; n < 4 && s.word(k) == ","; n++ {
		k++
		for s.has(k, tfCap) && s.ordinary(k) && s.gazEnd(k) == k {
			k++
		}
		if s.word(k) == "and" && s.has(k+1, tfCap) && s.ordinary(k+1) {
			k += 2
			for s.has(k, tfCap) && s.ordinary(k) && s.gazEnd(k) == k {
				k++
			}
			return k
		}
	}
	return j
}

// inComplement: "and", "in" or "on" at token j goes on with the name of a
// body or event that the run [i, j) holds: right after its head ("the
// Commission on Water Rights", "Consultations in Warsaw (2024)") or
// inside its of/for complement ("the Organisation for Security and
// Cooperation in Europe"), when the words after it are ordinary or
// listed ones, no new name. Right after a head, "on" takes any name but
// a date or a person's ("the Declaration on Energy Connectivity"), "in" a
// place before an event's year.
func (s *sentenceView) inComplement(i, j int) bool {
	if typ, ok := s.head(j - 1); ok && (typ == pipeline.Org || typ == pipeline.Event) {
		switch s.fold(j) {
		case "on":
			if s.nameAfterOn(j + 1) {
				return true
			}
		case "in":
			if e := s.gazEnd(j + 1); e > j+1 && s.word(e) == "(" && s.has(e+1, tfYear) {
				return true
			}
			// "the United Nations Observer Mission in El Salvador": a
			// mission is named after the land it serves in
			if k := j + 1; s.fold(j-1) == "mission" {
				if s.fold(k) == "the" {
					k++
				}
				if e, g := s.gazAt(k); e > k && (g.Type == pipeline.GPE || g.Type == pipeline.Loc) {
					return true
				}
			}
		}
	}
	for k := j - 1; k > i; k-- {
		if f := s.fold(k); (f == "of" || f == "for" || f == "on") && !s.has(k, tfCap) {
			typ, ok := s.head(k - 1)
			if ok && (typ == pipeline.Org || typ == pipeline.Event) {
				// "… and Interior Minister Kolvan", "… and Meteorology Chea Sophanna" end it
				return s.knownWords(j+1) || s.wordBeforePerson(j+1)
			}
			// "the Agreement on the Maintenance of Peace and …": a nested
			// complement; the head may stand before an earlier connector
		}
	}
	return false
}

// wordBeforePerson: token k is one unknown capitalised word, and a
// person's name starts right after it ("the Office for Lorvikia and
// Metohija | Petar Brennik"): the word ends the complement.
func (s *sentenceView) wordBeforePerson(k int) bool {
	return s.has(k, tfCap) && !s.has(k, tfAllCaps) && s.givenName(k+1) && s.has(k+2, tfCap) && s.gazEnd(k) == k &&
		s.names(k)&(lexicon.GivenName|lexicon.FamilyName) == 0
}

// nameAfterOn: the capitalised words from token k name a topic, not a
// day ("on Monday") or a person ("on Ivan Petrov").
func (s *sentenceView) nameAfterOn(k int) bool {
	if s.fold(k) == "the" {
		k++
	}
	for ; k < len(s.toks) && s.has(k, tfCap); k++ {
		if s.has(k, tfMonth|tfWeekday) || s.givenName(k) || s.in(k, lexicon.PersonHeads) {
			return false
		}
	}
	return true
}

// knownWords: the capitalised words from token k up to the next
// lower-case one are ordinary, title or listed words (no name of
// something else), and none is a title's head ("Minister").
func (s *sentenceView) knownWords(k int) bool {
	for i := k; k < len(s.toks) && s.word(k) != "(" && (s.has(k, tfCap|tfYear) || complementWord(s.fold(k)) || s.fold(k) == "the"); {
		if k > i && complementWord(s.fold(k)) && !s.has(k, tfCap) {
			return true // "… and Ocean Affairs | of the Chinese Foreign Ministry": a complement of its own
		}
		switch e, _ := s.gazAt(k); {
		case e > k:
			k = e
			continue
		case s.in(k, lexicon.PersonHeads), s.has(k, tfMonth|tfWeekday):
			return false // a title, or a date: "… in May"
		case s.has(k, tfCap) && !s.ordinary(k) && !s.isTitleWord(k):
			return false
		}
		k++
	}
	return true
}

// designatorEnds: token k starts a new name, as a designator ended the
// one before ("… Systems S.A. Lorvik …").
func (s *sentenceView) designatorEnds(k int) bool {
	if !s.suffixDesignator(k - 1) {
		return false
	}
	_, more := s.designator(k) // "Holdings Corp", "Co Ltd"
	return !more
}

// bodyEnds: title word k starts a title after the head word of a body
// ("… Control Administration Director Branko Bilbija").
func (s *sentenceView) bodyEnds(k int) bool {
	typ, ok := s.head(k - 1)
	return ok && typ == pipeline.Org && (s.is(k, lexicon.WordTitleHead) || s.in(k, lexicon.Qualifiers))
}

// headEnds: token k starts a person's name right after a head word or an
// ordinary word that ended the name before ("… at the Melia Hotel Ri
// Yong-ho said", "the Council of Ministers Nikolai Bulganin").
func (s *sentenceView) headEnds(k, j int) bool {
	if k+1 >= j || !s.has(k+1, tfCap) || s.has(k-1, tfParticle) || s.suffixDesignator(k-1) {
		return false // a second name word must follow; "Mohammed bin Abdulrahman"
	}
	if s.prefixHead(k-1) != "" && !s.has(k-2, tfCap) {
		return false // "Plaza Gerardo Barrios": a place named after a person
	}
	if _, ok := s.head(k - 1); !ok && (!s.ordinary(k-1) || s.names(k-1)&lexicon.GivenName != 0) {
		return false
	}
	if !s.givenName(k) && s.names(k)&lexicon.FamilyName == 0 || s.ordinary(k+1) {
		return false
	}
	return true
}

func isNNP(tag string) bool { return tag == "NNP" || tag == "NNPS" || tag == "" }

// nameGoesOn: a one-word body or event name right after a person's name
// words is the end of the name ("Thérèse Kayikwamba Wagner" is not the
// Wagner Group); places keep their type ("… Marco Rubio US …").
func (s *sentenceView) nameGoesOn(ps []piece, k, end int, e lexicon.GazEntry) bool {
	if end != k+1 || len(ps) == 0 {
		return false
	}
	if e.Type == pipeline.GPE || e.Type == pipeline.Loc {
		// "special envoy Thomas West", "Finance Minister Siniša Mali": a
		// titled first name is followed by its surname, not by a place
		n := len(ps)
		if n == 0 || ps[n-1].kind != kName || ps[n-1].end != k || ps[n-1].end-ps[n-1].start != 1 || s.has(k, tfAllCaps) {
			return false
		}
		first := ps[n-1].start
		if n >= 2 {
			return ps[n-2].kind == kTitle && ps[n-2].end == first
		}
		return first > 0 && s.is(first-1, lexicon.WordTitleHead) // "… special envoy Thomas West"
	}
	last := ps[len(ps)-1]
	// only a short form of a longer listed name ("Wagner" for the Wagner
	// Group) is that ambiguous; "… Jake Sullivan Kremlin …" keeps the Kremlin
	short := s.fold(k) != text.Fold(e.Canonical)
	return short && last.kind == kName && last.end == k && !s.has(k, tfAllCaps)
}

// insideName: an honorific followed by a name word belongs to the name.
func (s *sentenceView) insideName(ps []piece, k, j int) bool {
	if !s.in(k, lexicon.Honorifics) || k+1 >= j {
		return false
	}
	next := k + 1
	if s.isTitleWord(next) || s.demonymAt(next) > next {
		return false
	}
	e, _ := s.gazAt(next)
	return e == next && s.has(next, tfCap) && !s.has(next, tfAllCaps)
}

// monthAfter: the word before token i is one after which "May" is the
// month rather than the modal verb.
func (s *sentenceView) monthAfter(i int) bool {
	switch s.fold(i - 1) {
	case "in", "since", "until", "till", "by", "from", "to", "through", "during", "of", "before", "after", "early", "late", "mid", "last", "next", "this":
		return true
	}
	return false
}

// eventMonth: a month that names an event with the head after it ("the
// October War", "the February Revolution") is no date.
func (s *sentenceView) eventMonth(i, j int) bool {
	return j == i+1 && s.lx.Heads[s.word(j)] == pipeline.Event
}

// nameAfterTitle: a title word right after a complete title and before a
// name word starts the name ("Foreign Minister Amir Khan Muttaqi").
func (s *sentenceView) nameAfterTitle(ps []piece, k, j int) bool {
	if len(ps) == 0 || ps[len(ps)-1].kind != kTitle || ps[len(ps)-1].end != k || k+1 >= j {
		return false
	}
	if w := s.word(k); len(w) > 2 && w[len(w)-1] == '.' {
		return false // an abbreviated title is no name: "Chairman Rep. Ana Ruiz"
	}
	last := ps[len(ps)-1]
	if s.titleEndingAt(last.end) < 0 {
		return false // the title before is not complete yet
	}
	if q := s.titleEndingAt(k + 1); q >= 0 && q < k {
		return false // the word goes on with a longer title: "Defence Minister"
	}
	if !s.has(k+1, tfCap) || s.isTitleWord(k+1) || s.demonymAt(k+1) > k+1 {
		return false
	}
	e, _ := s.gazAt(k + 1)
	return e == k+1
}

// firstNameAfterTitle: right after a title, a one-word place followed by
// an unknown name word is a first name ("Foreign Minister Israel Katz").
func (s *sentenceView) firstNameAfterTitle(ps []piece, k, end int, e lexicon.GazEntry) bool {
	if end != k+1 || e.Type != pipeline.GPE {
		return false
	}
	next := k + 1
	if s.articleName(next) {
		return true // "Emir of Kuwait Sabah Al-Salim Al-Sabah": a name goes on after it
	}
	if len(ps) == 0 && s.placeFirstName(k) {
		return true // "Jordan Lerner, a researcher …", "Milan Petrović told …"
	}
	if len(ps) == 0 && (k == 0 || s.has(k-1, tfCap) || s.titleEndingAt(k) < 0) || len(ps) > 0 && (ps[len(ps)-1].kind != kTitle || ps[len(ps)-1].end != k) {
		return false // "deputy director Milan Petrović": a title in lower case too
	}
	if next >= len(s.toks) || !s.has(next, tfCap) || s.has(next, tfAllCaps) || s.isTitleWord(next) || s.demonymAt(next) > next {
		return false
	}
	ge, _ := s.gazAt(next)
	return ge == next
}

// lowerEvent: a place name ending a capitalised run and followed by a
// lower-case event noun names an event.
func (s *sentenceView) lowerEvent(out []cand, ps []piece, j int) []cand {
	// written in lower case: "the Istanbul Talks" is no such event
	if len(ps) == 0 || j >= len(s.toks) || !s.in(j, lexicon.EventNouns) || s.word(j) != s.fold(j) {
		return out
	}
	p := ps[len(ps)-1]
	if p.end != j || p.absorbed && p.gaz.Type == "" {
		return out
	}
	switch p.gaz.Type {
	case pipeline.GPE, pipeline.Fac, pipeline.Loc:
	default:
		return out
	}
	if k := j + 1; k < len(s.toks) && !s.has(k, tfCap) && s.toks[k].Tag != "" && s.toks[k].Tag[0] == 'N' {
		return out // "the Riyadh talks format" goes on as a noun phrase
	}
	return append(out, cand{span: s.span(p.start, j+1), typ: pipeline.Event, sentence: s.si})
}

// placeFirstName: the listed place at token k is also a given name
// ("Jordan", "Milan", "Georgia") and starts a two-word name: an unknown
// word follows that is no ordinary, title or head word, and no locative
// preposition, article or capitalised word stands before.
func (s *sentenceView) placeFirstName(k int) bool {
	next := k + 1
	if s.names(k)&lexicon.GivenName == 0 || !s.has(next, tfCap) || s.has(next, tfAllCaps|tfHyphen) || s.has(next+1, tfCap|tfParticle) {
		return false
	}
	if s.has(k-1, tfCap) || s.in(k-1, lexicon.LocativePreps) || s.fold(k-1) == "the" || s.fold(k-1) == "of" {
		return false
	}
	if s.ordinary(next) || s.isTitleWord(next) || s.demonymAt(next) > next || s.names(next)&(lexicon.City|lexicon.Region) != 0 {
		return false
	}
	if _, ok := s.head(next); ok {
		return false
	}
	e, _ := s.gazAt(next)
	return e == next
}

// nameStartsSentence: the first word of a sentence, which the tagger did
// not take for a name, starts one all the same: a listed given or family
// name, or a word written with letters English has not, and a name word
// follows it ("Đoàn Thị Hương, spokeswoman of …"); not "Everyone Buckled".
func (s *sentenceView) nameStartsSentence(k, j int) bool {
	if k+1 >= j || !s.has(k+1, tfCap) || s.ordinary(k) || s.has(k, tfAllCaps|tfDigit) {
		return false
	}
	return s.names(k)&(lexicon.GivenName|lexicon.FamilyName) != 0 || !isASCII(s.word(k))
}

// possessedHead: the listed name [k, end) is one head word after a
// common noun's "'s", and ends a longer name ("the Lorvan People's
// Congress"), not the listed body of that name.
func (s *sentenceView) possessedHead(ps []piece, k, end int) bool {
	if end != k+1 || len(ps) < 2 || !s.isPossessive(k-1) || ps[len(ps)-1].start != k-1 {
		return false
	}
	if _, ok := s.head(k); !ok {
		return false
	}
	q := ps[len(ps)-2]
	return q.end == k-1 && (q.kind == kName && s.ordinary(q.end-1) || q.kind == kTitle)
}

// conjunctEnds: a given name at token k, after one word that "and"
// joined to a body's complement, starts a person's name ("the Office for
// Kosovo and Metohija | Petar Petković").
func (s *sentenceView) conjunctEnds(ps []piece, k int) bool {
	q := ps[len(ps)-1]
	return q.end-q.start == 1 && s.fold(q.start-1) == "and" && len(ps) >= 2 && s.givenName(k) && s.has(k+1, tfCap)
}

// afterPrefixHead: the listed place at token k follows a word that types
// the name it starts ("Lake" + "Ohrid", "Radio" + "Hanoi"): the place
// names that lake or station, whose name goes on with it.
func (s *sentenceView) afterPrefixHead(ps []piece, k int, e lexicon.GazEntry) bool {
	if len(ps) == 0 || e.Type != pipeline.GPE && e.Type != pipeline.Loc {
		return false
	}
	q := ps[len(ps)-1]
	return q.kind == kName && q.end == k && q.end-q.start == 1 && s.prefixHead(q.start) != ""
}

// afterParticle: token k follows a particle inside a name piece ("Valle
// del" + "Cauca"): the name goes on, whatever a list says of its last
// word.
func (s *sentenceView) afterParticle(ps []piece, k int) bool {
	if len(ps) == 0 || !s.has(k-1, tfParticle) || s.has(k-1, tfCap) {
		return false
	}
	q := ps[len(ps)-1]
	return q.kind == kName && q.end == k && q.end-q.start >= 2
}

// startsBody: the first word of a sentence, an adjective, starts the
// name of a body whose head follows it in the run ("Democratic League of
// Lorvikia leader X said").
func (s *sentenceView) startsBody(k, j int) bool {
	if s.toks[k].Tag != "JJ" {
		return false
	}
	for h := k + 1; h < j && h <= k+3 && s.has(h, tfCap); h++ {
		if typ, ok := s.head(h); ok && typ == pipeline.Org {
			return true
		}
	}
	return false
}

// apposedName: the first word of a sentence, which the tagger did not
// take for a name, is one all the same when it stands alone and a title
// follows it in apposition ("Brennik, the leader of the …, said").
func (s *sentenceView) apposedName(k, j int) bool {
	return j == k+1 && !s.ordinary(k) && !s.has(k, tfAllCaps) && s.roleAfter(j) != nil
}

// articleName: token i is an Arabic name word written with its article,
// "Al-Sabah", "el-Sisi": part of a person's name, never of a place's.
func (s *sentenceView) articleName(i int) bool {
	w := s.word(i)
	if len(w) < 5 || !s.has(i, tfCap|tfHyphen) {
		return false
	}
	switch w[:3] {
	case "Al-", "al-", "El-", "el-":
		return 'A' <= w[3] && w[3] <= 'Z'
	}
	return false
}
