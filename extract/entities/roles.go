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
	if p == end-1 && s.kinship(p) {
		return nil // "whose father Omar", "Gailani's father Ahmad": a relative, not an office
	}
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
	if b := s.bodyNameBefore(p + 1); b < p && p+1 < end {
		p = b // "Democratic Party leader": the title took the head, the name goes with it
	}
	qualified := s.temporal(p) // "former president" is a listed title
	for p > 0 && s.in(p-1, lexicon.Qualifiers) {
		p, qualified = p-1, true
	}
	// "former Ukrainian President": a qualifier stands before the
	// modifier, so a qualifier right before the title ends the role.
	if !qualified {
		p = s.ownModifier(p, s.modifiers(p))
		for p > 0 && s.in(p-1, lexicon.Qualifiers) {
			p--
		}
	}
	if q := s.officeOf(p); q < p {
		p = q
		for p > 0 && s.in(p-1, lexicon.Qualifiers) {
			p--
		}
	}
	if s.dated(p) && p+1 < end {
		p++ // "the late Emir X": the word dates the person, not the office
	}
	sp := s.span(p, end)
	return &sp
}

// officeOf returns the start of a capitalised title that the title at p
// completes after "of [the]" ("Special Envoy of the UN Secretary-General
// X": an office named after another), or p.
func (s *sentenceView) officeOf(p int) int {
	q := p
	if s.fold(q-1) == "the" {
		q--
	}
	if s.fold(q-1) != "of" {
		return p
	}
	t := s.titleEndingAt(q - 1)
	if t < 0 || !s.has(t, tfCap) || s.sentenceStart(t) && t+1 == q-1 {
		return p
	}
	return s.extendTitle(t)
}

// bodyOfPlace returns the start of a body's name that the place at token
// b ends, after "of" and the body's head ("Democratic League of Lorvikia
// leader"), or b.
func (s *sentenceView) bodyOfPlace(b int) int {
	if s.fold(b-1) != "of" || !s.isHead(b-2) {
		return b
	}
	if typ, _ := s.head(b - 2); typ != pipeline.Org {
		return b
	}
	h := b - 2
	for h > 0 && s.has(h-1, tfCap) && !s.is(h-1, lexicon.WordTitleHead) && !s.givenName(h-1) && !s.sentenceStart(h) {
		h--
	}
	return h
}

func (s *sentenceView) isHead(i int) bool { _, ok := s.head(i); return ok }

// ownModifier returns m, the start of the modifier before a title at p,
// or p where the words from m belong to what stands before them: a place
// after "in" or "at" before a title in lower case ("In Bresk | foreign
// ministry spokesman"; but "in US President Tomas Brennik's speech") or
// opening the sentence ("In Bresk | Interior Minister Tomas Brennik said")
// or after "of" and a name ("King Ivan of Lorvikia | King Tomas").
func (s *sentenceView) ownModifier(p, m int) int {
	if m >= p || m == 0 {
		return m
	}
	f := s.fold(m - 1)
	if (f == "in" || f == "at") && (!s.has(p, tfCap) || s.sentenceStart(m-1)) || f == "of" && s.has(m-2, tfCap) && !s.isTitleWord(m-2) && !s.isHead(m-2) {
		if e, g := s.gazAt(m); e == p && (g.Type == pipeline.GPE || g.Type == pipeline.Loc) {
			return p
		}
	}
	return m
}

// dated: token i is "late" or "then", which say when the person held the
// office, not which office ("then president of the CMA"); "former" and
// "acting" name a standing of their own and stay in the role.
func (s *sentenceView) dated(i int) bool {
	f := s.fold(i)
	return f == "late" || f == "then"
}

