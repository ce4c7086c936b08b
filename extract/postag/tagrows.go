package postag

import "sync/atomic"

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

// tagIndex returns the index of a tag in m.tags, or len(m.tags) for a tag
// no feature names (a special case's tag may be anything).
func (m *Model) tagIndex(tag string) int {
	for i, c := range m.tags {
		if c == tag {
			return i
		}
	}
	return len(m.tags)
}

// tagRow returns the row of tagRows for the tags before a word (tagStart).
func (m *Model) tagRow(i1, i2 int) *atomic.Pointer[lanes] {
	return &m.tagRows[i1*(len(m.tags)+1)+i2]
}

// tagStart returns the scores predict starts from, packed, given the indexes of
// the two tags before the word (len(m.tags) for an unnamed tag).
func (m *Model) tagStart(i1, i2 int) *lanes {
	nt := len(m.tags)
	row := m.tagRow(i1, i2)
	if s := row.Load(); s != nil {
		return s
	}
	s := biased
	s.add(m.bin, m.bias)
	if i1 < nt {
		s.add(m.bin, m.prevTag[i1])
	}
	if i2 < nt {
		s.add(m.bin, m.prev2Tag[i2])
	}
	if i1 < nt && i2 < nt {
		s.add(m.bin, m.pairs[i1*nt+i2])
	}
	p := new(lanes)
	*p = s.pack()
	row.Store(p)
	return p
}
