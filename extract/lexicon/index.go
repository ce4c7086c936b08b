package lexicon

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
)

// The stages ask again and again whether a word is in one of the word
// lists, and the classifier at every word which cues can start there.
// Both are answered once per word of a document: the tokenizer gives each
// token the class of its folded form in the Index, and a class holds the
// bits of the lists and the cues of its words.

// classInfo is what the lexicon knows of the folded words of one class.
type classInfo struct {
	sets List
	cues []int32 // patterns whose first word matches it, in tie-break order
	// seconds has bit c%64 for the class c of each cue's exact second
	// word, or all bits if some cue has no exact second word: the word
	// after a word of this class can start a match only if its bit is set
	seconds uint64
}

// Index gives each folded word the classInfo of its class: a word of the
// vocabulary (the lists' words and the cues' exact words) has its own;
// any other word shares one with the words that start like it, since the
// prefix cues that match it are those whose text its start spells. It
// finds the class by walking a byte trie of the vocabulary and the prefix
// texts, with no hashing.
//
// Patterns are ranked as longest tries them: those whose first word is
// exact (in compile order), then the prefix cues (in compile order).
type Index struct {
	patterns []Pattern
	infos    []classInfo // by class id
	sets     []List      // infos[c].sets by class c, packed for the rules' many tests
	nodes    []trieNode
	// The trie's edges, as a table: the child of node n by byte b is
	// next[n*stride+sym[b]], 0 for none (the root is no child); sym[b] is
	// 0 for a byte no path spells. 16-bit node numbers keep the table small
	// enough for the cache: every token's word walks it.
	next    []uint16
	sym     [256]uint8
	stride  int
	spelled []byte // the bytes with a symbol, in the order they got it
}

type trieNode struct {
	word int32 // class of the word ending here, or -1 if no vocabulary word does
	pass int32 // class of the other words whose path ends here
}

func newIndex(patterns []Pattern, lists map[string]List) *Index {
	x := &Index{patterns: patterns}
	var prefix []int32
	exact := map[string][]int32{}
	for i, p := range patterns {
		if p.Words[0].Prefix {
			prefix = append(prefix, int32(i))
		} else {
			exact[p.Words[0].Text] = append(exact[p.Words[0].Text], int32(i))
		}
	}
	inVocab := map[string]bool{}
	for w := range lists {
		inVocab[w] = true
	}
	for _, p := range patterns {
		for _, cw := range p.Words {
			if !cw.Prefix {
				inVocab[cw.Text] = true
			}
		}
	}
	vocab := make([]string, 0, len(inVocab))
	for w := range inVocab {
		vocab = append(vocab, w)
	}
	sort.Strings(vocab)
	spelled := append([]string(nil), vocab...)
	for _, i := range prefix {
		spelled = append(spelled, patterns[i].Words[0].Text)
	}
	x.build(spelled)
	x.infos = make([]classInfo, 0, len(vocab)+len(x.nodes))
	prefixesOf := func(w string) []int32 { // the prefix cues whose text starts w
		var out []int32
		for _, i := range prefix {
			if strings.HasPrefix(w, patterns[i].Words[0].Text) {
				out = append(out, i)
			}
		}
		return out
	}
	for _, w := range vocab {
		n, _ := walk(x, w)
		x.nodes[n].word = int32(len(x.infos))
		x.infos = append(x.infos, classInfo{sets: lists[w], cues: append(append([]int32(nil), exact[w]...), prefixesOf(w)...)})
	}
	texts := map[string]bool{}
	for _, i := range prefix {
		texts[patterns[i].Words[0].Text] = true
	}
	x.passInfos(0, nil, prefixesOf(""), func(path []byte, up []int32) []int32 {
		if !texts[string(path)] {
			return up // no prefix cue ends here: the same cues as above
		}
		return prefixesOf(string(path))
	})
	for i := range patterns {
		p := &patterns[i]
		for k := range p.Words {
			if cw := &p.Words[k]; !cw.Prefix {
				cw.Class = x.Class(cw.Text)
			}
		}
		p.Second = -1
		if len(p.Words) > 1 && !p.Words[1].Prefix {
			p.Second = p.Words[1].Class
		}
	}
	for c := range x.infos { // the order longest tries them: the first that matches wins
		info := &x.infos[c]
		slices.SortStableFunc(info.cues, func(a, b int32) int {
			pa, pb := &patterns[a], &patterns[b]
			if d := len(pb.Words) - len(pa.Words); d != 0 {
				return d
			}
			return cmp.Compare(pb.Weight, pa.Weight)
		})
		for _, i := range info.cues {
			if sc := patterns[i].Second; sc >= 0 {
				info.seconds |= 1 << (sc % 64)
			} else {
				info.seconds = ^uint64(0)
			}
		}
	}
	x.sets = make([]List, len(x.infos))
	for c, info := range x.infos {
		x.sets[c] = info.sets
		if len(info.cues) > 0 {
			x.sets[c] = x.sets[c].Or(StartsCue)
		}
	}
	return x
}