// modifiers widens a title starting at p over what names its country or
// body: a modifier ("US", "OAU", "Kremlin"), a country before a body ("US
// National Security Council"), a nationality or compass word before a
// place or nationality ("Bosnian Serb", "East Azerbaijan"), a field word
// after a country ("Sudanese Irrigation Minister"), a listed region
// ("Ticino State Councillor") or, before a title in lower case, a
// company's name ("Bulgartransgaz executive director").
func (s *sentenceView) modifiers(p int) int {
	m := s.modifierEndingAt(p)
	if m < 0 && p > 1 && s.has(p-1, tfCap) && !s.has(p-1, tfAllCaps) {
		if m2 := s.modifierEndingAt(p - 1); m2 >= 0 && s.lx.Demonyms[string(s.foldRange(m2, p-1))] != "" {
			return m2
		}
	}
	if m < 0 {
		if b := s.bodyNameBefore(p); b < p {
			return b // "Progressive Socialist Party | leader"
		}
		if m = s.nameModifier(p); m < p {
			return s.bodyOfPlace(m) // "Democratic League of Bresk | leader"
		}
		return p
	}
	for m > 0 {
		m2 := s.modifierEndingAt(m)
		if m2 < 0 && s.has(m-1, tfCap) && s.in(m-1, lexicon.CompassWords) {
			m2 = m - 1 // "East" + "Azerbaijan"
		}
		if m2 < 0 {
			break
		}
		e, g := s.gazAt(m)
		switch {
		case e == p && (g.Type == pipeline.Org || g.Type == pipeline.Fac):
		case s.demonymAt(m2) == m:
		case s.in(m2, lexicon.CompassWords) && (g.Type == pipeline.GPE || g.Type == pipeline.Loc):
		default:
			return m
		}
		m = m2 // "US" + "National Security Council", "Bosnian" + "Serb", "East" + "Azerbaijan"
	}
	return m
}

// bodyNameBefore returns the start of a body's name of up to four
// capitalised words ending in the head of an organisation right before
// the title at p ("Progressive Socialist Party | leader"), or p. It stops
// at a word after a given name: the surname of the person before
// ("… Michel Aoun | Progressive Socialist Party leader Walid Jumblatt").
func (s *sentenceView) bodyNameBefore(p int) int {
	if typ, ok := s.head(p - 1); !ok || typ != pipeline.Org || !s.has(p-1, tfCap) {
		return p
	}
	q := p - 1
	for q > 0 && p-1-q < 4 && s.has(q-1, tfCap) && !s.isTitleWord(q-1) && !s.has(q-1, tfMonth|tfWeekday) && !s.givenName(q-1) && !s.givenName(q-2) {
		q--
	}
	if q == p-1 {
		return p
	}
	return q
}

