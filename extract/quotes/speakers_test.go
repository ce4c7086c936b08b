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
	org := func(forms ...string) testEnt { return testEnt{typ: pipeline.Org, forms: forms} }
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
		{"a quote standing alone goes to the person the sentence before is about", "The deal closed in May. Ana Ruiz, who led the talks, called him a master of the craft. “He could sell anything to anyone.”",
			[]testEnt{person("Ana Ruiz")}, []wantQuote{{d, "He could sell anything to anyone.", "Ana Ruiz"}}},
		{"a verb in a relative clause of the sentence before is not its main verb", "The records that Ana Ruiz released were thin. “Nobody reads them.”",
			[]testEnt{person("Ana Ruiz")}, []wantQuote{{d, "Nobody reads them.", ""}}},
		{"a quote inside a sentence does not go to the sentence before", "Ana Ruiz spoke first. The plan, by all accounts, is “the best ever written and the longest one we have.”",
			[]testEnt{person("Ana Ruiz")}, []wantQuote{{d, "the best ever written and the longest one we have.", ""}}},
		{"a name after a preposition in a leading phrase is no subject", "His partner at Norvik, Ana Ruiz, called him a master of deals. “He never gave up.”",
			[]testEnt{org("Norvik"), person("Ana Ruiz")}, []wantQuote{{d, "He never gave up.", "Ana Ruiz"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runQuotes(t, m, tt.in, tt.ents)
			assert.Equal(t, tt.want, quotesOf(doc))
		})
	}
}
