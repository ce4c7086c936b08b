package entities

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

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