// nameModifier returns the start of a name of one word before the title
// at p that no list holds, or p: a listed region ("Ticino State
// Councillor"), an ordinary capitalised word that the title's field
// starts ("External Affairs Minister"), or before a title written in
// lower case an unknown word, a company's name ("Bulgartransgaz executive
// director").
func (s *sentenceView) nameModifier(p int) int {
	m := p - 1
	if m < 0 || !s.has(m, tfCap) || s.has(m, tfMonth|tfWeekday) || s.sentenceStart(m) || s.givenName(m) || s.has(m-1, tfCap) && !s.in(m-1, lexicon.StopCaps) && !s.afterPerson(m, p) {
		return p // a word of a longer name, or of a person's
	}
	switch {
	case s.names(m)&(lexicon.City|lexicon.Region) != 0:
		return m
	case s.has(p, tfCap) && s.ordinary(m):
		return m
	case !s.has(p, tfCap) && !s.ordinary(m) && s.names(m)&lexicon.GivenName == 0:
		return m
	}
	return p
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
	capTitle := s.has(p, tfCap)
	for n := 0; n < 3 && p > 0; n++ {
		t := s.toks[p-1].Tag
		if s.in(p-1, lexicon.StopCaps.Or(lexicon.Qualifiers).Or(lexicon.Possessives)) || s.fold(p-1) == "new" {
			break
		}
		if capTitle && !s.has(p-1, tfCap) {
			break // "the summit | Special Counsel"
		}
		if t == "VBG" && !s.has(p-1, tfCap) {
			t = "NN" // "policy planning director"
		}
		if capTitle && s.has(p-1, tfCap) && !s.isTitleWord(p-1) && !s.givenName(p-1) && s.gazEnd(p-1) == p-1 && s.fold(p-2) == "and" &&
			s.has(p-3, tfCap) && s.isTitleWord(p-3) && s.fold(p-4) != "of" {
			p -= 3 // "Agriculture and Forestry Minister": a field word no list holds, joined to one listed
			break
		}
		// "National Defence Minister", "Presidential Spokesperson", or a
		// lower-case noun: "hostage coordinator"
		if s.has(p-1, tfCap) && !s.isTitleWord(p-1) || !s.has(p-1, tfCap) && t != "NN" && t != "NNS" && t != "JJ" {
			break
		}
		if s.has(p-1, tfCap) && s.listedEndingAt(p) {
			break // "Law and Justice | leader": a listed name, the title's modifier
		}
		if typ, ok := s.head(p - 1); ok && typ == pipeline.Org && s.has(p-2, tfCap) && !s.isTitleWord(p-2) {
			break // "National Assembly | President": the head of a body's name, its modifier
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

// temporal: token i is a qualifier that dates an office ("former",
// "then"), which stands before the office's country or body ("former
// Ukrainian President"; but "Iranian Deputy Foreign Minister").
func (s *sentenceView) temporal(i int) bool {
	switch s.fold(i) {
	case "former", "late", "then", "outgoing", "incoming", "current":
		return true
	}
	return false
}

// complementEndingAt matches "for|of|to [the] NAME" ending before token
// k, where a title ends right before "for"/"of"/"to" and NAME is a noun
// phrase of capitalised words, with of/for/and/the/'s and lower-case
// nouns inside ("of the State Border Service of Azerbaijan", "for Roads
// and Urban Development", "of Iran’s border guard"); it returns the
// index of "for"/"of"/"to", or -1. The title before the nearest such
// word wins ("Chairman of the Council of Ministers").
func (s *sentenceView) complementEndingAt(k int) int {
	if f := s.fold(k - 1); f == "and" || f == "the" || f == "of" || f == "for" || f == "to" || f == "'s" || f == "'" || s.demonymAt(k-1) == k {
		return -1 // "… Mekong Committee and | Lorvan Brennik", "head of Lorvikia's | Anglicans", "of the Chinese | Nationalist regime"
	}
	capital := false // the phrase read so far has a capitalised word
	for b := k - 1; b >= 1 && b >= k-14; b-- {
		f := s.fold(b)
		switch {
		case s.has(b, tfCap):
			if s.givenName(b) && s.has(b+1, tfCap) && b+1 < k {
				return -1 // another person's name: "… Minister Lorvan Brennik Kolvan Tann"
			}
			capital = true
			continue
		case f == "the" || f == "and" || f == "'s" || f == "'" || f == "in" || f == "at" || f == "on":
			continue // "Special Adviser of the Secretary-General on Lorvikia"
		case f == "of" || f == "for" || f == "to":
			if capital && s.titleEndingAt(b) >= 0 {
				return b
			}
			continue
		case !s.has(b, tfCap) && s.toks[b].Tag != "" && (s.toks[b].Tag[0] == 'N' || s.toks[b].Tag == "JJ"):
			continue // "of Iran’s border guard": the connector needs a capitalised word before it
		}
		return -1
	}
	return -1
}

// listedEndingAt: a listed name or a nationality of two words or more
// ends right before token k.
func (s *sentenceView) listedEndingAt(k int) bool {
	for b := k - 2; b >= 0 && b >= k-s.lx.GazMax-1; b-- {
		if e, g := s.gazAt(b); g.Type != "" && e == k || s.demonymAt(b) == k {
			return true
		}
	}
	return false
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
		return s.bodyOfPlace(best)
	}
	// an acronym: "OAU Secretary-General"
	if w := s.word(k - 1); s.has(k-1, tfAllCaps) && len(w) <= 8 {
		return k - 1
	}
	// an unknown body named by its head: "Sovereignty Council chairman"
	if typ, ok := s.head(k - 1); ok && (typ == pipeline.Org || typ == pipeline.Fac) {
		b := k - 1
		// back to a title or to the end of a person's name ("… Ana Ruiz |
		// National Assembly President")
		for b > 0 && s.has(b-1, tfCap) && !s.is(b-1, lexicon.WordTitleHead) && !s.givenName(b-1) && !(s.givenName(b-2) && !s.ordinary(b-1)) {
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
	if s.dated(start) {
		start++
	}
	switch s.toks[min(start, len(s.toks)-1)].Tag {
	case "IN", "TO", "VBG", "VBN":
		if !s.isTitleWord(start) {
			return nil // "in Bresk, according to Foreign Minister …": no apposition
		}
	}
	end, head, open := start, false, false
	for j := start; j < len(s.toks); j++ {
		w := s.word(j)
		if w == ")" && open {
			open, end = false, j+1 // "at the Institute for Security Studies (ISS)"
			continue
		}
		if w == "," || w == "." || w == ";" || w == ")" {
			break
		}
		open = open || w == "("
		if j-start >= 16 || text.IsQuoteMark(w) {
			return nil
		}
		switch s.toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return nil
		}
		if s.is(j, lexicon.WordTitleHead) || s.pluralTitleHead(j) {
			head = true
		}
		end = j + 1
	}
	if !head || end == start || s.kinship(start) {
		return nil
	}
	sp := s.span(start, end)
	return &sp
}

// kinship: token i is a word of family in lower case ("X, the father of
// a footballer"), which says whose relative a person is, not an office.
func (s *sentenceView) kinship(i int) bool {
	switch s.word(i) {
	case "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "widow", "widower":
		return true
	}
	return false
}

// roleAfterBare reads a lower-case title right after a name where the
// translation dropped the comma: "Pele Broberg foreign minister of
// Greenland", "İbrahim Kalın head of the National Intelligence
// Organization". A capitalised title after a name belongs to the next
// person in a comma-less list, so only lower-case ones count.
func (s *sentenceView) roleAfterBare(e int) *pipeline.Span {
	start := e
	the := s.word(start) == "the"
	if the {
		start++
	}
	t := start // where the title phrase starts
	if the && s.has(t, tfCap) {
		// "X the Turkish Foreign Minister": after "the" a country or
		// nationality may stand before a capitalised title
		if d := max(s.demonymAt(t), s.gazEnd(t)); d > t {
			t = d
		}
	} else if start >= len(s.toks) || s.has(start, tfCap) {
		return nil
	}
	end := s.titleStartingAt(t)
	if end < 0 || s.has(t, tfCap) && !the || s.kinship(t) {
		return nil
	}
	end = s.complementAfter(end)
	sp := s.span(start, end)
	return &sp
}

// titleStartingAt returns the end of the longest title phrase starting at
// token t, or -1.
func (s *sentenceView) titleStartingAt(t int) int {
	return s.phraseEnd(t, s.lx.TitleMax, true)
}

// phraseEnd returns the end of the longest listed phrase of at most max
// words starting at token t, or -1: a title's if title, else a
// nationality's.
func (s *sentenceView) phraseEnd(t, max int, title bool) int {
	end := -1
	var bits lexicon.PhraseBits // what the phrase read so far is
	for n := 1; n <= max && t+n <= len(s.toks); n++ {
		if n > 1 && !s.lx.GoesOn(bits, lexicon.PhraseStart, s.gap(t+n-2)) {
			break // no phrase goes on this way
		}
		if n == 1 && !s.has(t, tfOdd) {
			bits = phraseBits(s.info(t), title)
		} else {
			w := s.lx.WordBytes(s.foldRange(t, t+n))
			bits = phraseBits(&w, title)
		}
		if bits&lexicon.PhraseListed != 0 {
			end = t + n
		}
	}
	return end
}

// phraseBits is w's place in the title phrases if title, else in the
// nationality phrases.
func phraseBits(w *lexicon.WordInfo, title bool) lexicon.PhraseBits {
	if title {
		return w.Title
	}
	return w.Dem
}

// complementAfter returns the end of a complement naming a place or body
// after a title ending at end ("of Greenland", "of the State Border
// Service of Azerbaijan", "to the United Kingdom", "of the gas
// transmission company Pannon Zrt.", "of the Servant of the People
// parliamentary faction"), or end for none: capitalised words with
// of/and/the/'s inside and lower-case nouns, holding a capitalised word.
func (s *sentenceView) complementAfter(end int) int {
	f := s.fold(end)
	if f != "of" && f != "for" && f != "to" || end+1 >= len(s.toks) {
		return end
	}
	j := end + 1
	if s.fold(j) == "the" {
		j++
	}
	k, last, capital := j, j, false
	for k < len(s.toks) && k < j+14 {
		switch w := s.fold(k); {
		case s.has(k, tfCap):
			capital, last = true, k+1
			if s.suffixDesignator(k) {
				last = s.tokenAt(s.designatorDot(k))
			}
		case (w == "of" || w == "the") && (s.has(k+1, tfCap) || s.fold(k+1) == "the"), w == "and" && s.has(k+1, tfCap) && s.knownWords(k+1):
		case w == "'s" || w == "'":
		case w == "in" && s.missionIn(k):
		case s.toks[k].Tag == "NN" || s.toks[k].Tag == "NNS" || s.toks[k].Tag == "JJ":
			if capital || s.has(k+1, tfCap) || s.toks[k+1].Tag == "NN" || s.toks[k+1].Tag == "NNS" {
				last = k + 1 // "parliamentary faction", "gas transmission company"
				break
			}
			k = len(s.toks)
			continue
		default:
			k = len(s.toks)
			continue
		}
		k++
	}
	if !capital {
		return end
	}
	return last
}

// missionIn: "in" at token k, after a body's head, names the land the
// body serves in ("head of the UN Verification Mission in Lorvikia").
func (s *sentenceView) missionIn(k int) bool {
	if typ, ok := s.head(k - 1); !ok || typ != pipeline.Org {
		return false
	}
	e, g := s.gazAt(k + 1)
	return e > k+1 && (g.Type == pipeline.GPE || g.Type == pipeline.Loc)
}

// tokenAt returns the index of the token ending at byte offset off
// (after a designator's dot), counting from the sentence's tokens.
func (s *sentenceView) tokenAt(off int) int {
	for i := range s.toks {
		if s.toks[i].End == off {
			return i + 1
		}
	}
	return len(s.toks)
}

// afterPerson: the unknown word m, before the title in lower case at p,
// follows a person's name that a given name starts ("… Milan Petrović
// Bulgartransgaz executive director Rumen Kostadinov").
func (s *sentenceView) afterPerson(m, p int) bool {
	if s.has(p, tfCap) || s.ordinary(m) || s.names(m)&(lexicon.GivenName|lexicon.FamilyName) != 0 {
		return false
	}
	b := m - 1
	for b > 0 && s.has(b-1, tfCap) {
		b--
	}
	return m-b >= 2 && s.kindOf(b, m) == nkPerson
}

// pluralTitleHead: token j is the plural of a title's head word in lower
// case ("leaders", "ministers"), the office that two people named
// together share.
func (s *sentenceView) pluralTitleHead(j int) bool {
	f := s.fold(j)
	return len(f) > 3 && f[len(f)-1] == 's' && !s.has(j, tfCap) && s.lx.TitleHeads[f[:len(f)-1]]
}

// sharedRole reads the apposition after the second of two names joined
// by "and" at token e, when its title is a plural one: "John Okello and
// Sarah Nakato, leaders of the Beach Unit" gives both that role.
func (s *sentenceView) sharedRole(e int) *pipeline.Span {
	if s.fold(e) != "and" || !s.has(e+1, tfCap) {
		return nil
	}
	k := e + 1
	for k < len(s.toks) && s.has(k, tfCap|tfParticle) {
		k++
	}
	r := s.roleAfter(k)
	if r == nil {
		return nil
	}
	for j := k + 1; j < len(s.toks) && s.toks[j].End <= r.End; j++ {
		if s.pluralTitleHead(j) {
			return r
		}
	}
	return nil
}
