package postag

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tag sets tags[i] to the part-of-speech tag of words[i], for the words of
// one sentence; tags must be at least as long as words. It follows prose's
// perceptronTagger.tag: special cases, then the tag dictionary, then the
// perceptron over prose's 14 features, each word's tag feeding the next.
// An empty word gets the empty tag.
func (m *Model) Tag(words, tags []string) {
	t, ok := m.taggers.Get().(*Tagger)
	if !ok {
		t = m.NewTagger()
	}
	t.Tag(words, tags)
	m.taggers.Put(t)
}

// A Tagger tags sentences as Model.Tag does. It remembers what the model
// says about each distinct word it has seen (up to maxMemo words, then it
// starts afresh), so that a word met again, in this or a later sentence,
// costs one probe of its memo, and the sums of the weights a word gives
// each position it is seen from, and of its "i-1 tag+i word" weights per
// previous tag, so that a prediction adds six such sums to the row of its
// two previous tags. It is not safe for concurrent use.
//
// A sentence is tagged either at once (Tag) or word by word: Start, Add
// per word, then Finish.
type Tagger struct {
	m     *Model
	memo  memo             // word -> index in words
	words []wordInfo       // the edges (see edgeStart), then the words seen
	hot   []wordHot        // per word, what a prediction reads of it
	sums  []lanes          // the words' sums by role, packed (scores.pack); sums[0] is all zero
	sumOf map[sumKey]int32 // the index in sums of the sum of a set of weight lists
	tw    []int32          // per word and tag of its tagMask, the index in sums of its "i-1 tag+i word" weights, once needed, else -1
	ctx   []int32          // the sentence's context, as indexes in words
	tags  []string         // Finish's result
	buf   []byte           // scratch for a normalized word
}

// NewTagger returns a Tagger over m.
func (m *Model) NewTagger() *Tagger {
	t := &Tagger{m: m}
	t.Reset()
	return t
}

// maxMemo and maxSums bound a Tagger's memory: some 100 bytes a word and
// 128 a sum. A sentence may go past them; the Tagger starts afresh at the
// next one.
const (
	maxMemo = 1 << 14
	maxSums = 1 << 15
)

// Reset forgets the words seen.
func (t *Tagger) Reset() {
	t.memo.reset()
	t.words = append(t.words[:0], t.m.edges[:]...)
	t.hot = t.hot[:0]
	for i := range t.words {
		t.hot = append(t.hot, t.m.hot(&t.words[i]))
	}
	t.tw = t.tw[:0]
	t.sums = append(t.sums[:0], lanes{})
	if t.sumOf == nil {
		t.sumOf = make(map[sumKey]int32)
	}
	clear(t.sumOf)
}

// Tag is Model.Tag.
func (t *Tagger) Tag(words, tags []string) {
	t.Start()
	for _, w := range words {
		t.Add(w, nil)
	}
	copy(tags, t.Finish())
}

// Start begins a sentence.
func (t *Tagger) Start() {
	if t.memo.n >= maxMemo || len(t.sums) >= maxSums {
		t.Reset()
	}
	t.ctx = append(t.ctx[:0], edgeStart, edgeStart2)
}

// Add appends a word to the sentence: key's text, or word(key) if word is
// not nil, where key is what the Tagger remembers the word by (word is
// called only for a key not seen before).
func (t *Tagger) Add(key string, word func(string) string) {
	k, pre, h := t.memo.get(key)
	if k == 0 {
		k = t.learn(key, pre, h, word)
	}
	t.ctx = append(t.ctx, k)
}

// AddIn is Add for the key text[start:end].
func (t *Tagger) AddIn(text string, start, end int, word func(string) string) {
	k, pre, h := t.memo.lookupIn(text, start, end)
	if k == 0 {
		k = t.learn(text[start:end], pre, h, word)
	}
	t.ctx = append(t.ctx, k)
}

