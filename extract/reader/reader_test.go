package reader

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/pipeline"
)

func read(t *testing.T, text string) *pipeline.Document {
	t.Helper()
	d, err := pipeline.NewDocument("x.txt", []byte(text))
	require.NoError(t, err)
	require.NoError(t, New().Run(context.Background(), d))
	return d
}

func paragraphs(d *pipeline.Document) []string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, d.Slice(p.Span))
	}
	return out
}

func TestReader(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		lang     string
		title    string
		sections []string
		paras    []string
	}{
		{
			name:     "notice and trailer",
			in:       "This article was automatically translated from the original Turkish version.\n\nA b.\nC d.\n\nNo Discussion Added Yet\nStart discussion for \"T (2025)\" article\nBackground\nTalks",
			lang:     "Turkish",
			title:    "T (2025)",
			sections: []string{"Background", "Talks"},
			paras:    []string{"A b.", "C d."},
		},
		{
			name:  "CRLF, BOM and NBSP kept out of spans",
			in:    "\ufeffThis article was automatically translated from the original Arabic version.\r\n\r\n\u00a0A b.\r\nC d.\r",
			lang:  "Arabic",
			paras: []string{"A b.", "C d."},
		},
		{
			name:     "two pages: the body after the trailer's headings is kept",
			in:       "A b.\nNo Discussion Added Yet\nStart discussion for \"T\" article\nBackground\nTalks\nThis article was automatically translated from the original Turkish version.\nC d.\nE f\nNo Discussion Added Yet\nStart discussion for \"U\" article\nAftermath",
			lang:     "Turkish",
			title:    "T",
			sections: []string{"Background", "Talks", "Aftermath"},
			paras:    []string{"A b.", "C d.", "E f"},
		},
		{
			name:     "a sentence after the trailer is body",
			in:       "A b.\nNo Discussion Added Yet\nThe talks went on.\nBackground",
			sections: []string{},
			paras:    []string{"A b.", "The talks went on.", "Background"},
		},
		{
			name:     "headings that are no title: a digit, a quotation mark or a lower-case word first, a mark last",
			in:       "A b.\nNo Discussion Added Yet\nStart discussion for \"T\" article\n1990 elections\n“Two plus Four” talks\nde Gaulle's role\nReactions to the \"Accord\"\nLegacy (1962)",
			title:    "T",
			sections: []string{"1990 elections", "“Two plus Four” talks", "de Gaulle's role", "Reactions to the \"Accord\"", "Legacy (1962)"},
			paras:    []string{"A b."},
		},
		{
			name:     "a body line after the headings, its full stop after a closing mark",
			in:       "A b.\nNo Discussion Added Yet\nBackground\nHe said “it is done.”\nC d.",
			sections: []string{"Background"},
			paras:    []string{"A b.", "He said “it is done.”", "C d."},
		},
		{
			name:  "plain paragraphs",
			in:    "One sentence here.\nAnother one.",
			paras: []string{"One sentence here.", "Another one."},
		},
		{
			name:  "a bare title line",
			in:    "Istanbul Talks (2022)\nThe talks were held.",
			title: "Istanbul Talks (2022)",
			paras: []string{"The talks were held."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := read(t, tt.in)
			assert.Equal(t, tt.lang, d.Meta.SourceLanguage)
			assert.Equal(t, tt.title, d.Meta.Title)
			if tt.sections != nil {
				assert.Equal(t, tt.sections, d.Meta.Sections)
			}
			assert.Equal(t, tt.paras, paragraphs(d))
		})
	}
}
