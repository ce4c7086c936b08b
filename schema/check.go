package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/parley-nlp/parley/pipeline"
)

// Check reports what the schema cannot say about out, the output for the
// article input: ids are e1, e2, ... and q1, q2, ... in order, sentence ids
// their index; speakers and actors name entities that exist (a speaker
// under that entity's name); every span satisfies 0 <= start < end <=
// bytes and its text is input[start:end]; a mention lies in the sentence
// it names and a quote starts there, a sentence lies in its paragraph;
// and bytes and sha256 are the input's. It returns every problem found.
func Check(out *pipeline.Output, input []byte) []error {
	c := checker{in: input, out: out}
	c.article()
	ents := map[string]string{}
	for i, e := range out.Entities {
		at := fmt.Sprintf("entities[%d]", i)
		c.id(at, e.ID, "e", i)
		ents[e.ID] = e.Text
		for k, m := range e.Mentions {
			mat := fmt.Sprintf("%s.mentions[%d]", at, k)
			if c.span(mat, m.Start, m.End, &m.Text) {
				c.inSentence(mat, m.Sentence, m.Start, m.End)
			}
		}
	}
	for i, q := range out.Quotes {
		at := fmt.Sprintf("quotes[%d]", i)
		c.id(at, q.ID, "q", i)
		if c.span(at, q.Start, q.End, &q.Text) {
			// only its start: a quote whose closing mark is missed runs on
			// into the next sentences, and is still a quote of its first
			c.inSentence(at, q.Sentence, q.Start, q.Start+1)
		}
		if sp := q.Speaker; sp != nil {
			name, ok := ents[sp.Entity]
			switch {
			case !ok:
				c.errf("%s.speaker.entity: no entity %q", at, sp.Entity)
			case name != sp.Text:
				c.errf("%s.speaker.text: %q is not the name of %s, %q", at, sp.Text, sp.Entity, name)
			}
			c.span(at+".speaker.mention", sp.MentionStart, sp.MentionEnd, &sp.Mention)
		}
	}
	for i, s := range out.Sentences {
		at := fmt.Sprintf("sentences[%d]", i)
		if s.ID != i {
			c.errf("%s.id: %d, want its index %d", at, s.ID, i)
		}
		if c.span(at, s.Start, s.End, &s.Text) {
			if p := s.Paragraph; p < 0 || p >= len(out.Article.Paragraphs) {
				c.errf("%s.paragraph: %d is no paragraph (%d)", at, p, len(out.Article.Paragraphs))
			} else if ps := out.Article.Paragraphs[p]; s.Start < ps.Start || s.End > ps.End {
				c.errf("%s: [%d,%d) is not inside paragraph %d [%d,%d)", at, s.Start, s.End, p, ps.Start, ps.End)
			}
		}
		for _, a := range s.Actors {
			if _, ok := ents[a]; !ok {
				c.errf("%s.actors: no entity %q", at, a)
			}
		}
	}
	return c.errs
}

type checker struct {
	in   []byte
	out  *pipeline.Output
	errs []error
}

func (c *checker) errf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf(format, args...))
}

func (c *checker) article() {
	a := &c.out.Article
	if a.Bytes != len(c.in) {
		c.errf("article.bytes: %d, but the input has %d", a.Bytes, len(c.in))
	}
	if sum := sha256.Sum256(c.in); a.SHA256 != hex.EncodeToString(sum[:]) {
		c.errf("article.sha256: not the digest of the input")
	}
	end := 0
	for i, p := range a.Paragraphs {
		at := fmt.Sprintf("article.paragraphs[%d]", i)
		if c.span(at, p.Start, p.End, nil) && p.Start < end {
			c.errf("%s: starts at %d, inside the paragraph before it (ends at %d)", at, p.Start, end)
		}
		end = p.End
	}
}

// id checks that the i-th id of a layer is prefix + (i+1).
func (c *checker) id(at, id, prefix string, i int) {
	if want := fmt.Sprintf("%s%d", prefix, i+1); id != want {
		c.errf("%s.id: %q, want %q", at, id, want)
	}
}

// span checks 0 <= start < end <= len(input) and, if text is given, that
// it is the slice; it reports whether the span is in bounds.
func (c *checker) span(at string, start, end int, text *string) bool {
	if start < 0 || start >= end || end > len(c.in) {
		c.errf("%s: [%d,%d) is not a span of the %d-byte input", at, start, end, len(c.in))
		return false
	}
	if text != nil && *text != string(c.in[start:end]) {
		c.errf("%s.text: %q, but input[%d:%d] is %q", at, *text, start, end, c.in[start:end])
	}
	return true
}

// inSentence checks that [start, end) lies in sentence i.
func (c *checker) inSentence(at string, i, start, end int) {
	ss := c.out.Sentences
	if i < 0 || i >= len(ss) {
		c.errf("%s.sentence: %d is no sentence (%d)", at, i, len(ss))
		return
	}
	if s := ss[i]; start < s.Start || end > s.End {
		c.errf("%s: [%d,%d) is not inside sentence %d [%d,%d)", at, start, end, i, s.Start, s.End)
	}
}
