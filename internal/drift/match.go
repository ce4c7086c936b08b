package drift

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// entities pairs entities by name (case folded), then the rest by a
// shared mention, the same words at the same offsets (a renamed entity).
func (s *Summary) entities(a, b *pipeline.Output) {
	pairA, pairB := make([]int, len(a.Entities)), make([]int, len(b.Entities))
	for i := range pairA {
		pairA[i] = -1
	}
	for i := range pairB {
		pairB[i] = -1
	}
	byName := map[string][]int{}
	for j, e := range b.Entities {
		k := strings.ToLower(e.Text)
		byName[k] = append(byName[k], j)
	}
	// same name and type first, so that a name kept by two types pairs right
	for pass := range 2 {
		for i, e := range a.Entities {
			if pairA[i] >= 0 {
				continue
			}
			for _, j := range byName[strings.ToLower(e.Text)] {
				if pairB[j] < 0 && (pass == 1 || b.Entities[j].Type == e.Type) {
					pairA[i], pairB[j] = j, i
					break
				}
			}
		}
	}
	mentionOwner := map[[2]int]int{}
	for j, e := range b.Entities {
		if pairB[j] >= 0 {
			continue
		}
		for _, m := range e.Mentions {
			mentionOwner[[2]int{m.Start, m.End}] = j
		}
	}
	for i, e := range a.Entities {
		if pairA[i] >= 0 {
			continue
		}
		for _, m := range e.Mentions {
			if j, ok := mentionOwner[[2]int{m.Start, m.End}]; ok && pairB[j] < 0 {
				pairA[i], pairB[j] = j, i
				break
			}
		}
	}
	for i, e := range a.Entities {
		j := pairA[i]
		if j < 0 {
			s.add(Change{Kind: EntityRemoved, What: fmt.Sprintf("%s (%s)", quote(e.Text), e.Type), Old: e.ID})
			continue
		}
		s.entityChanges(&a.Entities[i], &b.Entities[j])
	}
	for j, e := range b.Entities {
		if pairB[j] < 0 {
			s.add(Change{Kind: EntityAdded, What: fmt.Sprintf("%s (%s)", quote(e.Text), e.Type), New: e.ID})
		}
	}
}

func (s *Summary) entityChanges(x, y *pipeline.OutEntity) {
	c := Change{What: quote(y.Text), Old: x.ID, New: y.ID}
	if x.Text != y.Text {
		c.Kind, c.From, c.To = EntityRenamed, quote(x.Text), quote(y.Text)
		s.add(c)
	}
	if x.Type != y.Type {
		c.Kind, c.From, c.To = EntityRetyped, x.Type, y.Type
		s.add(c)
	}
	if x.Role != y.Role {
		c.Kind, c.From, c.To = RoleChanged, orNone(x.Role), orNone(y.Role)
		s.add(c)
	}
	if vx, vy := valueText(x), valueText(y); vx != vy {
		c.Kind, c.From, c.To = ValueChanged, vx, vy
		s.add(c)
	}
	if !sameMentions(x.Mentions, y.Mentions) {
		c.Kind, c.From, c.To = MentionsChanged, plural(len(x.Mentions), "mention"), plural(len(y.Mentions), "mention")
		s.add(c)
	}
}

func valueText(e *pipeline.OutEntity) string {
	if len(e.Value) == 0 {
		return ""
	}
	if v, ok := e.DateValue(); ok {
		return v
	}
	return "null"
}

func sameMentions(a, b []pipeline.OutMention) bool {
	return slices.EqualFunc(a, b, func(x, y pipeline.OutMention) bool { return x.Start == y.Start && x.End == y.End })
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// quotes pairs quotes by span, then by text, then by overlap in the same
// sentence text.
func (s *Summary) quotes(a, b *pipeline.Output) {
	pairB := make([]int, len(b.Quotes))
	for j := range pairB {
		pairB[j] = -1
	}
	pairA := make([]int, len(a.Quotes))
	same := []func(x, y *pipeline.OutQuote) bool{
		func(x, y *pipeline.OutQuote) bool { return x.Start == y.Start && x.End == y.End },
		func(x, y *pipeline.OutQuote) bool { return x.Text == y.Text },
		func(x, y *pipeline.OutQuote) bool { return x.Start < y.End && y.Start < x.End },
	}
	for i := range pairA {
		pairA[i] = -1
	}
	for _, eq := range same {
		for i := range a.Quotes {
			if pairA[i] >= 0 {
				continue
			}
			for j := range b.Quotes {
				if pairB[j] < 0 && eq(&a.Quotes[i], &b.Quotes[j]) {
					pairA[i], pairB[j] = j, i
					break
				}
			}
		}
	}
	for i := range a.Quotes {
		x := &a.Quotes[i]
		j := pairA[i]
		if j < 0 {
			s.add(Change{Kind: QuoteRemoved, What: quoteWhat(x), Old: x.ID})
			continue
		}
		y := &b.Quotes[j]
		c := Change{What: quoteWhat(y), Old: x.ID, New: y.ID}
		if sx, sy := speakerName(x), speakerName(y); sx != sy {
			c.Kind, c.From, c.To = SpeakerChanged, sx, sy
			s.add(c)
		}
		if x.Kind != y.Kind {
			c.Kind, c.From, c.To = QuoteKindChanged, x.Kind, y.Kind
			s.add(c)
		}
	}
	for j := range b.Quotes {
		if pairB[j] < 0 {
			s.add(Change{Kind: QuoteAdded, What: quoteWhat(&b.Quotes[j]), New: b.Quotes[j].ID})
		}
	}
}

func quoteWhat(q *pipeline.OutQuote) string {
	return fmt.Sprintf("%s %s %s (speaker %s)", q.ID, q.Kind, quote(q.Text), speakerName(q))
}

func speakerName(q *pipeline.OutQuote) string {
	if q.Speaker == nil {
		return "null"
	}
	return q.Speaker.Text
}

// sentences pairs sentences by span: a sentence whose span is on one
// side only was cut differently.
func (s *Summary) sentences(a, b *pipeline.Output) {
	at := map[[2]int]int{}
	for j, x := range b.Sentences {
		at[[2]int{x.Start, x.End}] = j
	}
	seen := make([]bool, len(b.Sentences))
	for i := range a.Sentences {
		x := &a.Sentences[i]
		j, ok := at[[2]int{x.Start, x.End}]
		if !ok {
			s.add(Change{Kind: SentenceRemoved, What: sentenceWhat(x), Old: sentenceID(x.ID)})
			continue
		}
		seen[j] = true
		if y := &b.Sentences[j]; x.Label != y.Label {
			s.add(Change{Kind: SentenceRelabelled, What: sentenceWhat(y), From: x.Label, To: y.Label, Old: sentenceID(x.ID), New: sentenceID(y.ID)})
		}
	}
	for j := range b.Sentences {
		if !seen[j] {
			y := &b.Sentences[j]
			s.add(Change{Kind: SentenceAdded, What: sentenceWhat(y), New: sentenceID(y.ID)})
		}
	}
}

func sentenceWhat(x *pipeline.OutSentence) string {
	return fmt.Sprintf("s%d %s", x.ID, quote(x.Text))
}

// sentenceID is the id of sentence n in the element ids the drift marks
// use ("s9").
func sentenceID(n int) string { return fmt.Sprintf("s%d", n) }
