package postag

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

//go:embed model.bin
var modelBin []byte

// Model is the tagger's model: slices of the embedded model.bin plus the
// class names. It is read-only and safe for concurrent use.
type Model struct {
	classes   []string
	emoticons map[string]struct{}
	dict      table
	feats     table
	bias      scores                   // the constant "bias" feature's weights: every sum starts here
	tagRows   []atomic.Pointer[scores] // bias plus the tag-only features, by tag pair (tagrows.go)
}

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load returns the embedded model. The first call parses model.bin's
// header (no copying of the tables); later calls return the same *Model.
func Load() (*Model, error) {
	loadOnce.Do(func() { loaded, loadError = parse(modelBin) })
	return loaded, loadError
}

// table is an open-addressing hash table in model.bin (see doc.go).
type table struct {
	slots []byte
	mask  uint64
	blob  []byte
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		if r.err == nil {
			r.err = errors.New("postag: model.bin truncated")
		}
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
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

func (r *reader) table() table {
	n, bl := r.u32(), r.u32()
	if r.err == nil && (n == 0 || n&(n-1) != 0) {
		r.err = fmt.Errorf("postag: table size %d is not a power of two", n)
	}
	return table{slots: r.take(12 * n), mask: uint64(n - 1), blob: r.take(bl)}
}

func parse(b []byte) (*Model, error) {
	r := &reader{b: b}
	if string(r.take(4)) != "PTAG" || r.u32() != 1 {
		return nil, errors.New("postag: model.bin has the wrong magic or version")
	}
	m := &Model{classes: r.strs()}
	emo := r.strs()
	m.dict = r.table()
	m.feats = r.table()
	if r.err != nil {
		return nil, r.err
	}
	if len(m.classes) == 0 || len(m.classes) > 64 {
		return nil, fmt.Errorf("postag: %d classes", len(m.classes))
	}
	m.emoticons = make(map[string]struct{}, len(emo))
	for _, e := range emo {
		m.emoticons[e] = struct{}{}
	}
	if e := m.feats.find(hashStr(offset64, "bias"), "bias", "", "", false); e >= 0 {
		m.bias.add(m.feats.blob[e:])
	}
	m.tagRows = make([]atomic.Pointer[scores], (len(m.classes)+2)*(len(m.classes)+2))
	return m, nil
}

// Classes returns the tag set, in class order (the argmax tie-break).
func (m *Model) Classes() []string { return m.classes }

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h
}

// find returns the blob offset of the entry whose key is pfx+a, or
// pfx+a+" "+b when two is set, or -1. h is that key's FNV-1a hash. Entries
// start with u8 keyLen, u8 payload, then the key.
func (t *table) find(h uint64, pfx, a, b string, two bool) int {
	n := len(pfx) + len(a)
	if two {
		n += 1 + len(b)
	}
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[12*j : 12*j+12]
		off := int(binary.LittleEndian.Uint32(s[8:]))
		if off == 0 {
			return -1
		}
		if binary.LittleEndian.Uint64(s) != h {
			continue
		}
		e := t.blob[off-1:]
		if int(e[0]) != n {
			continue
		}
		k := e[2 : 2+n]
		if string(k[:len(pfx)]) != pfx || string(k[len(pfx):len(pfx)+len(a)]) != a {
			continue
		}
		if two && (k[len(pfx)+len(a)] != ' ' || string(k[len(pfx)+len(a)+1:]) != b) {
			continue
		}
		return off - 1
	}
}
