package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// extraMentions adds mentions that no capitalised run produced: parts of
// hyphen compounds ("USA-Russia", "Putin-Trump") and lower-case forms of
// named events ("the Riyadh talks").
func extraMentions(d *pipeline.Document, lx *Lexicon, groups map[string]*group, order *[]string, ppl *people, cov []pipeline.Span) {
	for i, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		if !strings.Contains(w, "-") || isCovered(cov, t.Span) {
			continue
		}
		off := t.Start
		for _, part := range strings.Split(w, "-") {
			sp := pipeline.Span{Start: off, End: off + len(part)}
			off += len(part) + 1
			if !isCap(part) {
				continue
			}
			c := cand{span: sp, sentence: t.Sentence}
			if e, ok := lx.Gazetteer[Fold(part)]; ok {
				c.typ, c.canon = e.Type, e.Canonical
				addTo(groups, order, e.Type, Fold(e.Canonical), c)
			} else if k := ppl.find(part, sp.Start); k != "" {
				c.typ = pipeline.Person
				groups[k].mentions = append(groups[k].mentions, c)
			}
		}
		_ = i
	}
	lower := asciiLower(d.Text)
	for _, k := range *order {
		g := groups[k]
		if g == nil || g.typ != pipeline.Event {
			continue
		}
		name := d.Text[g.mentions[0].span.Start:g.mentions[0].span.End]
		if i := strings.LastIndex(name, " ("); i > 0 {
			name = name[:i]
		}
		if len(strings.Fields(name)) < 2 {
			continue
		}
		needle := asciiLower(name)
		for from := 0; ; {
			i := strings.Index(lower[from:], needle)
			if i < 0 {
				break
			}
			sp := pipeline.Span{Start: from + i, End: from + i + len(needle)}
			from = sp.End
			if isCovered(cov, sp) || !wordBounded(d.Text, sp) {
				continue
			}
			if si := d.SentenceAt(sp.Start); si >= 0 {
				g.mentions = append(g.mentions, cand{span: sp, typ: pipeline.Event, sentence: si})
			}
		}
	}
}

func addTo(groups map[string]*group, order *[]string, typ, key string, c cand) {
	k := typ + "\x00" + key
	g, ok := groups[k]
	if !ok {
		g = &group{typ: typ, key: key, canon: c.canon}
		groups[k] = g
		*order = append(*order, k)
	}
	g.mentions = append(g.mentions, c)
}

// asciiLower lower-cases ASCII letters only, so byte offsets are kept.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func wordBounded(text string, sp pipeline.Span) bool {
	ok := func(i int) bool {
		if i < 0 || i >= len(text) {
			return true
		}
		c := text[i]
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80)
	}
	return ok(sp.Start-1) && ok(sp.End)
}
