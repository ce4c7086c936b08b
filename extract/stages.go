package extract

import (
	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/extract/entities"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/extract/quotes"
	"github.com/parley-nlp/parley/extract/reader"
	"github.com/parley-nlp/parley/extract/segment"
	"github.com/parley-nlp/parley/extract/tag"
	"github.com/parley-nlp/parley/extract/tokenize"
	"github.com/parley-nlp/parley/pipeline"
)

// Models is what the stages need that is costly to build: make it once per
// process with NewModels and share it between documents and goroutines.
type Models struct {
	Lexicon *lexicon.Lexicon
	Tags    *tag.Model
}

// NamedReader is a user gazetteer file for NewModels.
type NamedReader = lexicon.NamedReader

// NewModels loads the embedded lexicons plus any user gazetteer files, and
// the embedded part-of-speech model.
func NewModels(extra ...NamedReader) (*Models, error) {
	lx, err := lexicon.Load(extra...)
	if err != nil {
		return nil, err
	}
	tm, err := tag.NewModel()
	if err != nil {
		return nil, err
	}
	return &Models{Lexicon: lx, Tags: tm}, nil
}

// Stages is parley's full pipeline, in order. The list is the
// configuration: a caller that wants less takes a prefix or filters it.
func Stages(m *Models) []pipeline.Stage {
	return []pipeline.Stage{
		reader.New(),
		segment.New(m.Lexicon),
		tokenize.New(m.Lexicon),
		tag.New(m.Tags),
		entities.New(m.Lexicon),
		quotes.New(m.Lexicon),
		classify.New(m.Lexicon),
	}
}
