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

// WriteExplanation prints a decision for people: the label and rule, the
// score per label against the threshold, then each cue with its weight and
// the rule that changed it.
func WriteExplanation(w io.Writer, d *pipeline.Document, dec Decision) error {
	var b strings.Builder
	fmt.Fprintf(&b, "sentence %d: %s\n", dec.Sentence, d.Slice(d.Sentences[dec.Sentence].Span))
	fmt.Fprintf(&b, "label:  %s (rule %s)\n", dec.Label, dec.Rule)
	fmt.Fprintf(&b, "scores:")
	for _, l := range labelOrder() {
		fmt.Fprintf(&b, " %s=%.2f", l, dec.Scores[l])
	}
	fmt.Fprintf(&b, " (threshold %.2f)\n", dec.Threshold)
	for _, m := range dec.Matches {
		fmt.Fprintf(&b, "  %-9s %5.2f  %q [%d,%d)", m.Label, m.Weight, m.Text, m.Start, m.End)
		if m.Note != "" {
			fmt.Fprintf(&b, "  (%s)", m.Note)
		}
		b.WriteByte('\n')
	}
	if len(dec.Actors) > 0 {
		fmt.Fprintf(&b, "actors: %s\n", strings.Join(dec.Actors, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
