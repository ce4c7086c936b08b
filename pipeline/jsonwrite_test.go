package pipeline

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
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

var date2025 = "2025"

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
				{ID: "e3", Text: "18 February", Type: Date, Mentions: []Mention{{Span: Span{2, 10}}}},
				{ID: "e4", Text: "2025", Type: Date, Value: &date2025},
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

// TestAppendStringMatchesEncodingJSON: strings mixing plain runs (the
// word-at-a-time path) with every kind of byte that needs escaping.
func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	parts := []string{"plain ascii text", "\"", "\\", "\x00", "\x1f", "\x7f", "\n", "é", "“", "\u2028", "\xff", "\xe2\x80", "<&>", "~ !"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			p := parts[rng.IntN(len(parts))]
			sb.WriteString(p[:rng.IntN(len(p)+1)])
		}
		s := sb.String()
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(s))
		want := strings.TrimSuffix(buf.String(), "\n")
		require.Equal(t, want, string(appendString(nil, s)), "%q", s)
	}
}

// TestSpanTextMatchesAppendString: a span of the input is written as
// appendString writes its text, wherever it starts and ends (inside a
// character too) and whatever escapes the input holds.
func TestSpanTextMatchesAppendString(t *testing.T) {
	parts := []string{"plain ascii text", "\"", "\\", "\x01", "\n", "é", "“", "\u2028", "\u2029", "\xff", "\xe2\x80", "<&>"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		var sb strings.Builder
		for range rng.IntN(16) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		d := &Document{Text: sb.String()}
		w := writer{l: indentedLayout, d: d, esc: textEscapes(d.Text, nil)}
		for range 20 {
			a := rng.IntN(len(d.Text) + 1)
			b := a + rng.IntN(len(d.Text)-a+1)
			s := Span{a, b}
			require.Equal(t, string(appendString(nil, d.Slice(s))), string(w.text(nil, s)), "%q %v", d.Text, s)
		}
	}
}

func TestAppendInt(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 99, 100, 12345, 99999999, 1e8, 1e8 + 1, -1, -123, 1 << 40} {
		assert.Equal(t, strconv.Itoa(n), string(appendInt(nil, n)))
	}
	// every length of number, appended after other bytes, two digits at
	// a time
	b := []byte("x")
	for n := 0; n < 200000; n += 7 {
		b = appendInt(b[:1], n)
		if string(b) != "x"+strconv.Itoa(n) {
			t.Fatalf("appendInt(%d) = %q", n, b[1:])
		}
	}
}
