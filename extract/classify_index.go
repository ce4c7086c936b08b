package extract

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
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

// reportingWords is the lexicon's reporting verbs (Lexicon.Reporting):
// each cue index gives the bit to its lexicon's words.
var reportingWords = newWordSet()

// startsCues is the set of the words that some cue may start at: each cue
// index gives the bit to the classes with cues, so that a scan for cues
// passes over the other words by their packed sets alone.
var startsCues = newWordSet()

// cueWordInfo is what the classifier knows of a folded word.
type cueWordInfo struct {
	sets wordSet
	cues []int32 // patterns whose first word matches it, in tie-break order
}

// cueIndex gives each folded word the cueWordInfo of its class: a word of the
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
	infos    []cueWordInfo // by class id
	sets     []wordSet     // infos[c].sets by class c, packed for the rules' many tests
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

func newCueIndex(patterns []cuePattern, reporting map[string]bool) *cueIndex {
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
	inVocab := map[string]bool{}
	for w := range listWords {
		inVocab[w] = true
	}
	for w := range reporting {
		inVocab[w] = true
	}
	for _, p := range patterns {
		for _, cw := range p.words {
			if !cw.prefix {
				inVocab[cw.text] = true
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
		spelled = append(spelled, patterns[i].words[0].text)
	}
	x.build(spelled)
	x.infos = make([]cueWordInfo, 0, len(vocab)+len(x.nodes))
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
		n, _ := cueWalk(x, w)
		x.nodes[n].word = int32(len(x.infos))
		sets := listWords[w]
		if reporting[w] {
			sets |= reportingWords
		}
		x.infos = append(x.infos, cueWordInfo{sets: sets, cues: append(append([]int32(nil), exact[w]...), prefixesOf(w)...)})
	}
	texts := map[string]bool{}
	for _, i := range prefix {
		texts[patterns[i].words[0].text] = true
	}
	x.passInfos(0, nil, prefixesOf(""), func(path []byte, up []int32) []int32 {
		if !texts[string(path)] {
			return up // no prefix cue ends here: the same cues as above
		}
		return prefixesOf(string(path))
	})
	for i := range patterns {
		p := &patterns[i]
		for k := range p.words {
			if cw := &p.words[k]; !cw.prefix {
				cw.class = cueClass(x, cw.text)
			}
		}
		p.second = -1
		if len(p.words) > 1 && !p.words[1].prefix {
			p.second = p.words[1].class
		}
	}
	x.sets = make([]wordSet, len(x.infos))
	for c, info := range x.infos {
		x.sets[c] = info.sets
		if len(info.cues) > 0 {
			x.sets[c] |= startsCues
		}
	}
	return x
}

// build makes the trie of words.
func (x *cueIndex) build(words []string) {
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if x.sym[w[i]] == 0 {
				if x.stride == 255 {
					panic("extract: cue index needs more than 255 symbols")
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
		panic("extract: cue index needs more than 65536 trie nodes")
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
func (x *cueIndex) passInfos(n int32, path []byte, cues []int32, below func(path []byte, up []int32) []int32) {
	x.nodes[n].pass = int32(len(x.infos))
	x.infos = append(x.infos, cueWordInfo{cues: cues})
	row := x.next[int(n)*x.stride : int(n+1)*x.stride]
	for _, b := range x.spelled {
		if c := row[x.sym[b]]; c != 0 {
			p := append(path, b)
			x.passInfos(int32(c), p, below(p, cues), below)
		}
	}
}

// cueWalk returns the deepest node of x on w's path and its depth.
func cueWalk[S string | []byte](x *cueIndex, w S) (int32, int) {
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

// cueClass returns the class in x of folded word w.
func cueClass[S string | []byte](x *cueIndex, w S) int32 {
	n, depth := cueWalk(x, w)
	return x.classAt(n, depth, len(w))
}

// classAt returns the class of a word of the given length whose path
// ends at node n after depth bytes.
func (x *cueIndex) classAt(n int32, depth, length int) int32 {
	if depth == length && x.nodes[n].word >= 0 {
		return x.nodes[n].word
	}
	return x.nodes[n].pass
}

// cueIndexOf returns lx's cue index, built on first use and kept with the
// lexicon, so that the quote stage and the classifier share it and with
// it each document's word classes (see wordClasses). lx must not change
// afterwards.
func cueIndexOf(lx *Lexicon) *cueIndex {
	lx.cues.once.Do(func() { lx.cues.x = newCueIndex(compileCues(lx), lx.Reporting) })
	return lx.cues.x
}

// classesKey names a document's word classes in cue index x among its
// TokenDerived values.
type classesKey struct{ x *cueIndex }

// wordClasses returns the class in x of every token's folded word, found
// once per document for the quote stage and the classifier. The caller
// must not change them.
func wordClasses(d *pipeline.Document, x *cueIndex) []int32 {
	return d.TokenDerived(classesKey{x}, func() any {
		folds := sharedFolds(d)
		class := make([]int32, len(folds))
		classesOf(x, folds, class)
		return class
	}).([]int32)
}

// classesOf sets class[i] to the class in x of folds[i]: cueClass, its
// walk written out here with x's fields held in locals, as it runs for
// every token.
func classesOf(x *cueIndex, folds []string, class []int32) {
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

// setsOf returns the word lists that hold folded word w.
func setsOf(w string) wordSet { return listWords[w] }

// classifyScratch holds one document's folded words, their classes and
// its actor mentions while it is classified. The buffers pass from
// document to document through the classifier's pool.
type classifyScratch struct {
	folds    []string // text.Fold of each token's text (the document's shared folds)
	class    []int32  // class of each token's folded word in the cue index (shared too)
	mentions actorMentions
	// tokens [tokLo[i], tokHi[i]) of d.Tokens are sentence i's (shared
	// with the quote stage)
	tokLo, tokHi []int32
	speech       []speechInfo // by sentence
	labels       []string     // of the sentences decided so far
	matches      []CueMatch   // one sentence's cues
}

// index fills s for d: its folded words, their classes and its actor
// mentions.
func (s *classifyScratch) index(x *cueIndex, d *pipeline.Document) {
	s.folds, s.class = sharedFolds(d), wordClasses(d, x)
	n := len(d.Sentences)
	s.labels = text.Resize(s.labels, n)
	s.tokLo, s.tokHi = sharedSentenceRanges(d)
	s.mentions = mentionStarts(d, s.tokLo, s.tokHi, text.Resize(s.mentions.at, len(d.Tokens)), s.mentions.mentions[:0])
}

// release drops s's references into the document, for s to be kept.
func (s *classifyScratch) release() *classifyScratch {
	s.folds, s.class, s.tokLo, s.tokHi = nil, nil, nil, nil
	for i := range s.speech {
		clear(s.speech[i].speakers)
	}
	clear(s.mentions.mentions)
	clear(s.matches[:cap(s.matches)])
	return s
}
