package pipeline

import (
	"crypto/sha256"
	"slices"
	"unicode/utf8"
)

// Most strings the encoder writes are spans of the input: sentences,
// quotes, mentions. The input is scanned once for the bytes a JSON string
// must escape (textEscapes), so that a span holding none is copied as it
// is instead of being checked byte by byte again for every layer that
// shows it.

// textEscapes appends to esc, in order, the offsets in text where
// appendString writes something other than the text itself: an ASCII
// byte that plain rejects, U+2028 or U+2029, or a byte that is not UTF-8.
func textEscapes(text string, esc []int) []int {
	for i := 0; i < len(text); {
		for i+8 <= len(text) && plainWord(load8(text[i:i+8])) {
			i += 8
		}
		// up to the byte that stopped the words, in a loop that tests
		// nothing else (see appendString)
		for i < len(text) && plain[text[i]] {
			i++
		}
		if i >= len(text) {
			break
		}
		if len(esc) == cap(esc) {
			esc = slices.Grow(esc, len(esc)+1) // doubled: a text of escapes has millions
		}
		if c := text[i]; c < utf8.RuneSelf {
			if !plain[c] {
				esc = append(esc, i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			esc = append(esc, i)
		}
		i += n
	}
	return esc
}

// text appends the span s of the input as a JSON string: appendString of
// its text, which is the text itself when no escape lies inside and the
// span cuts no character in two (a cut one would be invalid UTF-8).
func (w writer) text(b []byte, s Span) []byte {
	t := w.d.Text[s.Start:s.End]
	// a short span (a name) is scanned sooner than looked up
	if len(t) < 24 || !w.verbatim(s) {
		return appendString(b, t)
	}
	b = append(b, '"')
	b = append(b, t...)
	return append(b, '"')
}

// verbatim reports whether span s needs no escape (see text).
func (w writer) verbatim(s Span) bool {
	text := w.d.Text
	if s.Start < len(text) && isContinuation(text[s.Start]) || s.End < len(text) && isContinuation(text[s.End]) {
		return false
	}
	// the first escape at or after s.Start
	lo, hi := 0, len(w.esc)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if w.esc[m] < s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo == len(w.esc) || w.esc[lo] >= s.End
}

// isContinuation: c is a UTF-8 continuation byte, never the first of a
// character.
func isContinuation(c byte) bool { return c&0xC0 == 0x80 }

// outputSize is about the length of what document writes: exact but for
// escapes and for numbers shorter than the longest, which it allows for.
func (w writer) outputSize() int {
	l, d := w.l, w.d
	// the longest offset, sentence and paragraph numbers (-1 included)
	off, sen, par := digits(len(d.Text)), max(digits(len(d.Sentences)), 2), max(digits(len(d.Paragraphs)), 2)
	str := func(s string) int { return len(s) + 2 }
	span := func(s Span) int { return max(s.End-s.Start, 0) + 2 }
	strs := func(a *array, ss []string) int {
		n := 2 + len(a.end)
		for _, s := range ss {
			n += len(a.next) + str(s)
		}
		return n
	}
	list := func(a *array, n, each int) int { return 2 + len(a.end) + n*(len(a.next)+each) }

	n := l.root.size() + str(SchemaVersion) + 3*list(&l.list[1], 0, 0)
	n += l.article.size() + str(d.ID) + str(d.Meta.Title) + str(d.Meta.SourceLanguage) +
		2 + 2*sha256.Size + strs(&l.list[2], d.Meta.Sections) + off +
		list(&l.list[2], len(d.Paragraphs), l.span.size()+2*off)
	for i := range d.Entities {
		e := &d.Entities[i]
		n += len(l.list[1].next) + l.entity.size() + str(e.ID) + str(e.Text) + str(e.Type) + str(e.Role) + valueSize(e.Value) +
			strs(&l.list[3], e.Aliases) + list(&l.list[3], len(e.Mentions), l.mention.size()+2*off+sen)
		for _, m := range e.Mentions {
			n += span(m.Span)
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		n += len(l.list[1].next) + l.quote.size() + str(q.ID) + span(q.Span) + str(q.Kind) + 2*off + sen + str(q.Cue)
		if sp := q.Speaker; sp == nil {
			n += len("null")
		} else {
			n += l.speaker.size() + str(sp.Entity) + str(sp.Text) + span(sp.Mention) + 2*off
		}
	}
	n += len(d.Sentences) * (len(l.list[1].next) + l.sentence.size() + sen + 2*off + par + str(Other) + 4)
	for i := range d.Sentences {
		n += span(d.Sentences[i].Span)
	}
	for i := range d.Labels {
		lb := &d.Labels[i]
		n += str(lb.Label) + strs(&l.list[3], lb.Actors) + list(&l.list[3], len(lb.Cues), 0)
		for _, c := range lb.Cues {
			n += span(c)
		}
	}
	// most escapes (\" \n) add one byte, and a sentence's are often shown
	// again in its quotes and mentions
	return n + 3*len(w.esc) + 64
}

// valueSize is the length of a DATE value as JSON, escapes aside.
func valueSize(v *string) int {
	if v == nil {
		return len("null")
	}
	return len(*v) + 2
}

// size is the length of all o's separators together.
func (o *object) size() int {
	n := len(o.end)
	for _, p := range o.pre {
		n += len(p)
	}
	return n
}

// digits is the length of n written in decimal, with a sign.
func digits(n int) int {
	k := 1
	if n < 0 {
		k, n = 2, -n
	}
	for ; n >= 10; n /= 10 {
		k++
	}
	return k
}
