package text

import "sync"

// Pool keeps a stage's per-document scratch space for the next document,
// whichever goroutine runs it: made afresh for every document, scratch
// space is most of what a stage allocates. The zero Pool is ready.
type Pool[T any] struct {
	p   sync.Pool
	New func() *T // makes a *T when none is kept; nil for new(T)
}

// Get returns a *T kept by Put, or a new one.
func (p *Pool[T]) Get() *T {
	if x, ok := p.p.Get().(*T); ok {
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return new(T)
}

// Put keeps x for a later Get. The caller first drops x's pointers into
// the document it served, so that a kept buffer does not hold a
// document's memory.
func (p *Pool[T]) Put(x *T) { p.p.Put(x) }

// MaxKept is the most elements (tokens, as a rule) a scratch buffer may
// hold and still be kept: one very long article does not hold its memory
// for the rest of a batch.
const MaxKept = 1 << 16

// Resize returns b with length n and every element zero, reusing b's
// array when it is large enough.
func Resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n, max(n, 64))
	}
	b = b[:n]
	clear(b)
	return b
}
