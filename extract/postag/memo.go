package postag

// memo maps the words a Tagger has seen to their index in Tagger.words.
// It is an open-addressing table over one byte arena of keys: a lookup
// hashes the word once and compares it once, nothing is allocated per
// word, and the GC has no pointers to follow.
type memo struct {
	slots []memoSlot // a power of two in length, at most half full
	keys  []byte     // the keys, back to back
	offs  []uint32   // offs[k] is the offset in keys of word index k's key
	n     int        // slots in use
}

// memoSlot is one key: its first eight bytes (all of a short key, the
// usual case, which then needs no look at keys), its length and its word
// index (0 for an empty slot: index 0 is an edge, never a word).
type memoSlot struct {
	pre uint64
	len uint32
	k   int32
}

const memoMinSlots = 1 << 10

const memoMul = 0x9E3779B97F4A7C15 // odd, with well-spread bits

// memoKey returns key's first eight bytes, little-endian and zero-padded,
// and its hash.
func memoKey(key string) (pre, h uint64) {
	if len(key) >= 8 {
		return memoKeyLong(key)
	}
	pre = le(key)
	h = (pre ^ uint64(len(key))<<59) * memoMul
	// The product's high bits depend on all of the input's; fold them
	// into the low bits that pick the slot.
	return pre, h ^ h>>29
}

// memoKeyIn is memoKey(text[start:end]), reading a short key's bytes in
// one load when text has eight bytes from start: a byte-by-byte read
// branches on the key's length.
func memoKeyIn(text string, start, end int) (pre, h uint64) {
	n := end - start
	if n >= 8 || len(text)-start < 8 {
		return memoKey(text[start:end])
	}
	return memoKeyShort(text, start, n)
}

// memoKeyShort is memoKeyIn for a key of n < 8 bytes with eight bytes of
// text from start.
func memoKeyShort(text string, start, n int) (pre, h uint64) {
	pre = le64(text[start:]) & (1<<(8*n) - 1)
	h = (pre ^ uint64(n)<<59) * memoMul
	return pre, h ^ h>>29
}

// lookupIn is lookup(text[start:end]) with memoKeyIn's prefix and hash,
// which it also returns for put: one call where a short key, the usual
// case, needs no other.
func (m *memo) lookupIn(text string, start, end int) (k int32, pre, h uint64) {
	n := end - start
	if n >= 8 || len(text)-start < 8 {
		pre, h = memoKey(text[start:end])
	} else { // memoKeyShort, written out: the compiler does not inline it
		pre = le64(text[start:]) & (1<<(8*n) - 1)
		h = (pre ^ uint64(n)<<59) * memoMul
		h ^= h >> 29
	}
	mask := uint64(len(m.slots) - 1)
	for j := h & mask; len(m.slots) > 0; j = (j + 1) & mask {
		s := &m.slots[j]
		if s.pre == pre && int(s.len) == n && s.k != 0 &&
			(n <= 8 || m.keyIs(s, text[start:end])) {
			return s.k, pre, h
		}
		if s.k == 0 {
			break
		}
	}
	return 0, pre, h
}

// memoKeyLong is memoKey for a key of eight bytes or more.
func memoKeyLong(key string) (pre, h uint64) {
	n := len(key)
	pre = le64(key)
	h = pre * memoMul
	for s := key[8:]; s != ""; s = s[min(8, len(s)):] {
		if len(s) < 8 {
			s = key[n-8:] // the last eight bytes, overlapping
		}
		h = (h ^ le64(s)) * memoMul
	}
	h = (h ^ uint64(n)) * memoMul
	return pre, h ^ h>>29
}

// le64 returns the first eight bytes of s, little-endian.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le returns s, shorter than eight bytes, little-endian and zero-padded.
func le(s string) uint64 {
	var x uint64
	i := 0
	if len(s)&4 != 0 {
		_ = s[3]
		x = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		i = 4
	}
	if len(s)&2 != 0 {
		_ = s[i+1]
		x |= (uint64(s[i]) | uint64(s[i+1])<<8) << (8 * i)
		i += 2
	}
	if len(s)&1 != 0 {
		x |= uint64(s[i]) << (8 * i)
	}
	return x
}

// get returns key's word index, or 0, and key's prefix and hash for put.
func (m *memo) get(key string) (k int32, pre, h uint64) {
	pre, h = memoKey(key)
	return m.lookup(key, pre, h), pre, h
}

// lookup returns the word index of key, of prefix pre and hash h, or 0.
func (m *memo) lookup(key string, pre, h uint64) int32 {
	mask := uint64(len(m.slots) - 1)
	for j := h & mask; len(m.slots) > 0; j = (j + 1) & mask {
		s := &m.slots[j]
		if s.pre == pre && int(s.len) == len(key) && s.k != 0 &&
			(len(key) <= 8 || m.keyIs(s, key)) {
			return s.k
		}
		if s.k == 0 {
			break
		}
	}
	return 0
}

// put adds key, of prefix pre and hash h and not yet in m, as word index
// k (k > 0).
func (m *memo) put(key string, pre, h uint64, k int32) {
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	if int(k) >= len(m.offs) {
		m.offs = append(m.offs, make([]uint32, int(k)+1-len(m.offs))...)
	}
	m.offs[k] = uint32(len(m.keys))
	m.keys = append(m.keys, key...)
	m.insert(memoSlot{pre: pre, len: uint32(len(key)), k: k}, h)
	m.n++
}

// key returns slot s's key.
func (m *memo) key(s *memoSlot) string {
	off := m.offs[s.k]
	return string(m.keys[off : off+s.len])
}

// keyIs reports whether slot s's key is w: the conversion written in the
// comparison, which then copies nothing (key's result would be copied).
func (m *memo) keyIs(s *memoSlot, w string) bool {
	off := m.offs[s.k]
	return string(m.keys[off:off+s.len]) == w
}

// insert places s, whose hash is h, in the first free slot from h on.
func (m *memo) insert(s memoSlot, h uint64) {
	mask := uint64(len(m.slots) - 1)
	j := h & mask
	for m.slots[j].k != 0 {
		j = (j + 1) & mask
	}
	m.slots[j] = s
}

// grow doubles the table, rehashing the keys.
func (m *memo) grow() {
	old := m.slots
	m.slots = make([]memoSlot, max(memoMinSlots, 2*len(old)))
	for _, s := range old {
		if s.k != 0 {
			_, h := memoKey(m.key(&s))
			m.insert(s, h)
		}
	}
}

// reset empties m, keeping its memory.
func (m *memo) reset() {
	clear(m.slots)
	m.keys = m.keys[:0]
	m.n = 0
}