// build makes the trie of words.
func (x *Index) build(words []string) {
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if x.sym[w[i]] == 0 {
				if x.stride == 255 {
					panic("lexicon: the word index needs more than 255 symbols")
				}
				x.stride++
				x.sym[w[i]] = uint8(x.stride)
				x.spelled = append(x.spelled, w[i])
			}
		}
	}
	x.stride++
	nodes := trieSize(words)
	x.nodes = append(make([]trieNode, 0, nodes), trieNode{word: -1})
	if nodes > math.MaxUint16+1 {
		panic("lexicon: the word index needs more than 65536 trie nodes")
	}
	x.next = make([]uint16, x.stride, nodes*x.stride)
	for _, w := range words {
		n := int32(0)
		for i := 0; i < len(w); i++ {
			e := int(n)*x.stride + int(x.sym[w[i]])
			if x.next[e] == 0 {
				x.next[e] = uint16(len(x.nodes))
				x.nodes = append(x.nodes, trieNode{word: -1})
				x.next = append(x.next, make([]uint16, x.stride)...)
			}
			n = int32(x.next[e])
		}
	}
}

// trieSize returns the number of nodes of the trie of words: the root
// and one per distinct non-empty prefix.
func trieSize(words []string) int {
	sorted := slices.Clone(words)
	slices.Sort(sorted)
	n, prev := 1, ""
	for _, w := range sorted {
		k := 0
		for k < len(w) && k < len(prev) && w[k] == prev[k] {
			k++
		}
		n += len(w) - k
		prev = w
	}
	return n
}

// passInfos gives node n (spelling path, with the prefix cues cues) and
// those below it their class for words outside the vocabulary; below
// returns the prefix cues of a child from its path and n's.
func (x *Index) passInfos(n int32, path []byte, cues []int32, below func(path []byte, up []int32) []int32) {
	x.nodes[n].pass = int32(len(x.infos))
	x.infos = append(x.infos, classInfo{cues: cues})
	row := x.next[int(n)*x.stride : int(n+1)*x.stride]
	for _, b := range x.spelled {
		if c := row[x.sym[b]]; c != 0 {
			p := append(path, b)
			x.passInfos(int32(c), p, below(p, cues), below)
		}
	}
}

// walk returns the deepest node of x on w's path and its depth.
func walk(x *Index, w string) (int32, int) {
	n := int32(0)
	for i := 0; i < len(w); i++ {
		c := x.next[int(n)*x.stride+int(x.sym[w[i]])] // column 0, of unspelled bytes, is all 0
		if c == 0 {
			return n, i
		}
		n = int32(c)
	}
	return n, len(w)
}

// Class returns the class of folded word w.
func (x *Index) Class(w string) int32 {
	n, depth := walk(x, w)
	return x.classAt(n, depth, len(w))
}

// classAt returns the class of a word of the given length whose path
// ends at node n after depth bytes.
func (x *Index) classAt(n int32, depth, length int) int32 {
	if depth == length && x.nodes[n].word >= 0 {
		return x.nodes[n].word
	}
	return x.nodes[n].pass
}

// Classes sets class[i] to the class of folds[i]: Class, its walk written
// out here with x's fields held in locals, as it runs for every token.
func (x *Index) Classes(folds []string, class []int32) {
	next, sym, stride, nodes := x.next, &x.sym, x.stride, x.nodes
	class = class[:len(folds)]
	for i, w := range folds {
		n, d := 0, 0
		for ; d < len(w); d++ {
			c := next[n*stride+int(sym[w[d]])] // column 0, of unspelled bytes, is all 0
			if c == 0 {
				break
			}
			n = int(c)
		}
		if nd := &nodes[n]; d == len(w) && nd.word >= 0 {
			class[i] = nd.word
		} else {
			class[i] = nd.pass
		}
	}
}

// Sets returns the lists of each class, by class: the rules test
// Sets()[class]&list.
func (x *Index) Sets() []List { return x.sets }

// Cues returns the patterns whose first word matches a word of class c,
// in the order longest tries them: the longer first, then the heavier,
// then as listed; so the first that matches is the one it wants.
func (x *Index) Cues(c int32) []int32 { return x.infos[c].cues }

// MayStartCue reports whether a cue can match at a word of class c
// followed by a word of class next (-1 at the end of the sentence): false
// says that none of Cues(c) does, true that one may.
func (x *Index) MayStartCue(c, next int32) bool {
	s := x.infos[c].seconds
	return s == ^uint64(0) || next >= 0 && s&(1<<(next%64)) != 0
}

// Patterns returns the compiled cues, which Cues indexes.
func (x *Index) Patterns() []Pattern { return x.patterns }

// Index returns lx's word index.
func (lx *Lexicon) Index() *Index { return lx.index }
