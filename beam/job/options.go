package job

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/pipeline"
)

// Output formats.
const (
	FormatJSON  = "json"  // one <id>.json per article, indented as by `parley batch`
	FormatJSONL = "jsonl" // sharded JSON Lines, one compact object a line
)

// DefaultTimeout bounds the work on one document.
const DefaultTimeout = 2 * time.Minute

// Options is one run of the job.
type Options struct {
	Inputs     []string // folders (their *.txt files) or globs, local or any Beam filesystem
	OutputDir  string
	DeadLetter string // JSON Lines file of the documents that failed
	Format     string // FormatJSON or FormatJSONL
	Shards     int    // JSON Lines files, for FormatJSONL
	Lexicons   []Lexicon
	Timeout    time.Duration // per document; 0 for none
	MaxBytes   int           // largest input read, as parley's --max-bytes; 0 for no bound

	// Stages names a stage list registered with RegisterStages; "" is
	// parley's full pipeline (extract.Stages).
	Stages string
}

// Lexicon is a user gazetteer, read where the job is launched and carried
// inside the pipeline, so that workers need no access to the file.
type Lexicon struct {
	Name string
	Data []byte
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// flagValues are the command-line flags before they are checked.
type flagValues struct {
	inputs, lexicons stringList
	opts             Options
}

func bindFlags(fs *flag.FlagSet) *flagValues {
	v := &flagValues{}
	fs.Var(&v.inputs, "input", "input folder (its *.txt files) or glob, local or gs://; repeatable")
	fs.StringVar(&v.opts.OutputDir, "output_dir", "", "output folder, local or gs:// (required)")
	fs.StringVar(&v.opts.DeadLetter, "dead_letter", "", "JSON Lines file for the documents that failed: path, stage, reason (required)")
	fs.StringVar(&v.opts.Format, "format", FormatJSON, "json: <id>.json per article as `parley batch` writes it; jsonl: sharded JSON Lines")
	fs.IntVar(&v.opts.Shards, "shards", 1, "number of JSON Lines files (--format jsonl); each is extracted by one worker thread, so use at least as many as the job has cores")
	fs.Var(&v.lexicons, "lexicon", "extra gazetteer file (TYPE<TAB>NAME[<TAB>ALIAS|...]); repeatable")
	fs.DurationVar(&v.opts.Timeout, "timeout", DefaultTimeout, "time allowed for one document, after which it goes to the dead letters; 0 for no limit")
	fs.IntVar(&v.opts.MaxBytes, "max_bytes", pipeline.MaxInputBytes, "largest input in bytes; a larger one goes to the dead letters unread")
	return v
}

// usageError is a bad command line (exit code 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// options checks the flags and reads the lexicons.
func (v *flagValues) options(ctx context.Context) (Options, error) {
	o := v.opts
	o.Inputs = v.inputs
	switch {
	case len(o.Inputs) == 0:
		return o, &usageError{"--input is required"}
	case o.OutputDir == "":
		return o, &usageError{"--output_dir is required"}
	case o.DeadLetter == "":
		return o, &usageError{"--dead_letter is required"}
	case o.Format != FormatJSON && o.Format != FormatJSONL:
		return o, &usageError{fmt.Sprintf("--format must be %s or %s, got %q", FormatJSON, FormatJSONL, o.Format)}
	case o.Shards < 1:
		return o, &usageError{fmt.Sprintf("--shards must be at least 1, got %d", o.Shards)}
	case o.Timeout < 0:
		return o, &usageError{fmt.Sprintf("--timeout must not be negative, got %s", o.Timeout)}
	case o.MaxBytes < 1:
		return o, &usageError{fmt.Sprintf("--max_bytes must be at least 1, got %d", o.MaxBytes)}
	}
	for _, p := range v.lexicons {
		data, err := readAll(ctx, p)
		if err != nil {
			return o, fmt.Errorf("lexicon: %w", err)
		}
		o.Lexicons = append(o.Lexicons, Lexicon{Name: p, Data: data})
	}
	// Load the models once here, so that a bad lexicon stops the launch
	// rather than every worker.
	if _, err := sharedModels(o.Lexicons); err != nil {
		return o, err
	}
	return o, nil
}

// readAll reads a whole (small) file through Beam's filesystems.
func readAll(ctx context.Context, path string) ([]byte, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	rc, err := fsys.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}

func namedReaders(lexicons []Lexicon) []extract.NamedReader {
	var nr []extract.NamedReader
	for _, lx := range lexicons {
		nr = append(nr, extract.NamedReader{Name: lx.Name, R: bytes.NewReader(lx.Data)})
	}
	return nr
}
