package lexicon

import (
	"encoding/binary"
)

// wordSet is the word table (phrases.go) as open addressing on a cheap
// hash: the entity finder looks up most tokens' folds in it, and a Go
// map's lookup of a short string costs twice as much.
type wordSet struct {
	slots []int32 // index + 1 in keys and infos by slot, 0 for an empty slot
	keys  []string
	infos []WordInfo
	mask  uint64
}

const wordMul = 0xbf58476d1ce4e5b9

// newWordSet holds the words of t, with at most half its slots used so
// that a probe mostly ends at the first slot.
func newWordSet(t map[string]WordInfo) *wordSet {
	n := 16
	for n < 2*len(t) {
		n *= 2
	}
	ws := &wordSet{slots: make([]int32, n), keys: make([]string, 0, len(t)), infos: make([]WordInfo, 0, len(t)), mask: uint64(n - 1)}
	for k, w := range t {
		ws.keys, ws.infos = append(ws.keys, k), append(ws.infos, w)
		i := hashWord(k) & ws.mask
		for ws.slots[i] != 0 {
			i = (i + 1) & ws.mask
		}
		ws.slots[i] = int32(len(ws.keys))
	}
	return ws
}

// mixWord folds the high bits of h, which every byte of the word
// reaches through the multiplications, into the low bits that pick the
// slot.
func mixWord(h uint64) uint64 { return h ^ h>>32 }

// hashWord hashes w in a few loads, as wyhash reads short keys: eight
// bytes at a time and the last eight, or two overlapping four-byte
// loads, or three bytes.
func hashWord(w string) uint64 {
	n := len(w)
	h := uint64(n) * wordMul
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			h = (h ^ le64(w[i:])) * wordMul
		}
		h = (h ^ le64(w[n-8:])) * wordMul
	case n >= 4:
		h = (h ^ uint64(le32(w))<<32 ^ uint64(le32(w[n-4:]))) * wordMul
	case n > 0:
		h = (h ^ uint64(w[0])<<16 ^ uint64(w[n/2])<<8 ^ uint64(w[n-1])) * wordMul
	}
	return mixWord(h)
}

// hashWordBytes is hashWord(string(w)).
func hashWordBytes(w []byte) uint64 {
	n := len(w)
	h := uint64(n) * wordMul
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			h = (h ^ binary.LittleEndian.Uint64(w[i:])) * wordMul
		}
		h = (h ^ binary.LittleEndian.Uint64(w[n-8:])) * wordMul
	case n >= 4:
		h = (h ^ uint64(binary.LittleEndian.Uint32(w))<<32 ^ uint64(binary.LittleEndian.Uint32(w[n-4:]))) * wordMul
	case n > 0:
		h = (h ^ uint64(w[0])<<16 ^ uint64(w[n/2])<<8 ^ uint64(w[n-1])) * wordMul
	}
	return mixWord(h)
}

func (ws *wordSet) get(w string) WordInfo {
	for i := hashWord(w) & ws.mask; ; i = (i + 1) & ws.mask {
		e := ws.slots[i]
		if e == 0 {
			return WordInfo{}
		}
		if ws.keys[e-1] == w {
			return ws.infos[e-1]
		}
	}
}

func (ws *wordSet) getBytes(w []byte) WordInfo {
	for i := hashWordBytes(w) & ws.mask; ; i = (i + 1) & ws.mask {
		e := ws.slots[i]
		if e == 0 {
			return WordInfo{}
		}
		if ws.keys[e-1] == string(w) {
			return ws.infos[e-1]
		}
	}
}
