package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/parley-nlp/parley/internal/golden"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Marco\tRubio \n", "marco rubio"},
		{"Russia’s  Demands", "russia's demands"},
		{"‘x’", "'x'"},
		{"non\u00a0breaking", "non breaking"},
		{"a\x1cb", "a b"},                      // Python's isspace includes U+001C
		{"zero\u200bwidth", "zero\u200bwidth"}, // but not U+200B
		{"Cafe\u0301", "café"},                 // NFC
		{"İstanbul", "i\u0307stanbul"},         // Python's full lower-casing
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assert.Equal(t, tt.want, fold(tt.in)) })
	}
}

func TestDice(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"a b c", "a b c", 1},
		{"the first step", "The first, step.", 1},
		{"a a b", "a b b", 2 * 2.0 / 6},
		{"one two", "three", 0},
		{"snake_case x1", "snake_case", 2 * 1.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) { assert.InDelta(t, tt.want, dice(tt.a, tt.b), 1e-12) })
	}
}

func TestRoundAndRepr(t *testing.T) {
	tests := []struct {
		x    float64
		want string
	}{
		{1, "1.0"}, {0, "0.0"}, {2.0 / 3, "0.6667"}, {0.5, "0.5"},
		{0.00005, "0.0001"}, // not a tie in binary: rounds up, as Python
		{0.12345, "0.1235"}, {0.11115, "0.1111"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, pyFloat(round(tt.x)), "%v", tt.x)
	}
	assert.Equal(t, "1e-05", pyFloat(0.00001))
	assert.Equal(t, "None", pyOpt(nil))
}

func TestPRF(t *testing.T) {
	assert.Equal(t, PRF{P: 1, R: 1, F1: 1}, prf(0, 0, 0), "nothing to find, nothing found")
	assert.Equal(t, PRF{P: 0, R: 0, F1: 0, Gold: 3}, prf(0, 0, 3))
	assert.Equal(t, PRF{P: 0.5, R: 1, F1: 0.6667, TP: 1, Pred: 2, Gold: 1}, prf(1, 2, 1))
}

func TestWriteString(t *testing.T) {
	var b strings.Builder
	writeString(&b, "a\"\\\n\x01é😀\x7f")
	assert.Equal(t, `"a\"\\\n\u0001\u00e9\ud83d\ude00\u007f"`, b.String())
}

func doc(id string, entities, quotes, sentences []any) Doc {
	return Doc{"article": map[string]any{"id": id, "title": "T"}, "entities": entities, "quotes": quotes, "sentences": sentences}
}

func TestScoreMatching(t *testing.T) {
	gold := Doc{
		"article": "a", "title": "T", "sections": []any{},
		"entities": []any{
			map[string]any{"text": "Marco Rubio", "type": "PERSON", "role": "US Secretary of State", "aliases": []any{"Rubio"}},
			map[string]any{"text": "Russia", "type": "GPE"},
		},
		"quotes": []any{
			map[string]any{"text": "the first step in a difficult and long process.", "speaker": "Marco Rubio", "kind": "direct"},
			map[string]any{"text": "talks would continue", "speaker": nil, "kind": "indirect"},
		},
		"sentences": []any{
			map[string]any{"text": "They agreed.", "label": "agreement"},
			map[string]any{"text": "It is planned.", "label": "agreement", "also": []any{"other"}},
		},
	}
	pred := doc("a",
		[]any{
			map[string]any{"text": "Rubio", "type": "PERSON", "role": "us  secretary of state"},
			map[string]any{"text": "Russia", "type": "ORG"},
		},
		[]any{
			map[string]any{"text": "the first step in a difficult and long process", "kind": "direct", "speaker": map[string]any{"text": "Rubio"}},
			map[string]any{"text": "talks would continue", "kind": "indirect", "speaker": nil},
		},
		[]any{
			map[string]any{"text": "They  agreed.", "label": "agreement"},
			map[string]any{"text": "It is planned.", "label": "other"},
		})
	r, err := Score([]Doc{gold}, []Doc{pred})
	require.NoError(t, err)
	s := r.Summary
	assert.Equal(t, 1, s.Entities.TP, "Russia has the wrong type")
	assert.Equal(t, 2, s.EntitiesUntyped.TP)
	require.NotNil(t, s.Roles.Value)
	assert.Equal(t, 1.0, *s.Roles.Value)
	assert.Equal(t, 1, s.QuotesDirect.TP)
	assert.Equal(t, 1.0, *s.QuotesDirect.SpeakerAccuracy, "Rubio is an alias of the gold speaker")
	assert.Equal(t, 1.0, *s.QuotesIndirect.SpeakerAccuracy, "null matches null")
	assert.Equal(t, 1.0, *s.Sentences.LabelAccuracy, "other is an also reading")
	assert.Equal(t, 2, s.Metadata.N)
	assert.Empty(t, r.Missing)
}

func TestScoreMissingAndBadGold(t *testing.T) {
	r, err := Score([]Doc{{"article": "b"}, {"article": "a"}}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"b", "a"}, r.Missing, "gold order, as the referee")
	assert.Equal(t, "a", r.PerArticle[0].ID, "per article in sorted order")
	assert.Contains(t, r.Text(false), "== all 2 articles (2 without prediction: b, a)")

	_, err = Score([]Doc{{"article": 3.0}}, nil)
	assert.Error(t, err)
}

func TestJSONShape(t *testing.T) {
	r, err := Score([]Doc{{"article": "a"}}, []Doc{doc("a", nil, nil, nil)})
	require.NoError(t, err)
	js := r.JSON(true)
	assert.True(t, strings.HasPrefix(js, "{\n \"entities\": {\n  \"p\": 1.0,\n"), js)
	assert.Contains(t, js, "\"entities_by_type\": {},")
	assert.Contains(t, js, "\"missing_predictions\": [],")
	assert.Contains(t, js, "\"accuracy\": null,")
	assert.True(t, strings.HasSuffix(js, "}\n"))
}