// learn remembers key, of memo prefix pre and hash h, and returns its
// index in t.words.
func (t *Tagger) learn(key string, pre, h uint64, word func(string) string) int32 {
	w := key
	if word != nil {
		w = word(key)
	}
	m := t.m
	k := int32(len(t.words))
	t.words = append(t.words, t.m.wordInfo(w, &t.buf))
	h0 := m.hot(&t.words[k])
	if h0.tagMask != 0 {
		h0.twBase = int32(len(t.tw))
		for range bits.OnesCount64(h0.tagMask) {
			t.tw = append(t.tw, -1)
		}
	}
	t.hot = append(t.hot, h0)
	t.memo.put(key, pre, h, k)
	return k
}

// Finish tags the sentence's words and returns their tags, which stay
// valid until the next Finish.
func (t *Tagger) Finish() []string {
	m := t.m
	t.ctx = append(t.ctx, edgeEnd, edgeEnd2)
	n := len(t.ctx) - 4
	t.tags = slices.Grow(t.tags[:0], n)[:n]
	tags := t.tags
	i1, i2 := m.startIndex(), m.start2Index() // tag indexes of the two tags before (tagrows.go)
	for i, k := range t.ctx[2 : n+2] {
		in := &t.hot[k]
		ti := int(in.ti)
		if in.predicted {
			if c := t.predict(i, i1, i2); c >= 0 {
				ti = c
			}
		}
		if ti < len(m.tags) {
			tags[i] = m.tags[ti]
		} else {
			tags[i] = t.words[k].tag
		}
		i2, i1 = i1, ti
	}
	return tags
}

// Indexes in Tagger.words of prose's context edges.
const (
	edgeStart = iota
	edgeStart2
	edgeEnd
	edgeEnd2
)

// wordInfo is what the model says about one word: its tag when a special
// case or the tag dictionary gives it, the offsets of the weights of its
// own features when it must be predicted, and those of the features it
// gives its neighbours. An offset is -1 when the model has no weights.
type wordInfo struct {
	tag       string // a special case's tag or the dictionary's, unless predicted
	ti        int32  // tag's index (tagIndex)
	predicted bool

	suffix, pref1, word, tagWords int32  // "i suffix", "i pref1", "i word", "i-1 tag+i word" (list)
	tagMask                       uint64 // the tags of the tagWords list, if the model has under 64 (Model.tagWord)

	wordM1, suffixM1, wordM2 int32 // "i-1 word", "i-1 suffix", "i-2 word"
	wordP1, suffixP1, wordP2 int32 // "i+1 word", "i+1 suffix", "i+2 word"
}

// The roles of a word in a prediction: the word predicted, or the one
// before it, two before, after, two after. A role's sum adds up the
// features that word gives that position.
const (
	roleSelf = iota // "i suffix", "i pref1", "i word"
	roleM1          // "i-1 word", "i-1 suffix"
	roleM2          // "i-2 word"
	roleP1          // "i+1 word", "i+1 suffix"
	roleP2          // "i+2 word"
	numRoles
)

// wordHot is what Finish and predict read of a word, apart from the rest
// of its wordInfo so that more words share a cache line.
type wordHot struct {
	roles     [numRoles]int32 // index in Tagger.sums of each role's sum, once needed, else -1
	tagWords  int32           // wordInfo's
	tagMask   uint64          // wordInfo's
	ti        uint8           // wordInfo's
	predicted bool            // wordInfo's
	last      int8            // the class last predicted for the word, or -1
	twBase    int32           // index in Tagger.tw of the word's first tag
}

// hot returns the wordHot of in.
func (m *Model) hot(in *wordInfo) wordHot {
	return wordHot{
		roles:    [numRoles]int32{-1, -1, -1, -1, -1},
		tagWords: in.tagWords, tagMask: in.tagMask,
		ti: uint8(in.ti), predicted: in.predicted, last: -1,
	}
}

// sum returns the index in t.sums of the sum of word k's role r.
func (t *Tagger) sum(k int32, r int) int32 {
	if j := t.hot[k].roles[r]; j >= 0 {
		return j
	}
	return t.newSum(k, r)
}

