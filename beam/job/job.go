package job

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // registers every runner and the local and gs:// filesystems
)

// Exit codes, as parley's.
const (
	ExitOK       = 0 // every document done
	ExitFindings = 1 // some documents went to the dead letters
	ExitError    = 2 // usage error, or the job failed
)

func init() {
	register.DoFn4x1[context.Context, []byte, func(string), func(string), error](&listFn{})
	register.DoFn4x1[context.Context, string, func(string), func(string), error](&extractFn{})
	register.DoFn2x0[string, func(string, string)](&keyFn{})
	register.DoFn4x1[context.Context, string, func(*string) bool, func(string), error](&writeShardFn{})
	register.DoFn2x0[string, func(string, string)](&deadFn{})
	register.DoFn2x0[[]byte, func(string, string)](&filesFn{})
	register.DoFn3x1[context.Context, string, func(*string) bool, error](&writeLinesFn{})
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Iter1[string]()
}

// Extract lists opts.Inputs and runs parley's pipeline on every file, one
// document per element, writing <opts.OutputDir>/<id>.json as `parley
// batch` does: ids holds the ids written, dead the dead-letter lines.
func Extract(s beam.Scope, opts Options) (ids, dead beam.PCollection) {
	s = s.Scope("parley")
	paths, listDead := beam.ParDo2(s, &listFn{Inputs: opts.Inputs}, beam.Impulse(s))
	// The listing is one element on one worker: spread the paths out.
	paths = beam.Reshuffle(s, paths)
	ids, extractDead := beam.ParDo2(s, &extractFn{extractor: opts.extractor(), Dir: opts.OutputDir}, paths)
	return ids, beam.Flatten(s, listDead, extractDead)
}

// extractShards lists opts.Inputs, groups the paths by JSON Lines file
// and has each file written by one DoFn call that extracts its documents
// (see writeShardFn); it returns the dead letters.
func extractShards(s beam.Scope, opts Options) (dead beam.PCollection) {
	s = s.Scope("parley")
	paths, listDead := beam.ParDo2(s, &listFn{Inputs: opts.Inputs}, beam.Impulse(s))
	shards := make([]string, opts.Shards)
	for i := range shards {
		shards[i] = shardName(opts.OutputDir, i, opts.Shards)
	}
	keyed := beam.Flatten(s,
		beam.ParDo(s, &keyFn{Dir: opts.OutputDir, Shards: opts.Shards}, paths),
		beam.ParDo(s, &filesFn{Files: shards}, beam.Impulse(s)))
	shardDead := beam.ParDo(s, &writeShardFn{extractor: opts.extractor()}, beam.GroupByKey(s, keyed))
	return beam.Flatten(s, listDead, shardDead)
}

func (o Options) extractor() extractor {
	return extractor{Lexicons: o.Lexicons, Stages: o.Stages, Timeout: o.Timeout, MaxBytes: o.MaxBytes}
}

// Build adds the whole job to s: the extraction, the writers of the
// articles, and the writer of the dead letters.
func Build(s beam.Scope, opts Options) {
	var dead beam.PCollection
	if opts.Format == FormatJSONL {
		dead = extractShards(s, opts)
	} else {
		_, dead = Extract(s, opts)
	}
	s = s.Scope("dead letters")
	keyed := beam.Flatten(s,
		beam.ParDo(s, &deadFn{File: opts.DeadLetter}, dead),
		beam.ParDo(s, &filesFn{Files: []string{opts.DeadLetter}}, beam.Impulse(s)))
	beam.ParDo0(s, &writeLinesFn{}, beam.GroupByKey(s, keyed))
}

// Summary is what a finished run reports.
type Summary struct {
	OK, Failed int64
	Elapsed    time.Duration
}

// Run builds the job and runs it on the runner that --runner names
// (prism, in this process, by default). It returns nil and no error when
// the runner only described or submitted the job (--dry_run, --async).
func Run(ctx context.Context, opts Options) (*Summary, error) {
	p, s := beam.NewPipelineWithRoot()
	Build(s, opts)
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return nil, err
	}
	if res == nil || *jobopts.Async {
		return nil, nil
	}
	sum := &Summary{Elapsed: time.Since(start)}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		switch {
		case c.Namespace() != "parley":
		case c.Name() == "ok":
			sum.OK += c.Result()
		case c.Name() == "failed":
			sum.Failed += c.Result()
		}
	}
	return sum, nil
}

// Main is parley-beam: it parses args into the command line's flags
// (Beam's runner flags are there too), lets Beam take over if the process
// was started as a worker, runs the job and returns the exit code.
func Main(args []string, stderr io.Writer) int {
	fs := flag.CommandLine
	fs.Init("parley-beam", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { usage(fs) }
	v := bindFlags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitError
	}
	// After flag parsing: a worker started by a runner runs here and exits.
	beam.Init()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts, err := v.options(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "parley-beam:", err)
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "Run 'parley-beam -help' for usage.")
		}
		return ExitError
	}
	sum, err := Run(ctx, opts)
	if err != nil {
		fmt.Fprintln(stderr, "parley-beam: job failed:", err)
		return ExitError
	}
	if sum == nil {
		return ExitOK
	}
	total := sum.OK + sum.Failed
	rate := ""
	if sec := sum.Elapsed.Seconds(); sec > 0 {
		rate = fmt.Sprintf(", %.0f files/s", float64(total)/sec)
	}
	fmt.Fprintf(stderr, "parley-beam: %d ok, %d failed, %d files in %s%s\n",
		sum.OK, sum.Failed, total, sum.Elapsed.Round(time.Millisecond), rate)
	if sum.Failed > 0 {
		fmt.Fprintln(stderr, "parley-beam: failures are listed in", opts.DeadLetter)
		return ExitFindings
	}
	return ExitOK
}

func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprint(w, `Usage: parley-beam --input DIR|GLOB --output_dir DIR --dead_letter FILE [flags]

Runs parley on every input as an Apache Beam pipeline: on the prism runner
in this process by default, or on Dataflow, Flink or Spark (--runner).
Each article is written to DIR/<id>.json exactly as 'parley batch' writes
it, or with --format jsonl to --shards JSON Lines files. A document that
cannot be read or extracted, or that takes longer than --timeout, is
listed in the dead-letter file (JSON Lines: path, stage, reason) and the
job goes on. Exit code 0: all done; 1: some documents failed; 2: usage
error or failed job.

parley's flags:
`)
	for _, name := range []string{"input", "output_dir", "dead_letter", "format", "shards", "lexicon", "timeout", "max_bytes"} {
		f := fs.Lookup(name)
		fmt.Fprintf(w, "  --%s\n    \t%s", f.Name, f.Usage)
		if f.DefValue != "" && f.DefValue != "[]" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprint(w, `
Runner flags (Beam's own; every flag is listed after them):
  --runner prism|dataflow|flink|spark|universal   (default prism)
  --endpoint HOST:PORT --environment_type LOOPBACK|DOCKER|PROCESS   (Flink, Spark)
  --project --region --staging_location --worker_binary --dry_run   (Dataflow)

All flags:
`)
	fs.PrintDefaults()
}
