package entities

import (
	"sort"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// resolver is one document's resolution. Groups are kept by key id, a
// dense number for each (type, folded name) met, so that merging,
// indexing and ordering them work on slices rather than on maps keyed by
// strings. Its slices and maps are reused from document to document
// (the entity finder's scratch); nothing it keeps reaches the output.
type resolver struct {
	d     *pipeline.Document
	lx    *lexicon.Lexicon
	folds []string // the document's folded tokens (Document.Index)

	entIDs    []string         // the first entity IDs (entityIDs)
	ids       map[string]int32 // folded name -> the first key id with it
	groups    []group          // by key id
	order     []int32          // key ids as their groups are opened: an id comes again if its group is opened again
	of        []int32          // each candidate's key id, -1 for a single word
	singles   []int32          // the candidates that are single words
	buf       []byte           // a folded key being looked up
	arena     []string         // the groups' words, end to end
	ppl       people
	cov       coverIndex
	events    []int32 // extraMentions' named events
	companies bool    // some group is a company with a designator (mergeCompanyForms)
	gs        []int32 // build's groups in entity order
	seen      foldSet // build's names of one entity
}

// group is one entity being built from candidates: the group a key id
// stands for while live. A group merged into another, or split, is no
// longer live, and a later candidate with its key opens it anew, as
// looking the key up in a map the merge deleted it from would.
type group struct {
	typ, key string
	canon    string
	mentions []pipeline.Mention
	role     *pipeline.Span
	n        int      // the number of candidates resolve puts in it first
	ws       []string // words's result
	same     int32    // the next key id with the same folded name (another type), -1 for none
	live     bool
}

// resolve joins candidates into entities: gazetteer names by referent,
// people by full name with surnames, first names and hyphen compounds
// ("Putin-Trump") as further mentions, events with their lower-case
// forms; single unknown words are kept only when something explains them.
func (r *resolver) resolve(d *pipeline.Document, lx *lexicon.Lexicon, entIDs []string, cands []cand) []pipeline.Entity {
	r.reset(d, lx)
	r.entIDs = entIDs
	r.group(cands)
	r.mergeYearEvents()
	r.mergePlaceEvents()
	r.mergeCompanyForms()
	r.mergeStateForms()
	r.ppl.init(r)
	r.placeSingles(cands)
	r.coverage()
	r.extraMentions()
	out := r.build()
	r.d, r.folds = nil, nil
	return out
}

// reset readies r for document d.
func (r *resolver) reset(d *pipeline.Document, lx *lexicon.Lexicon) {
	r.d, r.lx, r.folds = d, lx, d.Index.Folds
	if r.ids == nil || len(r.ids) > 4096 {
		r.ids = map[string]int32{} // clearing a map costs its size: do not keep a huge one
	} else {
		clear(r.ids)
	}
	r.groups, r.order, r.singles, r.arena = r.groups[:0], r.order[:0], r.singles[:0], r.arena[:0]
}

func (r *resolver) text(sp pipeline.Span) string { return r.d.Text[sp.Start:sp.End] }

// group puts each candidate but the single words in the group of its key.
// The groups' mentions are filled in, in candidate order, from one
// allocation: growing each group's list by appending was the stage's
// largest garbage.
func (r *resolver) group(cands []cand) {
	r.of = text.Resize(r.of, len(cands))
	n := 0
	for i := range cands {
		c := &cands[i]
		if c.single {
			r.of[i] = -1
			r.singles = append(r.singles, int32(i))
			continue
		}
		k := r.keyOf(c)
		if !r.groups[k].live {
			r.open(k, c.canon)
		}
		r.of[i] = k
		r.groups[k].n++
		n++
	}
	all := make([]pipeline.Mention, n)
	for _, k := range r.order {
		g := &r.groups[k]
		g.mentions, all = all[:0:g.n], all[g.n:]
	}
	for i := range cands {
		if k := r.of[i]; k >= 0 {
			c := &cands[i]
			r.groups[k].addMention(c.span, c.sentence, c.role)
		}
	}
}

// keyOf returns the key id of a candidate that is no single word: its
// type and its folded canonical name, date text or folded text.
func (r *resolver) keyOf(c *cand) int32 {
	switch {
	case c.canon != "":
		return r.id(c.typ, r.lx.GazFold(c.ref, c.canon))
	case c.typ == pipeline.Date:
		return r.id(c.typ, r.text(c.span))
	}
	r.buf = text.AppendFold(r.buf[:0], r.text(c.span))
	if c.typ == pipeline.NORP {
		if dem := r.lx.Demonyms[string(r.buf)]; dem != "" {
			// "Ukrainian" and "Ukrainians" are one group of people;
			// "Hellenic" and "Greek" two words, two entries
			n := len(r.buf)
			if n > 1 && r.buf[n-1] == 's' && r.lx.Demonyms[string(r.buf[:n-1])] == dem {
				n--
			}
			var sb [64]byte
			stem := append(sb[:0], r.buf[:n]...) // on the stack: r.buf is rewritten below
			r.buf = append(text.AppendFold(append(r.buf[:0], '@'), dem), '@')
			r.buf = append(r.buf, stem...)
		}
	}
	first, ok := r.ids[string(r.buf)]
	if k := r.sameType(c.typ, first, ok); k >= 0 {
		return k
	}
	return r.newKey(c.typ, string(r.buf), first, ok)
}

// id returns the key id of (typ, name), making one if it is new.
func (r *resolver) id(typ, name string) int32 {
	first, ok := r.ids[name]
	if k := r.sameType(typ, first, ok); k >= 0 {
		return k
	}
	return r.newKey(typ, name, first, ok)
}

// lookup returns the key id of (typ, name) if there is one.
func (r *resolver) lookup(typ, name string) (int32, bool) {
	first, ok := r.ids[name]
	k := r.sameType(typ, first, ok)
	return k, k >= 0
}

// sameType returns, among the key ids with one folded name starting at
// first (if ok), the one of type typ, or -1.
func (r *resolver) sameType(typ string, first int32, ok bool) int32 {
	if !ok {
		return -1
	}
	for k := first; k >= 0; k = r.groups[k].same {
		if r.groups[k].typ == typ {
			return k
		}
	}
	return -1
}

// newKey makes the key id of (typ, name), first being the first id with
// name if ok.
func (r *resolver) newKey(typ, name string, first int32, ok bool) int32 {
	k := int32(len(r.groups))
	r.groups = append(r.groups, group{typ: typ, key: name, same: -1})
	if ok {
		r.groups[k].same, r.groups[first].same = r.groups[first].same, k
	} else {
		r.ids[name] = k
	}
	return k
}

// open starts a new group under key id k.
func (r *resolver) open(k int32, canon string) {
	g := &r.groups[k]
	*g = group{typ: g.typ, key: g.key, canon: canon, ws: g.ws, same: g.same, live: true}
	r.order = append(r.order, k)
}

// add puts a mention in the group of (typ, name), opening it if needed.
func (r *resolver) add(typ, name, canon string, sp pipeline.Span, sentence int, role *pipeline.Span) {
	k := r.id(typ, name)
	if !r.groups[k].live {
		r.open(k, canon)
	}
	r.groups[k].addMention(sp, sentence, role)
}

// addMention appends a mention, the group taking the first role it meets.
func (g *group) addMention(sp pipeline.Span, sentence int, role *pipeline.Span) {
	g.mentions = append(g.mentions, pipeline.Mention{Span: sp, Sentence: sentence})
	if g.role == nil && role != nil {
		g.role = role
	}
}

// merge moves the mentions of group k2 into group k (k2 is no longer live).
func (r *resolver) merge(k, k2 int32) {
	g, g2 := &r.groups[k], &r.groups[k2]
	g.mentions = append(g.mentions, g2.mentions...)
	g2.live = false
}

// words is strings.Fields of group k's key, split once: people are
// compared by their words again and again.
func (r *resolver) words(k int32) []string {
	g := &r.groups[k]
	if g.ws == nil {
		start := len(r.arena)
		for w := range strings.FieldsSeq(g.key) {
			r.arena = append(r.arena, w)
		}
		g.ws = r.arena[start:len(r.arena):len(r.arena)]
	}
	return g.ws
}

// mergeYearEvents joins "the Riyadh talks" to "Riyadh Talks (2025)": an
// event named without its year is the event with it.
func (r *resolver) mergeYearEvents() {
	for _, k := range r.order { // in text order: the first event with the name takes it
		g := &r.groups[k]
		if !g.live || g.typ != pipeline.Event {
			continue
		}
		i := strings.LastIndex(g.key, " (")
		if i <= 0 || !strings.HasSuffix(g.key, ")") {
			continue
		}
		if short, ok := r.lookup(pipeline.Event, g.key[:i]); ok && r.groups[short].live && short != k {
			r.merge(k, short)
		}
	}
}

// placeSingles puts each single word in the person it names, or keeps it
// on its own when a role, its capitals or a locative preposition explain
// it.
func (r *resolver) placeSingles(cands []cand) {
	for _, i := range r.singles {
		c := &cands[i]
		f := r.singleFold(c.span)
		if k := r.ppl.find(f, c.span.Start); k >= 0 {
			r.groups[k].addMention(c.span, c.sentence, c.role)
			continue
		}
		if c.typed {
			r.add(c.typ, f, c.canon, c.span, c.sentence, nil) // "the town of Bresk"
			continue
		}
		if k := r.companyOf(f); k >= 0 && !c.addressed && !(c.prevPrep && r.listedPlace(c, f)) {
			// ("at Wuxi" is the town of "Wuxi Tong Ling Company Ltd")
			// "Axpo" for Axpo Holding AG; in "an Axpo spokesman" the
			// title is the spokesman's, not the company's
			r.groups[k].addMention(c.span, c.sentence, nil)
			continue
		}
		switch {
		case c.role != nil || c.addressed:
			r.add(pipeline.Person, f, c.canon, c.span, c.sentence, c.role)
		case c.typ == pipeline.Org:
			if k := r.acronymOf(r.text(c.span)); k >= 0 {
				r.groups[k].addMention(c.span, c.sentence, nil) // "IFOR" after "Implementation Force (IFOR)"
				continue
			}
			if k := r.initialsOf(c.span, f); k >= 0 {
				r.groups[k].addMention(c.span, c.sentence, nil) // "LDLP" for "Lorvan Democratic and Labour Party"
				continue
			}
			r.add(pipeline.Org, f, c.canon, c.span, c.sentence, c.role)
		case c.prevPrep || r.listedPlace(c, f):
			r.add(pipeline.GPE, f, c.canon, c.span, c.sentence, c.role)
		}
	}
}

// mergeCompanyForms makes a name that begins a company's name written
// with a designator that company ("Jones Medical" or "Jones Medical
// Industries" with "Jones Medical Industries Inc"), whatever its words
// made it.
func (r *resolver) mergeCompanyForms() {
	var key []byte
	r.companies = false
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live || g.typ != pipeline.Org || g.canon != "" {
			continue
		}
		ws := r.words(k)
		n := len(ws)
		for n > 1 && r.designator(ws[n-1]) {
			n--
		}
		if n == len(ws) {
			continue
		}
		r.companies = true
		if n < 2 {
			continue
		}
		key = append(key[:0], ws[0]...)
		for m := 2; m <= n; m++ {
			key = append(append(key, ' '), ws[m-1]...)
			for _, typ := range [2]string{pipeline.Person, pipeline.Org} {
				if k2, ok := r.lookup(typ, string(key)); ok && k2 != k && r.groups[k2].live {
					r.merge(k, k2)
				}
			}
		}
	}
}

