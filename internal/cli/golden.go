package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/internal/diff"
	"github.com/parley-nlp/parley/internal/outfile"
	"github.com/parley-nlp/parley/pipeline"
)

type goldenOptions struct {
	Out    io.Writer
	ErrOut io.Writer
	Models func(...extract.NamedReader) (*extract.Models, error)

	Articles string // folder of <id>.txt
	Golden   string // folder of <id>.json
	Update   bool
}

// NewCmdGolden is `parley golden` with its check and update subcommands.
func NewCmdGolden(f *Factory) *cobra.Command {
	opts := &goldenOptions{}
	cmd := &cobra.Command{
		Use:   "golden",
		Short: "Check or update the golden outputs of the test articles",
		Long: `The golden files hold the expected output of every test article:
ARTICLES/<id>.txt gives GOLDEN/<id>.json, in the indented form of
"parley extract --pretty" (the same encoder the tests use). Only the
embedded lexicons are used.`,
		Example: `  parley golden check
  parley golden update
  parley golden check --articles my/articles --golden my/golden`,
		Args: usageArgs(cobra.NoArgs),
	}
	cmd.PersistentFlags().StringVar(&opts.Articles, "articles", "testdata/articles", "folder of input articles (`DIR`/*.txt)")
	cmd.PersistentFlags().StringVar(&opts.Golden, "golden", "golden", "folder of golden outputs (`DIR`/<id>.json)")
	cmd.AddCommand(NewCmdGoldenCheck(f, opts, nil), NewCmdGoldenUpdate(f, opts, nil))
	return cmd
}

// NewCmdGoldenCheck is `parley golden check`.
func NewCmdGoldenCheck(f *Factory, opts *goldenOptions, runF func(context.Context, *goldenOptions) error) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Diff each article's output with its golden file; exit 1 on any drift",
		Long: `Check runs every article and prints a unified diff for each golden file
that differs from the output or is missing. Exit code 1 if any does.`,
		Example: `  parley golden check
  go run ./cmd/parley golden check --golden golden`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Out, opts.ErrOut, opts.Models, opts.Update = f.Out, f.ErrOut, f.Models, false
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runGolden(cmd.Context(), opts)
		},
	}
}

// NewCmdGoldenUpdate is `parley golden update`.
func NewCmdGoldenUpdate(f *Factory, opts *goldenOptions, runF func(context.Context, *goldenOptions) error) *cobra.Command {
	return &cobra.Command{
		Use:   "update",
		Short: "Rewrite the golden files from the current output",
		Long: `Update runs every article and rewrites the golden files that changed
(atomically). Review the result with git diff before committing.`,
		Example: `  parley golden update && git diff --stat golden/`,
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Out, opts.ErrOut, opts.Models, opts.Update = f.Out, f.ErrOut, f.Models, true
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runGolden(cmd.Context(), opts)
		},
	}
}

func runGolden(ctx context.Context, opts *goldenOptions) error {
	articles, err := filepath.Glob(filepath.Join(opts.Articles, "*.txt"))
	if err != nil {
		return err
	}
	if len(articles) == 0 {
		return fmt.Errorf("no articles in %s (want %s/*.txt)", opts.Articles, opts.Articles)
	}
	sort.Strings(articles)
	m, err := loadModels(opts.Models, nil)
	if err != nil {
		return err
	}
	stages := extract.Stages(m)
	if opts.Update {
		if err := os.MkdirAll(opts.Golden, 0o755); err != nil {
			return err
		}
	}
	drift, changed := 0, 0
	for _, a := range articles {
		id := pipeline.IDFromPath(a)
		dst := filepath.Join(opts.Golden, id+".json")
		got, err := goldenOutput(ctx, stages, a)
		if err != nil {
			return err
		}
		want, err := os.ReadFile(dst)
		missing := errors.Is(err, fs.ErrNotExist)
		if err != nil && !missing {
			return err
		}
		if !missing && bytes.Equal(want, got) {
			continue
		}
		if opts.Update {
			if err := outfile.Write(dst, got); err != nil {
				return err
			}
			fmt.Fprintln(opts.ErrOut, "updated", dst)
			changed++
			continue
		}
		drift++
		if missing {
			fmt.Fprintf(opts.Out, "missing golden file %s for %s\n", dst, a)
			continue
		}
		fmt.Fprint(opts.Out, diff.Unified(dst, dst+" (got)", want, got))
	}
	if opts.Update {
		fmt.Fprintf(opts.ErrOut, "golden: %d of %d files updated\n", changed, len(articles))
		return nil
	}
	if drift > 0 {
		return &FindingsError{Msg: fmt.Sprintf("golden: %d of %d files differ; if intended, run: parley golden update (or go test ./... -update)", drift, len(articles))}
	}
	fmt.Fprintf(opts.ErrOut, "golden: %d files match\n", len(articles))
	return nil
}

// goldenOutput is an article's golden form. A test article that is not
// valid input is an error, not drift.
func goldenOutput(ctx context.Context, stages []pipeline.Stage, path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := process(ctx, stages, path, data)
	if err != nil {
		return nil, errors.New(describe(path, err))
	}
	return pipeline.Encode(doc)
}
