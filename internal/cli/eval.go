package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/parley-nlp/parley/internal/eval"
)

type evalOptions struct {
	Out io.Writer

	Gold       []string
	Outputs    []string
	JSON       bool
	PerArticle bool
}

// NewCmdEval is `parley eval`. runF replaces runEval in tests.
func NewCmdEval(f *Factory, runF func(context.Context, *evalOptions) error) *cobra.Command {
	opts := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval --gold DIR|FILE... OUTPUT...",
		Short: "Score extraction output against gold annotations",
		Long: `Eval pairs outputs with gold annotations by article id and prints
precision, recall and F1 for entities (by type), roles, direct and indirect
quotes with their speakers, sentence segmentation and labels, and metadata.
It is a port of the referee scorer and prints the same table and numbers.

GOLD and OUTPUT are .json files (one object), .jsonl files (one object a
line) or folders of them. Repeat --gold for several gold paths.`,
		Example: `  parley extract --out out/ testdata/articles/*.txt
  parley eval --gold testdata/gold out/
  parley eval --gold testdata/gold --per-article --json out/`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Out = f.Out
			opts.Outputs = args
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runEval(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.Gold, "gold", nil, "gold annotations: a `DIR` or FILE; repeatable")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON object instead of the table")
	cmd.Flags().BoolVar(&opts.PerArticle, "per-article", false, "also score each article on its own")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

func runEval(_ context.Context, opts *evalOptions) error {
	golds, err := eval.Load(opts.Gold...)
	if err != nil {
		return err
	}
	var preds []eval.Doc
	for _, p := range opts.Outputs {
		docs, err := eval.Load(p)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if _, gold := d["article"].(string); gold {
				// `--gold a.json b.json out/` makes b.json an OUTPUT.
				return &usageError{fmt.Errorf("%s holds a gold annotation, not extraction output: give each gold path its own --gold", p)}
			}
		}
		preds = append(preds, docs...)
	}
	r, err := eval.Score(golds, preds)
	if err != nil {
		return err
	}
	out := r.Text(opts.PerArticle)
	if opts.JSON {
		out = r.JSON(opts.PerArticle)
	}
	if _, err := io.WriteString(opts.Out, out); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}
