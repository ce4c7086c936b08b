package eval

import (
	"math"
	"strconv"
)

// PRF is precision, recall and F1 (rounded to 4 places) with the counts
// they come from.
type PRF struct {
	P, R, F1       float64
	TP, Pred, Gold int
}

// Ratio is an accuracy over N cases; Value is nil when N is 0.
type Ratio struct {
	Value *float64
	N     int
}

// QuoteScore scores one quote kind.
type QuoteScore struct {
	PRF
	SpeakerAccuracy *float64 // over matched quotes; nil if none matched
	EndToEnd        PRF      // quote and speaker both right
}

// Named is a score under a name (an entity type or a label), in report
// order.
type Named struct {
	Name string
	PRF
}

// SentenceScore scores segmentation and labels.
type SentenceScore struct {
	Segmentation  PRF
	LabelAccuracy *float64
	ByLabel       []Named
	MacroF1       float64
}

// Summary is the referee's summary of a tally.
type Summary struct {
	Entities        PRF
	EntitiesUntyped PRF
	EntitiesByType  []Named // types with gold or predicted entities only
	Roles           Ratio
	QuotesDirect    QuoteScore
	QuotesIndirect  QuoteScore
	Sentences       SentenceScore
	Metadata        Ratio
}

// round is Python's round(x, 4): correctly rounded, ties to even.
func round(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return r
}

func prf(tp, npred, ngold int) PRF {
	var p, r, f float64
	switch {
	case npred > 0:
		p = float64(tp) / float64(npred)
	case ngold == 0:
		p = 1
	}
	r = 1
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: round(p), R: round(r), F1: round(f), TP: tp, Pred: npred, Gold: ngold}
}

func ratio(ok, n int) *float64 {
	if n == 0 {
		return nil
	}
	v := round(float64(ok) / float64(n))
	return &v
}

// Summarize turns counts into scores.
func Summarize(t *Tally) Summary {
	var s Summary
	tp, ngold := 0, 0
	for _, k := range Types {
		tp += t.get(key("ent_tp", k))
		ngold += t.get(key("ent_gold", k))
	}
	npred := t.get("ent_pred_all")
	s.Entities = prf(tp, npred, ngold)
	s.EntitiesUntyped = prf(t.get("ent_untyped_tp"), npred, ngold)
	s.EntitiesByType = []Named{}
	for _, k := range Types {
		g, p := t.get(key("ent_gold", k)), t.get(key("ent_pred", k))
		if g != 0 || p != 0 {
			s.EntitiesByType = append(s.EntitiesByType, Named{k, prf(t.get(key("ent_tp", k)), p, g)})
		}
	}
	s.Roles = Ratio{ratio(t.get("role_ok"), t.get("role_n")), t.get("role_n")}
	quote := func(kind string) QuoteScore {
		tp := t.get(key("q_tp", kind))
		ok := t.get(key("q_speaker_ok", kind))
		pr, gd := t.get(key("q_pred", kind)), t.get(key("q_gold", kind))
		return QuoteScore{PRF: prf(tp, pr, gd), SpeakerAccuracy: ratio(ok, tp), EndToEnd: prf(ok, pr, gd)}
	}
	s.QuotesDirect, s.QuotesIndirect = quote("direct"), quote("indirect")
	ss := &s.Sentences
	ss.Segmentation = prf(t.get("sent_seg_tp"), t.get("sent_pred"), t.get("sent_gold"))
	ss.LabelAccuracy = ratio(t.get("sent_ok"), t.get("sent_gold"))
	sum := 0.0
	for _, l := range Labels {
		tp, fp, fn := t.get(key("cls_tp", l)), t.get(key("cls_fp", l)), t.get(key("cls_fn", l))
		m := prf(tp, tp+fp, tp+fn)
		ss.ByLabel = append(ss.ByLabel, Named{l, m})
		sum += m.F1
	}
	ss.MacroF1 = round(sum / float64(len(Labels)))
	s.Metadata = Ratio{ratio(t.get("meta_ok"), t.get("meta_n")), t.get("meta_n")}
	return s
}

// pyFloat is Python's repr of a float.
func pyFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case math.IsNaN(f):
		return "NaN"
	}
	if a := math.Abs(f); a != 0 && (a < 1e-4 || a >= 1e16) {
		s := strconv.FormatFloat(f, 'e', -1, 64) // 1e-05 -> "1e-05" as Python
		return s
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s
		}
	}
	return s + ".0"
}

// pyOpt is Python's str() of an optional float: repr or "None".
func pyOpt(f *float64) string {
	if f == nil {
		return "None"
	}
	return pyFloat(*f)
}
