package postag

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"
)

//go:embed model.bin
var modelBin []byte

// Model is the tagger's model: offsets into the embedded model.bin plus
// the class and tag names. It is read-only and safe for concurrent use.
type Model struct {
	bin      []byte   // model.bin; every offset below is into it
	classes  []string // the tags predict can give, in class order
	tags     []string // the classes, "-START-", "-START2-", other tags features name
	bias     int32    // weights of the constant "bias" feature
	prevTag  []int32  // weights of "i-1 tag t", by tag index t, or -1
	prev2Tag []int32  // weights of "i-2 tag t"
	pairs    []int32  // weights of "i tag+i-2 tag t1 t2" at t1*len(tags)+t2
	pref1    [256]int32
	edges    [4]wordInfo // "-START-", "-START2-", "-END-", "-END2-" as neighbours
	vocab    table
	tagRows  []atomic.Pointer[lanes] // bias plus the tag-only features, by tag pair (tagrows.go)
	taggers  sync.Pool               // of *Tagger, for Tag
}

// Load returns the embedded model. It parses model.bin's header (no
// copying of the tables): make one per process and share it.
func Load() (*Model, error) { return parse(modelBin) }

// Feature kinds with one word value, in model.bin's order: bit k of a
// vocabulary entry's mask says it has weights for kind k.
const (
	kWordM1   = iota // "i-1 word"
	kWordM2          // "i-2 word"
	kWordP1          // "i+1 word"
	kWordP2          // "i+2 word"
	kSuffixM1        // "i-1 suffix"
	kSuffixP1        // "i+1 suffix"
	kWord            // "i word"
	kSuffix          // "i suffix"
	kPref1           // "i pref1"
	kTagWord         // "i-1 tag+i word", a list by tag
)

// kindNames must match model.bin's list (gen writes the same).
var kindNames = []string{"i-1 word", "i-2 word", "i+1 word", "i+2 word", "i-1 suffix",
	"i+1 suffix", "i word", "i suffix", "i pref1", "i-1 tag+i word"}

type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b)-r.off {
		if r.err == nil {
			r.err = errors.New("postag: model.bin truncated")
		}
		return nil
	}
	out := r.b[r.off : r.off+n : r.off+n]
	r.off += n
	return out
}

func (r *reader) u32() int {
	b := r.take(4)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(b))
}

func (r *reader) strs() []string {
	n := r.u32()
	var out []string
	for i := 0; i < n && r.err == nil; i++ {
		l := r.take(1)
		if l == nil {
			break
		}
		out = append(out, string(r.take(int(l[0]))))
	}
	return out
}

// vec skips one weight list and returns its offset, or -1 for an empty one.
func (r *reader) vec() int32 {
	off := int32(r.off)
	n := r.take(1)
	switch {
	case n == nil || n[0] == 0:
		return -1
	case n[0] == dense:
		r.take(8 + 8*maxWords)
	default:
		r.take(4 * int(n[0]))
	}
	return off
}

func (r *reader) table() table {
	n, bl := r.u32(), r.u32()
	if r.err == nil && (n == 0 || n&(n-1) != 0) {
		r.err = fmt.Errorf("postag: table size %d is not a power of two", n)
	}
	t := table{slots: r.take(8 * n), mask: uint64(n - 1), bin: r.b, base: int32(r.off)}
	r.take(bl)
	return t
}

func parse(b []byte) (*Model, error) {
	r := &reader{b: b}
	if string(r.take(4)) != "PTAG" || r.u32() != 2 {
		return nil, errors.New("postag: model.bin has the wrong magic or version")
	}
	m := &Model{bin: b, classes: r.strs()}
	m.tags = append(slices.Clone(m.classes), r.strs()...)
	if kinds := r.strs(); r.err == nil && !slices.Equal(kinds, kindNames) {
		return nil, fmt.Errorf("postag: model.bin has feature kinds %q", kinds)
	}
	if len(m.classes) == 0 || len(m.classes) > 3*maskWord || len(m.tags) > 254 {
		return nil, fmt.Errorf("postag: %d classes, %d tags", len(m.classes), len(m.tags))
	}
	m.bias = r.vec()
	for range m.tags {
		m.prevTag = append(m.prevTag, r.vec())
		m.prev2Tag = append(m.prev2Tag, r.vec())
	}
	nt := len(m.tags)
	m.pairs = make([]int32, nt*nt)
	for i := range m.pairs {
		m.pairs[i] = -1
	}
	for range r.u32() {
		ab := r.take(2)
		if ab == nil || int(ab[0]) >= nt || int(ab[1]) >= nt {
			return nil, errors.New("postag: model.bin has a bad tag pair")
		}
		m.pairs[int(ab[0])*nt+int(ab[1])] = r.vec()
	}
	m.vocab = r.table()
	if r.err != nil {
		return nil, r.err
	}
	for c := range m.pref1 {
		m.pref1[c] = m.vocab.kind(m.vocab.find(byteString[c]), kPref1)
	}
	for i, w := range [4]string{"-START-", "-START2-", "-END-", "-END2-"} {
		m.edges[i] = m.neighbour(m.vocab.find(w), m.vocab.find(suffix3(w)))
	}
	m.tagRows = make([]atomic.Pointer[lanes], (nt+1)*(nt+1))
	return m, nil
}

