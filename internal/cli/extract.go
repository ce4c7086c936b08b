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
UTF-8) is reported on stderr with its line and byte offset; the other files
are still processed and the exit code is 1. Exit code 2 means a usage or
output error.`,
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
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runExtract(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Pretty, "pretty", false, "indent the JSON")
	cmd.Flags().StringVarP(&opts.OutDir, "out", "o", "", "write `DIR`/<id>.json per article instead of stdout")
	cmd.Flags().StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra gazetteer `FILE` (TYPE<TAB>NAME[<TAB>ALIAS|...]); repeatable")
	return cmd
}

func runExtract(ctx context.Context, opts *extractOptions) error {
	if opts.OutDir != "" {
		if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
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
	for _, path := range opts.Files {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := readInput(path, opts.In)
		var doc *pipeline.Document
		if err == nil {
			doc, err = process(ctx, stages, path, data)
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
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
		b, err := pipeline.Encode(doc)
		if err != nil {
			return err
		}
		return outfile.Write(dst, b)
	}
	encode := pipeline.EncodeCompact
	if opts.Pretty {
		encode = pipeline.Encode
	}
	b, err := encode(doc)
	if err != nil {
		return err
	}
	if _, err := opts.Out.Write(b); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}
