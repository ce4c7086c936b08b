package extract

import (
	"sort"
	"strings"
)

// The classifier's rules ask again and again whether a word is in one of
// its word lists, and at every word which cues can start there. Both are
// answered once per document: each token gets the bits of the lists that
// hold its folded form and the cues that can start at it, from one lookup
// in the classifier's vocabulary.

// wordSet is a set of word lists, one bit per list made by newWordSet.
type wordSet uint64

// listWords maps each folded word to the lists that hold it. It is filled
// while the package's list variables are initialised, and read-only after.
var (
	listWords = map[string]wordSet{}
	listCount int
)

// newWordSet declares a word list and returns its bit.
func newWordSet(words ...string) wordSet {
	if listCount == 64 {
		panic("extract: more than 64 classifier word lists")
	}
	s := wordSet(1) << listCount
	listCount++
	for _, w := range words {
		listWords[w] |= s
	}
	return s
}

// wordInfo is what the classifier knows of a folded word.
type wordInfo struct {
	sets wordSet
	cues []int32 // patterns whose first word matches it, in tie-break order
}

// cueIndex gives each folded word the wordInfo of its class: a word of the
// vocabulary (the lists' words and the cues' exact first words) has its
// own; any other word shares one with the words that start like it, since
// the prefix cues that match it are those whose text its start spells. It
// finds the class by walking a byte trie of the vocabulary and the prefix
// texts, with no hashing.
//
// Patterns are ranked as longest tries them: those whose first word is
// exact (in compile order), then the prefix cues (in compile order).
type cueIndex struct {
	patterns []cuePattern
	infos    []wordInfo // by class id
	nodes    []trieNode
	root     [256]int32 // the root's child by byte, or -1
}

type trieNode struct {
	edges      []trieEdge // sorted by byte
	word, pass int32      // class of the word ending here (-1 if no vocabulary word does), and of other words reaching here
	depth      int
}

type trieEdge struct {
	b  byte
	to int32
}

func newCueIndex(patterns []cuePattern) *cueIndex {
	x := &cueIndex{patterns: patterns}
	var prefix []int32
	exact := map[string][]int32{}
	for i, p := range patterns {
		if p.words[0].prefix {
			prefix = append(prefix, int32(i))
		} else {
			exact[p.words[0].text] = append(exact[p.words[0].text], int32(i))
		}
	}
	vocab := make([]string, 0, len(listWords)+len(exact))
	for w := range listWords {
		vocab = append(vocab, w)
	}
	for w := range exact {
		if _, ok := listWords[w]; !ok {
			vocab = append(vocab, w)
		}
	}
	sort.Strings(vocab)
	x.nodes = []trieNode{{word: -1}}
	for _, w := range vocab {
		x.insert(w)
	}
	for _, i := range prefix {
		x.insert(patterns[i].words[0].text)
	}
	for b := range x.root {
		x.root[b] = x.child(0, byte(b))
	}
	prefixesOf := func(w string) []int32 { // the prefix cues whose text starts w
		var out []int32
		for _, i := range prefix {
			if strings.HasPrefix(w, patterns[i].words[0].text) {
				out = append(out, i)
			}
		}
		return out
	}
	for _, w := range vocab {
		n := x.walk(w)
		x.nodes[n].word = int32(len(x.infos))
		x.infos = append(x.infos, wordInfo{sets: listWords[w], cues: append(append([]int32(nil), exact[w]...), prefixesOf(w)...)})
	}
	x.passInfos(0, nil, prefixesOf)
	return x
}

// insert adds the path of w to the trie.
func (x *cueIndex) insert(w string) {
	n := int32(0)
	for i := 0; i < len(w); i++ {
		c := x.child(n, w[i])
		if c < 0 {
			c = int32(len(x.nodes))
			x.nodes = append(x.nodes, trieNode{word: -1, depth: i + 1})
			es := append(x.nodes[n].edges, trieEdge{b: w[i], to: c})
			sort.Slice(es, func(a, b int) bool { return es[a].b < es[b].b })
			x.nodes[n].edges = es
		}
		n = c
	}
}

// passInfos gives node n (spelling path) and those below it their class
// for words outside the vocabulary.
func (x *cueIndex) passInfos(n int32, path []byte, prefixesOf func(string) []int32) {
	x.nodes[n].pass = int32(len(x.infos))
	x.infos = append(x.infos, wordInfo{cues: prefixesOf(string(path))})
	for _, e := range x.nodes[n].edges {
		x.passInfos(e.to, append(path, e.b), prefixesOf)
	}
}

func (x *cueIndex) child(n int32, b byte) int32 {
	for _, e := range x.nodes[n].edges {
		if e.b == b {
			return e.to
		}
	}
	return -1
}

// walk returns the deepest node on w's path.
func (x *cueIndex) walk(w string) int32 {
	if w == "" {
		return 0
	}
	n := x.root[w[0]]
	if n < 0 {
		return 0
	}
	for i := 1; i < len(w); i++ {
		c := x.child(n, w[i])
		if c < 0 {
			break
		}
		n = c
	}
	return n
}

// class returns the class id of folded word w.
func (x *cueIndex) class(w string) int32 {
	n := &x.nodes[x.walk(w)]
	if n.depth == len(w) && n.word >= 0 {
		return n.word
	}
	return n.pass
}

// setsOf returns the word lists that hold folded word w.
func setsOf(w string) wordSet { return listWords[w] }
