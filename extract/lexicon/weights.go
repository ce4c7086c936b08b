package lexicon

import (
	"fmt"
	"strconv"
)

// LabelWeights are the sentence classifier's weights, from weights.tsv:
// for each feature, named as the classifier names its features, the
// weight its value adds to each label's score, in LabelColumns order.
type LabelWeights map[string][4]float64

// LabelColumns names the weight columns of weights.tsv, in order.
func LabelColumns() [4]string { return [...]string{"agreement", "demand", "reaction", "other"} }

// set reads one FEATURE<TAB>AGREEMENT<TAB>DEMAND<TAB>REACTION<TAB>OTHER line.
func (w LabelWeights) set(f []string) error {
	if len(f) != 5 {
		return fmt.Errorf("want FEATURE and four weights (agreement, demand, reaction, other), got %d fields", len(f))
	}
	if _, dup := w[f[0]]; dup {
		return fmt.Errorf("feature %q listed twice", f[0])
	}
	var row [4]float64
	for i := range row {
		v, err := strconv.ParseFloat(f[i+1], 64)
		if err != nil {
			return fmt.Errorf("%s: %w", f[0], err)
		}
		row[i] = v
	}
	w[f[0]] = row
	return nil
}
