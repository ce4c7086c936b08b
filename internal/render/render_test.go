package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/internal/drift"
	"github.com/parley-nlp/parley/pipeline"
)

// doc is a one-paragraph document with markup in its text, a titled
// person who speaks, a quote without a speaker and a cue.
func doc() *pipeline.Document {
	text := `Minister <b>Ana</b> & Co said “we agree”. It was said that it ended.`
	at := func(s string) pipeline.Span {
		i := strings.Index(text, s)
		return pipeline.Span{Start: i, End: i + len(s)}
	}
	s0, s1 := pipeline.Span{Start: 0, End: at(".").End}, pipeline.Span{Start: at("It").Start, End: len(text)}
	return &pipeline.Document{
		ID: "t", Text: text, Meta: pipeline.Meta{Title: "Talks <2025>"},
		Paragraphs: []pipeline.Paragraph{{Span: pipeline.Span{Start: 0, End: len(text)}}},
		Sentences:  []pipeline.Sentence{{Span: s0}, {Span: s1}},
		Entities: []pipeline.Entity{{ID: "e1", Text: "Ana", Type: pipeline.Person, Role: "Minister",
			Aliases: []string{"<b>Ana</b>"}, Mentions: []pipeline.Mention{{Span: at("Ana")}}}},
		Quotes: []pipeline.Quote{
			{ID: "q1", Span: at("we agree"), Kind: pipeline.Direct, Cue: "said",
				Speaker: &pipeline.Speaker{Entity: "e1", Text: "Ana", Mention: at("Minister <b>Ana</b>")}},
			{ID: "q2", Span: at("it ended"), Kind: pipeline.Indirect, Sentence: 1, Cue: "said"},
		},
		Labels: []pipeline.Label{{Sentence: 0, Label: pipeline.Agreement, Cues: []pipeline.Span{at("agree")}}},
	}
}

func TestPageEscapesAndLinks(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, Page(&b, FromDocument(doc())))
	page := b.String()
	assert.NotContains(t, page, "<b>", "the text is escaped")
	assert.Contains(t, page, "&lt;b&gt;")
	assert.Contains(t, page, "<title>Talks &lt;2025&gt; — parley</title>")
	assert.Contains(t, page, `<span class="spk" id="sm-0-19"`, "the speaker's mention holds the entity")
	assert.Contains(t, page, `— said by <a href="#sm-0-19">Ana</a>`)
	assert.Contains(t, page, "agree</span></span>”<span class=\"said\"", "the speaker tag after the closing mark")
	assert.Contains(t, page, `— speaker not named (null)`)
	assert.Contains(t, page, `<span class="cue" title="cue for agreement">agree</span>`)
	assert.Contains(t, page, `role: Minister`)
	assert.Contains(t, page, `<a class="etag" href="#e1">PERSON`)
	assert.Contains(t, page, `<a href="#e1-m1"><span class="vh">mention </span>1</a>`)
}

func TestDriftPagePrefixesBothSides(t *testing.T) {
	a, b := FromDocument(doc()), FromDocument(doc())
	b.Out.Entities[0].Type = pipeline.Org
	s := drift.Compare(a.Out, b.Out)
	var buf bytes.Buffer
	require.NoError(t, Drift(&buf, "t", a, b, &s))
	page := buf.String()
	assert.Contains(t, page, `id="old-e1-m1"`)
	assert.Contains(t, page, `id="new-e1-m1"`)
	assert.NotContains(t, page, `id="e1"`, "no id shared by the two sides")
	assert.Contains(t, page, `entity retyped: &#34;Ana&#34;: PERSON -&gt; ORG <a href="#old-e1">old</a> <a href="#new-e1">new</a>`)
	assert.Equal(t, 4, strings.Count(page, `class="chg-tag"`)-1, "the mention and the entry marked on each side (and the legend)")
}
