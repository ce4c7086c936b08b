package classify_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/pipeline"
)

// features returns the feature names of sentence si of text, and the
// notes of the rules that chose them, as Explain gives them.
func features(t *testing.T, text string, si int) (names, notes []string) {
	t.Helper()
	d := classifyText(t, text)
	dec, err := classify.New(models(t).Lexicon).Explain(context.Background(), d, si)
	require.NoError(t, err)
	for _, m := range dec.Matches {
		names = append(names, m.Feature)
		notes = append(notes, m.Note)
	}
	return names, notes
}

// TestClassifierRoles: the rules find a cue's role from the words around
// it, whatever the cue: the object of a verb that makes an agreement, an
// agreement asked for or refused, what speech says.
func TestClassifierRoles(t *testing.T) {
	tests := []struct {
		name, in string
		feature  string // a feature the sentence must have
		note     string // and the note of one of its features, "" for any
	}{
		{"object of reached", "The delegations reached the following agreements on fishing:", "agreement/verb", "object of a verb that makes it"},
		{"object of struck", "Both governments struck a new trade deal in May.", "agreement/verb", "object of a verb that makes it"},
		{"sign asked for", "The envoy urged both sides to sign the accord.", "agreement/requested", "asked or offered, not done"},
		{"ratify joined to an asked sign", "The envoy urged both sides to sign and ratify the accord.", "agreement/requested", "asked or offered, not done"},
		{"accept offered", "The ministry said Kyiv was prepared to accept the plan.", "agreement/requested", "asked or offered, not done"},
		{"sign refused", "The president said he would never sign the treaty.", "agreement/refused", "refused"},
		{"not signed is negated", "The president did not sign the treaty.", "agreement/negated", "negated"},
		{"speech that grades", "The minister said the talks were useful.", "speech/graded", ""},
		{"speech that grades by a superlative", "He wrote that these were the hardest days of his life.", "speech/graded", ""},
		{"speech that offers", "The spokesman said Ankara was ready to host the next round.", "speech/ready", ""},
		{"speech that tells a plan", "The spokesman said Ankara would host the next round in June.", "speech/plan", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names, notes := features(t, tt.in, 0)
			assert.Contains(t, names, tt.feature)
			if tt.note != "" {
				assert.Contains(t, notes, tt.note)
			}
		})
	}
}

// TestModalTermUnderAgreedList: "must" in a point under an agreed list
// is a term agreed, while a demand verb there stays a demand.
func TestModalTermUnderAgreedList(t *testing.T) {
	d := classifyText(t, "The leaders agreed on the following:\nA council will be set up in which both communities must share the seats.")
	assert.Equal(t, pipeline.Agreement, d.Labels[1].Label, d.Slice(d.Sentences[1].Span))
	d = classifyText(t, "The leaders agreed on the following:\nThe opposition demanded new elections.")
	assert.Equal(t, pipeline.Demand, d.Labels[1].Label, d.Slice(d.Sentences[1].Span))
}

// TestSpeechRefusalIsNoPlan: a negated will or would in speech refuses;
// it tells no plan.
func TestSpeechRefusalIsNoPlan(t *testing.T) {
	names, _ := features(t, "The spokesman said Ankara would never host the talks.", 0)
	assert.Contains(t, names, "speech/reported")
	assert.NotContains(t, names, "speech/plan")
}
