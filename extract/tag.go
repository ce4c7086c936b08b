package extract

import (
	"context"
	"strings"
	"sync"

	"github.com/parley-nlp/parley/extract/postag"
	"github.com/parley-nlp/parley/pipeline"
)

// TagModel is the part-of-speech model: prose's averaged perceptron as
// package postag embeds it.
type TagModel struct {
	m       *postag.Model
	taggers sync.Pool // of *postag.Tagger, which remember words across documents
}

// NewTagModel loads the embedded tagger model. It is cheap (no decoding)
// and a *TagModel is safe for concurrent use.
func NewTagModel() (*TagModel, error) {
	m, err := postag.Load()
	if err != nil {
		return nil, err
	}
	return &TagModel{m: m}, nil
}

func (m *TagModel) tagger() *postag.Tagger {
	if tg, ok := m.taggers.Get().(*postag.Tagger); ok {
		return tg
	}
	return m.m.NewTagger()
}

// Tagger sets Token.Tag, one sentence at a time, with prose's tagging
// rules (package postag) over our own tokens. Input: Sentences, Tokens.
// Output: Tokens[i].Tag (Penn Treebank tags). Curly quotes are tagged as
// the straight ones prose's tokenizer turns them into.
type Tagger struct{ model *TagModel }

// NewTagger returns the tagging stage over a shared model.
func NewTagger(m *TagModel) *Tagger { return &Tagger{model: m} }

// Name implements pipeline.Stage.
func (*Tagger) Name() string { return "tag" }

// Run implements pipeline.Stage.
func (t *Tagger) Run(ctx context.Context, d *pipeline.Document) error {
	tagger := t.model.tagger()
	defer t.model.taggers.Put(tagger)
	// A sentence's tokens are those starting in it, as SentenceTokens
	// finds them, but found by walking the tokens alongside the sentences
	// (both sorted) instead of two binary searches a sentence.
	lo := 0 // no token before lo starts at or after the sentence's start
	for si, s := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if si > 0 && s.Start < d.Sentences[si-1].Start {
			lo = d.TokenIndex(s.Start)
		}
		for lo < len(d.Tokens) && d.Tokens[lo].Start < s.Start {
			lo++
		}
		hi := lo
		tagger.Start()
		for ; hi < len(d.Tokens) && d.Tokens[hi].Start < s.End; hi++ {
			tagger.AddIn(d.Text, d.Tokens[hi].Start, d.Tokens[hi].End, proseText)
		}
		toks := d.Tokens[lo:hi]
		for i, tag := range tagger.Finish() {
			toks[i].Tag = tag
		}
		if si+1 < len(d.Sentences) && d.Sentences[si+1].Start >= s.End {
			lo = hi
		}
	}
	return nil
}

// proseText is w as prose's tokenizer would pass it to the tagger: curly
// quotes (and &rsquo;) straightened. It allocates only when it changes w,
// and the tagger calls it only for a word it has not seen.
func proseText(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == 0xE2 || c == '&' {
			return proseSanitizer.Replace(w)
		}
	}
	return w
}

// proseSanitizer is prose v2's tokenizer sanitizer (tokenize.go).
var proseSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")
