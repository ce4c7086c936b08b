package extract

import (
	"context"

	"github.com/parley-nlp/parley/pipeline"
)

// QuoteFinder finds direct and reported speech and resolves speakers.
// Input: Sentences, Tokens, Entities. Output: Quotes.
type QuoteFinder struct{ lx *Lexicon }

// NewQuoteFinder returns the quote stage.
func NewQuoteFinder(lx *Lexicon) *QuoteFinder { return &QuoteFinder{lx: lx} }

// Name implements pipeline.Stage.
func (*QuoteFinder) Name() string { return "quotes" }

// Run implements pipeline.Stage.
func (f *QuoteFinder) Run(_ context.Context, d *pipeline.Document) error { return nil }
