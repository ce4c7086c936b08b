package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/pipeline"
)

// directOf keeps the direct quotes of qs: the reported clauses around
// them are not what these tests are about.
func directOf(qs []wantQuote) []wantQuote {
	var out []wantQuote
	for _, q := range qs {
		if q.kind == pipeline.Direct {
			out = append(out, q)
		}
	}
	return out
}

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
		{"joint speakers: the first named", "Ion Popescu and Ana Novak announced that the border would open \"within weeks\".",
			[]testEnt{person("Ion Popescu", "Popescu"), person("Ana Novak", "Novak")}, []wantQuote{{d, "within weeks", "Ion Popescu"}}},
		{"a party and his supporters: the party", "Later Ali Ruiz and his supporters insisted that the army must stay \"outside politics\".",
			[]testEnt{person("Ali Ruiz", "Ruiz")}, []wantQuote{{d, "outside politics", "Ali Ruiz"}}},
		{"an 'and' joining clauses is no joint subject", "Lorvikia banned any contact with the League and Ana Novak demanded that it \"lay down its arms\".",
			[]testEnt{person("Ana Novak", "Novak"), org("League")}, []wantQuote{{d, "lay down its arms", "Ana Novak"}}},
		{"a participle after a determiner modifies the noun", "Ana Novak in a written statement insisted that the protocols hold \"no preconditions\".",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{d, "no preconditions", "Ana Novak"}}},
		{"a person of a body speaks, not the body", "Interior Minister Ali Ruiz of the Freedom League said the boats should sail \"within weeks\".",
			[]testEnt{person("Ali Ruiz", "Ruiz"), org("Freedom League")}, []wantQuote{{d, "within weeks", "Ali Ruiz"}}},
		{"a person with an office for a body, commas dropped", "Ana Novak spokeswoman for the Foreign Ministry of Lorvikia said the plan was \"a gift to smugglers\".",
			[]testEnt{person("Ana Novak", "Novak"), org("Foreign Ministry of Lorvikia"), gpe("Lorvikia")}, []wantQuote{{d, "a gift to smugglers", "Ana Novak"}}},
		{"an office of a body that names no one: no speaker", "The spokesman for the Freedom League said the plan was \"a gift to smugglers\".",
			[]testEnt{org("Freedom League")}, []wantQuote{{d, "a gift to smugglers", ""}}},
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
		{"a surname opening a sentence is no adverb", "Foreign Minister Ana Ruiz hosted the talks. Ruiz declared at the signing: „This is an important moment.“",
			[]testEnt{person("Ana Ruiz", "Ruiz")}, []wantQuote{{d, "This is an important moment.", "Ana Ruiz"}}},
		{"the subject of a relative clause is its antecedent", "The march was led by Bishop Tomas Berg who described the deal as «a one-sided concession».",
			[]testEnt{person("Tomas Berg")}, []wantQuote{{d, "a one-sided concession", "Tomas Berg"}}},
		{"a reporting word used as a noun is no cue", "In May Ana Ruiz said in a phone call with Tomas Berg \"It is a very dangerous situation for all of us.\" The talks ended.",
			[]testEnt{person("Ana Ruiz"), person("Tomas Berg")}, []wantQuote{{d, "It is a very dangerous situation for all of us.", "Ana Ruiz"}}},
		{"a verb introducing a quote inside a reported clause gives its speaker", "When Ruiz noted that Berg paid no taxes ― as was true for the years his returns were public ― Berg boasted, “That makes me smart.”",
			[]testEnt{person("Ana Ruiz", "Ruiz"), person("Tomas Berg", "Berg")}, []wantQuote{{d, "That makes me smart.", "Tomas Berg"}}},
		{"a name after an opening participle is not the pronoun's antecedent", "Tomas Berg arrived in Oslo. Quoting Henrik Ibsen he said: \"A thousand words leave no mark like one deed.\"",
			[]testEnt{person("Tomas Berg"), person("Henrik Ibsen")}, []wantQuote{{d, "A thousand words leave no mark like one deed.", "Tomas Berg"}}},
		{"a participle after 'of' and a name takes the main clause's person", "Ruiz refused to discuss the case of Berg saying: “The court has spoken.”",
			[]testEnt{person("Ana Ruiz", "Ruiz"), person("Tomas Berg", "Berg")}, []wantQuote{{d, "The court has spoken.", "Ana Ruiz"}}},
		{"footage of a person saying is that person's", "The spot ends with footage of Ana Ruiz saying, “That makes me smart.”",
			[]testEnt{person("Ana Ruiz")}, []wantQuote{{d, "That makes me smart.", "Ana Ruiz"}}},
		{"the antecedent of a relative pronoun after a preposition", "Ana Ruiz spoke in a phone call with Tomas Berg who told her: “We will not harm your interests.”",
			[]testEnt{person("Ana Ruiz"), person("Tomas Berg")}, []wantQuote{{d, "We will not harm your interests.", "Tomas Berg"}}},
		{"'it' may stand for a building that speaks", "The White House described the meeting as useful. It added: “The talks will go on next week.”",
			[]testEnt{{typ: pipeline.Fac, forms: []string{"White House"}}}, []wantQuote{{d, "The talks will go on next week.", "White House"}}},
		{"an office of a place after a name without commas is the person's", "Ana Ruiz the foreign minister of Norland said: “We want a seat at the table.”",
			[]testEnt{person("Ana Ruiz"), gpe("Norland")}, []wantQuote{{d, "We want a seat at the table.", "Ana Ruiz"}}},
		{"an office of a place whose holder is not named is no one", "The foreign minister of Norland said: “We want a seat at the table.”",
			[]testEnt{gpe("Norland")}, []wantQuote{{d, "We want a seat at the table.", ""}}},
		{"'the party' after the party's name is that party", "The Green Unity Party left the coalition in May. The party insisted: “The plan must be replaced.”",
			[]testEnt{org("Green Unity Party")}, []wantQuote{{d, "The plan must be replaced.", "Green Unity Party"}}},
		{"'they' stands for the first person named, not the place in a title", "Leaders including Norland President Ana Ruiz and Sudland Chancellor Tomas Berg met on Monday. They stressed: “Borders must not change by force.”",
			[]testEnt{gpe("Norland"), person("Ana Ruiz"), gpe("Sudland"), person("Tomas Berg")}, []wantQuote{{d, "Borders must not change by force.", "Ana Ruiz"}}},
		{"a place name that is a person's surname is the person as a subject", "Rep. Tom Jordan questioned the director. “He got an immunity agreement,” Jordan said. Troops stayed in Jordan.",
			[]testEnt{person("Tom Jordan"), gpe("Jordan")}, []wantQuote{{d, "He got an immunity agreement,", "Tom Jordan"}}},
		{"a participle after a preposition takes the name before the comma", "House Speaker Ana Ruiz, R-Ohio, despite admitting that she had concerns about “trial lawyers trying to get rich,” backed the bill.",
			[]testEnt{person("Ana Ruiz")}, []wantQuote{{d, "trial lawyers trying to get rich,", "Ana Ruiz"}}},
		{"a name is not read across another's name before it", "Leaders including Norland President Ana Ruiz Sudland Chancellor Tomas Berg met. They stressed: “Borders must not change by force.”",
			[]testEnt{gpe("Norland"), person("Ana Ruiz"), gpe("Sudland"), person("Tomas Berg")}, []wantQuote{{d, "Borders must not change by force.", "Ana Ruiz"}}},
		{"a nationality word matches the country in a role", "The summit was hosted by Brazil President Ana Ruiz. “The forest is no sanctuary,” the Brazilian president said.",
			[]testEnt{{typ: pipeline.Person, forms: []string{"Ana Ruiz"}, role: "Brazil President"}, gpe("Brazil")},
			[]wantQuote{{d, "The forest is no sanctuary,", "Ana Ruiz"}}},
		{"an agent that names no one is no one", "Iran hosted the talks. The route was described by Iranian officials as a “win-win solution” for the region.",
			[]testEnt{gpe("Iran"), {typ: pipeline.NORP, forms: []string{"Iranian"}}}, []wantQuote{{d, "win-win solution", ""}}},
		{"a subject across 'on the contrary'", "The Green Unity party on the contrary accused the council of \"too many concessions to Rome\".",
			[]testEnt{org("Green Unity")}, []wantQuote{{d, "too many concessions to Rome", "Green Unity"}}},
		{"a relative pronoun opening the sentence has no antecedent", "Who said it first, “We will not give in,” nobody knows.",
			nil, []wantQuote{{d, "We will not give in,", ""}}},
		{"'who' does not stand for a place", "The plan pleased Democrats in Norland, who have argued that it is “the best way out of the crisis.”",
			[]testEnt{gpe("Norland")}, []wantQuote{{d, "the best way out of the crisis.", ""}}},
		{"people of a body named before them are unnamed", "Several former Radio Norda journalists have complained that it was “a mouthpiece of the government.”",
			[]testEnt{org("Radio Norda")}, []wantQuote{{d, "a mouthpiece of the government.", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runQuotes(t, m, tt.in, tt.ents)
			assert.Equal(t, tt.want, directOf(quotesOf(doc)))
		})
	}
}
