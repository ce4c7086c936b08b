package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSpan(t *testing.T) {
	a := Span{Start: 2, End: 6}
	assert.Equal(t, 4, a.Len())
	assert.True(t, a.Contains(Span{Start: 3, End: 6}))
	assert.False(t, a.Contains(Span{Start: 1, End: 3}))
	assert.True(t, a.Overlaps(Span{Start: 5, End: 9}))
	assert.False(t, a.Overlaps(Span{Start: 6, End: 9}), "half-open: touching spans do not overlap")
}

func TestNewDocument(t *testing.T) {
	tests := []struct {
		name, path, id string
		in             []byte
		offset, line   int
		ok             bool
	}{
		{name: "text", path: "dir/riyadh-talks-2025.txt", id: "riyadh-talks-2025", in: []byte("A b.\n"), ok: true},
		{name: "stdin", path: "-", id: "stdin", in: []byte("A b."), ok: true},
		{name: "BOM only", path: "x.txt", in: []byte("\ufeff"), offset: -1},
		{name: "NUL on line 2", path: "x.txt", in: []byte("ab\ncd\x00"), offset: 5, line: 2},
		{name: "bad UTF-8", path: "x.txt", in: []byte("a\xc3("), offset: 1, line: 1},
		{name: "lines end in CR, CRLF and LF", path: "x.txt", in: []byte("a\rb\r\nc\nd\r\xff"), offset: 9, line: 5},
		{name: "CR lines only", path: "x.txt", in: []byte("a\rb\r\x00"), offset: 4, line: 3},
		{name: "a name that is all extension", path: "d/.txt", id: "txt", in: []byte("A b."), ok: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDocument(tt.path, tt.in)
			if tt.ok {
				require.NoError(t, err)
				assert.Equal(t, tt.id, d.ID)
				assert.Equal(t, string(tt.in), d.Text, "the text is kept as read")
				return
			}
			var ie *InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.offset, ie.Offset)
			assert.Equal(t, tt.line, ie.Line)
			assert.Contains(t, ie.Error(), tt.path)
		})
	}
}

func TestValidateRejectsOversizedInput(t *testing.T) {
	err := Validate("big.txt", make([]byte, MaxInputBytes+1))
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "input is 67108865 bytes, more than the 67108864 allowed", ie.Reason)

	require.ErrorAs(t, ValidateMax("big.txt", []byte("abcdef"), 5), &ie)
	assert.Equal(t, "input is 6 bytes, more than the 5 allowed", ie.Reason)
	assert.NoError(t, ValidateMax("big.txt", []byte("abcdef"), 0), "no bound")
	assert.Equal(t, "input is more than the 5 bytes allowed", TooLarge("-", -1, 5).Reason, "size unknown")
}

func TestRun(t *testing.T) {
	var order []string
	stage := func(name string, err error) Stage {
		return StageFunc{N: name, F: func(context.Context, *Document) error { order = append(order, name); return err }}
	}
	d := &Document{ID: "doc"}

	require.NoError(t, Run(context.Background(), d, []Stage{stage("a", nil), stage("b", nil)}))
	assert.Equal(t, []string{"a", "b"}, order)

	order = nil
	boom := errors.New("boom")
	err := Run(context.Background(), d, []Stage{stage("a", boom), stage("b", nil)})
	var se *StageError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "a", se.Stage)
	assert.Equal(t, "doc", se.DocID)
	assert.ErrorIs(t, err, boom)
	assert.Equal(t, []string{"a"}, order, "a failed stage stops the run")

	panicky := StageFunc{N: "p", F: func(context.Context, *Document) error { panic("bug") }}
	err = Run(context.Background(), d, []Stage{panicky})
	require.ErrorAs(t, err, &se, "a panic is reported as the stage's error")
	assert.Equal(t, "p", se.Stage)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	order = nil
	assert.ErrorIs(t, Run(ctx, d, []Stage{stage("a", nil)}), context.Canceled)
	assert.Empty(t, order)
}

func TestEncode(t *testing.T) {
	d := &Document{ID: "x", Text: "Putin spoke."}
	d.Paragraphs = []Paragraph{{Span{0, 12}}}
	d.Sentences = []Sentence{{Span: Span{0, 12}}}
	d.Entities = []Entity{{ID: "e1", Text: "Putin", Type: Person, Mentions: []Mention{{Span: Span{0, 5}}}}}
	b, err := Encode(d)
	require.NoError(t, err)
	assert.Equal(t, byte('\n'), b[len(b)-1])

	var out map[string]any
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, "1", out["schema_version"])
	ents := out["entities"].([]any)
	e := ents[0].(map[string]any)
	assert.Equal(t, []any{}, e["aliases"], "empty layers encode as [] not null")
	assert.Equal(t, "Putin", e["mentions"].([]any)[0].(map[string]any)["text"])
	s := out["sentences"].([]any)[0].(map[string]any)
	assert.Equal(t, "other", s["label"], "a sentence without a label is other")
	assert.Equal(t, []any{}, out["quotes"])

	c, err := EncodeCompact(d)
	require.NoError(t, err)
	assert.NotContains(t, string(c[:len(c)-1]), "\n")
}

