package tag

import (
	"context"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/postag"
	"github.com/parley-nlp/parley/pipeline"
)

// Model is the part-of-speech model: prose's averaged perceptron as
// package postag embeds it.
type Model struct {
	m         *postag.Model
	taggers   text.Pool[postag.Tagger] // taggers remember words across documents
	sanitizer *strings.Replacer        // prose v2's tokenizer sanitizer: the text prose's tagger sees
}

// NewModel loads the embedded tagger model. It is cheap (no decoding)
// and a *Model is safe for concurrent use.
func NewModel() (*Model, error) {
	m, err := postag.Load()
	if err != nil {
		return nil, err
	}
	tm := &Model{m: m, sanitizer: strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")}
	tm.taggers.New = m.NewTagger
	return tm, nil
}

// Tagger sets Token.Tag, one sentence at a time, with prose's tagging
// rules (package postag) over our own tokens. Input: Tokens and the
// sentences' token ranges (Index). Output: Tokens[i].Tag (Penn Treebank
// tags). Curly quotes are tagged as the straight ones prose's tokenizer
// turns them into.
type Tagger struct{ model *Model }

// New returns the tagging stage over a shared model.
func New(m *Model) *Tagger { return &Tagger{model: m} }

// Name implements pipeline.Stage.
func (*Tagger) Name() string { return "tag" }

// Reads implements pipeline.Declared.
func (*Tagger) Reads() []pipeline.Layer {
	return []pipeline.Layer{pipeline.LayerText, pipeline.LayerTokens, pipeline.LayerIndex}
}

// Writes implements pipeline.Declared.
func (*Tagger) Writes() []pipeline.Layer { return []pipeline.Layer{pipeline.LayerTags} }

// Run implements pipeline.Stage.
func (t *Tagger) Run(ctx context.Context, d *pipeline.Document) error {
	tagger := t.model.taggers.Get()
	defer t.model.taggers.Put(tagger)
	proseText := t.model.proseText // bound once, not per word
	// locals, not d's fields: the stores into the tokens could alias d,
	// so the fields would be loaded again for every token
	src, all := d.Text, d.Tokens
	for si, r := range d.Index.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		toks := all[r.Lo:r.Hi]
		tagger.Start()
		for i := range toks {
			tagger.AddIn(src, toks[i].Start, toks[i].End, proseText)
		}
		for i, tag := range tagger.Finish() {
			toks[i].Tag = tag
		}
	}
	return nil
}

// proseText is w as prose's tokenizer would pass it to the tagger: curly
// quotes (and &rsquo;) straightened. It allocates only when it changes w,
// and the tagger calls it only for a word it has not seen.
func (m *Model) proseText(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == 0xE2 || c == '&' {
			return m.sanitizer.Replace(w)
		}
	}
	return w
}
