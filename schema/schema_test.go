package schema_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/parley-nlp/parley/internal/golden" // -update flag
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/schema"
	"github.com/parley-nlp/parley/schema/schematest"
)

// goldenFiles are the golden outputs with their articles.
func goldenFiles(t *testing.T) (outs []string) {
	t.Helper()
	outs, err := filepath.Glob(filepath.Join("..", "golden", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, outs)
	return outs
}

func articleOf(t *testing.T, out string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", strings.TrimSuffix(filepath.Base(out), ".json")+".txt"))
	require.NoError(t, err)
	return b
}

// TestGoldenFilesValidate: every golden file satisfies the schema and the
// cross-references against its article.
func TestGoldenFilesValidate(t *testing.T) {
	for _, path := range goldenFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			require.NoError(t, schematest.Validate(data))
			require.NoError(t, schema.Validate(data))
			out, err := pipeline.DecodeOutput(data)
			require.NoError(t, err)
			for _, err := range schema.Check(out, articleOf(t, path)) {
				t.Error(err)
			}
		})
	}
}

// TestSchemaIsDraft2020: the committed file is the embedded one and says
// which draft it follows.
func TestSchemaIsDraft2020(t *testing.T) {
	b, err := os.ReadFile("parley-output.schema.json")
	require.NoError(t, err)
	assert.Equal(t, string(b), string(schema.JSON))
	var doc struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
	}
	require.NoError(t, json.Unmarshal(schema.JSON, &doc))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", doc.Schema)
	assert.Equal(t, schema.URL, doc.ID)
}

// sample is the riyadh golden file as a generic JSON tree, to break.
func sample(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "golden", "riyadh-talks-2025.json"))
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal(data, &v))
	return v
}

func firstOfType(v map[string]any, typ string) map[string]any {
	for _, e := range v["entities"].([]any) {
		if m := e.(map[string]any); m["type"] == typ {
			return m
		}
	}
	return nil
}

// validators are the production check and the JSON Schema validator.
var validators = []struct {
	name string
	f    func([]byte) error
}{{"Validate", schema.Validate}, {"jsonschema", schematest.Validate}}

func TestSchemaRejectsMalformed(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(v map[string]any)
		want   string // in the error: the path or keyword
	}{
		{"missing field", func(v map[string]any) { delete(v, "quotes") }, "quotes"},
		{"missing nested field", func(v map[string]any) {
			delete(v["sentences"].([]any)[0].(map[string]any), "label")
		}, "/sentences/0"},
		{"wrong type", func(v map[string]any) { v["article"].(map[string]any)["bytes"] = "5842" }, "/article/bytes"},
		{"negative offset", func(v map[string]any) { v["sentences"].([]any)[1].(map[string]any)["start"] = -1 }, "/sentences/1/start"},
		{"unknown label", func(v map[string]any) { v["sentences"].([]any)[2].(map[string]any)["label"] = "threat" }, "/sentences/2/label"},
		{"unknown entity type", func(v map[string]any) { v["entities"].([]any)[0].(map[string]any)["type"] = "PER" }, "/entities/0/type"},
		{"unknown quote kind", func(v map[string]any) { v["quotes"].([]any)[0].(map[string]any)["kind"] = "paraphrase" }, "/quotes/0/kind"},
		{"unknown field", func(v map[string]any) { v["confidence"] = 0.9 }, "confidence"},
		{"other schema version", func(v map[string]any) { v["schema_version"] = "2" }, "/schema_version"},
		{"bad entity id", func(v map[string]any) { v["entities"].([]any)[0].(map[string]any)["id"] = "E1" }, "/entities/0/id"},
		{"bad digest", func(v map[string]any) { v["article"].(map[string]any)["sha256"] = "abc" }, "/article/sha256"},
		{"DATE without value", func(v map[string]any) { delete(firstOfType(v, "DATE"), "value") }, "value"},
		{"DATE value not ISO", func(v map[string]any) { firstOfType(v, "DATE")["value"] = "18 February 2025" }, "value"},
		{"DATE value month 13", func(v map[string]any) { firstOfType(v, "DATE")["value"] = "2025-13" }, "value"},
		{"value on a PERSON", func(v map[string]any) { firstOfType(v, "PERSON")["value"] = nil }, "/entities"},
		{"entity without mentions", func(v map[string]any) { firstOfType(v, "GPE")["mentions"] = []any{} }, "mentions"},
		{"speaker neither object nor null", func(v map[string]any) { v["quotes"].([]any)[0].(map[string]any)["speaker"] = "Rubio" }, "/quotes/0/speaker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := sample(t)
			tt.mutate(v)
			data, err := json.Marshal(v)
			require.NoError(t, err)
			for _, validate := range validators {
				err := validate.f(data)
				require.Error(t, err, validate.name)
				assert.Contains(t, err.Error(), tt.want, validate.name)
			}
		})
	}
}

