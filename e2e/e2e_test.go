package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/internal/golden"
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/schema"
	"github.com/parley-nlp/parley/schema/schematest"
)

var (
	articlesDir = filepath.Join("..", "testdata", "articles")
	goldenDir   = filepath.Join("..", "golden")
)

// stages builds the costly models once per test binary.
var stages = sync.OnceValues(func() ([]pipeline.Stage, error) {
	m, err := extract.NewModels()
	if err != nil {
		return nil, err
	}
	return extract.Stages(m), nil
})

func mustStages(tb testing.TB) []pipeline.Stage {
	tb.Helper()
	s, err := stages()
	require.NoError(tb, err)
	return s
}

// articles are the end-to-end inputs, sorted by name.
func articles(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	require.NoError(tb, err)
	require.NotEmpty(tb, paths, "no articles in %s", articlesDir)
	sort.Strings(paths)
	return paths
}

func id(path string) string { return strings.TrimSuffix(filepath.Base(path), ".txt") }

// extractFile runs the full pipeline on one file: input and encoded output.
func extractFile(tb testing.TB, st []pipeline.Stage, path string) (input, out []byte) {
	tb.Helper()
	input, err := os.ReadFile(path)
	require.NoError(tb, err)
	doc, err := pipeline.NewDocument(path, input)
	require.NoError(tb, err)
	require.NoError(tb, pipeline.Run(context.Background(), doc, st))
	out, err = pipeline.Encode(doc)
	require.NoError(tb, err)
	return input, out
}

// TestGolden compares each article's output with golden/<id>.json. Run
// `go test ./... -update` (or UPDATE_GOLDEN=1) to rewrite them after an
// intended change, and review the diff.
func TestGolden(t *testing.T) {
	st := mustStages(t)
	for _, path := range articles(t) {
		t.Run(id(path), func(t *testing.T) {
			_, out := extractFile(t, st, path)
			golden.Compare(t, filepath.Join(goldenDir, id(path)+".json"), out)
		})
	}
}

// TestInvariants checks every span of every article's output.
func TestInvariants(t *testing.T) {
	st := mustStages(t)
	for _, path := range articles(t) {
		t.Run(id(path), func(t *testing.T) {
			input, out := extractFile(t, st, path)
			checkInvariants(t, input, out)
		})
	}
}

// TestDeterminism: the same bytes twice in a row, and from a second,
// separately built set of models.
func TestDeterminism(t *testing.T) {
	st := mustStages(t)
	m2, err := extract.NewModels()
	require.NoError(t, err)
	st2 := extract.Stages(m2)
	for _, path := range articles(t) {
		t.Run(id(path), func(t *testing.T) {
			_, a := extractFile(t, st, path)
			_, b := extractFile(t, st, path)
			_, c := extractFile(t, st2, path)
			assert.Equal(t, string(a), string(b), "second run differs")
			assert.Equal(t, string(a), string(c), "run with fresh models differs")
		})
	}
}

// output is the part of the contract the invariants look at.
type output struct {
	Article struct {
		Bytes      int `json:"bytes"`
		Paragraphs []struct {
			Start, End int
		} `json:"paragraphs"`
	} `json:"article"`
	Entities []struct {
		ID       string `json:"id"`
		Mentions []span `json:"mentions"`
	} `json:"entities"`
	Quotes []struct {
		span
		Speaker *struct {
			Mention      string `json:"mention"`
			MentionStart int    `json:"mention_start"`
			MentionEnd   int    `json:"mention_end"`
		} `json:"speaker"`
	} `json:"quotes"`
	Sentences []struct {
		span
		ID int `json:"id"`
	} `json:"sentences"`
}

type span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// checkInvariants: the output satisfies the JSON Schema and its
// cross-references (schema.Check); every span lies in the input (0 <=
// start <= end <= len), its text field is input[start:end], and spans are
// sorted within each layer.
func checkInvariants(t testing.TB, input, out []byte) {
	t.Helper()
	if err := schematest.Validate(out); err != nil {
		t.Errorf("output does not satisfy the schema: %v", err)
	}
	if err := schema.Validate(out); err != nil {
		t.Errorf("output does not pass schema.Validate: %v", err)
	}
	if o, err := pipeline.DecodeOutput(out); assert.NoError(t, err) {
		for _, err := range schema.Check(o, input) {
			t.Error(err)
		}
	}
	var o output
	require.NoError(t, json.Unmarshal(out, &o))
	n := len(input)
	assert.Equal(t, n, o.Article.Bytes)
	check := func(layer string, s, e int, text *string) {
		if s < 0 || s > e || e > n {
			t.Errorf("%s: span [%d,%d) outside the input (%d bytes)", layer, s, e, n)
			return
		}
		if text != nil && *text != string(input[s:e]) {
			t.Errorf("%s: text %q != input[%d:%d] %q", layer, *text, s, e, input[s:e])
		}
	}
	sorted := func(layer string, starts []int) {
		if !sort.IntsAreSorted(starts) {
			t.Errorf("%s: spans not sorted: %v", layer, starts)
		}
	}
	var starts []int
	for _, p := range o.Article.Paragraphs {
		check("paragraph", p.Start, p.End, nil)
		starts = append(starts, p.Start)
	}
	sorted("paragraphs", starts)
	starts = nil
	for i, s := range o.Sentences {
		check("sentence", s.Start, s.End, &s.Text)
		assert.Equal(t, i, s.ID, "sentence ids are their index")
		starts = append(starts, s.Start)
	}
	sorted("sentences", starts)
	for _, e := range o.Entities {
		starts = nil
		for _, m := range e.Mentions {
			check("mention of "+e.ID, m.Start, m.End, &m.Text)
			starts = append(starts, m.Start)
		}
		sorted("mentions of "+e.ID, starts)
	}
	starts = nil
	for _, q := range o.Quotes {
		check("quote", q.Start, q.End, &q.Text)
		starts = append(starts, q.Start)
		if q.Speaker != nil {
			check("speaker mention", q.Speaker.MentionStart, q.Speaker.MentionEnd, &q.Speaker.Mention)
		}
	}
	sorted("quotes", starts)
}
