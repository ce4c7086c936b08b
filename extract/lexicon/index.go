package lexicon

import (
	"cmp"
	"math"
	"slices"
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
	vocab := make([]string, 0, len(lists)+2*len(patterns))
	for w := range lists {
		vocab = append(vocab, w)
	}
	for _, p := range patterns {
		for _, cw := range p.Words {
			if !cw.Prefix {
				vocab = append(vocab, cw.Text)
			}
		}
	}
	slices.Sort(vocab)
	vocab = slices.Compact(vocab)
	texts := make([]string, len(prefix)) // the prefix cues' texts
	for k, i := range prefix {
		texts[k] = patterns[i].Words[0].Text
	}
	kids := x.build(append(vocab[:len(vocab):len(vocab)], texts...), trieSize(vocab, slices.Sorted(slices.Values(texts))))
	cues, order := x.prefixCues(prefix, texts, kids)
	x.infos = make([]classInfo, 0, len(vocab)+len(x.nodes))
	for _, w := range vocab {
		n, _ := walk(x, w)
		x.nodes[n].word = int32(len(x.infos))
		x.infos = append(x.infos, classInfo{sets: lists[w], cues: append(append([]int32(nil), exact[w]...), cues[n]...)})
	}
	// then a class per node for the words outside the vocabulary, whose
	// cues are the prefix cues of the node
	for _, n := range order {
		x.nodes[n].pass = int32(len(x.infos))
		x.infos = append(x.infos, classInfo{cues: cues[n]})
	}
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
		if len(info.cues) > 1 {
			slices.SortStableFunc(info.cues, func(a, b int32) int {
				pa, pb := &patterns[a], &patterns[b]
				if d := len(pb.Words) - len(pa.Words); d != 0 {
					return d
				}
				return cmp.Compare(pb.Weight, pa.Weight)
			})
		}
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

// build makes the trie of words, which has nodes nodes (trieSize), and
// returns the number of children of each node.
func (x *Index) build(words []string, nodes int) []uint8 {
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
	x.nodes = append(make([]trieNode, 0, nodes), trieNode{word: -1})
	if nodes > math.MaxUint16+1 {
		panic("lexicon: the word index needs more than 65536 trie nodes")
	}
	x.next = make([]uint16, x.stride, nodes*x.stride)
	kids := make([]uint8, nodes) // at most 255 symbols
	for _, w := range words {
		n := int32(0)
		for i := 0; i < len(w); i++ {
			e := int(n)*x.stride + int(x.sym[w[i]])
			if x.next[e] == 0 {
				x.next[e] = uint16(len(x.nodes))
				kids[n]++
				x.nodes = append(x.nodes, trieNode{word: -1})
				x.next = append(x.next, make([]uint16, x.stride)...)
			}
			n = int32(x.next[e])
		}
	}
	return kids
}

// trieSize returns the number of nodes of the trie of the words of a and
// b, each sorted: the root and one per distinct non-empty prefix.
func trieSize(a, b []string) int {
	n, prev := 1, ""
	for len(a) > 0 || len(b) > 0 {
		var w string
		if len(b) == 0 || len(a) > 0 && a[0] <= b[0] {
			w, a = a[0], a[1:]
		} else {
			w, b = b[0], b[1:]
		}
		k := 0
		for k < len(w) && k < len(prev) && w[k] == prev[k] {
			k++
		}
		n += len(w) - k
		prev = w
	}
	return n
}

// prefixCues returns, by node, the prefix cues (of prefix, whose texts
// are texts) that the node's path starts with, in compile order, and the
// nodes in the order it visits them: depth first, the children in the
// order of their bytes' symbols (the order in which x.spelled lists the
// bytes). A node with no cue text ending at it shares its parent's slice.
// kids, the number of children of each node, ends the scan of a node's
// row at its last child: most nodes have one child or none.
func (x *Index) prefixCues(prefix []int32, texts []string, kids []uint8) ([][]int32, []int32) {
	ends := make([][]int32, len(x.nodes)) // the cues whose text ends at the node
	for k, t := range texts {
		n, _ := walk(x, t) // the trie spells every text
		ends[n] = append(ends[n], prefix[k])
	}
	cues := make([][]int32, len(x.nodes))
	order := make([]int32, 0, len(x.nodes))
	var down func(n int32, up []int32)
	down = func(n int32, up []int32) {
		if len(ends[n]) > 0 {
			up = mergeSorted(up, ends[n])
		}
		cues[n] = up
		order = append(order, n)
		row, left := x.next[int(n)*x.stride+1:int(n+1)*x.stride], kids[n]
		for i := 0; left > 0; i++ {
			if c := row[i]; c != 0 {
				down(int32(c), up)
				left--
			}
		}
	}
	down(0, nil)
	return cues, order
}

// mergeSorted returns the union of a and b, both ascending and disjoint,
// in a new slice.
func mergeSorted(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
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
	for i := range folds { // by index: a range's element pointer is one more register, and the walk spilled
		w := folds[i]
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
