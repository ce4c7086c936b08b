package pipeline

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonReference is what Encode wrote before jsonWriter: encoding/json over
// ToOutput, HTML characters unescaped.
func jsonReference(t *testing.T, d *Document, indent string) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	require.NoError(t, enc.Encode(ToOutput(d)))
	return buf.Bytes()
}

// TestEncodeMatchesEncodingJSON: the hand-written encoder writes the bytes
// encoding/json writes, escapes, empty and null values included.
func TestEncodeMatchesEncodingJSON(t *testing.T) {
	text := "A \"quoted\" <b>&</b> back\\slash\ttab\u2028sep\u2029 \x01\x1f\x7f é “curly” end"
	full := Span{0, len(text)}
	tests := []struct {
		name string
		d    *Document
	}{
		{"empty", &Document{ID: "empty"}},
		{"escapes", &Document{
			ID: "we\"ird\n", Text: text,
			Meta:       Meta{Title: "T\b\f\r", SourceLanguage: "Türkçe", Sections: []string{"a", "b\\"}},
			Paragraphs: []Paragraph{{full}},
			Sentences:  []Sentence{{Span: full}, {Span: Span{2, 10}}},
			Entities: []Entity{
				{ID: "e1", Text: "bad \xff byte", Type: Person, Role: "<role>", Aliases: []string{"x", ""}, Mentions: []Mention{{Span: Span{2, 10}, Sentence: 1}}},
				{ID: "e2", Text: "none"},
			},
			Quotes: []Quote{
				{ID: "q1", Span: full, Kind: Direct, Cue: "said", Speaker: &Speaker{Entity: "e1", Text: "E", Mention: Span{0, 1}}},
				{ID: "q2", Span: Span{2, 10}, Kind: Indirect, Sentence: 1},
			},
			Labels: []Label{{Sentence: 0, Label: Demand, Actors: []string{"e1"}, Cues: []Span{{0, 1}, {2, 10}}}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Encode(tt.d)
			require.NoError(t, err)
			assert.Equal(t, string(jsonReference(t, tt.d, "  ")), string(got))
			got, err = EncodeCompact(tt.d)
			require.NoError(t, err)
			assert.Equal(t, string(jsonReference(t, tt.d, "")), string(got))
		})
	}
}