// newSum sums word k's role r, the first time it is needed.
func (t *Tagger) newSum(k int32, r int) int32 {
	in := &t.words[k]
	var parts sumKey
	switch r {
	case roleSelf:
		parts = sumKey{in.suffix, in.pref1, in.word}
	case roleM1:
		parts = sumKey{in.wordM1, in.suffixM1, -1}
	case roleM2:
		parts = sumKey{in.wordM2, -1, -1}
	case roleP1:
		parts = sumKey{in.wordP1, in.suffixP1, -1}
	case roleP2:
		parts = sumKey{in.wordP2, -1, -1}
	}
	j := t.sumIndex(parts)
	t.hot[k].roles[r] = j
	return j
}

// sumKey names a sum by the offsets of its weight lists, -1 for none.
type sumKey [3]int32

// sumIndex returns the index in t.sums of the sum of the weight lists at
// offsets parts, summing them the first time. Words often give the same
// lists (a suffix's, a word without weights of its own), and a sum shared
// between them takes less cache than copies.
func (t *Tagger) sumIndex(parts sumKey) int32 {
	if parts == (sumKey{-1, -1, -1}) {
		return 0 // the zero sum
	}
	if j, ok := t.sumOf[parts]; ok {
		return j
	}
	var s scores
	for _, o := range parts {
		s.add(t.m.bin, o)
	}
	j := int32(len(t.sums))
	t.sums = append(t.sums, s.pack())
	t.sumOf[parts] = j
	return j
}

// wordInfo looks w up in the vocabulary; buf is scratch space.
func (m *Model) wordInfo(w string, buf *[]byte) wordInfo {
	v := &m.vocab
	norm, lower := normalize(w)
	var ne, se int32 // entries of the normalized word and of its suffix
	if lower {
		*buf = appendLower((*buf)[:0], w)
		ne, se = find(v, *buf), find(v, suffix3(*buf))
	} else {
		ne, se = v.find(norm), v.find(suffix3(norm))
	}
	in := m.neighbour(ne, se)
	tag := ""
	switch {
	case w == "":
	case w == "-":
		tag = "-"
	default:
		re := ne // w's own entry
		if lower || norm != w {
			re = v.find(w)
		}
		tag = m.special(w, re)
		if c := v.dict(re); tag == "" && c >= 0 {
			in.tag, in.ti = m.classes[c], int32(c)
			return in
		}
		if tag != "" {
			break
		}
		in.predicted = true
		if rs := suffix3(w); lower && string(suffix3(*buf)) != rs || !lower && suffix3(norm) != rs {
			se = v.find(rs)
		}
		in.suffix, in.pref1 = v.kind(se, kSuffix), m.pref1[w[0]]
		in.word, in.tagWords = v.kind(ne, kWord), v.kind(ne, kTagWord)
		in.tagMask = v.tagMask(in.tagWords)
	}
	in.tag, in.ti = tag, int32(m.tagIndex(tag)) // for a predicted word, in case predict finds no class
	return in
}

// neighbour returns a wordInfo holding the features a word whose
// normalized form has entry ne, and its suffix entry se, gives its
// neighbours.
func (m *Model) neighbour(ne, se int32) wordInfo {
	v := &m.vocab
	return wordInfo{
		suffix: -1, pref1: -1, word: -1, tagWords: -1,
		wordM1: v.kind(ne, kWordM1), suffixM1: v.kind(se, kSuffixM1), wordM2: v.kind(ne, kWordM2),
		wordP1: v.kind(ne, kWordP1), suffixP1: v.kind(se, kSuffixP1), wordP2: v.kind(ne, kWordP2),
	}
}

// special returns the tag prose's special cases give w, whose vocabulary
// entry is e (w != "-"), or "".
func (m *Model) special(w string, e int32) string {
	switch {
	case m.vocab.emoticon(e):
		return "SYM"
	case isLinkOrEmail(w):
		return "NN"
	case isNone(w):
		return "-NONE-"
	case isKeep(w):
		return strings.Clone(w) // not to keep the caller's text alive
	}
	return ""
}

// byteString[b] is Go's string(b) for a byte b: prose's "i pref1" value
// is string(w[0]), which for a non-ASCII lead byte is that byte's Latin-1
// rune in UTF-8.
var byteString = func() (t [256]string) {
	for b := range t {
		t[b] = string(rune(b))
	}
	return t
}()