// listedPlace: the single word c (folded: f) is a listed town or region
// ("Uyo") where its context allows (cand.placeable).
func (r *resolver) listedPlace(c *cand, f string) bool {
	if !c.placeable {
		return false
	}
	b := r.lx.Name(f)
	return b&(lexicon.City|lexicon.Region) != 0 && b&lexicon.PlaceWeak == 0
}

// companyOf returns the organisation a single word (folded: f) names as
// the first word of its name, a company's name with a designator
// ("Axpo" for "Axpo Holding AG"); -1 for none.
func (r *resolver) companyOf(f string) int32 {
	if !r.companies || r.lx.Name(f)&lexicon.Ordinary != 0 {
		return -1
	}
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live || g.typ != pipeline.Org || g.canon != "" {
			continue
		}
		ws := r.words(k)
		if len(ws) >= 2 && ws[0] == f && r.designator(ws[len(ws)-1]) {
			return k
		}
	}
	return -1
}

// acronymOf returns the group whose name an acronym in parentheses
// stood after ("Implementation Force (IFOR)"), as written, or -1.
func (r *resolver) acronymOf(acr string) int32 {
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live || g.typ == pipeline.Person || g.typ == pipeline.Date || len(g.mentions) < 2 {
			continue
		}
		for _, m := range g.mentions {
			if r.text(m.Span) == acr && m.Start > 0 && r.d.Text[m.Start-1] == '(' {
				return k
			}
		}
	}
	return -1
}

