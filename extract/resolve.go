package extract

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	folds []string // the document's folded tokens (sharedFolds)

	ids     map[string]int32 // folded name -> the first key id with it
	groups  []group          // by key id
	order   []int32          // key ids as their groups are opened: an id comes again if its group is opened again
	of      []int32          // each candidate's key id, -1 for a single word
	singles []int32          // the candidates that are single words
	buf     []byte           // a folded key being looked up
	arena   []string         // the groups' words, end to end
	ppl     people
	cov     coverIndex
	events  []int32 // extraMentions' named events
	gs      []int32 // build's groups in entity order
	seen    foldSet // build's names of one entity
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
func (r *resolver) resolve(d *pipeline.Document, lx *lexicon.Lexicon, cands []cand) []pipeline.Entity {
	r.reset(d, lx)
	r.group(cands)
	r.mergeYearEvents()
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
			// "Ukrainian" and "Ukrainians" are one group of people
			r.buf = text.AppendFold(append(r.buf[:0], '@'), dem)
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
		switch {
		case c.role != nil:
			r.add(pipeline.Person, f, c.canon, c.span, c.sentence, c.role)
		case c.typ == pipeline.Org:
			r.add(pipeline.Org, f, c.canon, c.span, c.sentence, c.role)
		case c.prevPrep:
			r.add(pipeline.GPE, f, c.canon, c.span, c.sentence, c.role)
		}
	}
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

// people indexes person groups by surname and first name.
type people struct {
	r       *resolver
	surname nameIndex // the last word of each full name
	first   nameIndex // the first word of each full name
	full    []int32   // fullNames's result, reused
	words   [][]string
	byA     keyRuns // mergeShortForms's and mergeVariants's
	byB     keyRuns
}

// init indexes the people of r and merges the forms of one person's name.
func (p *people) init(r *resolver) {
	p.r = r
	p.surname, p.first = p.surname[:0], p.first[:0]
	for i, k := range p.fullNames() {
		ws := r.words(k)
		p.surname = append(p.surname, nameEntry{ws[len(ws)-1], k, int32(i)})
		p.first = append(p.first, nameEntry{ws[0], k, int32(i)})
	}
	p.surname.sort()
	p.first.sort()
	p.mergeShortForms()
	p.mergeVariants()
}

func (p *people) live(k int32) bool { return p.r.groups[k].live }

// fullNames returns, in text order, the key ids of people named by two
// words or more.
func (p *people) fullNames() []int32 {
	p.full = p.full[:0]
	for _, k := range p.r.order {
		if g := &p.r.groups[k]; g.live && g.typ == pipeline.Person && strings.Contains(g.key, " ") {
			p.full = append(p.full, k)
		}
	}
	return p.full
}

// nameEntry files key id k under a word; seq keeps the filing order.
type nameEntry struct {
	word string
	k    int32
	seq  int32
}

// nameIndex holds entries sorted by their word's length, then its bytes,
// then filing order: one word's key ids are a run found by binary search,
// and so are the words of one length that begin with a prefix.
type nameIndex []nameEntry

