package extract

import (
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
		if !ok {
			continue
		}
		first, last := s.headExtent(ps, t, typ)
		start, end := ps[first].start, ps[last].end
		if end-start == 1 {
			continue // a bare "Commission"
		}
		if s.descriptive(ps, first, t) {
			// "the Qatari Foreign Ministry" describes a body; its
			// nationality word still stands on its own.
			for k := first; k <= t; k++ {
				ps[k].absorbed = ps[k].kind == kName
			}
			continue
		}
		span := s.span(start, end)
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
		c := cand{span: span, typ: typ, sentence: s.si}
		if typ != pipeline.Date {
			c.canon = ""
		}
		out = append(out, c)
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
	before, prevPrep := "", false
	if p.start > 0 {
		before = s.fold(p.start - 1)
		prevPrep = s.in(p.start-1, lexicon.LocativePreps)
		c.prevPrep = prevPrep && before != "to"
	}
	if r := s.roleBefore(p.start); r != nil {
		c.role = r
		return c, true
	}
	if r := s.roleAfter(p.end); r != nil {
		c.role = r
	} else if r := s.roleAfterBare(p.end); r != nil {
		c.role = r
	}
	if c.role == nil && (before == "the" || before == "a" || before == "an" || allCapsWords(s, p)) {
		return c, false // "the Nuclear Threat", "FULL AND IMMEDIATE CEASEFIRE"
	}
	if p.end-p.start == 1 {
		c.single = true
		if s.has(p.start, tfAllCaps) {
			c.typ = pipeline.Org
		}
		return c, true
	}
	if c.role == nil && prevPrep && before != "from" && before != "to" {
		c.typ = pipeline.GPE // "held in Ras Laffan"
	}
	return c, true
}

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
			// "Treasury and Finance Minister": a field word joined by "and"
			if s.has(p-2, tfCap) && s.isTitleWord(p-2) {
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
	if p > 1 && s.fold(p-1) == "and" && s.has(p-2, tfCap) && s.isTitleWord(p-2) {
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

// foldRange is text.FoldFields of the text of tokens [i, j), in a buffer the
// next call reuses: it is for map lookups (m[string(b)] does not
// allocate), and allocating a key per lookup was the entity finder's
// largest source of garbage.
func (s *sentenceView) foldRange(i, j int) []byte {
	buf := s.buf[:0]
	for k := i; k < j; k++ {
		switch {
		case s.fl[k]&tfOdd != 0:
			return s.foldText(i, j)
		case k == i || s.fl[k]&tfJoined != 0:
		case s.fl[k]&tfSpaced != 0:
			buf = append(buf, ' ')
		default:
			return s.foldText(i, j) // a gap the folded tokens do not spell
		}
		buf = append(buf, s.folds[k]...)
	}
	s.buf = buf
	return buf
}

// foldText is foldRange folding the text itself.
func (s *sentenceView) foldText(i, j int) []byte {
	f := text.FieldsFolder{Buf: s.buf[:0]}.Add(s.d.Text[s.toks[i].Start:s.toks[j-1].End])
	s.buf = f.Buf
	return f.Buf
}

// demonymAt returns the end of a nationality word or phrase starting at i
// ("Saudi", "North Korean"), or i.
func (s *sentenceView) demonymAt(i int) int {
	if i < 0 || i >= len(s.dem) {
		return i
	}
	if d := s.dem[i]; d != 0 {
		return int(d) - 1
	}
	d := s.demonymScan(i)
	s.dem[i] = int32(d + 1)
	return d
}

// demonymScan is demonymAt, computed.
func (s *sentenceView) demonymScan(i int) int {
	best := i
	if !s.has(i, tfCap) {
		return best
	}
	var bits lexicon.PhraseBits // what the phrase read so far is
	for n := 1; n <= 3 && i+n <= len(s.toks); n++ {
		if n > 1 && !s.lx.GoesOn(bits, lexicon.PhraseStart, s.gap(i+n-2)) {
			break // no nationality goes on this way
		}
		if n == 1 && !s.has(i, tfOdd) {
			bits = s.info(i).Dem
		} else {
			bits = s.lx.WordBytes(s.foldRange(i, i+n)).Dem
		}
		if bits&lexicon.PhraseListed != 0 {
			best = i + n
		}
	}
	return best
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
		first--
	}
	// "Organisation of African Unity", "Ministry of Foreign Affairs": an
	// of/for complement runs to the end of the capitalised run.
	if last+1 < len(ps) && ps[last+1].kind == kConn && (s.word(ps[last+1].start) == "of" || s.word(ps[last+1].start) == "for") {
		for last+1 < len(ps) && ps[last+1].kind != kStop && !s.isParen(ps[last+1].start) {
			last++
		}
	}
	for last > t && ps[last].kind == kConn { // never end on "of"/"the"
		last--
	}
	return first, last
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

// namedBefore: a listed building or body whose last word is a head, right
// after unknown name words, is the end of a longer name.
func (s *sentenceView) namedBefore(ps []piece, t int) bool {
	p := ps[t]
	if t == 0 || p.end-p.start < 2 || ps[t-1].kind != kName || ps[t-1].absorbed || ps[t-1].end != p.start {
		return false
	}
	if p.gaz.Type != pipeline.Fac && p.gaz.Type != pipeline.Org {
		return false
	}
	_, head := s.head(p.end - 1)
	return head
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
