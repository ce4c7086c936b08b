package extract

import (
	"context"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/pipeline"
)

// loadTestModels loads the models once for the whole test binary.
var loadTestModels = sync.OnceValues(func() (*Models, error) { return NewModels() })

func testModels(t testing.TB) *Models {
	t.Helper()
	m, err := loadTestModels()
	require.NoError(t, err)
	return m
}

// TestStagesDeclared: every stage declares its layers, and in Stages'
// order each reads only what the input or an earlier stage writes.
func TestStagesDeclared(t *testing.T) {
	require.NoError(t, pipeline.CheckLayers(Stages(testModels(t))))
}

// TestStagesKeepToTheirLayers runs the pipeline over the test articles
// (and a few bad ones) stage by stage and checks, for each stage, that it
// changed no layer it does not declare writing, and that it writes the
// same when every layer it does not declare reading is blanked first.
func TestStagesKeepToTheirLayers(t *testing.T) {
	var texts []string
	for _, p := range stagetest.Articles(t) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	texts = append(texts, "One line only.", "“Unclosed quote.\nNext paragraph,” he said. x",
		"This article was automatically translated from the original Arabic version.\n\nA b.\n\nNo Discussion Added Yet")
	stages := Stages(testModels(t))
	for _, text := range texts {
		d, err := pipeline.NewDocument("t.txt", []byte(text))
		require.NoError(t, err)
		for _, st := range stages {
			ds := st.(pipeline.Declared)
			before := snapshot(t, d)
			blank := clone(t, d)
			require.NoError(t, st.Run(context.Background(), d), st.Name())
			after := snapshot(t, d)
			for _, l := range allLayers {
				if !slices.Contains(ds.Writes(), l) {
					assert.Equal(t, before[l], after[l], "%s changed %s, which it does not declare writing", st.Name(), l)
				}
			}
			for _, l := range allLayers {
				if !slices.Contains(ds.Reads(), l) && !slices.Contains(ds.Writes(), l) {
					blankLayer(blank, l)
				}
			}
			require.NoError(t, st.Run(context.Background(), blank), st.Name())
			got := snapshot(t, blank)
			for _, l := range ds.Writes() {
				require.Equal(t, after[l], got[l], "%s writes another %s without the layers it does not declare reading", st.Name(), l)
			}
		}
	}
}

var allLayers = []pipeline.Layer{pipeline.LayerText, pipeline.LayerMeta, pipeline.LayerParagraphs, pipeline.LayerSentences,
	pipeline.LayerTokens, pipeline.LayerIndex, pipeline.LayerTags, pipeline.LayerEntities, pipeline.LayerQuotes, pipeline.LayerLabels}

// snapshot is every layer of d, as JSON. The tags are those set, by
// token: new tokens have none.
func snapshot(t *testing.T, d *pipeline.Document) map[pipeline.Layer]string {
	t.Helper()
	spans := make([]struct {
		pipeline.Span
		Sentence int
	}, len(d.Tokens))
	tags := map[int]string{}
	for i, tk := range d.Tokens {
		spans[i].Span, spans[i].Sentence = tk.Span, tk.Sentence
		if tk.Tag != "" {
			tags[i] = tk.Tag
		}
	}
	layers := map[pipeline.Layer]any{
		pipeline.LayerText: []string{d.ID, d.Path, d.Text}, pipeline.LayerMeta: d.Meta, pipeline.LayerParagraphs: d.Paragraphs,
		pipeline.LayerSentences: d.Sentences, pipeline.LayerTokens: spans, pipeline.LayerIndex: d.Index, pipeline.LayerTags: tags,
		pipeline.LayerEntities: d.Entities, pipeline.LayerQuotes: d.Quotes, pipeline.LayerLabels: d.Labels,
	}
	out := map[pipeline.Layer]string{}
	for l, v := range layers {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		out[l] = string(b)
	}
	return out
}

// clone is a deep copy of d.
func clone(t *testing.T, d *pipeline.Document) *pipeline.Document {
	t.Helper()
	b, err := json.Marshal(d)
	require.NoError(t, err)
	var c pipeline.Document
	require.NoError(t, json.Unmarshal(b, &c))
	return &c
}

// blankLayer empties layer l of d.
func blankLayer(d *pipeline.Document, l pipeline.Layer) {
	switch l {
	case pipeline.LayerText:
		d.ID, d.Path, d.Text = "", "", ""
	case pipeline.LayerMeta:
		d.Meta = pipeline.Meta{}
	case pipeline.LayerParagraphs:
		d.Paragraphs = nil
	case pipeline.LayerSentences:
		d.Sentences = nil
	case pipeline.LayerTokens:
		d.Tokens = nil
	case pipeline.LayerIndex:
		d.Index = pipeline.TokenIndex{}
	case pipeline.LayerTags:
		for i := range d.Tokens {
			d.Tokens[i].Tag = ""
		}
	case pipeline.LayerEntities:
		d.Entities = nil
	case pipeline.LayerQuotes:
		d.Quotes = nil
	case pipeline.LayerLabels:
		d.Labels = nil
	}
}

// TestDocTable: the table in doc.go lists the stages of Stages in order,
// with the layers each declares.
func TestDocTable(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	row := regexp.MustCompile(`(?m)^//\s+(\w+)\s+(extract/\S+)\s+(\S+)\s+(\S+)\s*$`)
	rows := row.FindAllStringSubmatch(string(src), -1)
	stages := Stages(testModels(t))
	require.Len(t, rows, len(stages), "one row per stage")
	for i, st := range stages {
		ds := st.(pipeline.Declared)
		r := rows[i]
		assert.Equal(t, st.Name(), r[1])
		assert.Equal(t, layerList(ds.Reads()), r[3], "%s reads", st.Name())
		assert.Equal(t, layerList(ds.Writes()), r[4], "%s writes", st.Name())
		_, err := os.Stat(strings.TrimPrefix(r[2], "extract/"))
		assert.NoError(t, err, "%s's package", st.Name())
	}
}

func layerList(ls []pipeline.Layer) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ",")
}
