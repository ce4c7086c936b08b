package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/internal/eval"
	"github.com/parley-nlp/parley/internal/fit"
	"github.com/parley-nlp/parley/internal/outfile"
)

type fitOptions struct {
	In          io.Reader
	Out, ErrOut io.Writer
	Models      func(...extract.NamedReader) (*extract.Models, error)

	Gold     []string
	Articles []string
	Folds    int
	L2       float64
	MaxIter  int
	Drop     []string
	Write    string // weights.tsv to write, "" for none
	CVOut    string // folder for the cross-validated outputs, "" for none
}

// NewCmdFit is `parley fit`. runF replaces runFit in tests.
func NewCmdFit(f *Factory, runF func(context.Context, *fitOptions) error) *cobra.Command {
	opts := &fitOptions{}
	cmd := &cobra.Command{
		Use:   "fit --gold DIR|FILE... ARTICLE|DIR|GLOB|-...",
		Short: "Fit the sentence classifier's weights to gold labels",
		Long: `Fit runs the pipeline up to the classifier over the articles that have a
gold annotation (ARTICLE, DIR, GLOB and "-" as parley batch takes them) and
fits the weight of every classifier feature for every label to the gold
sentence labels: a softmax over the label scores, trained to give the
labels gold accepts (its label and "also") a high likelihood, with an L2
penalty on the weights.

It prints the sentence-label scores of the fitted weights on the articles
they were fitted to (in-sample) and cross-validated: the articles are
split into --folds groups (by default one article each), and each group is
labelled by weights fitted without it. The cross-validated score is the
honest estimate for articles the weights have not seen.

--write FILE writes the weights in the format of the lexicon's
weights.tsv; --cv-out DIR writes each article's output as labelled in
cross-validation, for the referee.`,
		Example: `  parley fit --gold testdata/gold testdata/articles
  parley fit --gold testdata/gold testdata/articles --write extract/lexicon/weights.tsv
  parley fit --gold testdata/gold --folds 10 --cv-out cv/ testdata/articles`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.In, opts.Out, opts.ErrOut, opts.Models = f.In, f.Out, f.ErrOut, f.Models
			opts.Articles = args
			if opts.L2 < 0 || opts.Folds < 0 {
				return &usageError{errors.New("--l2 and --folds must be 0 or more")}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runFit(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.Gold, "gold", nil, "gold annotations: a `DIR` or FILE; repeatable")
	cmd.Flags().IntVar(&opts.Folds, "folds", 0, "cross-validation folds, `N` groups of articles (0: one article each)")
	cmd.Flags().Float64Var(&opts.L2, "l2", fit.DefaultL2, "weight `X` of the L2 penalty")
	cmd.Flags().IntVar(&opts.MaxIter, "max-iter", 500, "steps of the optimizer, at most `N`")
	cmd.Flags().StringArrayVar(&opts.Drop, "drop", nil, "leave out the feature `NAME` (weight 0), to measure what it brings; repeatable")
	cmd.Flags().StringVar(&opts.Write, "write", "", "write the fitted weights to `FILE` (weights.tsv format)")
	cmd.Flags().StringVar(&opts.CVOut, "cv-out", "", "write each article's cross-validated output to `DIR`")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

func runFit(ctx context.Context, opts *fitOptions) error {
	golds, err := eval.Load(opts.Gold...)
	if err != nil {
		return err
	}
	byID := map[string]eval.Doc{}
	for _, g := range golds {
		if id, ok := g["article"].(string); ok {
			byID[id] = g
		}
	}
	inputs, err := expandInputs(opts.Articles, opts.In)
	if err != nil {
		return err
	}
	m, err := loadModels(opts.Models, nil)
	if err != nil {
		return err
	}
	stages := extract.Stages(m)
	before := stages[:len(stages)-1] // everything but the classifier
	c := classify.New(m.Lexicon)
	var arts []*fit.Article
	var used []eval.Doc
	for i := range inputs.len() {
		p := inputs.path(i)
		data, err := readInput(p, nil)
		if err != nil {
			return errors.New(describe(p, err))
		}
		doc, err := process(ctx, before, p, data)
		if err != nil {
			return errors.New(describe(p, err))
		}
		g, ok := byID[doc.ID]
		if !ok {
			fmt.Fprintf(opts.ErrOut, "parley: %s: no gold annotation, skipped\n", p)
			continue
		}
		a, err := fit.NewArticle(ctx, c, doc, g)
		if err != nil {
			return err
		}
		arts, used = append(arts, a), append(used, g)
	}
	if len(arts) < 2 {
		return &usageError{fmt.Errorf("%d articles with gold: fitting needs at least 2", len(arts))}
	}
	fo := fit.Options{L2: opts.L2, MaxIter: opts.MaxIter, Drop: map[string]bool{}}
	names := c.FeatureNames()
	known := map[string]bool{}
	for _, n := range names {
		known[n] = true
	}
	for _, n := range opts.Drop {
		if !known[n] {
			return &usageError{fmt.Errorf("--drop %s: no such feature", n)}
		}
		fo.Drop[n] = true
	}
	w := fit.Fit(names, arts, fo)
	in, err := fit.Label(ctx, m.Lexicon, w, arts)
	if err != nil {
		return err
	}
	cv, err := fit.CrossValidate(ctx, m.Lexicon, names, arts, opts.Folds, fo)
	if err != nil {
		return err
	}
	folds := opts.Folds
	if folds == 0 || folds > len(arts) {
		folds = len(arts)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles, %d features, l2 %g\n", len(arts), len(names), opts.L2)
	for _, r := range []struct {
		name  string
		preds []eval.Doc
	}{{"in-sample", in}, {fmt.Sprintf("cross-validated (%d folds by article)", folds), cv}} {
		rep, err := eval.Score(used, r.preds)
		if err != nil {
			return err
		}
		writeLabelScores(&b, r.name, rep.Sentences)
	}
	if _, err := io.WriteString(opts.Out, b.String()); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if opts.CVOut != "" {
		if err := writeCV(opts.CVOut, arts, cv); err != nil {
			return err
		}
	}
	if opts.Write != "" {
		note := fmt.Sprintf("# Fitted by `parley fit --l2 %g` to the gold labels of %d articles.\n", opts.L2, len(arts))
		return outfile.Write(opts.Write, []byte(weightsHeader()+note+formatWeights(names, w)))
	}
	return nil
}

// writeLabelScores writes the sentence-label lines of a score.
func writeLabelScores(b *strings.Builder, name string, s eval.SentenceScore) {
	acc := 0.0
	if s.LabelAccuracy != nil {
		acc = *s.LabelAccuracy
	}
	fmt.Fprintf(b, "== %s\nsentence labels  accuracy %.4f  macro-F1 %.4f\n", name, acc, s.MacroF1)
	for _, l := range s.ByLabel {
		fmt.Fprintf(b, "  %-10s P %.3f  R %.3f  F1 %.3f  (%d/%d pred, %d gold)\n", l.Name, l.P, l.R, l.F1, l.TP, l.Pred, l.Gold)
	}
}

// writeCV writes each article's cross-validated output as DIR/<id>.json.
func writeCV(dir string, arts []*fit.Article, docs []eval.Doc) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, a := range arts {
		data, err := json.Marshal(docs[i])
		if err != nil {
			return err
		}
		if err := outfile.Write(filepath.Join(dir, a.ID+".json"), append(data, '\n')); err != nil {
			return err
		}
	}
	return nil
}

// weightsHeader is the comment that opens weights.tsv.
func weightsHeader() string {
	return `# FEATURE<TAB>AGREEMENT<TAB>DEMAND<TAB>REACTION<TAB>OTHER: the sentence
# classifier's weights. A feature is a cue of cues.tsv in the role the
# rules find it in (LABEL/ROLE), a rule's finding, attributed speech, or a
# cue itself (cue:LABEL:PHRASE); its value (a cue's weight in cues.tsv for
# its role, 1 for the rest) times its weight for a label adds to that
# label's score, and the highest score wins. "bias" is added to every
# sentence. Written by parley fit: refit after a change to the cues or the
# rules rather than editing by hand.
`
}

// formatWeights writes w's lines for the features names, in order.
func formatWeights(names []string, w lexicon.LabelWeights) string {
	var b strings.Builder
	for _, n := range names {
		row := w[n]
		fmt.Fprintf(&b, "%s\t%g\t%g\t%g\t%g\n", n, row[0], row[1], row[2], row[3])
	}
	return b.String()
}
