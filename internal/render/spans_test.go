package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/parley-nlp/parley/internal/golden" // -update flag
	"github.com/parley-nlp/parley/pipeline"
)

// show writes nodes as [kind text ...] with fragments marked +, points as <id>.
func show(ns []*Node) string {
	var b strings.Builder
	for _, n := range ns {
		switch {
		case n.Kind == kindText:
			b.WriteString(n.Text)
		case n.Kind == kindSaid:
			b.WriteString("<" + n.ID + ">")
		default:
			b.WriteString("[" + n.Kind)
			if n.Cont {
				b.WriteString("+")
			}
			b.WriteString(" " + show(n.Kids) + "]")
		}
	}
	return b.String()
}

func iv(kind string, start, end int) interval {
	return interval{start: start, end: end, node: &Node{Kind: kind}}
}

func TestNest(t *testing.T) {
	text := "Rubio said the deal was good."
	tests := []struct {
		name string
		ivs  []interval
		pts  []point
		want string
	}{
		{"plain", nil, nil, text},
		{"nested: a quote holding an entity", []interval{iv(kindSentence, 0, 29), iv(kindQuote, 11, 28), iv(kindEntity, 15, 19)}, nil,
			"[sentence Rubio said [quote the [entity deal] was good].]"},
		{"same extent: the outer layer outside", []interval{iv(kindEntity, 0, 5), iv(kindSpeaker, 0, 5), iv(kindSentence, 0, 29)}, nil,
			"[sentence [speaker [entity Rubio]] said the deal was good.]"},
		{"crossing: the later one cut in two", []interval{iv(kindQuote, 6, 14), iv(kindEntity, 11, 19)}, nil,
			"Rubio [quote said [entity the]][entity+  deal] was good."},
		{"a point after a closing interval", []interval{iv(kindQuote, 11, 28)}, []point{{28, &Node{Kind: kindSaid, ID: "q1"}}},
			"Rubio said [quote the deal was good]<q1>."},
		{"empty and outside intervals dropped", []interval{iv(kindEntity, 3, 3), iv(kindEntity, 20, 40)}, nil, text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nest(text, 0, len(text), tt.ivs, tt.pts)
			assert.Equal(t, tt.want, show(got))
		})
	}
}

func TestNestMarksLastFragment(t *testing.T) {
	ivs := []interval{iv(kindQuote, 0, 6), iv(kindEntity, 3, 9)}
	ns := nest("abcdefghij", 0, 10, ivs, nil)
	assert.Equal(t, "[quote abc[entity def]][entity+ ghi]j", show(ns))
	first, cont := ns[0].Kids[1], ns[1]
	assert.False(t, first.Last, "the first fragment of a cut entity carries no closing label")
	assert.True(t, cont.Last)
	assert.True(t, ns[0].Last)
}

func TestPageCutsQuoteOverParagraphs(t *testing.T) {
	text := "He said: „One. Two.\nThree,“ he added."
	nl, qs, qe := strings.Index(text, "\n"), strings.Index(text, "One"), strings.Index(text, "“")
	src := Source{Text: text, Out: &pipeline.Output{
		Article: pipeline.OutArticle{Paragraphs: []pipeline.Span{{Start: 0, End: nl}, {Start: nl + 1, End: len(text)}}},
		Quotes:  []pipeline.OutQuote{{ID: "q1", Kind: pipeline.Direct, Start: qs, End: qe, Text: text[qs:qe]}},
	}}
	a := build(src, "", nil)
	require.Len(t, a.Paragraphs, 2)
	assert.Equal(t, "He said: „[quote One. Two.]", show(a.Paragraphs[0]))
	assert.Equal(t, "[quote+ Three,]“<q1> he added.", show(a.Paragraphs[1]))
	assert.False(t, a.Paragraphs[0][1].Last, "the first part is not the end of the quote")
	assert.Equal(t, "q1", a.Paragraphs[1][0].Of)
}
