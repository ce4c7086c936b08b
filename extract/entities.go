package extract

import (
	"context"

	"github.com/parley-nlp/parley/pipeline"
)

// EntityFinder finds named entities. Input: Sentences, Tokens (with tags).
// Output: Entities, each one real-world referent with its mentions.
type EntityFinder struct{ lx *Lexicon }

// NewEntityFinder returns the entity stage.
func NewEntityFinder(lx *Lexicon) *EntityFinder { return &EntityFinder{lx: lx} }

// Name implements pipeline.Stage.
func (*EntityFinder) Name() string { return "entities" }

// Run implements pipeline.Stage.
func (f *EntityFinder) Run(_ context.Context, d *pipeline.Document) error { return nil }
