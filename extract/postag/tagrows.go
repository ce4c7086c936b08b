package postag

// The features "i-1 tag", "i-2 tag" and "i tag+i-2 tag" depend only on the
// two tags before a word, of which there are few: (classes + 2)² pairs.
// tagRows holds, per pair, the bias plus those three features' weights,
// so that predict starts from one row instead of finding three entries
// and adding up to three classes' worth of weights for every word. Sums
// are integers, so the order of adding is free.
//
// A row is summed the first time its pair is seen, not at load: summing
// all of them touches much of model.bin and added 20 ms to start-up.
// Goroutines that race on a row compute the same value, and the atomic
// pointer publishes it whole.

// Indexes of prose's sentence-start tags after the classes.
func (m *Model) startIndex() int  { return len(m.classes) }
func (m *Model) start2Index() int { return len(m.classes) + 1 }

// tagName is the tag with index i: a class, "-START-" or "-START2-".
func (m *Model) tagName(i int) string {
	switch i {
	case m.startIndex():
		return "-START-"
	case m.start2Index():
		return "-START2-"
	}
	return m.classes[i]
}

// addTagFeatures adds the weights of the three tag-only features.
func (m *Model) addTagFeatures(s *scores, p1, p2 string) {
	keys := [3]featKey{{a: p1}, {a: p2}, {a: p1, b: p2, two: true}}
	for j, k := range [3]int{2, 3, 4} {
		if e := m.feats.find(keys[j].hash(k), prefixes[k], keys[j].a, keys[j].b, keys[j].two); e >= 0 {
			s.add(m.feats.blob[e:])
		}
	}
}

// tagStart returns the scores predict starts from, given the two tags
// before the word and their indexes (-1 for a tag outside tagName's,
// such as a special case's "SYM" or "-LRB-").
func (m *Model) tagStart(p1, p2 string, i1, i2 int) scores {
	if i1 < 0 || i2 < 0 {
		s := m.bias
		m.addTagFeatures(&s, p1, p2)
		return s
	}
	row := &m.tagRows[i1*(len(m.classes)+2)+i2]
	if s := row.Load(); s != nil {
		return *s
	}
	s := m.bias
	m.addTagFeatures(&s, p1, p2)
	row.Store(&s)
	return s
}

// tagIndex returns the index of a tag from special, or -1: special's tags
// are whatever its rules say ("NN", "SYM", a word kept as is).
func (m *Model) tagIndex(tag string) int {
	for i, c := range m.classes {
		if c == tag {
			return i
		}
	}
	return -1
}
