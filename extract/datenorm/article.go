package datenorm

import (
	"errors"
	"sort"
	"strconv"

	"github.com/parley-nlp/parley/pipeline"
)

// Fill sets Value on each DATE entity of ents, mentions of d: the
// Normalize value of its text, or nil. It returns, by entity index, why
// a DATE entity's value is nil (nil everywhere else).
//
// An expression that names no year (“13 March”, “December”) takes the
// year of the article's event (EventYear) when, at every mention, the
// last year written earlier in the same paragraph, if any, is that year:
// after “talks stalled in September 2019” a “December” is left null in an
// article about 2020, since the paragraph is then telling of 2019.
func (n *Normalizer) Fill(d *pipeline.Document, ents []pipeline.Entity) []error {
	why := make([]error, len(ents))
	n.fill(d, ents, why)
	return why
}

// SetValues is Fill without the reasons, for the pipeline, which does
// not read them: most entities are not dates, and a slice of reasons
// for every entity of every document was garbage for the collector.
func (n *Normalizer) SetValues(d *pipeline.Document, ents []pipeline.Entity) {
	n.fill(d, ents, nil)
}

// fill is Fill, writing the reasons into why unless it is nil.
func (n *Normalizer) fill(d *pipeline.Document, ents []pipeline.Entity, why []error) {
	// Each DATE entity's value with no year supplied, read once: the event
	// year, the years written and the values below all start from it.
	plain := n.plainValues(ents)
	event := eventYear(d, ents, plain)
	var written []yearAt
	for _, p := range plain {
		written = appendYears(written, &ents[p.i], p)
	}
	sort.Slice(written, func(a, b int) bool { return written[a].off < written[b].off })
	for _, p := range plain {
		e := &ents[p.i]
		year := event
		for _, m := range e.Mentions {
			if y := lastYearBefore(d, written, m.Start); y != 0 && y != event {
				year = 0
			}
		}
		// Normalize gives a year to an expression only where it would
		// otherwise fail with ErrNoYear: any other result is the same
		// whatever the year.
		v, err := p.v, p.err
		if errors.Is(err, ErrNoYear) && year != 0 {
			v, err = n.Normalize(e.Text, year)
		}
		if err != nil {
			e.Value = nil
			if why != nil {
				why[p.i] = err
			}
			continue
		}
		e.Value = &v
	}
}

// plainValue is Normalize's result for the text of entity i, with no
// year supplied.
type plainValue struct {
	i   int
	v   string
	err error
}

// yearAt is a year written at byte offset off.
type yearAt struct{ off, year int }

// appendYears appends each mention of e whose text writes a year, with
// the last year it writes (the end of a range); p is e's plain value.
func appendYears(out []yearAt, e *pipeline.Entity, p plainValue) []yearAt {
	if p.err != nil {
		return out
	}
	y := lastYear(p.v)
	for _, m := range e.Mentions {
		out = append(out, yearAt{m.Start, y})
	}
	return out
}

// lastYear is the year of the end of an ISO value ("2022" of
// "2021-12-30/2022-01-02").
func lastYear(v string) int {
	for i := len(v) - 1; i > 0; i-- {
		if v[i] == '/' {
			v = v[i+1:]
			break
		}
	}
	y, _ := strconv.Atoi(v[:4])
	return y
}

// lastYearBefore is the last year written before off in off's paragraph,
// 0 if none.
func lastYearBefore(d *pipeline.Document, written []yearAt, off int) int {
	start := 0
	for _, p := range d.Paragraphs {
		if p.Start <= off && off < p.End {
			start = p.Start
			break
		}
	}
	i := sort.Search(len(written), func(i int) bool { return written[i].off >= off })
	if i > 0 && written[i-1].off >= start {
		return written[i-1].year
	}
	return 0
}

// EventYear is the year of the article's event, 0 if unknown or
// ambiguous: the one year its title writes (“Riyadh Talks (2025)”), or,
// for a title without one, the year of the first date in the first
// sentence that writes a year (“… held on 15 August 2025 at …”). A title
// with two years is ambiguous.
func (n *Normalizer) EventYear(d *pipeline.Document, ents []pipeline.Entity) int {
	return eventYear(d, ents, n.plainValues(ents))
}

// plainValues returns the plain value of each DATE entity of ents, in
// their order: only the dates, as most entities are not.
func (n *Normalizer) plainValues(ents []pipeline.Entity) []plainValue {
	k := 0
	for i := range ents {
		if ents[i].Type == pipeline.Date {
			k++
		}
	}
	plain := make([]plainValue, 0, k)
	for i := range ents {
		if ents[i].Type == pipeline.Date {
			v, err := n.Normalize(ents[i].Text, 0)
			plain = append(plain, plainValue{i, v, err})
		}
	}
	return plain
}

// eventYear is EventYear with the DATE entities' plain values given
// (plainValues).
func eventYear(d *pipeline.Document, ents []pipeline.Entity, plain []plainValue) int {
	seen := 0
	for _, y := range yearsIn(d.Meta.Title) {
		if seen != 0 && y != seen {
			return 0
		}
		seen = y
	}
	if seen != 0 {
		return seen
	}
	first, off := 0, -1
	for _, p := range plain {
		if p.err != nil {
			continue
		}
		for _, m := range ents[p.i].Mentions {
			if m.Sentence == 0 && (off < 0 || m.Start < off) {
				first, off = yearOf(p.v), m.Start
			}
		}
	}
	return first
}

// yearsIn returns the years s writes: four digits starting with 1 or 2,
// a word of their own (between ASCII non-word bytes, as \b counts them).
func yearsIn(s string) []int {
	var out []int
	word := func(i int) bool {
		c := s[i]
		return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
	}
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] != '1' && s[i] != '2') || !allDigits(s[i+1:i+4]) || i > 0 && word(i-1) || i+4 < len(s) && word(i+4) {
			continue
		}
		y, _ := strconv.Atoi(s[i : i+4])
		out = append(out, y)
		i += 3
	}
	return out
}

// yearOf is the year an ISO value starts in.
func yearOf(v string) int {
	y, _ := strconv.Atoi(v[:4])
	return y
}
