package lexicon

import (
	"fmt"
	"strconv"
)

// Weights are the classifier's threshold and the weights its rules give
// or scale, from weights.tsv.
type Weights struct {
	Threshold            float64 // a label wins when its summed weight passes this
	ConditionalWarning   float64 // a warning with a condition, as a demand
	Request              float64 // a request verb + addressee + to + verb, as a demand
	BackgroundParticiple float64 // scales an agreement cue on a background participle
	InsideQuotation      float64 // scales an agreement cue inside quotation marks
	DirectSpeech         float64 // named direct speech, as a reaction
	ReportedSpeech       float64 // reported speech, as a reaction
	FactReporting        float64 // scales reported speech brought by a fact-reporting word

	seen uint16 // which fields a line set, by their order in fields
}

// fields names the fields of w as weights.tsv does.
func (w *Weights) fields() [8]struct {
	name string
	v    *float64
} {
	return [...]struct {
		name string
		v    *float64
	}{
		{"threshold", &w.Threshold}, {"conditional_warning", &w.ConditionalWarning}, {"request", &w.Request},
		{"background_participle", &w.BackgroundParticiple}, {"inside_quotation", &w.InsideQuotation},
		{"direct_speech", &w.DirectSpeech}, {"reported_speech", &w.ReportedSpeech}, {"fact_reporting", &w.FactReporting},
	}
}

// set reads one NAME<TAB>VALUE line.
func (w *Weights) set(f []string) error {
	if len(f) != 2 {
		return fmt.Errorf("want NAME<TAB>VALUE")
	}
	for i, x := range w.fields() {
		if x.name != f[0] {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return fmt.Errorf("%s: %w", f[0], err)
		}
		*x.v, w.seen = v, w.seen|1<<i
		return nil
	}
	return fmt.Errorf("unknown weight %q", f[0])
}

// check reports a weight no line set.
func (w *Weights) check() error {
	for i, x := range w.fields() {
		if w.seen&(1<<i) == 0 {
			return fmt.Errorf("no line sets %s", x.name)
		}
	}
	return nil
}
