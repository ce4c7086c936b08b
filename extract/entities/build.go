package entities

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

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
		e.ID, e.Type = entityID(r.entIDs, i), g.typ
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
		if g.typ == pipeline.Org {
			// "Zarnov Corp." is also written "Zarnov Corp", as when its dot
			// is the sentence's full stop
			if short := r.undotted(e.Text); short != "" && !seen.has(short) {
				e.Aliases = append(e.Aliases, short)
			}
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

// undotted returns name without its final dot when it ends in a
// designator's abbreviation ("Zarnov Corp."), else "".
func (r *resolver) undotted(name string) string {
	short, ok := strings.CutSuffix(name, ".")
	if !ok {
		return ""
	}
	last := short[strings.LastIndexByte(short, ' ')+1:]
	if strings.Contains(last, ".") || !r.designator(text.Fold(last)) {
		return ""
	}
	return short
}

func byStart(a, b pipeline.Mention) int { return cmp.Compare(a.Start, b.Start) }

// entityID returns "e<i+1>", the ID of the entity at index i: one of ids
// (entityIDs), else built.
func entityID(ids []string, i int) string {
	if i < len(ids) {
		return ids[i]
	}
	return "e" + strconv.Itoa(i+1)
}

// entityIDs are "e1" … "e<n>", sharing one allocation, so that the IDs of
// an article's entities are not allocated one by one.
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
// it, an event's name with its year ("Lorvan Talks (2025)"), else the
// longest form the article uses.
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
		if g.typ == pipeline.Event && strings.HasSuffix(s, ")") && strings.Contains(s, " (") {
			return s // the title's event with its year, whatever official name it has
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
		if asciiSpace[c] != 0 {
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

// asciiSpace is 1 for the ASCII bytes unicode.IsSpace holds, by byte.
const asciiSpace = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

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
