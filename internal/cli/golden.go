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
	HTMLDir  string // check: write a drift page per drifted article here
	JUnit    string // check: write a JUnit XML report here
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
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Diff each article's output with its golden file; exit 1 on any drift",
		Long: `Check runs every article and, for each golden file that differs from the
output, says what changed in NLP terms (entities added, removed, retyped or
with another role or date value; quotes added or removed, speakers and kinds
changed; sentences relabelled or cut differently; metadata), with counts,
then prints the unified diff. A missing golden file is named. Exit code 1
if any file drifted.

--html DIR writes DIR/<id>.html per drifted article, the golden output and
the new one rendered side by side with the changes marked, and
DIR/index.html; --junit FILE writes a JUnit XML report, one test case per
article with the summary as the failure message.`,
		Example: `  parley golden check
  parley golden check --html drift/ --junit golden.xml
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
	cmd.Flags().StringVar(&opts.HTMLDir, "html", "", "write a side-by-side page per drifted article into `DIR`")
	cmd.Flags().StringVar(&opts.JUnit, "junit", "", "write a JUnit XML report to `FILE`")
	return cmd
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
	rep := &driftReport{htmlDir: opts.HTMLDir, junit: opts.JUnit}
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
			rep.add(id, "", "")
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
			rep.add(id, "missing golden file "+dst, "")
			continue
		}
		report, err := rep.drifted(id, dst, a, want, got)
		if err != nil {
			return err
		}
		fmt.Fprint(opts.Out, report)
	}
	if opts.Update {
		fmt.Fprintf(opts.ErrOut, "golden: %d of %d files updated\n", changed, len(articles))
		return nil
	}
	if err := rep.finish(); err != nil {
		return err
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
