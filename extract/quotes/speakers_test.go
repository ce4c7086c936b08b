package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/pipeline"
)

// TestSpeakers: who says a direct quote, on made-up news sentences.
func TestSpeakers(t *testing.T) {
	m, err := extract.NewModels()
	require.NoError(t, err)
	person := func(forms ...string) testEnt { return testEnt{typ: pipeline.Person, forms: forms} }
	gpe := func(forms ...string) testEnt { return testEnt{typ: pipeline.GPE, forms: forms} }
	d := pipeline.Direct
	tests := []struct {
		name string
		in   string
		ents []testEnt
		want []wantQuote
	}{
		{"a possessor before a description does not speak", "“We will appeal,” Ana Ruiz's former campaign manager said.",
			[]testEnt{person("Ana Ruiz", "Ruiz")}, []wantQuote{{d, "We will appeal,", ""}}},
		{"a place modifying a description does not speak", "“Nobody asked us,” the Lyon businessman said on Monday.",
			[]testEnt{gpe("Lyon")}, []wantQuote{{d, "Nobody asked us,", ""}}},
		{"a name after a preposition in the subject does not speak", "“Where do we go from here?” a narrator in the Ruiz advertisement asks.",
			[]testEnt{person("Ana Ruiz", "Ruiz")}, []wantQuote{{d, "Where do we go from here?", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runQuotes(t, m, tt.in, tt.ents)
			assert.Equal(t, tt.want, quotesOf(doc))
		})
	}
}
