package text

// WordFilter holds one bit for each word of a set, by a hash of the
// word's length and three of its bytes: most words looked up in a
// lexicon are in none of its lists, and a clear bit says so without
// hashing the whole word for a map lookup. A set bit proves nothing.
type WordFilter [1 << 16 / 64]uint64

func filterBit(n int, first, mid, last byte) uint32 {
	h := uint32(n)*0x9e3779b1 ^ uint32(first)<<16 ^ uint32(last)<<8 ^ uint32(mid)
	return (h * 0x85ebca6b) >> 16
}

// Add sets w's bit.
func (f *WordFilter) Add(w string) {
	b := uint32(0)
	if len(w) > 0 {
		b = filterBit(len(w), w[0], w[len(w)/2], w[len(w)-1])
	}
	f[b/64] |= 1 << (b % 64)
}

// MayHave reports whether w's bit is set: false means w was never added.
func (f *WordFilter) MayHave(w string) bool {
	b := uint32(0)
	if len(w) > 0 {
		b = filterBit(len(w), w[0], w[len(w)/2], w[len(w)-1])
	}
	return f[b/64]&(1<<(b%64)) != 0
}

// MayHaveBytes is MayHave(string(w)).
func (f *WordFilter) MayHaveBytes(w []byte) bool {
	b := uint32(0)
	if len(w) > 0 {
		b = filterBit(len(w), w[0], w[len(w)/2], w[len(w)-1])
	}
	return f[b/64]&(1<<(b%64)) != 0
}
