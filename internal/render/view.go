package render

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/pipeline"
)

// Types and labels in the order the page lists them.
var (
	entityTypes = []string{pipeline.Person, pipeline.Org, pipeline.GPE, pipeline.Loc, pipeline.Fac, pipeline.NORP, pipeline.Event, pipeline.Date}
	labels      = []string{pipeline.Agreement, pipeline.Demand, pipeline.Reaction, pipeline.Other}
)

var typeNames = map[string]string{
	pipeline.Person: "person", pipeline.Org: "organisation", pipeline.GPE: "country, city or region with a government",
	pipeline.Loc: "other place", pipeline.Fac: "building or facility", pipeline.NORP: "nationality or group",
	pipeline.Event: "named event or agreement", pipeline.Date: "date",
}

var labelNames = map[string]string{
	pipeline.Agreement: "the parties agreed, signed or decided something",
	pipeline.Demand:    "a demand, condition, call or threat",
	pipeline.Reaction:  "an evaluative response",
	pipeline.Other:     "background, procedure, plain facts",
}

// article is one rendered article: what the page template shows.
type article struct {
	P       string // prefix of every element id, so two articles share a page
	Caption string // "Golden (old)" on a drift page
	Title   string
	Meta    []field
	Note    string // how the text was obtained, when not from the article file

	EntityCounts []typeCount
	QuoteCounts  []field
	LabelCounts  []typeCount
	Totals       []field

	Paragraphs [][]*Node
	Entities   []entityRow
	Quotes     []quoteRow
}

type field struct{ Name, Value string }

type typeCount struct {
	Name, Desc  string
	N, Mentions int
}

type entityRow struct {
	ID, Text, Type, Role, Value, Mark string
	HasValue                          bool
	Aliases                           []string
	Mentions                          []string // element ids of the mentions shown
}

type quoteRow struct {
	ID, Kind, Text, Speaker, SpeakerHref, Mark string
}

// Source is what a page is made from: an output and the article text it
// was extracted from.
type Source struct {
	Out  *pipeline.Output
	Text string
	// Note says where Text came from when it is not the article file
	// ("rebuilt from the output's sentences").
	Note string
}

