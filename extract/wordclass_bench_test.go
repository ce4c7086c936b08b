package extract

import "testing"

// BenchmarkWordClasses times finding the cue-index class of every token's
// folded word over the test articles (the folded words built outside the
// timing).
func BenchmarkWordClasses(b *testing.B) {
	m := testModels(b)
	docs, _ := speechDocs(b, m)
	x := cueIndexOf(m.Lexicon)
	folds := make([][]string, len(docs))
	n, toks := 0, 0
	for i, d := range docs {
		folds[i] = sharedFolds(d)
		n += len(d.Text)
		toks += len(d.Tokens)
	}
	b.SetBytes(int64(n))
	var class []int32
	cpu0 := cpuTime()
	for b.Loop() {
		for _, f := range folds {
			class = reslice(class, len(f))
			classesOf(x, f, class)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(toks), "tokens")
}

func BenchmarkWordTouch(b *testing.B) {
	m := testModels(b)
	docs, _ := speechDocs(b, m)
	folds := make([][]string, len(docs))
	for i, d := range docs {
		folds[i] = sharedFolds(d)
	}
	var class []int32
	cpu0 := cpuTime()
	for b.Loop() {
		for _, f := range folds {
			class = reslice(class, len(f))
			for i, w := range f {
				s := int32(0)
				for j := 0; j < len(w); j++ {
					s += int32(w[j])
				}
				class[i] = s
			}
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}
