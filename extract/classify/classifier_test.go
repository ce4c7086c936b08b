package classify_test

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/pipeline"
)

// testModels loads the models once for the whole test binary.
var testModels = sync.OnceValues(func() (*extract.Models, error) { return extract.NewModels() })

// models returns testModels, failing the test on an error.
func models(t testing.TB) *extract.Models {
	t.Helper()
	m, err := testModels()
	require.NoError(t, err)
	return m
}

// classifyText runs the full pipeline over text and returns the document.
func classifyText(t *testing.T, text string) *pipeline.Document {
	t.Helper()
	d, err := pipeline.NewDocument("test.txt", []byte(text))
	require.NoError(t, err)
	require.NoError(t, pipeline.Run(context.Background(), d, extract.Stages(models(t))))
	require.Len(t, d.Labels, len(d.Sentences))
	return d
}

func TestClassifierLabels(t *testing.T) {
	tests := []struct {
		name string
		in   string
		si   int // the sentence to check
		want string
	}{
		{"agreed", "Russia and Ukraine agreed to exchange prisoners.", 0, pipeline.Agreement},
		{"a text's terms by its verb", "The two protocols provide that both states open their embassies within a year.", 0, pipeline.Agreement},
		{"a text's terms by its verb and a modal", "The accord will establish a joint water commission.", 0, pipeline.Agreement},
		{"a text's terms under it", "Under the treaty Lorvikia pays the costs of the new bridge.", 0, pipeline.Agreement},
		{"an adverb inside a cue", "After long talks a settlement was finally reached on the exchange of detainees.", 0, pipeline.Agreement},
		{"a negation is no adverb inside a cue", "After long talks a settlement was not reached on the exchange of detainees.", 0, pipeline.Other},
		{"a text's articles", "Article 5 guarantees the minority the right to its own schools.", 0, pipeline.Agreement},
		{"a text that does not provide", "The treaty does not say who pays for the bridge.", 0, pipeline.Other},
		{"terms introduced by a colon line", "In 1995 the leaders initialled a text which set out the following principles:\nThe state will keep its borders.", 0, pipeline.Agreement},
		{"terms under the colon line", "In 1995 the leaders initialled a text which set out the following principles:\nThe state will keep its borders.", 1, pipeline.Agreement},
		{"negated colon line", "The talks ended without any agreement on the following points:\nBorders remain disputed.", 0, pipeline.Other},
		{"welcoming the two leaders", "The Swiss President welcomed the two leaders at the villa.", 0, pipeline.Other},
		{"no breakthrough is a fact", "The next round in Cairo ended without a breakthrough.", 0, pipeline.Other},
		{"not until is a condition", "The spokesman said the deal could not be revived until the sanctions were lifted.", 0, pipeline.Demand},
		{"denial is a reaction", "Putin once again denied any interference in the election.", 0, pipeline.Reaction},
		{"a sentence opening with No", "No date or venue for a second summit was agreed in Geneva.", 0, pipeline.Other},
		{"must under decided", "They decided that all prisoners of war must be released by complete exchange.", 0, pipeline.Agreement},
		{"accepted a draft", "Egypt and Sudan accepted the draft as a basis for the negotiation.", 0, pipeline.Agreement},
		{"nominal agreement", "The parties reached an agreement on grain exports.", 0, pipeline.Agreement},
		{"negated agreement", "The talks ended without any agreement on the main issues.", 0, pipeline.Other},
		{"did not agree", "The two sides did not agree on a roadmap.", 0, pipeline.Other},
		{"commitment verb", "Both sides undertook to withdraw their heavy weapons.", 0, pipeline.Agreement},
		{"stipulative passive", "All vessels were to be inspected by joint teams.", 0, pipeline.Agreement},
		{"passive agreement outcome", "On Tuesday a settlement was reached on the exchange of detainees.", 0, pipeline.Agreement},
		{"restrictive condition", "The minister said that the border would reopen only when the troops have left.", 0, pipeline.Demand},
		{"commitment verb of both sides", "Both sides renounced all claims for compensation.", 0, pipeline.Agreement},
		{"negated sentence under an agreed list", "The ministers agreed on the following points:\nThe meeting ended without any agreement on fishing rights.", 1, pipeline.Other},
		{"request with a long addressee", "The president called the governments of the whole region to settle their disputes by dialogue.", 0, pipeline.Demand},
		{"document participle is background", "The war resumed after the protocol signed in 2014 collapsed.", 0, pipeline.Other},
		{"pluperfect is background", "Before 2020 Israel had signed treaties with two countries.", 0, pipeline.Other},
		{"pluperfect in reported speech", "After the meeting Borrell announced that the parties had agreed on a plan.", 0, pipeline.Agreement},
		{"demand verb", "Moscow demanded the lifting of all sanctions.", 0, pipeline.Demand},
		{"core demands", "Among Russia's core demands was the neutrality of Ukraine.", 0, pipeline.Demand},
		{"could not begin without", "Talks could not begin without a ceasefire.", 0, pipeline.Demand},
		{"precondition negated", "Putin proposed to resume talks without any preconditions.", 0, pipeline.Other},
		{"dropped demand", "Trump dropped his demand for a truce.", 0, pipeline.Other},
		{"request verb with to", "Erdogan called the two parties to implement the commitments without delay.", 0, pipeline.Demand},
		{"passive request", "The delegation was asked by officials to leave the building.", 0, pipeline.Other},
		{"question is no request", "Zelensky turned to him and asked: “What kind of diplomacy?”", 0, pipeline.Reaction},
		{"conditional warning", "Rubio warned that any refusal would show who was the obstacle.", 0, pipeline.Demand},
		{"warning not to", "Putin warned Kyiv not to create obstacles.", 0, pipeline.Demand},
		{"warning as assessment", "Commentators warned that the deal would not end the rivalry.", 0, pipeline.Reaction},
		{"welcomed the agreement", "Egypt welcomed the agreement as a step toward stability.", 0, pipeline.Reaction},
		{"welcomed the delegations", "The minister welcomed the delegations before the meeting.", 0, pipeline.Other},
		{"refused to accept", "Kyiv refused to accept the proposal.", 0, pipeline.Reaction},
		{"would not accept", "Ukraine would not accept any agreement made without it.", 0, pipeline.Reaction},
		{"protest noun is background", "The war started after the suppression of the protests in 2011.", 0, pipeline.Other},
		{"opposition groups", "Turkey supported various opposition groups.", 0, pipeline.Other},
		{"noun threat is background", "Israel built contacts with the Gulf states against the Iranian threat.", 0, pipeline.Other},
		{"press conference", "The joint press conference was cancelled.", 0, pipeline.Other},
		{"direct speech reacts", "Kim said: “It was not easy to get here.”", 0, pipeline.Reaction},
		{"passive speech", "It was reported that the delegation had a narrow mandate.", 0, pipeline.Other},
		{"definition lead", "The Doha Agreement (2020) was an agreement signed on 29 February 2020 in Doha.", 0, pipeline.Other},
		{"continuation", "The parties agreed to reopen embassies. They also decided nothing else was open. It was also noted later.", 2, pipeline.Agreement},
		{"provision after agreement", "The sides agreed on a fund. Ukraine would contribute half of its revenues.", 1, pipeline.Agreement},
		{"agreed list", "The leaders agreed on a plan:\nAid to Ukraine will continue. A fund is set up for reconstruction.", 2, pipeline.Agreement},
		{"negation under an agreed list", "The leaders agreed on a plan:\nAid to Ukraine will continue. The plan did not include a mechanism.", 2, pipeline.Other},
		{"pluperfect in a relative clause", "The leaders outlined the points on which the sides had reached an understanding:", 0, pipeline.Agreement},
		{"committed violations", "Both parties committed serious violations of the truce.", 0, pipeline.Other},
		{"foreseen participle", "The third round foreseen for September was cancelled.", 0, pipeline.Other},
		{"plain fact", "The meeting lasted four hours.", 0, pipeline.Other},
		// verb classes beyond the phrases of any article
		{"decried", "The opposition decried the deal as a betrayal.", 0, pipeline.Reaction},
		{"lamented", "The minister lamented the failure of the mediation.", 0, pipeline.Reaction},
		{"castigated", "Several deputies castigated the government for the concessions.", 0, pipeline.Reaction},
		{"greeted a text", "The chairman greeted the accord as a step forward.", 0, pipeline.Reaction},
		{"greeted a person", "The president greeted the delegations at the airport.", 0, pipeline.Other},
		{"ridiculed", "The opposition ridiculed the accord in parliament.", 0, pipeline.Reaction},
		{"exhorted with to", "The envoy exhorted both sides to return to the table.", 0, pipeline.Demand},
		{"expected with to", "The council expected both armies to withdraw by Friday.", 0, pipeline.Demand},
		{"obliges", "The treaty obliges both states to notify manoeuvres.", 0, pipeline.Agreement},
		{"under article", "Under Article 3 the parties shall exchange maps of the minefields.", 0, pipeline.Agreement},
		{"ratifies", "The parliament ratifies the accord next week after the parties consented to it.", 0, pipeline.Agreement},
		{"sealed", "The two ministers sealed the deal with a handshake.", 0, pipeline.Agreement},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := classifyText(t, tt.in)
			require.Greater(t, len(d.Labels), tt.si)
			assert.Equal(t, tt.want, d.Labels[tt.si].Label, d.Slice(d.Sentences[tt.si].Span))
		})
	}
}

