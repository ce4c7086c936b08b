package pipeline

import (
	"encoding/hex"
	"path/filepath"
	"strings"
)

// Span is a half-open byte interval [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Meta is what the reader recognises as page boilerplate rather than body.
type Meta struct {
	Title          string   // from the trailer `Start discussion for "…" article`, else a title line
	SourceLanguage string   // from the translation notice
	Sections       []string // section headings listed after the trailer
	Boilerplate    []Span   // notice and trailer lines, excluded from the body
}

// Paragraph is one body line.
type Paragraph struct {
	Span
}

// Sentence is a span inside one paragraph.
type Sentence struct {
	Span
	Paragraph int
}

// Token is a word or punctuation mark. Tag is its part of speech (Penn
// Treebank tags), empty when no tagger ran.
type Token struct {
	Span
	Sentence int
	Tag      string
}

// Entity types of the output (README, Output format).
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	Loc    = "LOC"
	Fac    = "FAC"
	NORP   = "NORP"
	Event  = "EVENT"
	Date   = "DATE"
)

// Mention is one occurrence of an entity.
type Mention struct {
	Span
	Sentence int
}

// Entity is one real-world referent under its fullest name in the article.
type Entity struct {
	ID       string
	Text     string
	Type     string
	Role     string
	RoleSpan *Span // where Role is written, if any
	// Value is a DATE entity's ISO 8601 value ("2025-02-18", "2025-02",
	// "2025", "2022-07-25/2022-07-26"); nil is null: no calendar anchor.
	// Other types have none.
	Value    *string
	Aliases  []string
	Mentions []Mention
}

// Quote kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
)

// Speaker links a quote to the entity that said it.
type Speaker struct {
	Entity  string // entity ID
	Text    string // the entity's canonical name
	Mention Span   // the words naming the speaker where the quote stands
}

// Quote is direct speech (Span inside the marks) or reported speech (Span
// over the reported clause).
type Quote struct {
	ID       string
	Span     Span
	Kind     string
	Sentence int
	Cue      string
	CueSpan  *Span
	Speaker  *Speaker // nil when the text does not name the speaker
}

// Sentence labels.
const (
	Agreement = "agreement"
	Demand    = "demand"
	Reaction  = "reaction"
	Other     = "other"
)

// Label classifies one sentence.
type Label struct {
	Sentence int
	Label    string
	Actors   []string // entity IDs
	Cues     []Span   // the words that decided the label
}

// Document is one article moving through the pipeline.
type Document struct {
	ID   string // from the file name, without extension
	Path string // as given by the user; may be empty or "-"
	Text string // the input exactly as read

	Meta       Meta
	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	Index      TokenIndex // the tokenizer's index of Tokens; no part of the output
	Entities   []Entity
	Quotes     []Quote
	Labels     []Label
}

// TokenIndex is what the tokenizer derives from the tokens once per
// document for the stages after it, which read it and never change it.
// It is no part of the output.
type TokenIndex struct {
	// Folds is each token's text folded for lookups (lower case;
	// typographic apostrophes and dashes and NBSP as ASCII), by token.
	Folds []string
	// Classes is the class of each token's fold in the lexicon's word
	// index (extract/lexicon), by token.
	Classes []int32
	// Sentences is the tokens of each sentence, by sentence.
	Sentences []TokenRange
}

// TokenRange is the tokens Tokens[Lo:Hi].
type TokenRange struct{ Lo, Hi int32 }

// NewDocument validates data and wraps it in a Document. The ID is the base
// name of path without its extension ("stdin" for "" or "-").
func NewDocument(path string, data []byte) (*Document, error) {
	return NewDocumentMax(path, data, MaxInputBytes)
}

// NewDocumentMax is NewDocument with a bound of max bytes instead of
// MaxInputBytes (none if max <= 0).
func NewDocumentMax(path string, data []byte, max int) (*Document, error) {
	if err := ValidateMax(path, data, max); err != nil {
		return nil, err
	}
	return &Document{ID: IDFromPath(path), Path: path, Text: string(data)}, nil
}

// IDFromPath derives an article ID from a file name: the name without its
// extension, or without its leading dot when that leaves nothing (".txt"
// gives "txt"), so that an ID is never empty.
func IDFromPath(path string) string {
	if path == "" || path == "-" {
		return "stdin"
	}
	return IDFromName(filepath.Base(path))
}

// IDFromName is IDFromPath of a file name without its folder.
func IDFromName(base string) string {
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base[1:]
}

// SHA256 is the hex digest of the input bytes.
func (d *Document) SHA256() string {
	sum := sha256Sum(d.Text)
	return hex.EncodeToString(sum[:])
}

// Slice returns the text of a span.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// SentenceTokens returns the tokens of sentence i (tokens are sorted).
func (d *Document) SentenceTokens(i int) []Token {
	lo, hi := d.SentenceTokenRange(i)
	return d.Tokens[lo:hi]
}

// SentenceTokenRange returns the indexes [lo, hi) in Tokens of sentence
// i's tokens, for per-token data kept beside Tokens: from the tokenizer's
// index when it covers the sentences, else by searching the tokens.
func (d *Document) SentenceTokenRange(i int) (lo, hi int) {
	if len(d.Index.Sentences) == len(d.Sentences) {
		r := d.Index.Sentences[i]
		return int(r.Lo), int(r.Hi)
	}
	s := d.Sentences[i].Span
	return d.TokenIndex(s.Start), d.TokenIndex(s.End)
}

// TokenIndex returns the index of the first token starting at or after
// byte offset off (len(Tokens) if none): tokens are sorted by Start.
func (d *Document) TokenIndex(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
