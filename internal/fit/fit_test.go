package fit

import (
	"context"
	"math"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/internal/eval"
	_ "github.com/parley-nlp/parley/internal/golden"
	"github.com/parley-nlp/parley/pipeline"
)

func TestMinimizeQuadratic(t *testing.T) {
	// f(x) = sum_i (i+1) (x_i - i)^2, minimum at x_i = i
	f := func(x, g []float64) float64 {
		var s float64
		for i, v := range x {
			d := v - float64(i)
			s += float64(i+1) * d * d
			g[i] = 2 * float64(i+1) * d
		}
		return s
	}
	x := make([]float64, 5)
	minimize(f, x, 100, 1e-9)
	for i, v := range x {
		assert.InDelta(t, float64(i), v, 1e-6)
	}
}

var testModels = sync.OnceValues(func() (*extract.Models, error) { return extract.NewModels() })

// article runs text through the stages before the classifier and pairs it
// with gold labels for its sentences, in order.
func article(t *testing.T, id, text string, labels ...string) *Article {
	t.Helper()
	m, err := testModels()
	require.NoError(t, err)
	d, err := pipeline.NewDocument(id+".txt", []byte(text))
	require.NoError(t, err)
	st := extract.Stages(m)
	require.NoError(t, pipeline.Run(context.Background(), d, st[:len(st)-1]))
	require.Len(t, d.Sentences, len(labels))
	var sents []any
	for i, s := range d.Sentences {
		sents = append(sents, map[string]any{"text": d.Slice(s.Span), "label": labels[i]})
	}
	a, err := NewArticle(context.Background(), classify.New(m.Lexicon), d, eval.Doc{"article": id, "sentences": sents})
	require.NoError(t, err)
	require.Len(t, a.ex, len(labels))
	return a
}

// The weights fitted to a few articles label them as gold does, and
// cross-validation labels each article by weights fitted to the others.
func TestFitAndCrossValidate(t *testing.T) {
	arts := []*Article{
		article(t, "a", "Russia and Ukraine agreed to exchange prisoners. The meeting lasted four hours.", pipeline.Agreement, pipeline.Other),
		article(t, "b", "Moscow demanded the lifting of all sanctions. The talks were held in Riyadh.", pipeline.Demand, pipeline.Other),
		article(t, "c", "Egypt welcomed the agreement. The parties agreed on a fund.", pipeline.Reaction, pipeline.Agreement),
		article(t, "d", "Kyiv condemned the strike. Paris demanded a ceasefire.", pipeline.Reaction, pipeline.Demand),
	}
	m, err := testModels()
	require.NoError(t, err)
	names := classify.New(m.Lexicon).FeatureNames()
	w := Fit(names, arts, Options{L2: 0.1, MaxIter: 200})
	require.Contains(t, w, "bias")
	for _, row := range w {
		for _, v := range row {
			assert.Equal(t, v, math.Round(v*1000)/1000, "weights are rounded to three decimals")
		}
	}
	docs, err := Label(context.Background(), m.Lexicon, w, arts)
	require.NoError(t, err)
	golds := []eval.Doc{arts[0].Gold, arts[1].Gold, arts[2].Gold, arts[3].Gold}
	r, err := eval.Score(golds, docs)
	require.NoError(t, err)
	assert.Equal(t, 1.0, *r.Sentences.LabelAccuracy, "in-sample")

	cv, err := CrossValidate(context.Background(), m.Lexicon, names, arts, 0, Options{L2: 0.1, MaxIter: 200})
	require.NoError(t, err)
	require.Len(t, cv, len(arts))
	for i, d := range cv {
		assert.Equal(t, arts[i].ID, d["article"].(map[string]any)["id"])
	}
	again := Fit(names, arts, Options{L2: 0.1, MaxIter: 200})
	assert.Equal(t, w, again, "deterministic")
}