// build makes the view of src with element ids prefixed by p; marks are
// drift notes by element id ("e3", "q2", "s9").
func build(src Source, p string, marks map[string]string) *article {
	o := src.Out
	a := &article{P: p, Title: o.Article.Title, Note: src.Note}
	if a.Title == "" {
		a.Title = o.Article.ID
	}
	a.Meta = []field{
		{"Article id", o.Article.ID},
		{"Source language", orDash(o.Article.SourceLanguage)},
		{"Sections", orDash(strings.Join(o.Article.Sections, " · "))},
		{"Input", fmt.Sprintf("%s, %s, sha256 %s", plural(o.Article.Bytes, "byte"), plural(len(o.Article.Paragraphs), "paragraph"), o.Article.SHA256)},
		{"Schema version", o.SchemaVersion},
	}
	a.counts(o)
	ents := map[string]*pipeline.OutEntity{}
	for i := range o.Entities {
		ents[o.Entities[i].ID] = &o.Entities[i]
	}
	shown := a.paragraphs(src, ents, marks)
	for _, e := range o.Entities {
		row := entityRow{ID: e.ID, Text: e.Text, Type: e.Type, Role: e.Role, Aliases: e.Aliases, Mark: marks[e.ID]}
		if len(e.Value) > 0 {
			row.HasValue = true
			row.Value = "null"
			if v, ok := e.DateValue(); ok {
				row.Value = v
			}
		}
		for k := range e.Mentions {
			if id := mentionID(e.ID, k); shown[id] {
				row.Mentions = append(row.Mentions, id)
			}
		}
		a.Entities = append(a.Entities, row)
	}
	for _, q := range o.Quotes {
		r := quoteRow{ID: q.ID, Kind: q.Kind, Text: q.Text, Mark: marks[q.ID]}
		if q.Speaker != nil {
			r.Speaker, r.SpeakerHref = q.Speaker.Text, speakerHref(q.Speaker, shown)
		}
		a.Quotes = append(a.Quotes, r)
	}
	return a
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func (a *article) counts(o *pipeline.Output) {
	mentions := 0
	for _, t := range entityTypes {
		c := typeCount{Name: t, Desc: typeNames[t]}
		for _, e := range o.Entities {
			if e.Type == t {
				c.N++
				c.Mentions += len(e.Mentions)
			}
		}
		mentions += c.Mentions
		a.EntityCounts = append(a.EntityCounts, c)
	}
	direct, indirect, none := 0, 0, 0
	for _, q := range o.Quotes {
		if q.Kind == pipeline.Direct {
			direct++
		} else {
			indirect++
		}
		if q.Speaker == nil {
			none++
		}
	}
	a.QuoteCounts = []field{{"direct", fmt.Sprint(direct)}, {"indirect", fmt.Sprint(indirect)}, {"without a named speaker", fmt.Sprint(none)}}
	for _, l := range labels {
		c := typeCount{Name: l, Desc: labelNames[l]}
		for _, s := range o.Sentences {
			if s.Label == l {
				c.N++
			}
		}
		a.LabelCounts = append(a.LabelCounts, c)
	}
	a.Totals = []field{
		{"entities", fmt.Sprint(len(o.Entities))}, {"mentions", fmt.Sprint(mentions)},
		{"quotes", fmt.Sprint(len(o.Quotes))}, {"sentences", fmt.Sprint(len(o.Sentences))},
	}
}

func mentionID(entity string, k int) string { return fmt.Sprintf("%s-m%d", entity, k+1) }

func speakerID(sp *pipeline.OutSpeaker) string {
	return fmt.Sprintf("sm-%d-%d", sp.MentionStart, sp.MentionEnd)
}

// speakerHref links a speaker to its mention where the quote stands, or
// to the entity's entry when that mention is not in the body shown.
func speakerHref(sp *pipeline.OutSpeaker, shown map[string]bool) string {
	if id := speakerID(sp); shown[id] {
		return id
	}
	return sp.Entity
}

// paragraphs builds the body's nodes and returns the ids of the elements
// placed in it.
func (a *article) paragraphs(src Source, ents map[string]*pipeline.OutEntity, marks map[string]string) map[string]bool {
	o, text := src.Out, src.Text
	shown := map[string]bool{}
	var ivs []interval
	for _, s := range o.Sentences {
		id := fmt.Sprintf("s%d", s.ID)
		ivs = append(ivs, interval{start: s.Start, end: s.End, node: &Node{Kind: kindSentence, ID: id,
			Class: "lab-" + s.Label, Label: s.Label, Mark: marks[id]}})
		ivs = append(ivs, cueIntervals(text, s)...)
	}
	speakers := map[string]bool{}
	var pts []point
	for _, q := range o.Quotes {
		n := &Node{Kind: kindQuote, ID: q.ID, Class: "q-" + q.Kind, Label: q.Kind, Mark: marks[q.ID]}
		said := &Node{Kind: kindSaid, ID: q.ID}
		if sp := q.Speaker; sp != nil {
			said.Label, said.Href = sp.Text, speakerID(sp)
			if id := speakerID(sp); !speakers[id] {
				speakers[id] = true
				ivs = append(ivs, interval{start: sp.MentionStart, end: sp.MentionEnd,
					node: &Node{Kind: kindSpeaker, ID: id, Title: "speaker: " + sp.Text}})
			}
		}
		ivs = append(ivs, interval{start: q.Start, end: q.End, node: n})
		pts = append(pts, point{at: afterQuote(text, q), node: said})
	}
	for _, e := range o.Entities {
		title := entityTitle(ents[e.ID])
		for k, m := range e.Mentions {
			ivs = append(ivs, interval{start: m.Start, end: m.End, node: &Node{Kind: kindEntity,
				ID: mentionID(e.ID, k), Class: "t-" + e.Type, Label: e.Type, Title: title, Entity: e.ID, Mark: marks[e.ID]}})
		}
	}
	for _, iv := range ivs {
		iv.node.P = a.P
	}
	for _, pt := range pts {
		pt.node.P = a.P
	}
	// each paragraph takes the intervals inside it
	for _, p := range o.Article.Paragraphs {
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
			continue
		}
		var in []interval
		for _, iv := range ivs {
			if iv.end <= p.Start || p.End <= iv.start {
				continue
			}
			// an annotation over a line break (a quote whose closing mark
			// was missed) is cut at the paragraph's ends
			if iv.start < p.Start {
				iv.node = fragment(iv.node, true)
			}
			iv.start, iv.cut = max(iv.start, p.Start), iv.end > p.End
			iv.end = min(iv.end, p.End)
			in = append(in, iv)
			shown[iv.node.ID] = true
		}
		a.Paragraphs = append(a.Paragraphs, nest(text, p.Start, p.End, in, slices.Clone(pts)))
	}
	// a quote's speaker link that found no mention in the body goes to
	// the entity's entry
	for _, pt := range pts {
		if a := pt.node; a.Href != "" && !shown[a.Href] {
			for _, q := range o.Quotes {
				if q.ID == a.ID && q.Speaker != nil {
					a.Href = q.Speaker.Entity
				}
			}
		}
	}
	return shown
}

// afterQuote is where a quote's speaker tag goes: after its closing
// quotation mark for a direct quote, else at its end.
func afterQuote(text string, q pipeline.OutQuote) int {
	if q.Kind == pipeline.Direct && q.End >= 0 && q.End < len(text) {
		r, n := utf8.DecodeRuneInString(text[q.End:])
		if strings.ContainsRune("”\"»’'›“", r) {
			return q.End + n
		}
	}
	return q.End
}

// entityTitle is an entity's tooltip: type, role, aliases, value.
func entityTitle(e *pipeline.OutEntity) string {
	parts := []string{e.Text + " (" + e.Type + ")"}
	if e.Role != "" {
		parts = append(parts, "role: "+e.Role)
	}
	if len(e.Aliases) > 0 {
		parts = append(parts, "also: "+strings.Join(e.Aliases, ", "))
	}
	if len(e.Value) > 0 {
		v, ok := e.DateValue()
		if !ok {
			v = "null"
		}
		parts = append(parts, "value: "+v)
	}
	return strings.Join(parts, "; ")
}

// cueIntervals finds a sentence's cue words in its text, each as a whole
// word, in order: the output gives cues as text, not offsets.
func cueIntervals(text string, s pipeline.OutSentence) []interval {
	var out []interval
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return nil
	}
	body := text[s.Start:s.End]
	from := 0
	for _, c := range s.Cues {
		i := wordIndex(body, c, from)
		if i < 0 {
			i = wordIndex(body, c, 0)
		}
		if i < 0 {
			continue
		}
		out = append(out, interval{start: s.Start + i, end: s.Start + i + len(c),
			node: &Node{Kind: kindCue, Title: "cue for " + s.Label}})
		from = i + len(c)
	}
	return out
}

// wordIndex is the first index at or after from where w stands in s as a
// whole word (no letter or digit on either side), or -1.
func wordIndex(s, w string, from int) int {
	if w == "" {
		return -1
	}
	for from <= len(s)-len(w) {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
