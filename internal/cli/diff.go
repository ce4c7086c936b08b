package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/parley-nlp/parley/internal/diff"
	"github.com/parley-nlp/parley/internal/drift"
	"github.com/parley-nlp/parley/internal/outfile"
	"github.com/parley-nlp/parley/internal/render"
	"github.com/parley-nlp/parley/pipeline"
)

type diffOptions struct {
	Out io.Writer

	Old, New string // outputs to compare
	Article  string // the article, for the --html page's text
	HTML     string // write a side-by-side page here
}

// NewCmdDiff is `parley diff`. runF replaces runDiff in tests.
func NewCmdDiff(f *Factory, runF func(context.Context, *diffOptions) error) *cobra.Command {
	opts := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff OLD.json NEW.json",
		Short: "Say what changed between two outputs, in NLP terms, then diff them",
		Long: `Diff compares two outputs (for one article, say before and after a lexicon
change) as the golden check does: a summary of the entities added, removed,
retyped or with another role or date value, the quotes added or removed and
the speakers and kinds changed, the sentences relabelled or cut differently
and the metadata changed, with counts, then the unified diff. Both files
are checked against the output's JSON Schema first.

--html FILE writes the two outputs side by side with the changes marked;
give the article with --article to show its text (else it is rebuilt from
the outputs). Exit code 0 if the files are identical, 1 if they differ.`,
		Example: `  parley diff before/riyadh.json after/riyadh.json
  parley diff a.json b.json --html diff.html --article riyadh.txt`,
		Args: usageArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Out = f.Out
			opts.Old, opts.New = args[0], args[1]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runDiff(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.HTML, "html", "", "write a side-by-side page to `FILE`")
	cmd.Flags().StringVar(&opts.Article, "article", "", "the article `FILE` the outputs came from, for --html")
	return cmd
}

func runDiff(_ context.Context, opts *diffOptions) error {
	a, err := os.ReadFile(opts.Old)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(opts.New)
	if err != nil {
		return err
	}
	old, err := parseOutput(opts.Old, a)
	if err != nil {
		return err
	}
	cur, err := parseOutput(opts.New, b)
	if err != nil {
		return err
	}
	s := drift.Compare(old, cur)
	if opts.HTML != "" {
		if err := writeDiffPage(opts, old, cur, &s); err != nil {
			return err
		}
	}
	if bytes.Equal(a, b) {
		return nil
	}
	fmt.Fprint(opts.Out, s.Text())
	fmt.Fprint(opts.Out, diff.Unified(opts.Old, opts.New, a, b))
	return &FindingsError{}
}

func writeDiffPage(opts *diffOptions, old, cur *pipeline.Output, s *drift.Summary) error {
	var article []byte
	if opts.Article != "" {
		var err error
		if article, err = readInput(opts.Article, nil); err != nil {
			return errors.New(describe(opts.Article, err))
		}
	}
	src := func(o *pipeline.Output) render.Source {
		if src, err := render.FromOutput(o, article); err == nil {
			return src
		}
		src, _ := render.FromOutput(o, nil)
		return src
	}
	var buf bytes.Buffer
	heading := fmt.Sprintf("%s → %s", displayPath(opts.Old), displayPath(opts.New))
	if err := render.Drift(&buf, heading, src(old), src(cur), s); err != nil {
		return err
	}
	return outfile.Write(opts.HTML, buf.Bytes())
}
