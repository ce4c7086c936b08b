package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/internal/outfile"
	"github.com/parley-nlp/parley/internal/render"
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/schema"
)

type renderOptions struct {
	In     io.Reader
	Out    io.Writer
	Models func(...extract.NamedReader) (*extract.Models, error)

	Input    string // an article, or with FromJSON a saved output
	Article  string // with FromJSON: the article it came from; "" to rebuild the text
	FromJSON bool
	OutFile  string
	Lexicons []string
}

// NewCmdRender is `parley render`. runF replaces runRender in tests.
func NewCmdRender(f *Factory, runF func(context.Context, *renderOptions) error) *cobra.Command {
	opts := &renderOptions{}
	cmd := &cobra.Command{
		Use:   "render ARTICLE|OUTPUT.json [ARTICLE] [-o FILE.html]",
		Short: "Write an article's extraction as one self-contained HTML page",
		Long: `Render extracts an article and writes one HTML page a person can read and
check: the metadata, counts and a legend, then the text with every entity
marked by its type (written out, linked to its entry with role and aliases),
every quote marked direct or indirect and followed by a link to its
speaker's mention (or "speaker not named" for null), and every sentence
tinted by its label with a badge and its cue words marked. Light and dark
colour schemes follow the reader's setting; the page needs no script and
no network.

With --from-json (or an argument ending in .json) it renders a saved
output instead, with its article as the second argument (checked by its
sha256); without one, the text is rebuilt from the output's sentences.`,
		Example: `  parley render testdata/articles/riyadh-talks-2025.txt -o riyadh.html
  parley extract --pretty a.txt > a.json && parley render --from-json a.json a.txt -o a.html
  parley render golden/riyadh-talks-2025.json > page.html`,
		Args: usageArgs(cobra.RangeArgs(1, 2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.In, opts.Out, opts.Models = f.In, f.Out, f.Models
			opts.Input = args[0]
			if strings.HasSuffix(opts.Input, ".json") {
				opts.FromJSON = true
			}
			if len(args) == 2 {
				if !opts.FromJSON {
					return &usageError{errors.New("a second argument (the article) goes with --from-json")}
				}
				opts.Article = args[1]
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runRender(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.FromJSON, "from-json", false, "the input is a saved output (JSON), not an article")
	cmd.Flags().StringVarP(&opts.OutFile, "output", "o", "", "write the page to `FILE` (atomically) instead of stdout")
	cmd.Flags().StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra gazetteer `FILE` for the extraction; repeatable")
	return cmd
}

func runRender(ctx context.Context, opts *renderOptions) error {
	src, err := renderSource(ctx, opts)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := render.Page(&buf, src); err != nil {
		return err
	}
	if opts.OutFile != "" {
		return outfile.Write(opts.OutFile, buf.Bytes())
	}
	if _, err := opts.Out.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

func renderSource(ctx context.Context, opts *renderOptions) (render.Source, error) {
	if opts.FromJSON {
		o, err := readOutput(opts.Input, opts.In)
		if err != nil {
			return render.Source{}, err
		}
		var article []byte
		if opts.Article != "" {
			if article, err = readInput(opts.Article, opts.In); err != nil {
				return render.Source{}, errors.New(describe(opts.Article, err))
			}
		}
		src, err := render.FromOutput(o, article)
		if err != nil {
			return render.Source{}, fmt.Errorf("%s: %w", opts.Article, err)
		}
		return src, nil
	}
	m, err := loadModels(opts.Models, opts.Lexicons)
	if err != nil {
		return render.Source{}, err
	}
	data, err := readInput(opts.Input, opts.In)
	if err != nil {
		return render.Source{}, errors.New(describe(opts.Input, err))
	}
	doc, err := process(ctx, extract.Stages(m), opts.Input, data)
	if err != nil {
		return render.Source{}, errors.New(describe(opts.Input, err))
	}
	return render.FromDocument(doc), nil
}

// readOutput reads a saved output ("-" for stdin) and checks it against
// the output schema (schema.Validate), so that a page or a comparison
// never rests on a document of another shape.
func readOutput(path string, stdin io.Reader) (*pipeline.Output, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, err
	}
	return parseOutput(path, data)
}

// parseOutput checks data, read from path, against the output schema and
// decodes it.
func parseOutput(path string, data []byte) (*pipeline.Output, error) {
	if err := schema.Validate(data); err != nil {
		return nil, fmt.Errorf("%s: not a parley output: %w", displayPath(path), err)
	}
	return pipeline.DecodeOutput(data)
}
