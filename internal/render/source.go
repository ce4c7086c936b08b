package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/parley-nlp/parley/pipeline"
)

// FromDocument is the source of a page for a document just extracted.
func FromDocument(d *pipeline.Document) Source {
	o := pipeline.ToOutput(d)
	return Source{Out: &o, Text: d.Text}
}

// FromOutput is the source of a page for a saved output: with its
// article's bytes when given (they must be the ones it was extracted
// from: same sha256), else with a text rebuilt from the output itself.
func FromOutput(o *pipeline.Output, article []byte) (Source, error) {
	if article != nil {
		sum := sha256.Sum256(article)
		if got := hex.EncodeToString(sum[:]); got != o.Article.SHA256 {
			return Source{}, fmt.Errorf("the article is not the one this output was extracted from (sha256 %.12s…, the output says %.12s…)", got, o.Article.SHA256)
		}
		return Source{Out: o, Text: string(article)}, nil
	}
	return Source{Out: o, Text: rebuild(o),
		Note: "No article file was given: the text shown is rebuilt from the output's sentences, with spaces where the output holds no text (between sentences and in the page's boilerplate)."}, nil
}

// rebuild lays the output's sentence, mention and quote texts at their
// offsets in a text of the input's length, spaces elsewhere and a line
// break at the end of each paragraph.
func rebuild(o *pipeline.Output) string {
	n := max(o.Article.Bytes, 0)
	b := bytes.Repeat([]byte{' '}, n)
	put := func(start int, s string) {
		if start >= 0 && start+len(s) <= n {
			copy(b[start:], s)
		}
	}
	for _, p := range o.Article.Paragraphs {
		if p.End >= 0 && p.End < n {
			b[p.End] = '\n'
		}
	}
	for _, s := range o.Sentences {
		put(s.Start, s.Text)
	}
	for _, q := range o.Quotes {
		put(q.Start, q.Text)
	}
	for _, e := range o.Entities {
		for _, m := range e.Mentions {
			put(m.Start, m.Text)
		}
	}
	return string(b)
}