// Classes returns the tag set, in class order (the argmax tie-break).
func (m *Model) Classes() []string { return m.classes }

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// table is model.bin's vocabulary: an open-addressing hash table (see
// doc.go) from a string to its entry.
type table struct {
	slots []byte
	mask  uint64
	bin   []byte // model.bin
	base  int32  // offset of the entries in bin
}

// find returns the offset in model.bin of key's entry, or -1.
func find[K string | []byte](t *table, key K) int32 {
	h := uint64(offset64)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * prime64
	}
	hi := uint32(h >> 32)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[8*j : 8*j+8]
		off := binary.LittleEndian.Uint32(s[4:])
		if off == 0 {
			return -1
		}
		if binary.LittleEndian.Uint32(s) != hi {
			continue
		}
		e := t.base + int32(off-1)
		if int(t.bin[e]) == len(key) && string(t.bin[e+1:e+1+int32(len(key))]) == string(key) {
			return e
		}
	}
}

func (t *table) find(key string) int32 { return find(t, key) }

// An entry is u8 keyLen, key, u8 dict class + 1, u8 flags, u16 mask of
// kinds, a u16 offset (from the entry's start) per kind present, then the
// kinds' data.

// dict returns the tag-dictionary class of entry e, or -1.
func (t *table) dict(e int32) int {
	if e < 0 {
		return -1
	}
	return int(t.bin[e+1+int32(t.bin[e])]) - 1
}

// emoticon reports whether entry e is one of prose's emoticons.
func (t *table) emoticon(e int32) bool {
	return e >= 0 && t.bin[e+2+int32(t.bin[e])]&1 != 0
}

// kind returns the offset of entry e's data for kind k, or -1.
func (t *table) kind(e int32, k int) int32 {
	if e < 0 {
		return -1
	}
	h := e + 3 + int32(t.bin[e])
	mask := uint32(binary.LittleEndian.Uint16(t.bin[h:]))
	if mask&(1<<k) == 0 {
		return -1
	}
	j := h + 2 + 2*int32(bits.OnesCount32(mask&(1<<k-1)))
	return e + int32(binary.LittleEndian.Uint16(t.bin[j:]))
}

// tagMask returns the set of the tag indexes in the kTagWord list at
// offset l, if they are all below 64, else 0.
func (t *table) tagMask(l int32) uint64 {
	if l < 0 {
		return 0
	}
	var mask uint64
	for _, c := range t.bin[l+1 : l+1+int32(t.bin[l])] {
		if c >= 64 {
			return 0
		}
		mask |= 1 << c
	}
	return mask
}

// tagWord returns the offset of the weights of "i-1 tag+i word" for word
// in and previous tag index ti, or -1. With under 64 tags, in.tagMask
// tells without a look at the list whether it holds ti, and where.
func (m *Model) tagWord(in *wordHot, ti int) int32 {
	if len(m.tags) >= 64 {
		return m.vocab.tagWord(in.tagWords, ti)
	}
	bit := uint64(1) << ti
	if in.tagMask&bit == 0 {
		return -1
	}
	l := in.tagWords
	n := int32(m.bin[l])
	j := int32(bits.OnesCount64(in.tagMask & (bit - 1)))
	return l + int32(binary.LittleEndian.Uint16(m.bin[l+1+n+2*j:]))
}

// tagWord returns the offset of the weights of "i-1 tag+i word" for tag
// index ti in the list at offset l (a word's kTagWord data), or -1.
func (t *table) tagWord(l int32, ti int) int32 {
	if l < 0 {
		return -1
	}
	n := int32(t.bin[l])
	tags := t.bin[l+1 : l+1+n]
	for j, c := range tags {
		if int(c) == ti {
			return l + int32(binary.LittleEndian.Uint16(t.bin[l+1+n+2*int32(j):]))
		}
	}
	return -1
}
