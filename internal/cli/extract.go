package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/internal/outfile"
	"github.com/parley-nlp/parley/pipeline"
)

type extractOptions struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	Models func(...extract.NamedReader) (*extract.Models, error)

	Files    []string
	Pretty   bool
	OutDir   string
	Lexicons []string
	MaxBytes int
}

// NewCmdExtract is `parley extract`. runF replaces runExtract in tests.
func NewCmdExtract(f *Factory, runF func(context.Context, *extractOptions) error) *cobra.Command {
	opts := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [FILE...|-]",
		Short: "Extract entities, quotes and labelled sentences from articles",
		Long: `Extract runs the full pipeline on each article and writes its JSON.

With one input it writes one JSON object; with several, JSON Lines (one
object a line), or with --pretty indented objects one after another. With
--out DIR it writes DIR/<id>.json per article instead (indented, written
atomically), where <id> is the file name without its extension ("stdin" for
standard input). No FILE, or "-", reads standard input.

A file that cannot be read or is not an article (empty, binary, invalid
UTF-8, larger than --max-bytes, not a regular file) is reported on stderr
with its line and byte offset; the other files are still processed and the
exit code is 1. Exit code 2 means a usage or output error. SIGINT or
SIGTERM stops the run within a second (exit code 130 or 143); with --out,
no partial or temporary file is left, and temporary files that a killed
run left in DIR are removed by the next run there.`,
		Example: `  parley extract --pretty testdata/articles/riyadh-talks-2025.txt
  parley extract testdata/articles/*.txt > all.jsonl
  cat article.txt | parley extract -
  parley extract --out out/ --lexicon my-names.tsv testdata/articles/*.txt`,
		Args: usageArgs(cobra.ArbitraryArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.In, opts.Out, opts.ErrOut, opts.Models = f.In, f.Out, f.ErrOut, f.Models
			opts.Files = args
			if len(opts.Files) == 0 {
				opts.Files = []string{"-"}
			}
			if opts.MaxBytes < 1 {
				return &usageError{fmt.Errorf("--max-bytes must be at least 1, got %d", opts.MaxBytes)}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runExtract(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Pretty, "pretty", false, "indent the JSON")
	cmd.Flags().StringVarP(&opts.OutDir, "out", "o", "", "write `DIR`/<id>.json per article instead of stdout")
	cmd.Flags().StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra gazetteer `FILE` (TYPE<TAB>NAME[<TAB>ALIAS|...]); repeatable")
	maxBytesFlag(cmd, &opts.MaxBytes)
	return cmd
}

// maxBytesFlag adds --max-bytes, the bound on one input.
func maxBytesFlag(cmd *cobra.Command, p *int) {
	cmd.Flags().IntVar(p, "max-bytes", pipeline.MaxInputBytes,
		"largest input accepted, in `BYTES` (64 MiB); a larger one is reported and skipped, not read")
}

func runExtract(ctx context.Context, opts *extractOptions) error {
	if opts.OutDir != "" {
		if err := prepareOutDir(opts.OutDir, opts.ErrOut); err != nil {
			return err
		}
	}
	m, err := loadModels(opts.Models, opts.Lexicons)
	if err != nil {
		return err
	}
	stages := extract.Stages(m)
	names := newOutputNames(opts.OutDir)
	failed := 0
	stopped := func(done int) error {
		return fmt.Errorf("extract stopped after %d of %d inputs (%d failed): %w", done, len(opts.Files), failed, context.Cause(ctx))
	}
	for i, path := range opts.Files {
		if ctx.Err() != nil {
			return stopped(i)
		}
		data, err := readInputMax(path, opts.In, opts.MaxBytes)
		var doc *pipeline.Document
		if err == nil {
			doc, err = processOrStop(ctx, ctx.Done(), stages, path, data, opts.MaxBytes)
		}
		if err != nil {
			if ctx.Err() != nil {
				return stopped(i)
			}
			fmt.Fprintln(opts.ErrOut, "parley:", describe(path, err))
			failed++
			continue
		}
		if err := writeExtract(opts, names, path, doc); err != nil {
			if _, dup := err.(*dupError); dup {
				fmt.Fprintln(opts.ErrOut, "parley:", err)
				failed++
				continue
			}
			return err
		}
	}
	if failed > 0 {
		return &FindingsError{Msg: fmt.Sprintf("%d of %d inputs failed", failed, len(opts.Files))}
	}
	return nil
}

// dupError: two inputs with one article id under --out.
type dupError struct{ error }

func writeExtract(opts *extractOptions, names *outputNames, path string, doc *pipeline.Document) error {
	if opts.OutDir != "" {
		dst, err := names.claim(path)
		if err != nil {
			return &dupError{err}
		}
		return outfile.WriteFunc(dst, func(w io.Writer) error { return pipeline.EncodeTo(w, doc, false) })
	}
	if err := pipeline.EncodeTo(opts.Out, doc, !opts.Pretty); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// prepareOutDir makes the output folder and removes the temporary files
// that a killed run left there.
func prepareOutDir(dir string, errOut io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	n, err := outfile.RemoveStale(dir)
	if err != nil {
		return err
	}
	if n > 0 {
		fmt.Fprintf(errOut, "parley: removed %d temporary files left in %s by a run that was killed\n", n, dir)
	}
	return nil
}
