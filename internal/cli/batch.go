package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
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
	In         io.Reader
	ErrOut     io.Writer
	Models     func(...extract.NamedReader) (*extract.Models, error)
	IsTerminal func(io.Writer) bool
	Now        func() time.Time

	Inputs   []string
	OutDir   string
	Workers  int
	Lexicons []string
	MaxBytes int
	Timeout  time.Duration // per document; 0 for none
	HTML     bool          // also DIR/<id>.html per article and DIR/index.html
}

// NewCmdBatch is `parley batch`. runF replaces runBatch in tests.
func NewCmdBatch(f *Factory, runF func(context.Context, *batchOptions) error) *cobra.Command {
	opts := &batchOptions{}
	cmd := &cobra.Command{
		Use:   "batch DIR|GLOB|FILE|-... --out DIR",
		Short: "Extract many articles in parallel into a folder",
		Long: `Batch extracts every input into DIR/<id>.json (the indented form, written
atomically: a temporary file in DIR renamed into place).

A DIR argument stands for its *.txt files (not recursive); a GLOB (quote it)
for its matches; "-" for the paths on standard input, one a line, taken as
they are (find corpus -name '*.txt' | parley batch - --out out/). A DIR or
GLOB that stands for no file, or no input at all, is a usage error.
Documents run in parallel on --workers goroutines; each output depends only
on its input, so the files are the same for any number of workers. Memory
does not grow with the number of files.

A bad input (unreadable, empty, binary, invalid UTF-8, larger than
--max-bytes, not a regular file such as a FIFO, an id that another input
already took, or a run longer than --timeout) is reported on stderr with its
reason and skipped; every good output is still written and the exit code is
1. Only a signal or a failure to write the output stops the batch early:
exit code 130 for SIGINT, 143 for SIGTERM, 2 for an output error. A signal
stops it within a second, after which no partial or temporary file is left;
temporary files that a killed run (kill -9) left in the output folder are
removed by the next run there.

With --html it also writes DIR/<id>.html beside each JSON file (the page of
"parley render") and DIR/index.html listing every article with its counts.

On a terminal, stderr shows a progress line; a summary line (ok, failed,
elapsed) ends every run, interrupted or not, and counts exactly the files
written.`,
		Example: `  parley batch testdata/articles --out out/
  parley batch 'corpus/2025-*.txt' corpus/extra --out out/ --workers 8
  parley batch corpus/ --out out/ --lexicon names.tsv 2> failures.log
  find corpus -name '*.txt' | parley batch - --out out/ --timeout 10s
  parley batch testdata/articles --out out/ --html   # then open out/index.html`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.In, opts.ErrOut, opts.Models, opts.IsTerminal, opts.Now = f.In, f.ErrOut, f.Models, f.IsTerminal, f.Now
			opts.Inputs = args
			if opts.Workers < 1 {
				return &usageError{fmt.Errorf("--workers must be at least 1, got %d", opts.Workers)}
			}
			if opts.MaxBytes < 1 {
				return &usageError{fmt.Errorf("--max-bytes must be at least 1, got %d", opts.MaxBytes)}
			}
			if opts.Timeout < 0 {
				return &usageError{fmt.Errorf("--timeout must not be negative, got %s", opts.Timeout)}
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
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", 0, "stop a document that runs longer than `D` (as 10s or 2m) and report it as failed; 0 for no limit")
	maxBytesFlag(cmd, &opts.MaxBytes)
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
	files, err := expandInputs(opts.Inputs, opts.In)
	if err != nil {
		return err
	}
	if err := prepareOutDir(opts.OutDir, opts.ErrOut); err != nil {
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
					r.err, fatal = batchOne(gctx, opts, stages, p, outputPath(opts.OutDir, p), &r)
					if fatal != nil {
						return fatal
					}
				}
				// Always delivered (the reporter reads until results is
				// closed), so that the summary counts every file written.
				results <- r
				return nil
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
	if opts.HTML && runErr == nil && ctx.Err() == nil {
		if err := writeIndex(opts.OutDir, index); err != nil {
			return err
		}
	}
	if ctx.Err() != nil {
		runErr = context.Cause(ctx)
	}
	if runErr != nil {
		return fmt.Errorf("batch stopped after %d of %d files: %w", rep.ok+rep.failed, files.len(), runErr)
	}
	if rep.failed > 0 {
		return &FindingsError{}
	}
	return nil
}

// batchOne extracts path into dst, and under --html its page beside it
// (its index row in r). A bad document, or one that runs longer than
// opts.Timeout, is docErr; an output I/O error or a cancellation of the
// batch is fatal and stops the batch.
func batchOne(ctx context.Context, opts *batchOptions, stages []pipeline.Stage, path, dst string, r *batchResult) (docErr, fatal error) {
	data, err := readInputMax(path, nil, opts.MaxBytes)
	var doc *pipeline.Document
	if err == nil {
		dctx := ctx
		if opts.Timeout > 0 {
			var cancel context.CancelFunc
			dctx, cancel = context.WithTimeout(ctx, opts.Timeout)
			defer cancel()
		}
		doc, err = processOrStop(dctx, ctx.Done(), stages, path, data, opts.MaxBytes)
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if errors.Is(err, context.DeadlineExceeded) {
			err = &timeoutError{limit: opts.Timeout, err: err}
		}
		return err, nil
	}
	if err := outfile.WriteFunc(dst, func(w io.Writer) error { return pipeline.EncodeTo(w, doc, false) }); err != nil {
		return nil, err
	}
	if opts.HTML {
		row, err := writePage(doc, dst)
		if err != nil {
			return nil, err
		}
		r.page = row
	}
	return nil, nil
}

// timeoutError: a document ran longer than --timeout.
type timeoutError struct {
	limit time.Duration
	err   error // the *pipeline.StageError that says where it stopped
}

func (e *timeoutError) Error() string {
	var se *pipeline.StageError
	if errors.As(e.err, &se) {
		return fmt.Sprintf("stopped after --timeout %s, in stage %s", e.limit, se.Stage)
	}
	return fmt.Sprintf("stopped after --timeout %s", e.limit)
}

func (e *timeoutError) Unwrap() error { return e.err }

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
		r.report(x)
	}
	if r.progress {
		if now := r.opts.Now(); now.Sub(r.lastDraw) > 100*time.Millisecond || r.next == r.total {
			r.lastDraw = now
			fmt.Fprintf(r.opts.ErrOut, "\r\033[K%d/%d files, %d failed", r.ok+r.failed, r.total, r.failed)
		}
	}
}

// report counts res and prints it if it failed.
func (r *reporter) report(res batchResult) {
	if res.err == nil {
		r.ok++
		return
	}
	r.failed++
	r.clearLine()
	fmt.Fprintln(r.opts.ErrOut, "parley: skipped", describe(res.path, res.err))
}

func (r *reporter) clearLine() {
	if r.progress {
		fmt.Fprint(r.opts.ErrOut, "\r\033[K")
	}
}

func (r *reporter) finish(elapsed time.Duration) {
	// A stopped batch leaves gaps (files that never ran): what finished
	// after them is reported too, in input order.
	for _, i := range slices.Sorted(maps.Keys(r.pending)) {
		r.report(r.pending[i])
	}
	r.clearLine()
	rate := ""
	if s := elapsed.Seconds(); s > 0 {
		rate = fmt.Sprintf(", %.0f files/s", float64(r.ok+r.failed)/s)
	}
	fmt.Fprintf(r.opts.ErrOut, "parley batch: %d ok, %d failed, %d files in %s%s\n",
		r.ok, r.failed, r.total, elapsed.Round(time.Millisecond), rate)
}