// initialsOf returns the one body of the text, found by its words, whose
// name's initials an acronym (folded: f) spells, skipping the words
// that join a name ("of", "and", "the", "for"): "LDLP" for "Lorvan
// Democratic and Labour Party"; -1 for none or for more than one.
func (r *resolver) initialsOf(sp pipeline.Span, f string) int32 {
	if len(f) < 3 || !text.IsAllCaps(r.text(sp)) {
		return -1
	}
	found := int32(-1)
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live || g.typ != pipeline.Org || g.canon != "" {
			continue
		}
		n := 0
		for _, w := range r.words(k) {
			switch w {
			case "of", "and", "the", "for", "on", "in":
				continue
			}
			if n >= len(f) || w[0] != f[n] {
				n = -1
				break
			}
			n++
		}
		if n == len(f) {
			if found >= 0 {
				return -1
			}
			found = k
		}
	}
	return found
}

// designator: the folded word w is a corporate designator.
func (r *resolver) designator(w string) bool {
	_, ok := r.lx.Designators[strings.TrimSuffix(w, ".")]
	return ok
}

// singleFold is text.Fold of a single word's text: the folded token the word
// is, found by its offset.
func (r *resolver) singleFold(sp pipeline.Span) string {
	toks := r.d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
	if i < len(toks) && toks[i].Span == sp && i < len(r.folds) {
		return r.folds[i]
	}
	return text.Fold(r.text(sp))
}

