package render

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sync"

	"github.com/parley-nlp/parley/internal/drift"
)

var (
	//go:embed page.html.tmpl
	pageTemplate string
	//go:embed style.css
	style string
)

// templates are parsed on first use, not at start: every parley command
// links this package, and parsing took 2M instructions of a 56M `parley
// extract`.
var templates = sync.OnceValues(func() (*template.Template, error) {
	return template.New("").Funcs(template.FuncMap{
		"inc": func(i int) int { return i + 1 },
	}).Parse(pageTemplate)
})

// execute writes the template name with data.
func execute(w io.Writer, name string, data any) error {
	t, err := templates()
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return t.ExecuteTemplate(w, name, data)
}

// legendItem is one entry of the legend: a type or label and what it means.
type legendItem struct{ Name, Desc string }

// page is what every template gets: the head's title and style, the legend.
type page struct {
	Title  string
	CSS    template.CSS
	Types  []legendItem
	Labels []legendItem
	Drift  bool
}

func newPage(title string) page {
	p := page{Title: title, CSS: template.CSS(style)}
	for _, t := range entityTypes {
		p.Types = append(p.Types, legendItem{t, typeNames[t]})
	}
	for _, l := range labels {
		p.Labels = append(p.Labels, legendItem{l, labelNames[l]})
	}
	return p
}

// Page writes one self-contained HTML page for src: the article's
// metadata, counts and legend, its text with every entity, quote, speaker,
// sentence label and cue marked, and the lists of entities and quotes.
func Page(w io.Writer, src Source) error {
	a := build(src, "", nil)
	data := struct {
		page
		Article *article
	}{newPage(a.Title + " — parley"), a}
	return execute(w, "page", data)
}

// Drift writes the page of one drifted article: the changes of s, each
// linked to the element on either side, then the old and the new output
// side by side (stacked on narrow screens), the changed elements marked.
// Element ids are prefixed "old-" and "new-".
func Drift(w io.Writer, heading string, old, cur Source, s *drift.Summary) error {
	mo, mn := s.Marks()
	a, b := build(old, "old-", mo), build(cur, "new-", mn)
	a.Caption, b.Caption = "Old (golden file)", "New (output now)"
	type change struct{ Text, Old, New string }
	var cs []change
	for _, c := range s.Changes {
		cs = append(cs, change{c.String(), c.Old, c.New})
	}
	p := newPage(heading + " — parley")
	p.Drift = true
	data := struct {
		page
		Heading, Counts string
		Changes         []change
		Sides           []*article
	}{p, heading, s.Counts(), cs, []*article{a, b}}
	return execute(w, "drift", data)
}

// IndexRow is one article of an index page; Href is empty for an article
// that failed, and Error says why.
type IndexRow struct {
	Title, Href, Error          string
	Entities, Quotes, Sentences int
}

// Index writes a page listing rows, linked to their pages.
func Index(w io.Writer, title string, rows []IndexRow) error {
	failed := 0
	for _, r := range rows {
		if r.Error != "" {
			failed++
		}
	}
	data := struct {
		page
		Summary string
		Rows    []IndexRow
	}{newPage(title), fmt.Sprintf("%d articles, %d failed.", len(rows), failed), rows}
	return execute(w, "index", data)
}
