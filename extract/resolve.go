package extract

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/parley-nlp/parley/pipeline"
)

// gkey names a group: its type and its folded name.
type gkey struct{ typ, key string }

// group is one entity being built from candidates.
type group struct {
	typ, key string
	canon    string
	mentions []cand
	role     *pipeline.Span
	n        int      // the number of candidates resolve puts in it first
	ws       []string // words's result
}

// words is strings.Fields(g.key), split once: people are compared by
// their words again and again.
func (g *group) words() []string {
	if g.ws == nil {
		g.ws = strings.Fields(g.key)
	}
	return g.ws
}

// resolve joins candidates into entities: gazetteer names by referent,
// people by full name with surnames, first names and hyphen compounds
// ("Putin-Trump") as further mentions, events with their lower-case
// forms; single unknown words are kept only when something explains them.
func resolve(d *pipeline.Document, lx *Lexicon, cands []cand) []pipeline.Entity {
	groups := map[gkey]*group{}
	var order []gkey
	add := func(typ, key string, c cand) *group {
		k := gkey{typ, key}
		g, ok := groups[k]
		if !ok {
			g = &group{typ: typ, key: key, canon: c.canon}
			groups[k] = g
			order = append(order, k)
		}
		g.mentions = append(g.mentions, c)
		if g.role == nil && c.role != nil {
			g.role = c.role
		}
		return g
	}
	text := func(sp pipeline.Span) string { return d.Text[sp.Start:sp.End] }
	// Each candidate's group is found first and the groups' mentions are
	// then filled in, in candidate order, from one allocation: growing
	// each group's list by appending was the stage's largest garbage.
	var singles []cand
	of := make([]*group, len(cands)) // the group of each candidate, nil for singles
	n := 0
	for i, c := range cands {
		var k gkey
		switch {
		case c.single:
			singles = append(singles, c)
			continue
		case c.canon != "":
			k = gkey{c.typ, lx.foldCanonical(c.canon)}
		case c.typ == pipeline.Date:
			k = gkey{c.typ, text(c.span)}
		default:
			f := Fold(text(c.span))
			if c.typ == pipeline.NORP && lx.Demonyms[f] != "" {
				// "Ukrainian" and "Ukrainians" are one group of people
				f = "@" + Fold(lx.Demonyms[f])
			}
			k = gkey{c.typ, f}
		}
		g, ok := groups[k]
		if !ok {
			g = &group{typ: k.typ, key: k.key, canon: c.canon}
			groups[k] = g
			order = append(order, k)
		}
		of[i] = g
		g.n++
		n++
	}
	all := make([]cand, n)
	for _, k := range order {
		g := groups[k]
		g.mentions, all = all[:0:g.n], all[g.n:]
	}
	for i, c := range cands {
		if g := of[i]; g != nil {
			g.mentions = append(g.mentions, c)
			if g.role == nil && c.role != nil {
				g.role = c.role
			}
		}
	}
	mergeYearEvents(groups, order)
	people := newPeople(d, groups, order)
	for _, c := range singles {
		w := text(c.span)
		if k := people.find(w, c.span.Start); k != (gkey{}) {
			c.typ = pipeline.Person
			g := groups[k]
			g.mentions = append(g.mentions, c)
			if g.role == nil && c.role != nil {
				g.role = c.role
			}
			continue
		}
		switch {
		case c.role != nil:
			add(pipeline.Person, Fold(w), c)
		case c.typ == pipeline.Org:
			add(pipeline.Org, Fold(w), c)
		case c.prevPrep:
			c.typ = pipeline.GPE
			add(pipeline.GPE, Fold(w), c)
		}
	}
	covered := coverage(groups)
	extraMentions(d, lx, groups, &order, people, covered)
	return build(d, groups, order)
}

// people indexes person groups by surname and first name.
type people struct {
	d       *pipeline.Document
	groups  map[gkey]*group
	surname map[string][]gkey // folded last word -> group keys
	first   map[string][]gkey
	longer  map[string][]string // see indexLonger
	scratch []string            // variants' result, reused
}

