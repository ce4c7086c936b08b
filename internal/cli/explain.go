package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/pipeline"
)

type explainOptions struct {
	In     io.Reader
	Out    io.Writer
	Models func(...extract.NamedReader) (*extract.Models, error)

	File     string
	Sentence int  // index into the article's sentences
	All      bool // no --sentence: explain every sentence
	Lexicons []string
}

// NewCmdExplain is `parley explain`. runF replaces runExplain in tests.
func NewCmdExplain(f *Factory, runF func(context.Context, *explainOptions) error) *cobra.Command {
	opts := &explainOptions{}
	cmd := &cobra.Command{
		Use:   "explain FILE|- [--sentence N]",
		Short: "Show why the classifier labelled a sentence as it did",
		Long: `Explain runs the full pipeline on one article and prints, for sentence N
(the "id" in extract's output, counting from 0) or without --sentence for
every sentence: the label and the rule that decided it, the score of each
label, then the bias and each feature found (a cue in its context, a rule's
finding, attributed speech) with its value, what it adds to each label's
score, its text and byte offsets in FILE and the rule that chose it, and the
actors.

"-" reads standard input. The exit code is 2 for an N outside the article's
sentences (a usage error) and for an input that cannot be read or is not an
article (empty, binary, invalid UTF-8).`,
		Example: `  parley explain testdata/articles/riyadh-talks-2025.txt --sentence 9
  parley explain testdata/articles/riyadh-talks-2025.txt | less
  cat article.txt | parley explain - -s 0`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.In, opts.Out, opts.Models = f.In, f.Out, f.Models
			opts.File = args[0]
			opts.All = !cmd.Flags().Changed("sentence")
			if !opts.All && opts.Sentence < 0 {
				return &usageError{fmt.Errorf("--sentence must be 0 or more, got %d", opts.Sentence)}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runExplain(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVarP(&opts.Sentence, "sentence", "s", 0, "explain only sentence `N` (from 0, as in extract's output)")
	cmd.Flags().StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra gazetteer `FILE`; repeatable")
	return cmd
}

func runExplain(ctx context.Context, opts *explainOptions) error {
	data, err := readInput(opts.File, opts.In)
	if err != nil {
		return errors.New(describe(opts.File, err))
	}
	m, err := loadModels(opts.Models, opts.Lexicons)
	if err != nil {
		return err
	}
	doc, err := process(ctx, extract.Stages(m), opts.File, data)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return errors.New(describe(opts.File, err))
	}
	c := classify.New(m.Lexicon)
	if !opts.All {
		if n := len(doc.Sentences); opts.Sentence >= n {
			return &usageError{fmt.Errorf("--sentence %d: %s has %s", opts.Sentence, displayPath(opts.File), sentenceRange(n))}
		}
		dec, err := c.Explain(ctx, doc, opts.Sentence)
		if err != nil {
			return err
		}
		return writeExplanations(opts.Out, doc, []classify.Decision{dec})
	}
	// Every sentence: one Decide, not one Explain (which decides the
	// whole document) per sentence.
	decs, err := c.Decide(ctx, doc)
	if err != nil {
		return err
	}
	return writeExplanations(opts.Out, doc, decs)
}

// sentenceRange says which sentence numbers an article of n sentences has.
func sentenceRange(n int) string {
	switch n {
	case 0:
		return "no sentences"
	case 1:
		return "1 sentence (0)"
	}
	return fmt.Sprintf("%d sentences (0 to %d)", n, n-1)
}

// writeExplanations prints decisions with a blank line between them.
func writeExplanations(w io.Writer, doc *pipeline.Document, decs []classify.Decision) error {
	for i, dec := range decs {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		if err := classify.WriteExplanation(w, doc, dec); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	return nil
}
