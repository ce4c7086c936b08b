package extract

import (
	"context"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/parley-nlp/parley/pipeline"
)

// TagModel is prose's part-of-speech model, decoded once per process.
type TagModel struct{ m *prose.Model }

// NewTagModel decodes prose's averaged-perceptron tagger. It takes a good
// part of start-up time, so build it once and share it: a *TagModel is safe
// for concurrent use (prose only reads it while tagging).
func NewTagModel() (*TagModel, error) {
	doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	return &TagModel{m: doc.Model}, nil
}

// Tagger sets Token.Tag with prose's tagger, one sentence at a time.
// Input: Sentences, Tokens. Output: Tokens[i].Tag (Penn Treebank tags).
// prose tokenizes on its own and returns text without offsets, so its
// tokens are realigned to ours with a forward cursor.
type Tagger struct{ model *TagModel }

// NewTagger returns the tagging stage over a shared model.
func NewTagger(m *TagModel) *Tagger { return &Tagger{model: m} }

// Name implements pipeline.Stage.
func (*Tagger) Name() string { return "tag" }

// Run implements pipeline.Stage.
func (t *Tagger) Run(ctx context.Context, d *pipeline.Document) error {
	for si := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s := d.Sentences[si].Span
		pd, err := prose.NewDocument(d.Text[s.Start:s.End], prose.UsingModel(t.model.m),
			prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			return err
		}
		alignTags(d.Text, pd.Tokens(), d.SentenceTokens(si))
	}
	return nil
}

// alignTags gives each of our tokens the tag of the prose token with the
// same text, matching in order within a small window: prose tokenizes on
// its own, returns no offsets, and rewrites curly quotes to straight ones.
func alignTags(text string, pts []prose.Token, toks []pipeline.Token) {
	k := 0
	for _, pt := range pts {
		w := quoteFolder.Replace(pt.Text)
		for j := k; j < len(toks) && j < k+4; j++ {
			if quoteFolder.Replace(text[toks[j].Start:toks[j].End]) == w {
				toks[j].Tag = pt.Tag
				k = j + 1
				break
			}
		}
	}
	// Tokens prose split differently get a tag from their shape.
	for i := range toks {
		if toks[i].Tag == "" {
			toks[i].Tag = shapeTag(text[toks[i].Start:toks[i].End])
		}
	}
}

var quoteFolder = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "«", "\"", "»", "\"", "„", "\"")

func shapeTag(w string) string {
	switch {
	case w == "’s" || w == "'s":
		return "POS"
	case len(w) == 1 && strings.ContainsAny(w, ".!?"):
		return "."
	case strings.ContainsAny(w[:1], "0123456789"):
		return "CD"
	case strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1]:
		return "NNP"
	case strings.ContainsAny(w, ",;:\"“”«»„‘’()-—–"):
		return ":"
	}
	return "NN"
}
