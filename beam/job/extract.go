package job

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	MaxBytes int

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

// extractFn extracts one input path and writes the article to
// <Dir>/<id>.json as `parley batch` does (pipeline.EncodeTo, straight
// into the file: the output of a long article is never held whole). It
// emits the id, or a dead letter; it returns an error only for a failed
// write or a cancelled bundle, never for one document.
type extractFn struct {
	extractor
	Dir string
}

func (f *extractFn) Setup() error { return f.setup() }

func (f *extractFn) Teardown() { f.fs.close() }

func (f *extractFn) ProcessElement(ctx context.Context, path string, emitID func(string), emitDead func(string)) error {
	doc, dead := f.one(ctx, path)
	if err := ctx.Err(); err != nil {
		return err // the bundle was cancelled: not this document's fault
	}
	if doc != nil {
		err := f.fs.writeFileWith(ctx, joinPath(f.Dir, doc.ID+".json"), func(w io.Writer) error {
			var err error
			dead, err = encodeGuarded(path, func() error { return pipeline.EncodeTo(w, doc, false) })
			return err
		})
		if dead == nil && err != nil {
			return err // the output cannot be written: let the runner retry
		}
	}
	if dead != nil {
		docsFailed.Inc(ctx, 1)
		emitDead(dead.line())
		return nil
	}
	docsOK.Inc(ctx, 1)
	emitID(doc.ID)
	return nil
}

// errEncodePanic stops a write whose encoding panicked.
var errEncodePanic = errors.New("encoding panicked")

// encodeGuarded calls encode, turning a panic in it into a dead letter for
// path: one document must not fail its bundle.
func encodeGuarded(path string, encode func() error) (dead *deadLetter, err error) {
	defer func() {
		if r := recover(); r != nil {
			dead, err = panicLetter(path, "encode", r), errEncodePanic
		}
	}()
	return nil, encode()
}

func panicLetter(path, step string, r any) *deadLetter {
	return &deadLetter{Path: path, Stage: step, Reason: fmt.Sprintf("internal error (panic): %v", r)}
}

// one reads path and runs the pipeline on it. Whatever goes wrong, a panic
// included, is returned as a dead letter.
func (f *extractor) one(ctx context.Context, path string) (doc *pipeline.Document, dead *deadLetter) {
	step := "read"
	defer func() {
		if r := recover(); r != nil {
			doc, dead = nil, panicLetter(path, step, r)
		}
	}()
	if f.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.Timeout)
		defer cancel()
	}
	data, err := f.read(ctx, path)
	if err != nil {
		return nil, f.failure(path, step, err)
	}
	step = "input"
	doc, err = pipeline.NewDocumentMax(path, data, f.MaxBytes)
	if err != nil {
		return nil, f.failure(path, step, err)
	}
	step = "pipeline"
	if err := pipeline.Run(ctx, doc, f.stages); err != nil {
		return nil, f.failure(path, step, err)
	}
	return doc, nil
}

// failure describes err, which stopped path at step (or, for a
// *pipeline.StageError, at its stage).
func (f *extractor) failure(path, step string, err error) *deadLetter {
	d := &deadLetter{Path: path, Stage: step, Reason: err.Error()}
	var ie *pipeline.InputError
	var se *pipeline.StageError
	if errors.As(err, &se) {
		d.Stage, d.Reason = se.Stage, se.Err.Error()
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		d.Reason = fmt.Sprintf("stopped after --timeout %s", f.Timeout)
	case errors.As(err, &ie):
		d.Stage, d.Reason = "input", ie.Reason
		if ie.Offset >= 0 {
			d.Reason = fmt.Sprintf("line %d: byte %d: %s", ie.Line, ie.Offset, ie.Reason)
		}
	}
	return d
}
