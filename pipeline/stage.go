package pipeline

import (
	"context"
	"fmt"
)

// Stage is one step of the pipeline. It reads the layers written before it
// and appends its own.
type Stage interface {
	Name() string
	Run(ctx context.Context, d *Document) error
}

// StageFunc adapts a function to Stage.
type StageFunc struct {
	N string
	F func(ctx context.Context, d *Document) error
}

// Name returns the stage name.
func (s StageFunc) Name() string { return s.N }

// Run calls the function.
func (s StageFunc) Run(ctx context.Context, d *Document) error { return s.F(ctx, d) }

// Run runs stages in order on d, checking ctx between them; each stage
// checks it too, every few sentences, so that a deadline or a
// cancellation stops a long document promptly. A failure is returned as
// *StageError, which wraps ctx.Err() (context.DeadlineExceeded,
// context.Canceled) when that is what stopped it.
//
// A panic inside a stage is a bug, but one article must never take a batch
// down with it: it is recovered and reported as that stage's error.
func Run(ctx context.Context, d *Document, stages []Stage) error {
	for _, s := range stages {
		if err := ctx.Err(); err != nil {
			return &StageError{Stage: s.Name(), DocID: d.ID, Err: err}
		}
		if err := runOne(ctx, d, s); err != nil {
			return &StageError{Stage: s.Name(), DocID: d.ID, Err: err}
		}
	}
	return nil
}

func runOne(ctx context.Context, d *Document, s Stage) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (panic): %v", r)
		}
	}()
	return s.Run(ctx, d)
}