func TestClassifierCuesAndActors(t *testing.T) {
	d := classifyText(t, "Marco Rubio welcomed the agreement.")
	l := d.Labels[0]
	require.Equal(t, pipeline.Reaction, l.Label)
	require.Len(t, l.Cues, 1)
	assert.Equal(t, "welcomed", d.Slice(l.Cues[0]))
	require.NotEmpty(t, l.Actors)
	assert.Equal(t, "Marco Rubio", entityText(d, l.Actors[0]))
}

func TestClassifierPronounActors(t *testing.T) {
	d := classifyText(t, "Marco Rubio met Sergey Lavrov in Riyadh. He criticised the delay.")
	require.Equal(t, pipeline.Reaction, d.Labels[1].Label)
	assert.NotEmpty(t, d.Labels[1].Actors)
}

func TestExplain(t *testing.T) {
	d := classifyText(t, "The talks ended without any agreement.")
	c := classify.New(models(t).Lexicon)
	dec, err := c.Explain(context.Background(), d, 0)
	require.NoError(t, err)
	assert.Equal(t, pipeline.Other, dec.Label)
	assert.Equal(t, classify.RuleNone, dec.Rule)
	require.NotEmpty(t, dec.Matches)
	assert.Equal(t, "negated", dec.Matches[0].Note)
	var b bytes.Buffer
	require.NoError(t, classify.WriteExplanation(&b, d, dec))
	assert.Contains(t, b.String(), "negated")
	_, err = c.Explain(context.Background(), d, 5)
	assert.Error(t, err)
}

func entityText(d *pipeline.Document, id string) string {
	for _, e := range d.Entities {
		if e.ID == id {
			return e.Text
		}
	}
	return ""
}

// TestWeightsNameEveryFeature: weights.tsv has a line for every feature
// the classifier finds, each cue's own among them, and no line for one it
// does not: after a change to cues.tsv, parley fit writes it anew.
func TestWeightsNameEveryFeature(t *testing.T) {
	lw := models(t).Lexicon.Weights
	names := classify.New(models(t).Lexicon).FeatureNames()
	for _, n := range names {
		assert.Contains(t, lw, n)
	}
	assert.Len(t, lw, len(names))
}