// predict scores prose's features of the i-th word of the sentence in
// t.ctx, given the indexes i1, i2 of the two tags before it, and returns
// the best class, or -1; ties go to the earlier class.
func (t *Tagger) predict(i, i1, i2 int) int {
	// The usual case, sums already made, is read here and the rest left
	// to calls, so that the registers of this path are not spilled for them.
	ctx := t.ctx[i : i+5]
	hot := t.hot
	self, m1, m2 := hot[ctx[2]].roles[roleSelf], hot[ctx[1]].roles[roleM1], hot[ctx[0]].roles[roleM2]
	p1, p2 := hot[ctx[3]].roles[roleP1], hot[ctx[4]].roles[roleP2]
	if min(self, m1, m2, p1, p2) < 0 {
		self, m1, m2 = t.sum(ctx[2], roleSelf), t.sum(ctx[1], roleM1), t.sum(ctx[0], roleM2)
		p1, p2 = t.sum(ctx[3], roleP1), t.sum(ctx[4], roleP2)
	}
	row := t.m.tagRow(i1, i2).Load() // bias and the three tag-only features
	if row == nil {
		row = t.m.tagStart(i1, i2)
	}
	var s scores
	in := &t.hot[ctx[2]]
	tw := int32(0) // the zero sum when the word has no weights for i1
	if bit := uint64(1) << i1; len(t.m.tags) < 64 && in.tagMask&bit != 0 {
		j := in.twBase + int32(bits.OnesCount64(in.tagMask&(bit-1)))
		if tw = t.tw[j]; tw < 0 {
			tw = t.tagWordSum(in, j, i1)
		}
	}
	if tw == 0 { // most words have no weights for the tag before them
		s.sum6(row, &t.sums[self], &t.sums[m1], &t.sums[m2], &t.sums[p1], &t.sums[p2])
	} else {
		s.sum7(row, &t.sums[self], &t.sums[m1], &t.sums[m2], &t.sums[p1], &t.sums[p2], &t.sums[tw])
	}
	if len(t.m.tags) >= 64 { // no tagMask: the list is searched
		s.add(t.m.bin, t.m.tagWord(in, i1))
	}
	// A word's class is most often the one it last had: confirming that
	// it still scores highest is cheaper than finding the highest.
	if c := int(in.last); c >= 0 && s.wins(c) {
		return c
	}
	c := s.best()
	in.last = int8(c)
	return c
}

func suffix3[S string | []byte](s S) S { return s[len(s)-min(len(s), 3):] }

// tagWordSum returns the index in t.sums of the "i-1 tag+i word" weights
// of word in for the tag index ti, whose slot in t.tw is j, summed into
// lanes the first time they are needed: adding a dense sum costs less
// than reading the weight list from the model again.
func (t *Tagger) tagWordSum(in *wordHot, j int32, ti int) int32 {
	if k := t.tw[j]; k >= 0 {
		return k
	}
	k := t.sumIndex(sumKey{t.m.tagWord(in, ti), -1, -1})
	t.tw[j] = k
	return k
}

// normalize is prose's normalize: "!HYPHEN" for a word with an inner
// hyphen, "!YEAR" for a four-character integer, "!DIGITS" for a word that
// starts with a digit, else the word lower-cased. It returns lower=true
// (and no string) when lower-casing changes the word.
func normalize(w string) (s string, lower bool) {
	switch {
	case w == "":
		return "", false
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return "!HYPHEN", false
	case len(w) == 4 && isInt(w):
		return "!YEAR", false
	case '0' <= w[0] && w[0] <= '9':
		return "!DIGITS", false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return "", true
		} else if c >= utf8.RuneSelf {
			if changesLower(w[i:]) {
				return "", true
			}
			return w, false
		}
	}
	return w, false
}

// changesLower reports whether strings.ToLower changes s, which has no
// ASCII upper-case letters.
func changesLower(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return true
			}
		}
		if unicode.ToLower(r) != r {
			return true
		}
	}
	return false
}

// isInt reports whether strconv.Atoi accepts s: an optional sign, then
// one or more ASCII digits (s is short enough not to overflow).
func isInt(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// appendLower appends strings.ToLower(w) to b without allocating.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}
