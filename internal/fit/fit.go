package fit

import (
	"context"
	"encoding/json"
	"fmt"
	"math"

	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/internal/eval"
	"github.com/parley-nlp/parley/pipeline"
)

// Article is one article through the stages before the classifier, with
// its gold annotation and the features of its gold sentences.
type Article struct {
	ID   string
	Doc  *pipeline.Document
	Gold eval.Doc
	ex   []example
}

// example is one gold sentence: its features and the labels gold accepts.
type example struct {
	x  []featValue
	ok [4]bool // by label column: the gold label or one of "also"
}

type featValue struct {
	f int
	v float64
}

// NewArticle pairs doc, which has been through every stage before the
// classifier, with its gold annotation: each gold sentence whose text
// (folded as the referee folds) is a sentence of doc becomes an example
// with that sentence's features, as c finds them. Gold sentences without
// such a sentence (segmentation errors) teach nothing.
func NewArticle(ctx context.Context, c *classify.Classifier, doc *pipeline.Document, gold eval.Doc) (*Article, error) {
	decs, err := c.Decide(ctx, doc)
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, n := range c.FeatureNames() {
		index[n] = i
	}
	bySentence := map[string][]int{}
	for i, s := range doc.Sentences {
		k := eval.Fold(doc.Slice(s.Span))
		bySentence[k] = append(bySentence[k], i)
	}
	a := &Article{ID: doc.ID, Doc: doc, Gold: gold}
	sents, _ := gold["sentences"].([]any)
	for _, gs := range sents {
		g, _ := gs.(map[string]any)
		text, _ := g["text"].(string)
		k := eval.Fold(text)
		cands := bySentence[k]
		if len(cands) == 0 {
			continue
		}
		bySentence[k] = cands[1:]
		ex := example{x: []featValue{{0, 1}}} // the bias
		for _, m := range decs[cands[0]].Matches {
			f, ok := index[m.Feature]
			if !ok {
				return nil, fmt.Errorf("%s: unknown feature %q", doc.ID, m.Feature)
			}
			ex.x = append(ex.x, featValue{f, m.Value})
			if m.Phrase != "" {
				ex.x = append(ex.x, featValue{index[m.Phrase], 1})
			}
		}
		labels := append([]any{g["label"]}, listOf(g["also"])...)
		for k, l := range classify.Labels() {
			for _, gl := range labels {
				ex.ok[k] = ex.ok[k] || gl == l
			}
		}
		a.ex = append(a.ex, ex)
	}
	return a, nil
}

func listOf(v any) []any { l, _ := v.([]any); return l }

// DefaultL2 is the L2 penalty parley fit uses unless told otherwise.
const DefaultL2 = 2.0

// Options set how Fit fits.
type Options struct {
	L2      float64         // the weight of the squared weights in the loss (the bias excepted)
	MaxIter int             // steps of the optimizer
	Drop    map[string]bool // features left out (weight 0), to measure what each brings
}

// Fit returns the weights of the features names (the classifier's
// FeatureNames, which the articles' features index) that minimise, over
// the sentences of arts, the negative log-likelihood of the labels gold
// accepts under a softmax of the label scores, plus L2 times half the sum
// of the squared weights. Weights are rounded to three decimals, as
// weights.tsv holds them.
func Fit(names []string, arts []*Article, opt Options) lexicon.LabelWeights {
	nf := len(names)
	var exs []*example
	for _, a := range arts {
		for i := range a.ex {
			exs = append(exs, &a.ex[i])
		}
	}
	w := make([]float64, nf*4)
	loss := func(w, g []float64) float64 {
		clear(g)
		var total float64
		for _, ex := range exs {
			var s [4]float64
			for _, fv := range ex.x {
				for k := range s {
					s[k] += fv.v * w[fv.f*4+k]
				}
			}
			top := math.Max(math.Max(s[0], s[1]), math.Max(s[2], s[3]))
			var z, zok float64
			var p [4]float64
			for k := range s {
				p[k] = math.Exp(s[k] - top)
				z += p[k]
				if ex.ok[k] {
					zok += p[k]
				}
			}
			total -= math.Log(zok / z)
			for k := range s {
				d := p[k] / z // softmax minus its restriction to the accepted labels
				if ex.ok[k] {
					d -= p[k] / zok
				}
				for _, fv := range ex.x {
					g[fv.f*4+k] += fv.v * d
				}
			}
		}
		for f, n := range names {
			if opt.Drop[n] {
				for k := range 4 {
					g[f*4+k] = 0
				}
			}
		}
		for i := 4; i < len(w); i++ { // row 0 is the bias
			total += opt.L2 * w[i] * w[i] / 2
			g[i] += opt.L2 * w[i]
		}
		return total
	}
	minimize(loss, w, opt.MaxIter, 1e-5)
	out := lexicon.LabelWeights{}
	for i, n := range names {
		var row [4]float64
		for k := range row {
			row[k] = math.Round(w[i*4+k]*1000) / 1000
			if row[k] == 0 {
				row[k] = 0 // no "-0" in the file
			}
		}
		out[n] = row
	}
	return out
}

// Label runs a classifier with weights w over each article's document
// and returns the documents' output as the referee reads it.
func Label(ctx context.Context, lx *lexicon.Lexicon, w lexicon.LabelWeights, arts []*Article) ([]eval.Doc, error) {
	c := classify.NewWithWeights(lx, w)
	out := make([]eval.Doc, 0, len(arts))
	for _, a := range arts {
		if err := c.Run(ctx, a.Doc); err != nil {
			return nil, err
		}
		js, err := pipeline.EncodeCompact(a.Doc)
		if err != nil {
			return nil, err
		}
		var d eval.Doc
		if err := json.Unmarshal(js, &d); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// CrossValidate splits arts into folds (folds <= 0 or more than the
// articles: one article each; else article i goes to fold i mod folds),
// fits on all folds but one and labels that one, for each fold. It
// returns every article's output, labelled by weights fitted without it.
func CrossValidate(ctx context.Context, lx *lexicon.Lexicon, names []string, arts []*Article, folds int, opt Options) ([]eval.Doc, error) {
	if folds <= 0 || folds > len(arts) {
		folds = len(arts)
	}
	out := make([]eval.Doc, len(arts))
	for k := range folds {
		var train, test []*Article
		var at []int
		for i, a := range arts {
			if i%folds == k {
				test, at = append(test, a), append(at, i)
			} else {
				train = append(train, a)
			}
		}
		docs, err := Label(ctx, lx, Fit(names, train, opt), test)
		if err != nil {
			return nil, err
		}
		for j, i := range at {
			out[i] = docs[j]
		}
	}
	return out, nil
}
