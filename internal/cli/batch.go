package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/sync/errgroup"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/internal/outfile"
	"github.com/parley-nlp/parley/internal/render"
	"github.com/parley-nlp/parley/pipeline"
)

type batchOptions struct {
	ErrOut     io.Writer
	Models     func(...extract.NamedReader) (*extract.Models, error)
	IsTerminal func(io.Writer) bool
	Now        func() time.Time

	Inputs   []string
	OutDir   string
	Workers  int
	Lexicons []string
	HTML     bool // also DIR/<id>.html per article and DIR/index.html
}

// NewCmdBatch is `parley batch`. runF replaces runBatch in tests.
func NewCmdBatch(f *Factory, runF func(context.Context, *batchOptions) error) *cobra.Command {
	opts := &batchOptions{}
	cmd := &cobra.Command{
		Use:   "batch DIR|GLOB|FILE... --out DIR",
		Short: "Extract many articles in parallel into a folder",
		Long: `Batch extracts every input into DIR/<id>.json (the indented form, written
atomically: a temporary file in DIR renamed into place).

A DIR argument stands for its *.txt files (not recursive); a GLOB (quote it)
for its matches. Documents run in parallel on --workers goroutines; each
output depends only on its input, so the files are the same for any number
of workers. Memory does not grow with the number of files.

A bad input (unreadable, empty, binary, invalid UTF-8, or an id that another
input already took) is reported on stderr with its reason and skipped; every
good output is still written and the exit code is 1. Only an interrupt or a
failure to write the output stops the batch early (exit code 2).

With --html it also writes DIR/<id>.html beside each JSON file (the page of
"parley render") and DIR/index.html listing every article with its counts.

On a terminal, stderr shows a progress line; a summary line (ok, failed,
elapsed) ends every run.`,
		Example: `  parley batch testdata/articles --out out/
  parley batch 'corpus/2025-*.txt' corpus/extra --out out/ --workers 8
  parley batch corpus/ --out out/ --lexicon names.tsv 2> failures.log
  parley batch testdata/articles --out out/ --html   # then open out/index.html`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ErrOut, opts.Models, opts.IsTerminal, opts.Now = f.ErrOut, f.Models, f.IsTerminal, f.Now
			opts.Inputs = args
			if opts.Workers < 1 {
				return &usageError{fmt.Errorf("--workers must be at least 1, got %d", opts.Workers)}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runBatch(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.OutDir, "out", "o", "", "output `DIR` (created if missing); required")
	cmd.Flags().IntVarP(&opts.Workers, "workers", "j", runtime.GOMAXPROCS(0), "documents processed in parallel")
	cmd.Flags().StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra gazetteer `FILE`; repeatable")
	cmd.Flags().BoolVar(&opts.HTML, "html", false, "also write an HTML page per article and an index.html")
	_ = cmd.MarkFlagRequired("out")
	cmd.Flags().SetNormalizeFunc(func(_ *pflag.FlagSet, name string) pflag.NormalizedName {
		if name == "jobs" { // --jobs, -j: the usual name elsewhere
			name = "workers"
		}
		return pflag.NormalizedName(name)
	})
	return cmd
}

// batchResult is one document's outcome; it never holds the document.
type batchResult struct {
	i    int
	path string
	err  error            // a per-document failure, already described
	page *render.IndexRow // under --html: the index's row
}

func runBatch(ctx context.Context, opts *batchOptions) error {
	start := opts.Now()
	files, err := expandInputs(opts.Inputs)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return err
	}
	m, err := loadModels(opts.Models, opts.Lexicons)
	if err != nil {
		return err
	}
	stages := extract.Stages(m)

	// Ids are claimed up front, in input order, so which of two inputs
	// with one id is refused does not depend on scheduling. Only the
	// refusals are kept: a file's output path is derived when it runs, so
	// memory per input is its path alone.
	dupErrs := files.duplicateIDs()

	results := make(chan batchResult, opts.Workers)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(opts.Workers)
	var runErr error
	go func() { // the sender closes results
		defer close(results)
		for i := range files.len() {
			if gctx.Err() != nil {
				break
			}
			p := files.path(i)
			g.Go(func() error {
				r := batchResult{i: i, path: p, err: dupErrs[i]}
				if r.err == nil {
					var fatal error
					r.err, fatal = batchOne(gctx, stages, p, outputPath(opts.OutDir, p), opts.HTML, &r)
					if fatal != nil {
						return fatal
					}
				}
				select {
				case results <- r:
					return nil
				case <-gctx.Done():
					return gctx.Err()
				}
			})
		}
		runErr = g.Wait()
	}()

	rep := newReporter(opts, files.len())
	var index []render.IndexRow // under --html, in input order
	for r := range results {
		if opts.HTML {
			index = addIndexRow(index, r)
		}
		rep.add(r)
	}
	rep.finish(opts.Now().Sub(start))
	if opts.HTML && runErr == nil {
		if err := writeIndex(opts.OutDir, index); err != nil {
			return err
		}
	}
	if runErr == nil {
		runErr = ctx.Err()
	}
	if runErr != nil {
		return fmt.Errorf("batch stopped after %d of %d files: %w", rep.ok+rep.failed, files.len(), runErr)
	}
	if rep.failed > 0 {
		return &FindingsError{}
	}
	return nil
}

// batchOne extracts path into dst, and with html its page beside it (its
// index row in r). A bad document is docErr; an output I/O error or a
// cancellation is fatal and stops the batch.
func batchOne(ctx context.Context, stages []pipeline.Stage, path, dst string, html bool, r *batchResult) (docErr, fatal error) {
	data, err := readInput(path, nil)
	var doc *pipeline.Document
	if err == nil {
		doc, err = process(ctx, stages, path, data)
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return err, nil
	}
	bp := outBufs.Get().(*[]byte)
	*bp = pipeline.AppendEncode((*bp)[:0], doc)
	err = outfile.Write(dst, *bp)
	if cap(*bp) <= maxPooledOutput {
		outBufs.Put(bp)
	}
	if err != nil {
		return nil, err
	}
	if html {
		row, err := writePage(doc, dst)
		if err != nil {
			return nil, err
		}
		r.page = row
	}
	return nil, nil
}

// outBufs holds output buffers reused from file to file: each document's
// JSON is written out and then no longer needed. A buffer grown past
// maxPooledOutput by one very long article is dropped rather than kept,
// so that a batch's memory does not stay at its largest document's size.
var outBufs = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledOutput = 1 << 20

// reporter prints failures in input order, a progress line on terminals
// and the final summary.
type reporter struct {
	opts       *batchOptions
	total      int
	ok, failed int
	next       int                 // next input index to report
	pending    map[int]batchResult // finished ahead of next
	progress   bool
	lastDraw   time.Time
}

func newReporter(opts *batchOptions, total int) *reporter {
	return &reporter{opts: opts, total: total, pending: map[int]batchResult{},
		progress: opts.IsTerminal != nil && opts.IsTerminal(opts.ErrOut)}
}

func (r *reporter) add(res batchResult) {
	r.pending[res.i] = res
	for {
		x, ok := r.pending[r.next]
		if !ok {
			break
		}
		delete(r.pending, r.next)
		r.next++
		if x.err == nil {
			r.ok++
			continue
		}
		r.failed++
		r.clearLine()
		fmt.Fprintln(r.opts.ErrOut, "parley: skipped", describe(x.path, x.err))
	}
	if r.progress {
		if now := r.opts.Now(); now.Sub(r.lastDraw) > 100*time.Millisecond || r.next == r.total {
			r.lastDraw = now
			fmt.Fprintf(r.opts.ErrOut, "\r\033[K%d/%d files, %d failed", r.ok+r.failed, r.total, r.failed)
		}
	}
}

func (r *reporter) clearLine() {
	if r.progress {
		fmt.Fprint(r.opts.ErrOut, "\r\033[K")
	}
}

func (r *reporter) finish(elapsed time.Duration) {
	r.clearLine()
	rate := ""
	if s := elapsed.Seconds(); s > 0 {
		rate = fmt.Sprintf(", %.0f files/s", float64(r.ok+r.failed)/s)
	}
	fmt.Fprintf(r.opts.ErrOut, "parley batch: %d ok, %d failed, %d files in %s%s\n",
		r.ok, r.failed, r.total, elapsed.Round(time.Millisecond), rate)
}