func TestAppendEncode(t *testing.T) {
	d := &Document{ID: "x", Text: "Putin spoke."}
	d.Paragraphs = []Paragraph{{Span{0, 12}}}
	d.Sentences = []Sentence{{Span: Span{0, 12}}}
	want, err := Encode(d)
	require.NoError(t, err)
	buf := AppendEncode([]byte("prefix"), d)
	assert.Equal(t, "prefix"+string(want), string(buf), "appends after what dst holds")
	buf = AppendEncode(buf[:0], d)
	assert.Equal(t, string(want), string(buf), "a reused buffer holds only the new document")
}

// TestEncodeTo: the output written in pieces is Encode's (or
// EncodeCompact's), for a document whose output is many pieces long, and a
// write error is returned.
func TestEncodeTo(t *testing.T) {
	var text strings.Builder
	d := &Document{ID: "x"}
	for i := range 5000 {
		start := text.Len()
		text.WriteString("Putin spoke \"again\".\n")
		sp := Span{start, text.Len() - 1}
		d.Paragraphs = append(d.Paragraphs, Paragraph{sp})
		d.Sentences = append(d.Sentences, Sentence{Span: sp, Paragraph: i})
		m := Mention{Span: Span{start, start + 5}, Sentence: i}
		if i == 0 {
			d.Entities = []Entity{{ID: "e1", Text: "Putin", Type: Person}}
		}
		d.Entities[0].Mentions = append(d.Entities[0].Mentions, m)
		d.Quotes = append(d.Quotes, Quote{ID: "q", Span: Span{start + 13, start + 18}, Kind: Direct, Sentence: i})
	}
	d.Text = text.String()
	for _, compact := range []bool{false, true} {
		want, err := Encode(d)
		if compact {
			want, err = EncodeCompact(d)
		}
		require.NoError(t, err)
		require.Greater(t, len(want), 4*spillSize)
		var got writeCounter
		require.NoError(t, EncodeTo(&got, d, compact))
		assert.Equal(t, string(want), got.String())
		assert.Greater(t, got.writes, 3, "written in pieces")
	}
	boom := errors.New("disk full")
	assert.ErrorIs(t, EncodeTo(failWriter{boom}, d, true), boom)
}

type writeCounter struct {
	strings.Builder
	writes int
}

func (w *writeCounter) Write(p []byte) (int, error) {
	w.writes++
	return w.Builder.Write(p)
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

func TestSentenceAt(t *testing.T) {
	d := &Document{Sentences: []Sentence{{Span: Span{0, 5}}, {Span: Span{6, 10}}}}
	assert.Equal(t, 0, d.SentenceAt(3))
	assert.Equal(t, 1, d.SentenceAt(6))
	assert.Equal(t, -1, d.SentenceAt(5), "between sentences")
	assert.Equal(t, -1, d.SentenceAt(12))
}

// declared is a stage that declares its layers.
type declared struct {
	StageFunc
	reads, writes []Layer
}

func (s declared) Reads() []Layer  { return s.reads }
func (s declared) Writes() []Layer { return s.writes }

func TestCheckLayers(t *testing.T) {
	st := func(name string, reads, writes []Layer) Stage {
		return declared{StageFunc: StageFunc{N: name}, reads: reads, writes: writes}
	}
	read := st("read", []Layer{LayerText}, []Layer{LayerParagraphs})
	seg := st("segment", []Layer{LayerText, LayerParagraphs}, []Layer{LayerSentences})
	require.NoError(t, CheckLayers([]Stage{read, seg}))
	assert.ErrorContains(t, CheckLayers([]Stage{seg, read}), "segment reads paragraphs, which no stage before it writes")
	assert.ErrorContains(t, CheckLayers([]Stage{read, read}), "read writes paragraphs, which read writes")
	assert.ErrorContains(t, CheckLayers([]Stage{StageFunc{N: "plain"}}), "plain declares no layers")
}
func TestValidateRejectsBadInput(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		offset int
	}{
		{"empty", []byte(""), -1},
		{"blank", []byte(" \n\t\n"), -1},
		{"NUL byte", []byte("ab\x00cd"), 2},
		{"invalid UTF-8", []byte("ab\ncd\xff"), 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewDocument("bad.txt", tt.in)
			var ie *InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, "bad.txt", ie.Path)
			assert.Equal(t, tt.offset, ie.Offset)
		})
	}
}