func newPeople(d *pipeline.Document, groups map[gkey]*group, order []gkey) *people {
	p := &people{d: d, groups: groups, surname: map[string][]gkey{}, first: map[string][]gkey{}}
	for _, k := range p.fullNames(order) {
		ws := groups[k].words()
		p.surname[ws[len(ws)-1]] = append(p.surname[ws[len(ws)-1]], k)
		p.first[ws[0]] = append(p.first[ws[0]], k)
	}
	p.indexLonger()
	p.mergeShortForms(order)
	p.mergeVariants(order)
	return p
}

// fullNames returns, in text order, the keys of people named by two words
// or more.
func (p *people) fullNames(order []gkey) []gkey {
	var out []gkey
	for _, k := range order {
		if g := p.groups[k]; g != nil && g.typ == pipeline.Person && strings.Count(g.key, " ") >= 1 {
			out = append(out, k)
		}
	}
	return out
}

// mergeVariants makes two spellings of one full name (Zelensky /
// Zelenskyy) one person. Only names sharing a first word are compared, so
// the cost stays linear in the number of people for ordinary articles.
func (p *people) mergeVariants(order []gkey) {
	full := p.fullNames(order)
	byFirst := map[string][]gkey{}
	for _, k := range full {
		ws := p.groups[k].words()
		byFirst[ws[0]] = append(byFirst[ws[0]], k)
	}
	for _, k := range full {
		g := p.groups[k]
		if g == nil {
			continue
		}
		ws := g.words()
		last := ws[len(ws)-1]
		for _, k2 := range byFirst[ws[0]] {
			g2 := p.groups[k2]
			if k2 == k || g2 == nil {
				continue
			}
			ws2 := g2.words()
			if last2 := ws2[len(ws2)-1]; last2 != last && similar(last2, last) {
				g.mentions = append(g.mentions, g2.mentions...)
				if g.role == nil {
					g.role = g2.role
				}
				delete(p.groups, k2)
			}
		}
	}
}

// find returns the person a single word names: a surname (the nearest
// preceding bearer when two share it), a spelling variant of one, or an
// unambiguous first name.
func (p *people) find(w string, at int) gkey {
	f := Fold(w)
	if k := p.pick(p.surname[f], at); k != (gkey{}) {
		return k
	}
	// the variants in sorted order, so that two similar surnames resolve
	// the same way every run
	for _, s := range p.variants(f) {
		if k := p.pick(p.surname[s], at); k != (gkey{}) {
			return k
		}
	}
	return p.mostMentioned(p.first[f])
}

// pick returns, among keys, the bearer whose first mention is nearest
// before at (the first listed when none is before).
func (p *people) pick(keys []gkey, at int) gkey {
	var best gkey
	bestAt := -1
	for _, k := range keys {
		g := p.groups[k]
		if g == nil {
			continue
		}
		first := g.mentions[0].span.Start
		if best == (gkey{}) || first < at && first > bestAt {
			best, bestAt = k, first
		}
	}
	return best
}

// variants returns, sorted, the surnames s with similar(s, f): f itself,
// f less its last one or two bytes, and the surnames one or two bytes
// longer than f that begin with it. Looking them up by prefix, rather
// than trying every surname, keeps resolution linear in the number of
// single words.
func (p *people) variants(f string) []string {
	out := p.scratch[:0]
	n := len(f)
	for _, cut := range [2]int{2, 1} {
		if s := f[:max(n-cut, 0)]; n >= 5 && len(s) >= 5 && p.surname[s] != nil {
			out = append(out, s)
		}
	}
	if p.surname[f] != nil {
		out = append(out, f)
	}
	if n >= 5 {
		out = append(out, p.longer[f]...) // all sort after f, which begins them
	}
	p.scratch = out
	return out
}

// indexLonger fills p.longer: each surname of five bytes or more under
// itself less its last one or two bytes, for variants.
func (p *people) indexLonger() {
	p.longer = map[string][]string{}
	for s := range p.surname {
		for _, cut := range [2]int{1, 2} {
			if k := s[:max(len(s)-cut, 0)]; len(k) >= 5 {
				p.longer[k] = append(p.longer[k], s)
			}
		}
	}
	for _, l := range p.longer {
		sort.Strings(l)
	}
}

