package drift

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/parley-nlp/parley/internal/golden" // -update flag
	"github.com/parley-nlp/parley/pipeline"
)

func sample(t *testing.T) *pipeline.Output {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "golden", "riyadh-talks-2025.json"))
	require.NoError(t, err)
	o, err := pipeline.DecodeOutput(b)
	require.NoError(t, err)
	return o
}

func TestCompareSame(t *testing.T) {
	s := Compare(sample(t), sample(t))
	assert.True(t, s.Empty())
	assert.Equal(t, "no entity, quote, label or metadata change", s.Counts())
}

func entity(o *pipeline.Output, typ string) *pipeline.OutEntity {
	for i := range o.Entities {
		if o.Entities[i].Type == typ {
			return &o.Entities[i]
		}
	}
	return nil
}

func TestCompareNamesEachChange(t *testing.T) {
	a, b := sample(t), sample(t)
	b.Article.Title = "Riyadh Talks"
	gpe := entity(b, pipeline.GPE)
	gpe.Type = pipeline.Loc
	person := entity(b, pipeline.Person)
	person.Role = ""
	date := entity(b, pipeline.Date)
	date.Value = []byte("null")
	b.Entities = append(b.Entities, pipeline.OutEntity{ID: "e99", Text: "Atlantis", Type: pipeline.GPE,
		Mentions: []pipeline.OutMention{{Start: 1, End: 2}}})
	var spoken []int
	for i, q := range b.Quotes {
		if q.Speaker != nil {
			spoken = append(spoken, i)
		}
	}
	require.GreaterOrEqual(t, len(spoken), 3)
	for _, i := range spoken[:3] {
		b.Quotes[i].Speaker = nil
	}
	removed := b.Quotes[len(b.Quotes)-1]
	b.Quotes = b.Quotes[:len(b.Quotes)-1]
	b.Sentences[4].Label = "demand"
	if a.Sentences[4].Label == "demand" {
		b.Sentences[4].Label = "other"
	}

	s := Compare(a, b)
	assert.Equal(t, "1 metadata field changed, 1 entity added, 1 entity retyped, 1 role changed, 1 date value changed, "+
		"1 quote removed, 3 speakers changed, 1 label changed", s.Counts())
	text := s.Text()
	assert.Contains(t, text, "entity retyped: \""+gpe.Text+"\": GPE -> LOC")
	assert.Contains(t, text, "role changed: \""+person.Text+"\": \""+entity(a, pipeline.Person).Role+"\" -> \"\"")
	assert.Contains(t, text, "date value changed: \""+date.Text+"\": "+string(entity(a, pipeline.Date).Value[1:len(entity(a, pipeline.Date).Value)-1])+" -> null")
	assert.Contains(t, text, "speaker changed: "+a.Quotes[spoken[0]].ID)
	assert.Contains(t, text, "-> null")
	assert.Contains(t, text, "quote removed: "+removed.ID)
	assert.Contains(t, text, "label changed: s4 ")
	assert.Contains(t, text, "entity added: \"Atlantis\" (GPE)")

	old, cur := s.Marks()
	assert.Contains(t, old, gpe.ID)
	assert.Contains(t, cur, "e99")
	assert.NotContains(t, old, "e99")
	assert.Contains(t, old, removed.ID)
	assert.Contains(t, cur, "s4")
}

func TestCompareRenamedAndRecut(t *testing.T) {
	a, b := sample(t), sample(t)
	e := entity(b, pipeline.Person)
	old := e.Text
	e.Text = "The " + e.Text
	// two sentences joined into one
	b.Sentences[1].End = b.Sentences[2].End
	b.Sentences = append(b.Sentences[:2], b.Sentences[3:]...)
	s := Compare(a, b)
	assert.Equal(t, 1, s.Count(EntityRenamed))
	assert.Contains(t, s.Text(), "entity renamed: \"The "+old+"\": \""+old+"\" -> \"The "+old+"\"")
	assert.Equal(t, 2, s.Count(SentenceRemoved))
	assert.Equal(t, 1, s.Count(SentenceAdded))
	assert.Zero(t, s.Count(EntityAdded)+s.Count(EntityRemoved), "a renamed entity is neither added nor removed")
}
