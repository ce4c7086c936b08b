// Package drift says what changed between two outputs for one article in
// the terms a reviewer checks: entities added, removed, retyped, renamed
// or with another role or date value; quotes added or removed, with
// another speaker or kind; sentences relabelled or cut differently; and
// the article's metadata. The golden check and `parley diff` print it
// before the unified diff, and the HTML drift pages mark it.
package drift

import (
	"fmt"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// Kind names one kind of change; its noun and verb make the counts line.
type Kind int

// The kinds of change, in the order the summary lists them.
const (
	Metadata Kind = iota
	EntityAdded
	EntityRemoved
	EntityRetyped
	EntityRenamed
	RoleChanged
	ValueChanged
	MentionsChanged
	QuoteAdded
	QuoteRemoved
	SpeakerChanged
	QuoteKindChanged
	SentenceRelabelled
	SentenceAdded
	SentenceRemoved
	numKinds
)

var kindWords = [numKinds]struct{ one, many string }{
	Metadata:           {"metadata field changed", "metadata fields changed"},
	EntityAdded:        {"entity added", "entities added"},
	EntityRemoved:      {"entity removed", "entities removed"},
	EntityRetyped:      {"entity retyped", "entities retyped"},
	EntityRenamed:      {"entity renamed", "entities renamed"},
	RoleChanged:        {"role changed", "roles changed"},
	ValueChanged:       {"date value changed", "date values changed"},
	MentionsChanged:    {"entity with other mentions", "entities with other mentions"},
	QuoteAdded:         {"quote added", "quotes added"},
	QuoteRemoved:       {"quote removed", "quotes removed"},
	SpeakerChanged:     {"speaker changed", "speakers changed"},
	QuoteKindChanged:   {"quote kind changed", "quote kinds changed"},
	SentenceRelabelled: {"label changed", "labels changed"},
	SentenceAdded:      {"sentence added", "sentences added"},
	SentenceRemoved:    {"sentence removed", "sentences removed"},
}

// Change is one difference. Old and New are the ids of the element on
// each side ("e3", "q2", "s9"; "" where it has none); From and To the
// values that changed, as a reader would write them.
type Change struct {
	Kind     Kind
	What     string // the element: an entity's name, a quote's or sentence's opening words
	From, To string
	Old, New string
}

// String is the change on one line.
func (c Change) String() string {
	w := kindWords[c.Kind].one
	switch {
	case c.From != "" || c.To != "":
		return fmt.Sprintf("%s: %s: %s -> %s", w, c.What, c.From, c.To)
	default:
		return fmt.Sprintf("%s: %s", w, c.What)
	}
}

// Summary is every change between two outputs, in Kind order.
type Summary struct {
	Changes []Change
}

// Empty reports whether nothing the summary looks at changed (the files
// may still differ, in offsets or cues).
func (s *Summary) Empty() bool { return len(s.Changes) == 0 }

// Count is the number of changes of kind k.
func (s *Summary) Count(k Kind) int {
	n := 0
	for _, c := range s.Changes {
		if c.Kind == k {
			n++
		}
	}
	return n
}

// Counts is the one-line tally: "2 entities retyped, 3 speakers changed,
// 1 label changed"; "no entity, quote, label or metadata change" if none.
func (s *Summary) Counts() string {
	var parts []string
	for k := range numKinds {
		switch n := s.Count(k); n {
		case 0:
		case 1:
			parts = append(parts, "1 "+kindWords[k].one)
		default:
			parts = append(parts, fmt.Sprintf("%d %s", n, kindWords[k].many))
		}
	}
	if len(parts) == 0 {
		return "no entity, quote, label or metadata change"
	}
	return strings.Join(parts, ", ")
}

// Text is the counts line followed by one indented line per change.
func (s *Summary) Text() string {
	var b strings.Builder
	b.WriteString(s.Counts())
	b.WriteByte('\n')
	for _, c := range s.Changes {
		b.WriteString("  ")
		b.WriteString(c.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// Marks gives each side's changed elements by id, with what changed, for
// the drift pages: old ids on the left, new on the right.
func (s *Summary) Marks() (old, new map[string]string) {
	old, new = map[string]string{}, map[string]string{}
	for _, c := range s.Changes {
		if c.Old != "" {
			old[c.Old] = joinNote(old[c.Old], c.String())
		}
		if c.New != "" {
			new[c.New] = joinNote(new[c.New], c.String())
		}
	}
	return old, new
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// Compare lists what changed from a to b.
func Compare(a, b *pipeline.Output) Summary {
	var s Summary
	s.metadata(a, b)
	s.entities(a, b)
	s.quotes(a, b)
	s.sentences(a, b)
	// stable by kind, each kind in document order
	var out []Change
	for k := range numKinds {
		for _, c := range s.Changes {
			if c.Kind == k {
				out = append(out, c)
			}
		}
	}
	s.Changes = out
	return s
}

func (s *Summary) add(c Change) { s.Changes = append(s.Changes, c) }

func (s *Summary) metadata(a, b *pipeline.Output) {
	x, y := &a.Article, &b.Article
	field := func(name, from, to string) {
		if from != to {
			s.add(Change{Kind: Metadata, What: name, From: quote(from), To: quote(to)})
		}
	}
	field("schema_version", a.SchemaVersion, b.SchemaVersion)
	field("id", x.ID, y.ID)
	field("title", x.Title, y.Title)
	field("source_language", x.SourceLanguage, y.SourceLanguage)
	field("sections", strings.Join(x.Sections, " | "), strings.Join(y.Sections, " | "))
	if x.SHA256 != y.SHA256 {
		s.add(Change{Kind: Metadata, What: "input (sha256)", From: x.SHA256[:min(12, len(x.SHA256))], To: y.SHA256[:min(12, len(y.SHA256))]})
	}
	if len(x.Paragraphs) != len(y.Paragraphs) {
		s.add(Change{Kind: Metadata, What: "paragraphs", From: fmt.Sprint(len(x.Paragraphs)), To: fmt.Sprint(len(y.Paragraphs))})
	}
}

// quote writes s in double quotes, cut to a readable length.
func quote(s string) string { return `"` + short(s) + `"` }

// short cuts s to about 60 bytes at a word boundary.
func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= 60 {
		return s
	}
	cut := strings.LastIndexByte(s[:57], ' ')
	if cut < 30 {
		cut = 57
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}

func orNone(s string) string {
	if s == "" {
		return `""`
	}
	return quote(s)
}
