package job

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/parley-nlp/parley/pipeline"
)

// Counters of the job summary: failed counts the dead letters.
var (
	docsOK     = beam.NewCounter("parley", "ok")
	docsFailed = beam.NewCounter("parley", "failed")
)

// deadLetter is one line of the dead-letter file: the input, the step that
// failed ("list", "read", "input", a stage's name, "encode") and why.
type deadLetter struct {
	Path   string `json:"path"`
	Stage  string `json:"stage"`
	Reason string `json:"reason"`
}

// line is d as one line of JSON Lines, newline included.
func (d deadLetter) line() string {
	b, _ := json.Marshal(d) // three strings: cannot fail
	return string(b) + "\n"
}

// extractor runs parley's pipeline on one document; the DoFns that
// extract embed it. Its exported fields travel with the DoFn.
type extractor struct {
	Lexicons []Lexicon
	Stages   string
	Timeout  time.Duration

	stages []pipeline.Stage
	fs     fileSystems
}

func (f *extractor) setup() error {
	m, err := sharedModels(f.Lexicons)
	if err != nil {
		return err
	}
	f.stages, err = stagesFor(f.Stages, m)
	return err
}

// extractFn extracts one input path and emits the article's id and JSON
// (indented, as `parley batch` writes it), or a dead letter. It returns an
// error only when its bundle is cancelled: one document never fails a
// bundle.
type extractFn struct {
	extractor
}

func (f *extractFn) Setup() error { return f.setup() }

func (f *extractFn) ProcessElement(ctx context.Context, path string, emitDoc func(string, []byte), emitDead func(string)) error {
	id, out, dead := f.one(ctx, path, false)
	if err := ctx.Err(); err != nil {
		return err // the bundle was cancelled: not this document's fault
	}
	if dead != nil {
		docsFailed.Inc(ctx, 1)
		emitDead(dead.line())
		return nil
	}
	docsOK.Inc(ctx, 1)
	emitDoc(id, out)
	return nil
}

// one reads, extracts and encodes path, in the JSON Lines form if
// compact. Whatever goes wrong, a panic included, is returned as a dead
// letter.
func (f *extractor) one(ctx context.Context, path string, compact bool) (id string, out []byte, dead *deadLetter) {
	step := "read"
	defer func() {
		if r := recover(); r != nil {
			out, dead = nil, &deadLetter{Path: path, Stage: step, Reason: fmt.Sprintf("internal error (panic): %v", r)}
		}
	}()
	if f.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.Timeout)
		defer cancel()
	}
	fsys, err := f.fs.get(ctx, path)
	if err != nil {
		return "", nil, f.failure(ctx, path, step, err)
	}
	data, err := readInput(ctx, fsys, path, pipeline.MaxInputBytes)
	if err != nil {
		return "", nil, f.failure(ctx, path, step, err)
	}
	step = "input"
	if len(data) > pipeline.MaxInputBytes {
		return "", nil, &deadLetter{Path: path, Stage: step,
			Reason: fmt.Sprintf("input is more than the %d bytes allowed", pipeline.MaxInputBytes)}
	}
	doc, err := pipeline.NewDocument(path, data)
	if err != nil {
		return "", nil, f.failure(ctx, path, step, err)
	}
	// One stage at a time, so that a timeout names the stage it stopped.
	for _, s := range f.stages {
		step = s.Name()
		if err := pipeline.Run(ctx, doc, []pipeline.Stage{s}); err != nil {
			return "", nil, f.failure(ctx, path, step, err)
		}
	}
	step = "encode"
	if compact {
		out, err = pipeline.EncodeCompact(doc)
	} else {
		out = pipeline.AppendEncode(nil, doc)
	}
	if err != nil {
		return "", nil, f.failure(ctx, path, step, err)
	}
	return doc.ID, out, nil
}

// failure describes err, which stopped path at step.
func (f *extractor) failure(ctx context.Context, path, step string, err error) *deadLetter {
	d := &deadLetter{Path: path, Stage: step, Reason: err.Error()}
	var ie *pipeline.InputError
	var se *pipeline.StageError
	switch {
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil:
		d.Reason = fmt.Sprintf("timed out after %s (--timeout)", f.Timeout)
	case errors.As(err, &ie):
		d.Reason = ie.Reason
		if ie.Offset >= 0 {
			d.Reason = fmt.Sprintf("line %d: byte %d: %s", ie.Line, ie.Offset, ie.Reason)
		}
	case errors.As(err, &se):
		d.Reason = se.Err.Error()
	}
	return d
}

func (f *extractFn) Teardown() { f.fs.close() }