// mostMentioned picks, among people sharing a first word ("Kim" for Kim
// Jong Un and Kim Yong-chol), the one the article names most: a bare
// first word stands for its main actor.
func (p *people) mostMentioned(keys []gkey) gkey {
	var best gkey
	n := 0
	for _, k := range keys {
		if g := p.groups[k]; g != nil && len(g.mentions) > n {
			best, n = k, len(g.mentions)
		}
	}
	return best
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

// coverIndex answers whether a span overlaps any mention, in log time:
// the mentions sorted by start, with the furthest end among each prefix.
type coverIndex struct {
	spans  []pipeline.Span
	maxEnd []int
}

func coverage(groups map[gkey]*group) coverIndex {
	var cov coverIndex
	for _, g := range groups {
		for _, m := range g.mentions {
			cov.spans = append(cov.spans, m.span)
		}
	}
	slices.SortFunc(cov.spans, func(a, b pipeline.Span) int { return cmp.Compare(a.Start, b.Start) })
	cov.maxEnd = make([]int, len(cov.spans))
	end := 0
	for i, sp := range cov.spans {
		end = max(end, sp.End)
		cov.maxEnd[i] = end
	}
	return cov
}

// covers reports whether a mention overlaps sp: one that starts before sp
// ends and ends after sp starts.
func (c coverIndex) covers(sp pipeline.Span) bool {
	n := sort.Search(len(c.spans), func(i int) bool { return c.spans[i].Start >= sp.End })
	return n > 0 && c.maxEnd[n-1] > sp.Start
}

// build orders entities by first mention and fills in names and aliases.
func build(d *pipeline.Document, groups map[gkey]*group, order []gkey) []pipeline.Entity {
	var gs []*group
	for _, k := range order {
		if g := groups[k]; g != nil {
			slices.SortStableFunc(g.mentions, func(a, b cand) int { return cmp.Compare(a.span.Start, b.span.Start) })
			g.mentions = dedupe(g.mentions)
			gs = append(gs, g)
		}
	}
	slices.SortStableFunc(gs, func(x, y *group) int {
		a, b := x.mentions[0].span, y.mentions[0].span
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	out := make([]pipeline.Entity, 0, len(gs))
	ids := entityIDs(len(gs))
	var seen foldSet
	for i, g := range gs {
		e := pipeline.Entity{ID: ids[i], Type: g.typ}
		e.Text = canonicalName(d, g, &seen.buf)
		seen.reset()
		seen.add(e.Text)
		e.Mentions = make([]pipeline.Mention, 0, len(g.mentions))
		for _, m := range g.mentions {
			s := d.Text[m.span.Start:m.span.End]
			if g.typ != pipeline.Date && seen.add(s) {
				e.Aliases = append(e.Aliases, s)
			}
			e.Mentions = append(e.Mentions, pipeline.Mention{Span: m.span, Sentence: m.sentence})
		}
		if g.canon != "" && !seen.has(g.canon) && strings.Contains(e.Text, g.canon) {
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
			e.Role = d.Text[g.role.Start:g.role.End]
			r := *g.role
			e.RoleSpan = &r
		}
		out = append(out, e)
	}
	return out
}

// entityIDs returns "e1" … "en", sharing one allocation.
func entityIDs(n int) []string {
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
}

// foldSet is a set of folded names: a short list, as an entity has few
// names, that becomes a map if one has many. Lookups fold into buf
// rather than allocating, and the listed names share keys.
type foldSet struct {
	set  map[string]bool
	buf  []byte
	keys []byte // the listed names, end to end
	ends []int  // the end of each in keys
}

func (f *foldSet) reset() { f.set, f.keys, f.ends = nil, f.keys[:0], f.ends[:0] }

// has reports whether Fold(s) is in the set.
func (f *foldSet) has(s string) bool {
	f.buf = appendFold(f.buf[:0], s)
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

// add puts Fold(s) in the set, reporting whether it was new.
func (f *foldSet) add(s string) bool {
	if f.has(s) {
		return false
	}
	if f.set != nil {
		f.set[string(f.buf)] = true
		return true
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
	return true
}

// canonicalName: the gazetteer's canonical name when the article writes
// it, else the longest form the article uses. buf is scratch space.
func canonicalName(d *pipeline.Document, g *group, buf *[]byte) string {
	best, bestFields := "", 0
	canon := Fold(g.canon)
	for _, m := range g.mentions {
		s := d.Text[m.span.Start:m.span.End]
		if g.canon != "" {
			if *buf = appendFold((*buf)[:0], s); string(*buf) == canon {
				return s
			}
		}
		if n := countFields(s); n > bestFields || n == bestFields && len(s) > len(best) {
			best, bestFields = s, n
		}
	}
	return best
}

// countFields is len(strings.Fields(s)) without building the fields.
func countFields(s string) int {
	n, in := 0, false
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

func dedupe(ms []cand) []cand {
	out := ms[:0]
	for i, m := range ms {
		if i > 0 && m.span == out[len(out)-1].span {
			continue
		}
		out = append(out, m)
	}
	return out
}

// mergeShortForms folds a shorter name into a longer one that holds its
// words in order and shares its last word ("Abdullah bin Zayed" in
// "Abdullah bin Zayed Al Nahyan" is not, "Mullah Baradar" in "Mullah
// Abdul Ghani Baradar" is; "De la Calle" in "Humberto de la Calle"), and
// splits a run of known surnames written without commas ("Merkel Hollande
// Putin") into mentions of each.
func (p *people) mergeShortForms(order []gkey) {
	var full []gkey
	var words [][]string
	for _, k := range order {
		if g := p.groups[k]; g != nil && g.typ == pipeline.Person {
			if ws := g.words(); len(ws) >= 2 {
				full, words = append(full, k), append(words, ws)
			}
		}
	}
	// a longer form shares the last word or the first two: index both, so
	// each name is compared only with the names that can hold it
	byLast := map[string][]int{}
	byFirstTwo := map[[2]string][]int{}
	for i, ws := range words {
		byLast[ws[len(ws)-1]] = append(byLast[ws[len(ws)-1]], i)
		byFirstTwo[[2]string{ws[0], ws[1]}] = append(byFirstTwo[[2]string{ws[0], ws[1]}], i)
	}
	for i, k := range full {
		g := p.groups[k]
		if g == nil {
			continue
		}
		ws := words[i]
		a, b := byLast[ws[len(ws)-1]], byFirstTwo[[2]string{ws[0], ws[1]}]
		for len(a) > 0 || len(b) > 0 {
			var j int // the next candidate in text order, from either list
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
			g2 := p.groups[k2]
			if j == i || g2 == nil {
				continue
			}
			ws2 := words[j]
			if len(ws2) > len(ws) && (subsequence(ws, ws2) && ws[len(ws)-1] == ws2[len(ws2)-1] || prefixWords(ws, ws2)) {
				g2.mentions = append(g2.mentions, g.mentions...)
				if g2.role == nil {
					g2.role = g.role
				}
				delete(p.groups, k)
				break
			}
		}
		if p.groups[k] != nil && g.role == nil && p.allSurnames(ws, k) {
			p.splitSurnames(k)
		}
	}
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
func (p *people) allSurnames(ws []string, self gkey) bool {
	for _, w := range ws {
		found := false
		for _, k := range p.surname[w] {
			if k != self && p.groups[k] != nil {
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
func (p *people) splitSurnames(k gkey) {
	g := p.groups[k]
	delete(p.groups, k)
	for _, m := range g.mentions {
		text := p.d.Text[m.span.Start:m.span.End]
		off := m.span.Start
		for _, w := range strings.Fields(text) {
			i := strings.Index(p.d.Text[off:m.span.End], w)
			sp := pipeline.Span{Start: off + i, End: off + i + len(w)}
			off = sp.End
			if to := p.find(w, sp.Start); to != (gkey{}) && p.groups[to] != nil {
				p.groups[to].mentions = append(p.groups[to].mentions, cand{span: sp, typ: pipeline.Person, sentence: m.sentence})
			}
		}
	}
}

// mergeYearEvents joins "the Riyadh talks" to "Riyadh Talks (2025)": an
// event named without its year is the event with it.
func mergeYearEvents(groups map[gkey]*group, order []gkey) {
	for _, k := range order { // in text order: the first event with the name takes it
		g := groups[k]
		if g == nil || g.typ != pipeline.Event {
			continue
		}
		i := strings.LastIndex(g.key, " (")
		if i <= 0 || !strings.HasSuffix(g.key, ")") {
			continue
		}
		short := gkey{pipeline.Event, g.key[:i]}
		if sg, ok := groups[short]; ok && short != k {
			g.mentions = append(g.mentions, sg.mentions...)
			delete(groups, short)
		}
	}
}