func TestSchemaAcceptsNullsAndIntervals(t *testing.T) {
	for _, val := range []any{nil, "2025", "2025-02", "2025-02-18", "2022-07-25/2022-07-26", "2014/2016"} {
		v := sample(t)
		firstOfType(v, "DATE")["value"] = val
		data, err := json.Marshal(v)
		require.NoError(t, err)
		for _, validate := range validators {
			assert.NoError(t, validate.f(data), "%s: value %v", validate.name, val)
		}
	}
}

func TestCheckFindsBrokenReferences(t *testing.T) {
	path := filepath.Join("..", "golden", "riyadh-talks-2025.json")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	input := articleOf(t, path)
	tests := []struct {
		name   string
		mutate func(o *pipeline.Output)
		want   string
	}{
		{"speaker entity missing", func(o *pipeline.Output) { speakerOf(o).Entity = "e999" }, `no entity "e999"`},
		{"speaker name not the entity's", func(o *pipeline.Output) { speakerOf(o).Text = "Someone" }, "is not the name of"},
		{"actor missing", func(o *pipeline.Output) {
			o.Sentences[0].Actors = append(o.Sentences[0].Actors, "e404")
		}, `sentences[0].actors: no entity "e404"`},
		{"span past the input", func(o *pipeline.Output) { o.Quotes[0].End = o.Article.Bytes + 1 }, "is not a span"},
		{"empty span", func(o *pipeline.Output) { o.Entities[0].Mentions[0].End = o.Entities[0].Mentions[0].Start }, "is not a span"},
		{"text not the slice", func(o *pipeline.Output) { o.Sentences[3].Text += " " }, "sentences[3].text"},
		{"mention outside its sentence", func(o *pipeline.Output) { o.Entities[0].Mentions[0].Sentence = len(o.Sentences) - 1 }, "is not inside sentence"},
		{"quote starting outside its sentence", func(o *pipeline.Output) { o.Quotes[0].Sentence++ }, "is not inside sentence"},
		{"sentence id not its index", func(o *pipeline.Output) { o.Sentences[2].ID = 7 }, "sentences[2].id"},
		{"entity ids out of order", func(o *pipeline.Output) { o.Entities[0].ID, o.Entities[1].ID = o.Entities[1].ID, o.Entities[0].ID }, `want "e1"`},
		{"bytes", func(o *pipeline.Output) { o.Article.Bytes++ }, "article.bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := pipeline.DecodeOutput(data)
			require.NoError(t, err)
			require.Empty(t, schema.Check(o, input))
			tt.mutate(o)
			errs := schema.Check(o, input)
			require.NotEmpty(t, errs)
			var all []string
			for _, e := range errs {
				all = append(all, e.Error())
			}
			assert.Contains(t, strings.Join(all, "\n"), tt.want)
		})
	}
}

func speakerOf(o *pipeline.Output) *pipeline.OutSpeaker {
	for _, q := range o.Quotes {
		if q.Speaker != nil {
			return q.Speaker
		}
	}
	return nil
}
