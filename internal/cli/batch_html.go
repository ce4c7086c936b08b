package cli

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"

	"github.com/parley-nlp/parley/internal/outfile"
	"github.com/parley-nlp/parley/internal/render"
	"github.com/parley-nlp/parley/pipeline"
)

// writePage writes doc's page beside its JSON file dst (<id>.html) and
// returns its row of the index.
func writePage(doc *pipeline.Document, dst string) (*render.IndexRow, error) {
	src := render.FromDocument(doc)
	var buf bytes.Buffer
	if err := render.Page(&buf, src); err != nil {
		return nil, err
	}
	page := strings.TrimSuffix(dst, ".json") + ".html"
	if err := outfile.Write(page, buf.Bytes()); err != nil {
		return nil, err
	}
	title := doc.ID
	if doc.Meta.Title != "" {
		title = doc.Meta.Title + " (" + doc.ID + ")"
	}
	return &render.IndexRow{Title: title, Href: filepath.Base(page),
		Entities: len(src.Out.Entities), Quotes: len(src.Out.Quotes), Sentences: len(src.Out.Sentences)}, nil
}

// addIndexRow appends r's row to the index: its page, or its failure.
func addIndexRow(index []render.IndexRow, r batchResult) []render.IndexRow {
	row := render.IndexRow{Title: displayPath(r.path)}
	switch {
	case r.err != nil:
		row.Error = describe(r.path, r.err)
	case r.page != nil:
		row = *r.page
	}
	// results arrive out of order: keep the index in input order by the
	// input's index, stored in the row's place
	for len(index) <= r.i {
		index = append(index, render.IndexRow{})
	}
	index[r.i] = row
	return index
}

// writeIndex writes DIR/index.html.
func writeIndex(dir string, index []render.IndexRow) error {
	index = slices.DeleteFunc(index, func(r render.IndexRow) bool { return r.Title == "" })
	var buf bytes.Buffer
	if err := render.Index(&buf, "parley batch", index); err != nil {
		return err
	}
	return outfile.Write(filepath.Join(dir, "index.html"), buf.Bytes())
}
