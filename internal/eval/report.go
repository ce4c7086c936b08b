package eval

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Report is the result of scoring a set of predictions against gold.
type Report struct {
	Summary
	Articles   int      // gold articles
	Missing    []string // gold articles without a prediction, in gold order
	PerArticle []Article
}

// Article is one article's summary.
type Article struct {
	ID string
	Summary
}

// Score pairs predictions with gold by article id and scores them. Gold
// files name their article in "article", outputs in "article.id"; a later
// document with the same id replaces an earlier one, as in the referee.
func Score(golds, preds []Doc) (*Report, error) {
	gold := newOrdered[Doc]()
	for i, g := range golds {
		id, ok := g["article"].(string)
		if !ok {
			return nil, fmt.Errorf("gold document %d: \"article\" is not a string id", i+1)
		}
		gold.set(id, g)
	}
	pred := map[string]Doc{}
	for _, p := range preds {
		if id, ok := obj(p["article"])["id"].(string); ok {
			pred[id] = p
		}
	}
	r := &Report{Articles: len(gold.keys), Missing: []string{}}
	for _, k := range gold.keys {
		if _, ok := pred[k]; !ok {
			r.Missing = append(r.Missing, k)
		}
	}
	total := NewTally()
	for _, k := range sortedKeys(gold.m) {
		t := NewTally()
		p := pred[k]
		if p == nil {
			p = Doc{}
		}
		ScoreDoc(gold.m[k], p, t)
		ScoreDoc(gold.m[k], p, total)
		r.PerArticle = append(r.PerArticle, Article{k, Summarize(t)})
	}
	r.Summary = Summarize(total)
	return r, nil
}

// ordered is a map that remembers first insertion order, like a Python dict.
type ordered[V any] struct {
	keys []string
	m    map[string]V
}

func newOrdered[V any]() *ordered[V] { return &ordered[V]{m: map[string]V{}} }