// mergeBareHead makes a listed body written only as one word ("Congress",
// which the gazetteer gives to one land) a mention of the body k that the
// article names in full with that word and its land ("Congress of
// Lorvikia").
func (r *resolver) mergeBareHead(k int32, word string) {
	r.buf = text.AppendFold(r.buf[:0], word)
	if e, ok := r.lx.Gazetteer[string(r.buf)]; !ok || e.Type != pipeline.Org {
		return // "Ministry of …": no listed body of that one word
	}
	for _, k2 := range r.order {
		g2 := &r.groups[k2]
		if k2 == k || !g2.live || g2.typ != pipeline.Org || g2.canon == "" {
			continue
		}
		same := true
		for _, m := range g2.mentions {
			same = same && r.text(m.Span) == word
		}
		if same {
			r.merge(k, k2)
			return
		}
	}
}

// mergeStateForms makes "the Islamic Republic" a mention of the state the
// text names in full as "Islamic Republic of Iran", and "the National
// Assembly" one of the body it names "National Assembly of Lorvikia":
// the words before " of " in a place's or body's mention, two or more,
// are its short form.
func (r *resolver) mergeStateForms() {
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live || g.typ != pipeline.GPE && (g.typ != pipeline.Org || !strings.Contains(g.key, " of ")) {
			continue // a body's short form is of its own name's words
		}
		for _, m := range g.mentions {
			t := r.text(m.Span)
			i := strings.Index(t, " of ")
			if i <= 0 {
				continue
			}
			if !strings.Contains(t[:i], " ") {
				if g.typ == pipeline.Org {
					r.mergeBareHead(k, t[:i]) // "Congress" of "Congress of Lorvikia"
				}
				continue
			}
			if k2, ok := r.lookup(g.typ, text.Fold(t[:i])); ok && k2 != k && r.groups[k2].live && (g.typ == pipeline.GPE || r.groups[k2].canon == "") {
				r.merge(k, k2)
			}
		}
	}
}
