package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// group is one entity being built from candidates.
type group struct {
	typ, key string
	canon    string
	mentions []cand
	role     *pipeline.Span
}

// resolve joins candidates into entities: gazetteer names by referent,
// people by full name with surnames, first names and hyphen compounds
// ("Putin-Trump") as further mentions, events with their lower-case
// forms; single unknown words are kept only when something explains them.
func resolve(d *pipeline.Document, lx *Lexicon, cands []cand) []pipeline.Entity {
	groups := map[string]*group{}
	var order []string
	add := func(typ, key string, c cand) *group {
		k := typ + "\x00" + key
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
	var singles []cand
	for _, c := range cands {
		switch {
		case c.single:
			singles = append(singles, c)
		case c.canon != "":
			add(c.typ, Fold(c.canon), c)
		case c.typ == pipeline.Date:
			add(c.typ, text(c.span), c)
		case c.typ == pipeline.NORP && lx.Demonyms[Fold(text(c.span))] != "":
			// "Ukrainian" and "Ukrainians" are one group of people
			add(c.typ, "@"+Fold(lx.Demonyms[Fold(text(c.span))]), c)
		default:
			add(c.typ, Fold(text(c.span)), c)
		}
	}
	mergeYearEvents(groups, order)
	people := newPeople(d, groups, order)
	for _, c := range singles {
		w := text(c.span)
		if k := people.find(w, c.span.Start); k != "" {
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
		case c.prevPrep && c.before != "to":
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
	groups  map[string]*group
	surname map[string][]string // folded last word -> group keys
	first   map[string][]string
	longer  map[string][]string // see indexLonger
	scratch []string            // variants' result, reused
}

func newPeople(d *pipeline.Document, groups map[string]*group, order []string) *people {
	p := &people{d: d, groups: groups, surname: map[string][]string{}, first: map[string][]string{}}
	for _, k := range p.fullNames(order) {
		ws := strings.Fields(groups[k].key)
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
func (p *people) fullNames(order []string) []string {
	var out []string
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
func (p *people) mergeVariants(order []string) {
	full := p.fullNames(order)
	byFirst := map[string][]string{}
	for _, k := range full {
		ws := strings.Fields(p.groups[k].key)
		byFirst[ws[0]] = append(byFirst[ws[0]], k)
	}
	for _, k := range full {
		g := p.groups[k]
		if g == nil {
			continue
		}
		ws := strings.Fields(g.key)
		last := ws[len(ws)-1]
		for _, k2 := range byFirst[ws[0]] {
			g2 := p.groups[k2]
			if k2 == k || g2 == nil {
				continue
			}
			ws2 := strings.Fields(g2.key)
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
func (p *people) find(w string, at int) string {
	f := Fold(w)
	if k := p.pick(p.surname[f], at); k != "" {
		return k
	}
	// the variants in sorted order, so that two similar surnames resolve
	// the same way every run
	for _, s := range p.variants(f) {
		if k := p.pick(p.surname[s], at); k != "" {
			return k
		}
	}
	return p.mostMentioned(p.first[f])
}

// pick returns, among keys, the bearer whose first mention is nearest
// before at (the first listed when none is before).
func (p *people) pick(keys []string, at int) string {
	best, bestAt := "", -1
	for _, k := range keys {
		g := p.groups[k]
		if g == nil {
			continue
		}
		first := g.mentions[0].span.Start
		if best == "" || first < at && first > bestAt {
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
func (p *people) mostMentioned(keys []string) string {
	best, n := "", 0
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

func coverage(groups map[string]*group) coverIndex {
	var cov coverIndex
	for _, g := range groups {
		for _, m := range g.mentions {
			cov.spans = append(cov.spans, m.span)
		}
	}
	sort.Slice(cov.spans, func(i, j int) bool { return cov.spans[i].Start < cov.spans[j].Start })
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
func build(d *pipeline.Document, groups map[string]*group, order []string) []pipeline.Entity {
	var gs []*group
	for _, k := range order {
		if g := groups[k]; g != nil {
			sort.SliceStable(g.mentions, func(i, j int) bool { return g.mentions[i].span.Start < g.mentions[j].span.Start })
			g.mentions = dedupe(g.mentions)
			gs = append(gs, g)
		}
	}
	sort.SliceStable(gs, func(i, j int) bool {
		a, b := gs[i].mentions[0].span, gs[j].mentions[0].span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	out := make([]pipeline.Entity, 0, len(gs))
	for i, g := range gs {
		e := pipeline.Entity{ID: "e" + strconv.Itoa(i+1), Type: g.typ}
		e.Text = canonicalName(d, g)
		seen := map[string]bool{Fold(e.Text): true}
		for _, m := range g.mentions {
			s := d.Text[m.span.Start:m.span.End]
			if !seen[Fold(s)] && g.typ != pipeline.Date {
				seen[Fold(s)] = true
				e.Aliases = append(e.Aliases, s)
			}
			e.Mentions = append(e.Mentions, pipeline.Mention{Span: m.span, Sentence: m.sentence})
		}
		if g.canon != "" && !seen[Fold(g.canon)] && strings.Contains(e.Text, g.canon) {
			// "New START treaty" also writes the listed name "New START"
			seen[Fold(g.canon)] = true
			e.Aliases = append(e.Aliases, g.canon)
		}
		if g.typ == pipeline.Event {
			// "Riyadh Talks (2025)" is also named "Riyadh Talks".
			if i := strings.LastIndex(e.Text, " ("); i > 0 && !seen[Fold(e.Text[:i])] {
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

// canonicalName: the gazetteer's canonical name when the article writes
// it, else the longest form the article uses.
func canonicalName(d *pipeline.Document, g *group) string {
	best := ""
	for _, m := range g.mentions {
		s := d.Text[m.span.Start:m.span.End]
		if g.canon != "" && Fold(s) == Fold(g.canon) {
			return s
		}
		if len(strings.Fields(s)) > len(strings.Fields(best)) || len(strings.Fields(s)) == len(strings.Fields(best)) && len(s) > len(best) {
			best = s
		}
	}
	return best
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
func (p *people) mergeShortForms(order []string) {
	var full []string
	var words [][]string
	for _, k := range order {
		if g := p.groups[k]; g != nil && g.typ == pipeline.Person {
			if ws := strings.Fields(g.key); len(ws) >= 2 {
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
func (p *people) allSurnames(ws []string, self string) bool {
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
func (p *people) splitSurnames(k string) {
	g := p.groups[k]
	delete(p.groups, k)
	for _, m := range g.mentions {
		text := p.d.Text[m.span.Start:m.span.End]
		off := m.span.Start
		for _, w := range strings.Fields(text) {
			i := strings.Index(p.d.Text[off:m.span.End], w)
			sp := pipeline.Span{Start: off + i, End: off + i + len(w)}
			off = sp.End
			if to := p.find(w, sp.Start); to != "" && p.groups[to] != nil {
				p.groups[to].mentions = append(p.groups[to].mentions, cand{span: sp, typ: pipeline.Person, sentence: m.sentence})
			}
		}
	}
}

// mergeYearEvents joins "the Riyadh talks" to "Riyadh Talks (2025)": an
// event named without its year is the event with it.
func mergeYearEvents(groups map[string]*group, order []string) {
	for _, k := range order { // in text order: the first event with the name takes it
		g := groups[k]
		if g == nil || g.typ != pipeline.Event {
			continue
		}
		i := strings.LastIndex(g.key, " (")
		if i <= 0 || !strings.HasSuffix(g.key, ")") {
			continue
		}
		short := pipeline.Event + "\x00" + g.key[:i]
		if sg, ok := groups[short]; ok && short != k {
			g.mentions = append(g.mentions, sg.mentions...)
			delete(groups, short)
		}
	}
}