func (o *ordered[V]) set(k string, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

// Text renders the referee's table: per article first if perArticle, then
// the total.
func (r *Report) Text(perArticle bool) string {
	var b strings.Builder
	if perArticle {
		for _, a := range r.PerArticle {
			b.WriteString(Table(a.Summary, a.ID))
			b.WriteByte('\n')
		}
	}
	label := fmt.Sprintf("all %d articles", r.Articles)
	if len(r.Missing) > 0 {
		label += fmt.Sprintf(" (%d without prediction: %s)", len(r.Missing), strings.Join(r.Missing, ", "))
	}
	b.WriteString(Table(r.Summary, label))
	b.WriteByte('\n')
	return b.String()
}

// pad is Python's f"{s:<28}": left-aligned in 28 characters (code points).
func pad(s string) string {
	if n := utf8.RuneCountInString(s); n < 28 {
		return s + strings.Repeat(" ", 28-n)
	}
	return s
}

// Table renders one summary under a "== label" heading.
func Table(s Summary, label string) string {
	rows := []string{"== " + label}
	row := func(name string, m PRF) {
		rows = append(rows, fmt.Sprintf("%s P %.3f  R %.3f  F1 %.3f   (%d/%d pred, %d gold)", pad(name), m.P, m.R, m.F1, m.TP, m.Pred, m.Gold))
	}
	row("entities", s.Entities)
	for _, m := range s.EntitiesByType {
		row("  "+m.Name, m.PRF)
	}
	row("entities (type ignored)", s.EntitiesUntyped)
	rows = append(rows, fmt.Sprintf("%s accuracy %s  (n=%d)", pad("roles (matched PERSON)"), pyOpt(s.Roles.Value), s.Roles.N))
	for _, q := range []struct {
		kind string
		s    QuoteScore
	}{{"direct", s.QuotesDirect}, {"indirect", s.QuotesIndirect}} {
		row("quotes "+q.kind, q.s.PRF)
		rows = append(rows, pad("  speaker accuracy")+" "+pyOpt(q.s.SpeakerAccuracy))
		row("  "+q.kind+" quote+speaker", q.s.EndToEnd)
	}
	row("sentence segmentation", s.Sentences.Segmentation)
	rows = append(rows, fmt.Sprintf("%s accuracy %s  macro-F1 %s", pad("sentence labels"), pyOpt(s.Sentences.LabelAccuracy), pyFloat(s.Sentences.MacroF1)))
	for _, m := range s.Sentences.ByLabel {
		row("  "+m.Name, m.PRF)
	}
	rows = append(rows, fmt.Sprintf("%s accuracy %s  (n=%d)", pad("metadata (title/lang/sections)"), pyOpt(s.Metadata.Value), s.Metadata.N))
	return strings.Join(rows, "\n")
}

// JSON renders the referee's --json output (Python's json.dumps with
// indent=1 and ASCII escapes), with a trailing newline.
func (r *Report) JSON(perArticle bool) string {
	o := r.Summary.node()
	o = append(o, field{"articles", r.Articles})
	missing := make(list_, 0, len(r.Missing))
	for _, m := range r.Missing {
		missing = append(missing, m)
	}
	o = append(o, field{"missing_predictions", missing})
	if perArticle {
		var per object
		for _, a := range r.PerArticle {
			per = append(per, field{a.ID, a.Summary.node()})
		}
		o = append(o, field{"per_article", per})
	}
	var b strings.Builder
	writeJSON(&b, o, 0)
	b.WriteByte('\n')
	return b.String()
}

// object, field and list_ form an ordered JSON tree.
type (
	object []field
	field  struct {
		k string
		v any
	}
	list_ []any
)

func (m PRF) node() object {
	return object{{"p", m.P}, {"r", m.R}, {"f1", m.F1}, {"tp", m.TP}, {"pred", m.Pred}, {"gold", m.Gold}}
}

func (q QuoteScore) node() object {
	return append(q.PRF.node(), field{"speaker_accuracy", q.SpeakerAccuracy}, field{"end_to_end", q.EndToEnd.node()})
}

func (r Ratio) node() object { return object{{"accuracy", r.Value}, {"n", r.N}} }

func named(ns []Named) object {
	o := object{}
	for _, n := range ns {
		o = append(o, field{n.Name, n.PRF.node()})
	}
	return o
}

func (s Summary) node() object {
	return object{
		{"entities", s.Entities.node()},
		{"entities_untyped", s.EntitiesUntyped.node()},
		{"entities_by_type", named(s.EntitiesByType)},
		{"roles", s.Roles.node()},
		{"quotes_direct", s.QuotesDirect.node()},
		{"quotes_indirect", s.QuotesIndirect.node()},
		{"sentences", object{
			{"segmentation", s.Sentences.Segmentation.node()},
			{"label_accuracy", s.Sentences.LabelAccuracy},
			{"by_label", named(s.Sentences.ByLabel)},
			{"macro_f1", s.Sentences.MacroF1},
		}},
		{"metadata", s.Metadata.node()},
	}
}

func writeJSON(b *strings.Builder, v any, depth int) {
	nl := func(d int) { b.WriteByte('\n'); b.WriteString(strings.Repeat(" ", d)) }
	switch x := v.(type) {
	case object:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteByte('{')
		for i, f := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			nl(depth + 1)
			writeString(b, f.k)
			b.WriteString(": ")
			writeJSON(b, f.v, depth+1)
		}
		nl(depth)
		b.WriteByte('}')
	case list_:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			nl(depth + 1)
			writeJSON(b, e, depth+1)
		}
		nl(depth)
		b.WriteByte(']')
	case string:
		writeString(b, x)
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(pyFloat(x))
	case *float64:
		if x == nil {
			b.WriteString("null")
		} else {
			b.WriteString(pyFloat(*x))
		}
	default:
		b.WriteString("null")
	}
}

// writeString is json.dumps's ASCII-only string form.
func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r > 0xffff:
			r -= 0x10000
			fmt.Fprintf(b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
		default:
			fmt.Fprintf(b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
}
