package classify

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// Explain returns the decision for sentence si of d, which must have been
// through the stages before classification (Sentences, Tokens, Entities,
// Quotes). The whole document is classified, because a sentence's label
// can depend on the one before it.
func (c *Classifier) Explain(ctx context.Context, d *pipeline.Document, si int) (Decision, error) {
	if si < 0 || si >= len(d.Sentences) {
		return Decision{}, fmt.Errorf("sentence %d out of range [0, %d)", si, len(d.Sentences))
	}
	decs, err := c.Decide(ctx, d)
	if err != nil {
		return Decision{}, err
	}
	return decs[si], nil
}

// WriteExplanation prints a decision for people: the label and rule, each
// label's score, then a table of what makes it up: the bias, and each cue
// or rule feature with its value, what it adds to each label's score,
// its text and byte offsets in the input, and the rule that chose it; a
// cue's own feature on the line after it.
func WriteExplanation(w io.Writer, d *pipeline.Document, dec Decision) error {
	var b strings.Builder
	fmt.Fprintf(&b, "sentence %d: %s\n", dec.Sentence, d.Slice(d.Sentences[dec.Sentence].Span))
	fmt.Fprintf(&b, "label:  %s (rule %s)\n", dec.Label, dec.Rule)
	labels := Labels()
	fmt.Fprintf(&b, "scores:")
	for _, l := range labels {
		fmt.Fprintf(&b, " %s=%.2f", l, dec.Scores[l])
	}
	fmt.Fprintf(&b, "\n  %-24s %5s ", "feature", "value")
	for _, l := range labels {
		fmt.Fprintf(&b, " %9s", l)
	}
	fmt.Fprintf(&b, "\n  %-24s %5s ", "bias", "")
	writeContrib(&b, dec.Bias)
	b.WriteByte('\n')
	for i := range dec.Matches {
		m := &dec.Matches[i]
		var own [4]float64 // what Feature adds: Contrib less the cue's own
		for k := range own {
			own[k] = m.Contrib[k] - m.PhraseContrib[k]
		}
		fmt.Fprintf(&b, "  %-24s %5.2f ", m.Feature, m.Value)
		writeContrib(&b, own)
		fmt.Fprintf(&b, "  %q [%d,%d)", m.Text, m.Start, m.End)
		if m.Note != "" {
			fmt.Fprintf(&b, "  (%s)", m.Note)
		}
		b.WriteByte('\n')
		if m.Phrase != "" {
			fmt.Fprintf(&b, "  %-24s %5.2f ", "+ the cue itself", 1.0)
			writeContrib(&b, m.PhraseContrib)
			fmt.Fprintf(&b, "  (%s)\n", m.Phrase)
		}
	}
	if len(dec.Actors) > 0 {
		fmt.Fprintf(&b, "actors: %s\n", strings.Join(dec.Actors, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeContrib writes what a feature adds to each label's score.
func writeContrib(b *strings.Builder, c [4]float64) {
	for _, v := range c {
		fmt.Fprintf(b, " %+9.2f", v)
	}
}