func (x nameIndex) sort() {
	slices.SortFunc(x, func(a, b nameEntry) int {
		if c := cmpLenBytes(a.word, b.word); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
}

// cmpLenBytes orders words by length, then by bytes.
func cmpLenBytes(a, b string) int {
	if len(a) != len(b) {
		return cmp.Compare(len(a), len(b))
	}
	return strings.Compare(a, b)
}

// run returns the entries filed under w, in filing order.
func (x nameIndex) run(w string) nameIndex {
	lo := sort.Search(len(x), func(i int) bool { return cmpLenBytes(x[i].word, w) >= 0 })
	hi := lo
	for hi < len(x) && x[hi].word == w {
		hi++
	}
	return x[lo:hi]
}

// prefixed returns the entries whose word is n bytes long and begins
// with f (shorter than n).
func (x nameIndex) prefixed(f string, n int) nameIndex {
	lo := sort.Search(len(x), func(i int) bool {
		w := x[i].word
		return len(w) > n || len(w) == n && w[:len(f)] >= f
	})
	hi := lo
	for hi < len(x) && len(x[hi].word) == n && x[hi].word[:len(f)] == f {
		hi++
	}
	return x[lo:hi]
}

// cut splits off the entries of x's first word.
func (x nameIndex) cut() (run, rest nameIndex) {
	n := 1
	for n < len(x) && x[n].word == x[0].word {
		n++
	}
	return x[:n], x[n:]
}

// find returns the person a single word (folded: f) names: a surname
// (the nearest preceding bearer when two share it), a spelling variant of
// one, or an unambiguous first name; -1 for none.
func (p *people) find(f string, at int) int32 {
	if k := p.pick(p.surname.run(f), at); k >= 0 {
		return k
	}
	// The variants in sorted order, so that two similar surnames resolve
	// the same way every run: f less its last two or one bytes, then the
	// surnames one or two bytes longer that begin with f. Looking them up
	// by prefix, rather than trying every surname, keeps resolution
	// linear in the number of single words.
	n := len(f)
	if n < 5 {
		return p.mostMentioned(p.first.run(f))
	}
	for _, cut := range [2]int{2, 1} {
		if s := f[:n-cut]; len(s) >= 5 {
			if k := p.pick(p.surname.run(s), at); k >= 0 {
				return k
			}
		}
	}
	a, b := p.surname.prefixed(f, n+1), p.surname.prefixed(f, n+2)
	for len(a) > 0 || len(b) > 0 {
		var run nameIndex
		if len(b) == 0 || len(a) > 0 && a[0].word < b[0].word {
			run, a = a.cut()
		} else {
			run, b = b.cut()
		}
		if k := p.pick(run, at); k >= 0 {
			return k
		}
	}
	return p.mostMentioned(p.first.run(f))
}

// pick returns, among the entries, the bearer whose first mention is
// nearest before at (the first listed when none is before), or -1.
func (p *people) pick(run nameIndex, at int) int32 {
	best, bestAt := int32(-1), -1
	for _, e := range run {
		g := &p.r.groups[e.k]
		if !g.live {
			continue
		}
		first := g.mentions[0].Start
		if best < 0 || first < at && first > bestAt {
			best, bestAt = e.k, first
		}
	}
	return best
}

// mostMentioned picks, among people sharing a first word ("Kim" for Kim
// Jong Un and Kim Yong-chol), the one the article names most: a bare
// first word stands for its main actor.
func (p *people) mostMentioned(run nameIndex) int32 {
	best, n := int32(-1), 0
	for _, e := range run {
		if g := &p.r.groups[e.k]; g.live && len(g.mentions) > n {
			best, n = e.k, len(g.mentions)
		}
	}
	return best
}

// keyRuns groups the indexes 0…n-1 by a key of one or two words: idx
// holds them sorted by key, then index, and lo and hi the bounds of each
// index's run in idx.
type keyRuns struct {
	idx, lo, hi []int32
	ents        []keyEntry
}

type keyEntry struct {
	a, b string // the key
	i    int32
}

func (x *keyRuns) build(n int, key func(i int) (a, b string)) {
	x.ents = x.ents[:0]
	for i := range n {
		a, b := key(i)
		x.ents = append(x.ents, keyEntry{a, b, int32(i)})
	}
	slices.SortFunc(x.ents, func(e, f keyEntry) int {
		if c := strings.Compare(e.a, f.a); c != 0 {
			return c
		}
		if c := strings.Compare(e.b, f.b); c != 0 {
			return c
		}
		return cmp.Compare(e.i, f.i)
	})
	x.idx, x.lo, x.hi = text.Resize(x.idx, n), text.Resize(x.lo, n), text.Resize(x.hi, n)
	for s := 0; s < n; {
		e := s + 1
		for e < n && x.ents[e].a == x.ents[s].a && x.ents[e].b == x.ents[s].b {
			e++
		}
		for t := s; t < e; t++ {
			i := x.ents[t].i
			x.idx[t], x.lo[i], x.hi[i] = i, int32(s), int32(e)
		}
		s = e
	}
}

// of returns the indexes with i's key, i among them, in order.
func (x *keyRuns) of(i int) []int32 { return x.idx[x.lo[i]:x.hi[i]] }

// mergeShortForms folds a shorter name into a longer one that holds its
// words in order and shares its last word ("Abdullah bin Zayed" in
// "Abdullah bin Zayed Al Nahyan" is not, "Mullah Baradar" in "Mullah
// Abdul Ghani Baradar" is; "De la Calle" in "Humberto de la Calle"), and
// splits a run of known surnames written without commas ("Merkel Hollande
// Putin") into mentions of each.
func (p *people) mergeShortForms() {
	r := p.r
	full, words := p.full[:0], p.words[:0]
	for _, k := range r.order {
		if g := &r.groups[k]; g.live && g.typ == pipeline.Person {
			if ws := r.words(k); len(ws) >= 2 {
				full, words = append(full, k), append(words, ws)
			}
		}
	}
	p.full, p.words = full, words
	// a longer form shares the last word or the first two: index both, so
	// each name is compared only with the names that can hold it
	p.byA.build(len(full), func(i int) (string, string) { return words[i][len(words[i])-1], "" })
	p.byB.build(len(full), func(i int) (string, string) { return words[i][0], words[i][1] })
	for i, k := range full {
		g := &r.groups[k]
		if !g.live {
			continue
		}
		ws := words[i]
		a, b := p.byA.of(i), p.byB.of(i)
		for len(a) > 0 || len(b) > 0 {
			var j int32 // the next candidate in text order, from either list
			if len(b) == 0 || len(a) > 0 && a[0] <= b[0] {
				j = a[0]
				if len(b) > 0 && b[0] == j {
					b = b[1:]
				}
				a = a[1:]
			} else {
				j, b = b[0], b[1:]
			}
			k2 := full[j]
			if int(j) == i || !p.live(k2) {
				continue
			}
			ws2 := words[j]
			if len(ws2) > len(ws) && (subsequence(ws, ws2) && ws[len(ws)-1] == ws2[len(ws2)-1] || prefixWords(ws, ws2)) {
				g2 := &r.groups[k2]
				if g2.role == nil {
					g2.role = g.role
				}
				r.merge(k2, k)
				break
			}
		}
		if g.live && g.role == nil && p.allSurnames(ws, k) {
			p.splitSurnames(k)
		}
	}
}

// mergeVariants makes two spellings of one full name (Zelensky /
// Zelenskyy) one person. Only names sharing a first word are compared, so
// the cost stays linear in the number of people for ordinary articles.
func (p *people) mergeVariants() {
	r := p.r
	full := p.fullNames()
	p.byA.build(len(full), func(i int) (string, string) { return r.words(full[i])[0], "" })
	for i, k := range full {
		g := &r.groups[k]
		if !g.live {
			continue
		}
		ws := r.words(k)
		last := ws[len(ws)-1]
		for _, j := range p.byA.of(i) {
			k2 := full[j]
			if k2 == k || !p.live(k2) {
				continue
			}
			ws2 := r.words(k2)
			if last2 := ws2[len(ws2)-1]; last2 != last && similar(last2, last) {
				if g.role == nil {
					g.role = r.groups[k2].role
				}
				r.merge(k, k2)
			}
		}
	}
}

// similar: transliteration variants such as zelensky / zelenskyy.
func similar(a, b string) bool {
	if len(a) < 5 || len(b) < 5 {
		return a == b
	}
	if a == b {
		return true
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		d := len(a) - len(b)
		return d >= -2 && d <= 2
	}
	return false
}

func subsequence(short, long []string) bool {
	i := 0
	for _, w := range long {
		if i < len(short) && short[i] == w {
			i++
		}
	}
	return i == len(short)
}

// prefixWords: "hassan sheikh" begins "hassan sheikh mohamud" (two words
// or more, so one shared first name is not enough).
func prefixWords(short, long []string) bool {
	if len(short) < 2 {
		return false
	}
	for i := range short {
		if short[i] != long[i] {
			return false
		}
	}
	return true
}

// allSurnames: every word of the name is the surname of another person.
func (p *people) allSurnames(ws []string, self int32) bool {
	for _, w := range ws {
		found := false
		for _, e := range p.surname.run(w) {
			if e.k != self && p.live(e.k) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// splitSurnames turns each word of group k into a mention of its bearer.
func (p *people) splitSurnames(k int32) {
	r := p.r
	g := &r.groups[k]
	g.live = false
	for _, m := range g.mentions {
		name := r.text(m.Span)
		off := m.Start
		for w := range strings.FieldsSeq(name) {
			i := strings.Index(r.d.Text[off:m.End], w)
			sp := pipeline.Span{Start: off + i, End: off + i + len(w)}
			off = sp.End
			if to := p.find(text.Fold(w), sp.Start); to >= 0 {
				r.groups[to].mentions = append(r.groups[to].mentions, pipeline.Mention{Span: sp, Sentence: m.Sentence})
			}
		}
	}
}

// build orders entities by first mention and fills in names and aliases.
func (r *resolver) build() []pipeline.Entity {
	gs := r.gs[:0]
	roles := 0
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live {
			continue
		}
		if !slices.IsSortedFunc(g.mentions, byStart) {
			slices.SortStableFunc(g.mentions, byStart)
		}
		g.mentions = dedupe(g.mentions)
		gs = append(gs, k)
		if g.typ == pipeline.Person && g.role != nil {
			roles++
		}
	}
	r.gs = gs
	slices.SortStableFunc(gs, func(x, y int32) int {
		a, b := r.groups[x].mentions[0].Span, r.groups[y].mentions[0].Span
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	out := make([]pipeline.Entity, len(gs))
	roleSpans := make([]pipeline.Span, 0, roles)
	seen := &r.seen
	for i, k := range gs {
		g := &r.groups[k]
		e := &out[i]
		e.ID, e.Type = entityID(i), g.typ
		e.Text = r.canonicalName(g)
		seen.reset()
		seen.addText(e.Text)
		if g.typ != pipeline.Date {
			for _, m := range g.mentions {
				if s := r.text(m.Span); seen.addText(s) {
					e.Aliases = append(e.Aliases, s)
				}
			}
		}
		e.Mentions = g.mentions[:len(g.mentions):len(g.mentions)]
		if g.canon != "" && strings.Contains(e.Text, g.canon) && !seen.has(g.canon) {
			// "New START treaty" also writes the listed name "New START"
			seen.add(g.canon)
			e.Aliases = append(e.Aliases, g.canon)
		}
		if g.typ == pipeline.Event {
			// "Riyadh Talks (2025)" is also named "Riyadh Talks".
			if i := strings.LastIndex(e.Text, " ("); i > 0 && !seen.has(e.Text[:i]) {
				e.Aliases = append(e.Aliases, e.Text[:i])
			}
		}
		if g.typ == pipeline.Person && g.role != nil {
			e.Role = r.text(*g.role)
			roleSpans = append(roleSpans, *g.role)
			e.RoleSpan = &roleSpans[len(roleSpans)-1]
		}
	}
	return out
}

func byStart(a, b pipeline.Mention) int { return cmp.Compare(a.Start, b.Start) }

// entityID returns "e<i+1>", the ID of the entity at index i: for the
// first few thousand, a piece of one string built once for the process.
func entityID(i int) string {
	ids := entityIDs()
	if i < len(ids) {
		return ids[i]
	}
	return "e" + strconv.Itoa(i+1)
}

// entityIDs are "e1" … "e1024", sharing one allocation.
var entityIDs = sync.OnceValue(func() []string {
	const n = 1024
	var b []byte
	ends := make([]int, n)
	for i := range n {
		b = strconv.AppendInt(append(b, 'e'), int64(i+1), 10)
		ends[i] = len(b)
	}
	all, ids, start := string(b), make([]string, n), 0
	for i, end := range ends {
		ids[i], start = all[start:end], end
	}
	return ids
})

// foldSet is a set of folded names: a short list, as an entity has few
// names, that becomes a map if one has many. Lookups fold into buf
// rather than allocating, and the listed names share keys. The first
// name put in by addText is folded only when another name is compared
// with it: most entities are written one way only.
type foldSet struct {
	set     map[string]bool
	buf     []byte
	keys    []byte   // the listed names, end to end
	ends    []int    // the end of each in keys
	texts   []string // a few names as written whose folds are in the set
	pending bool     // texts[0] is not folded yet
}

func (f *foldSet) reset() {
	f.set, f.keys, f.ends, f.texts, f.pending = nil, f.keys[:0], f.ends[:0], f.texts[:0], false
}

// has reports whether text.Fold(s) is in the set.
func (f *foldSet) has(s string) bool {
	f.fold()
	f.buf = text.AppendFold(f.buf[:0], s)
	if f.set != nil {
		return f.set[string(f.buf)]
	}
	start := 0
	for _, end := range f.ends {
		if string(f.keys[start:end]) == string(f.buf) {
			return true
		}
		start = end
	}
	return false
}

// add puts text.Fold(s) in the set, reporting whether it was new.
func (f *foldSet) add(s string) bool {
	if f.has(s) {
		return false
	}
	f.put()
	return true
}

// put adds buf to the set.
func (f *foldSet) put() {
	if f.set != nil {
		f.set[string(f.buf)] = true
		return
	}
	f.keys = append(f.keys, f.buf...)
	f.ends = append(f.ends, len(f.keys))
	if len(f.ends) > 32 {
		f.set = make(map[string]bool, 2*len(f.ends))
		start := 0
		for _, end := range f.ends {
			f.set[string(f.keys[start:end])] = true
			start = end
		}
	}
}

// fold puts the name addText left unfolded in the set.
func (f *foldSet) fold() {
	if f.pending {
		f.pending = false
		f.buf = text.AppendFold(f.buf[:0], f.texts[0])
		f.put()
	}
}

// addText is add(s) for a name as the text writes it: a mention mostly
// repeats a name written before, which is then known without folding.
func (f *foldSet) addText(s string) bool {
	if slices.Contains(f.texts, s) {
		return false
	}
	if len(f.ends) == 0 && f.set == nil && !f.pending {
		f.texts, f.pending = append(f.texts, s), true // the first name: new
		return true
	}
	isNew := f.add(s)
	if len(f.texts) < 8 {
		f.texts = append(f.texts, s)
	}
	return isNew
}

// canonicalName: the gazetteer's canonical name when the article writes
// it, else the longest form the article uses.
func (r *resolver) canonicalName(g *group) string {
	best, bestFields := "", 0
	canon := ""
	if g.canon != "" {
		canon = r.lx.FoldCanonical(g.canon)
	}
	prev := ""
	for i, m := range g.mentions {
		s := r.text(m.Span)
		if i > 0 && s == prev || s == best {
			continue // a repeat changes nothing
		}
		prev = s
		if g.canon != "" && r.foldsTo(s, canon) {
			return s
		}
		if i == 0 {
			best, bestFields = s, -1 // counted when another form competes
			continue
		}
		if bestFields < 0 {
			bestFields = countFields(best)
		}
		if n := countFields(s); n > bestFields || n == bestFields && len(s) > len(best) {
			best, bestFields = s, n
		}
	}
	return best
}

// foldsTo reports whether text.Fold(s) == f, folding ASCII in place and
// stopping at the first difference.
func (r *resolver) foldsTo(s, f string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r.buf = text.AppendFold(r.buf[:0], s)
			return string(r.buf) == f
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i >= len(f) || c != f[i] {
			return false
		}
	}
	return len(s) == len(f)
}

// countFields is len(strings.Fields(s)) without building the fields.
func countFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return n + countFieldsRunes(s[i:], in)
		}
		if asciiSpace[c] {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// countFieldsRunes is countFields for the rest of a string, in a field
// if in.
func countFieldsRunes(s string, in bool) int {
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// asciiSpace holds unicode.IsSpace for the ASCII bytes.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// dedupe drops a mention with the span of the one before.
func dedupe(ms []pipeline.Mention) []pipeline.Mention {
	out := ms[:0]
	for i, m := range ms {
		if i > 0 && m.Span == out[len(out)-1].Span {
			continue
		}
		out = append(out, m)
	}
	return out
}
