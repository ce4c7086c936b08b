package entities

import (
	"sort"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// coverIndex answers whether a span overlaps any mention: a bit for each
// byte of the text that a mention covers (mentions are never empty).
type coverIndex struct{ bits []uint64 }

// coverage marks the mentions of the live groups.
func (r *resolver) coverage() {
	r.cov.bits = text.Resize(r.cov.bits, (len(r.d.Text)+63)/64)
	for i := range r.groups {
		if g := &r.groups[i]; g.live {
			for _, m := range g.mentions {
				r.cov.mark(m.Span)
			}
		}
	}
}

// mark sets the bits of sp's bytes.
func (c coverIndex) mark(sp pipeline.Span) {
	for i := sp.Start; i < sp.End; {
		w, end := i/64, min(sp.End, i/64*64+64)
		c.bits[w] |= spanBits(i, end)
		i = end
	}
}

// covers reports whether a mention overlaps sp.
func (c coverIndex) covers(sp pipeline.Span) bool {
	for i := sp.Start; i < sp.End; {
		w, end := i/64, min(sp.End, i/64*64+64)
		if c.bits[w]&spanBits(i, end) != 0 {
			return true
		}
		i = end
	}
	return false
}

// spanBits is the mask of bytes [i, end) in their 64-byte word (end-1 in
// the word of i).
func spanBits(i, end int) uint64 {
	m := ^uint64(0) << (i % 64)
	if n := end - i/64*64; n < 64 {
		m &= 1<<n - 1
	}
	return m
}

// extraMentions adds mentions that no capitalised run produced: parts of
// hyphen compounds ("USA-Russia", "Putin-Trump") and lower-case forms of
// named events ("the Riyadh talks").
func (r *resolver) extraMentions() {
	d := r.d
	// Tokens are sorted and do not overlap: the hyphens are searched for
	// in the text, and each token holding one is handled once, rather
	// than every token being searched.
	toks := d.Tokens
	for from := 0; ; {
		i := strings.IndexByte(d.Text[from:], '-')
		if i < 0 {
			break
		}
		h := from + i
		ti := sort.Search(len(toks), func(i int) bool { return toks[i].End > h })
		if ti == len(toks) {
			break
		}
		t := &toks[ti]
		if t.Start > h {
			from = h + 1 // between tokens
			continue
		}
		from = t.End
		if !r.cov.covers(t.Span) {
			r.hyphenParts(t)
		}
	}
	// the names of events of two words or more, lower-cased end to end in
	// one string
	r.events = r.events[:0]
	var lower []byte
	var ends []int
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live || g.typ != pipeline.Event {
			continue
		}
		name := r.text(g.mentions[0].Span)
		if i := strings.LastIndex(name, " ("); i > 0 {
			name = name[:i]
		}
		if countFields(name) < 2 {
			continue
		}
		r.events = append(r.events, k)
		lower = appendASCIILower(lower, name)
		ends = append(ends, len(lower))
	}
	if len(r.events) == 0 {
		return
	}
	all, names, start := string(lower), make([]string, len(ends)), 0
	for i, end := range ends {
		names[i], start = all[start:end], end
	}
	for i, at := range findNames(d.Text, names) {
		for _, p := range at {
			sp := pipeline.Span{Start: p, End: p + len(names[i])}
			if r.cov.covers(sp) {
				continue
			}
			if si := d.SentenceAt(sp.Start); si >= 0 {
				g := &r.groups[r.events[i]]
				g.mentions = append(g.mentions, pipeline.Mention{Span: sp, Sentence: si})
			}
		}
	}
}

// hyphenParts adds the parts of a hyphen compound that name a listed
// entity or a person.
func (r *resolver) hyphenParts(t *pipeline.Token) {
	lx := r.lx
	r.buf = text.AppendFold(r.buf[:0], r.text(t.Span))
	if first, ok := r.ids[string(r.buf)]; ok {
		// the compound is a name of the text itself ("Crans-Montana"), not two
		for k := first; k >= 0; k = r.groups[k].same {
			if g := &r.groups[k]; g.live {
				g.mentions = append(g.mentions, pipeline.Mention{Span: t.Span, Sentence: t.Sentence})
				return
			}
		}
	}
	off := t.Start
	for rest, more := r.d.Text[t.Start:t.End], true; more; {
		var part string
		part, rest, more = strings.Cut(rest, "-")
		sp := pipeline.Span{Start: off, End: off + len(part)}
		off += len(part) + 1
		if !text.IsCap(part) {
			continue
		}
		r.buf = text.AppendFold(r.buf[:0], part)
		if e, ok := lx.Gazetteer[string(r.buf)]; ok {
			r.add(e.Type, lx.FoldCanonical(e.Canonical), e.Canonical, sp, t.Sentence, nil)
		} else if k := r.ppl.find(string(r.buf), sp.Start); k >= 0 {
			g := &r.groups[k]
			g.mentions = append(g.mentions, pipeline.Mention{Span: sp, Sentence: t.Sentence})
		}
	}
}

// mergePlaceEvents joins a place with an event noun in lower case ("the
// Havana talks", "the Jeddah process") to the article's titled event
// that the same place starts ("Havana Peace Talks (2016)", "Jeddah Talks
// (2023)"): it names that event, not another one.
func (r *resolver) mergePlaceEvents() {
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live || g.typ != pipeline.Event {
			continue
		}
		place, noun, ok := strings.Cut(g.key, " ")
		if !ok || strings.Contains(noun, " ") || !r.lx.Lists(noun).Any(lexicon.EventNouns) || !strings.HasSuffix(r.text(g.mentions[0].Span), noun) {
			continue
		}
		for _, k2 := range r.order {
			g2 := &r.groups[k2]
			if k2 != k && g2.live && g2.typ == pipeline.Event && strings.HasPrefix(g2.key, place+" ") && strings.HasSuffix(g2.key, ")") {
				r.merge(k2, k)
				break
			}
		}
	}
}
