package pipeline

import (
	"crypto/sha256"
	"encoding/json"
	"io"
	"slices"
	"sync"
)

// SchemaVersion is the output contract's version.
const SchemaVersion = "1"

// Output is the JSON document parley writes for an article (README,
// Output format). Field order and tags are part of the contract: users' scripts and golden files rely on
// them. Encode writes the same fields by hand from the Document
// (writer.document), so a change here goes there too;
// TestEncodeMatchesEncodingJSON compares the two.
type Output struct {
	SchemaVersion string        `json:"schema_version"`
	Article       OutArticle    `json:"article"`
	Entities      []OutEntity   `json:"entities"`
	Quotes        []OutQuote    `json:"quotes"`
	Sentences     []OutSentence `json:"sentences"`
}

// OutArticle is the article metadata.
type OutArticle struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	SourceLanguage string   `json:"source_language"`
	SHA256         string   `json:"sha256"`
	Sections       []string `json:"sections"`
	Bytes          int      `json:"bytes"`
	Paragraphs     []Span   `json:"paragraphs"`
}

// OutEntity is one entity.
type OutEntity struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Type string `json:"type"`
	// Value is a DATE entity's ISO 8601 value as JSON: a string, or null
	// where the text gives no calendar anchor; other types have none
	// (empty, so the key is left out). DateValue reads it.
	Value    json.RawMessage `json:"value,omitempty"`
	Role     string          `json:"role"`
	Aliases  []string        `json:"aliases"`
	Mentions []OutMention    `json:"mentions"`
}

// OutMention is one occurrence.
type OutMention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

// OutQuote is one quote.
type OutQuote struct {
	ID       string      `json:"id"`
	Text     string      `json:"text"`
	Kind     string      `json:"kind"`
	Start    int         `json:"start"`
	End      int         `json:"end"`
	Sentence int         `json:"sentence"`
	Cue      string      `json:"cue"`
	Speaker  *OutSpeaker `json:"speaker"`
}

// OutSpeaker names who said a quote.
type OutSpeaker struct {
	Entity       string `json:"entity"`
	Text         string `json:"text"`
	Mention      string `json:"mention"`
	MentionStart int    `json:"mention_start"`
	MentionEnd   int    `json:"mention_end"`
}

// OutSentence is one body sentence with its label.
type OutSentence struct {
	ID        int      `json:"id"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Paragraph int      `json:"paragraph"`
	Text      string   `json:"text"`
	Label     string   `json:"label"`
	Actors    []string `json:"actors"`
	Cues      []string `json:"cues"`
}

// ToOutput builds the contract view of d. Slices are never nil so that
// empty layers encode as [] rather than null.
func ToOutput(d *Document) Output {
	o := Output{
		SchemaVersion: SchemaVersion,
		Article: OutArticle{
			ID: d.ID, Title: d.Meta.Title, SourceLanguage: d.Meta.SourceLanguage,
			SHA256: d.SHA256(), Sections: nonNil(d.Meta.Sections), Bytes: len(d.Text),
			Paragraphs: make([]Span, 0, len(d.Paragraphs)),
		},
		Entities:  make([]OutEntity, 0, len(d.Entities)),
		Quotes:    make([]OutQuote, 0, len(d.Quotes)),
		Sentences: make([]OutSentence, 0, len(d.Sentences)),
	}
	for _, p := range d.Paragraphs {
		o.Article.Paragraphs = append(o.Article.Paragraphs, p.Span)
	}
	for _, e := range d.Entities {
		oe := OutEntity{ID: e.ID, Text: e.Text, Type: e.Type, Role: e.Role, Aliases: nonNil(e.Aliases), Mentions: make([]OutMention, 0, len(e.Mentions))}
		if e.Type == Date {
			oe.Value = appendValue(nil, e.Value)
		}
		for _, m := range e.Mentions {
			oe.Mentions = append(oe.Mentions, OutMention{Start: m.Start, End: m.End, Sentence: m.Sentence, Text: d.Slice(m.Span)})
		}
		o.Entities = append(o.Entities, oe)
	}
	for _, q := range d.Quotes {
		oq := OutQuote{ID: q.ID, Text: d.Slice(q.Span), Kind: q.Kind, Start: q.Span.Start, End: q.Span.End, Sentence: q.Sentence, Cue: q.Cue}
		if q.Speaker != nil {
			oq.Speaker = &OutSpeaker{Entity: q.Speaker.Entity, Text: q.Speaker.Text, Mention: d.Slice(q.Speaker.Mention), MentionStart: q.Speaker.Mention.Start, MentionEnd: q.Speaker.Mention.End}
		}
		o.Quotes = append(o.Quotes, oq)
	}
	labels := make(map[int]Label, len(d.Labels))
	for _, l := range d.Labels {
		labels[l.Sentence] = l
	}
	for i, s := range d.Sentences {
		os := OutSentence{ID: i, Start: s.Start, End: s.End, Paragraph: s.Paragraph, Text: d.Slice(s.Span), Label: Other, Actors: []string{}, Cues: []string{}}
		if l, ok := labels[i]; ok {
			os.Label = l.Label
			os.Actors = nonNil(l.Actors)
			for _, c := range l.Cues {
				os.Cues = append(os.Cues, d.Slice(c))
			}
		}
		o.Sentences = append(o.Sentences, os)
	}
	return o
}

// DateValue is a DATE entity's value: the ISO 8601 text and true, or ""
// and false for null or for an entity that has none.
func (e *OutEntity) DateValue() (string, bool) {
	var v *string
	if len(e.Value) == 0 || json.Unmarshal(e.Value, &v) != nil || v == nil {
		return "", false
	}
	return *v, true
}

// appendValue appends a DATE value as JSON: a string, or null for nil.
func appendValue(b []byte, v *string) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return appendString(b, *v)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Encode writes d as indented JSON with a trailing newline: the golden form.
func Encode(d *Document) ([]byte, error) { return encode(d, "  ") }

// EncodeCompact writes d as one line of JSON with a trailing newline, for
// JSON Lines output.
func EncodeCompact(d *Document) ([]byte, error) { return encode(d, "") }

// AppendEncode appends Encode(d) to dst and returns the extended buffer.
// A caller that writes many documents (batch) passes the same buffer back
// each time, so that each document's output does not become garbage.
func AppendEncode(dst []byte, d *Document) []byte { return appendEncode(dst, d, "  ") }

// EncodeTo writes Encode(d), or EncodeCompact(d) when compact, to out in
// pieces of about spillSize bytes, so that the output of a long article is
// never held whole in memory (it can be tens of times the input). It
// returns the first error out returns.
func EncodeTo(out io.Writer, d *Document, compact bool) error {
	indent := "  "
	if compact {
		indent = ""
	}
	var esc [64]int
	var err error
	w := writer{l: layoutFor(indent), d: d, esc: textEscapes(d.Text, esc[:0]), out: out, err: &err}
	bp := spillBufs.Get().(*[]byte)
	b := w.document((*bp)[:0])
	b = append(b, '\n')
	if err == nil {
		_, err = out.Write(b)
	}
	if cap(b) <= 4*spillSize { // not one grown by a huge element
		*bp = b
		spillBufs.Put(bp)
	}
	return err
}

// spillSize is how much EncodeTo gathers before writing it out.
const spillSize = 64 << 10

// spillBufs holds EncodeTo's buffers for the next document.
var spillBufs = sync.Pool{New: func() any { b := make([]byte, 0, 2*spillSize); return &b }}

// spill writes b out and returns it emptied when the writer writes to an
// io.Writer and b holds spillSize bytes or more; else it returns b. After
// an error it drops what it is given.
func (w writer) spill(b []byte) []byte {
	if w.out == nil || len(b) < spillSize {
		return b
	}
	if *w.err == nil {
		_, *w.err = w.out.Write(b)
	}
	return b[:0]
}

// encode writes ToOutput(d) without building it, into a buffer sized for
// the whole output (outputSize) so that it is never copied to grow.
func encode(d *Document, indent string) ([]byte, error) {
	return appendEncode(nil, d, indent), nil
}

func appendEncode(dst []byte, d *Document, indent string) []byte {
	var esc [64]int
	w := writer{l: layoutFor(indent), d: d, esc: textEscapes(d.Text, esc[:0])}
	b := w.document(slices.Grow(dst, w.outputSize()+1))
	return append(b, '\n')
}

// writer writes d in Output's field order with the separators of l. The
// buffer is passed along rather than kept in the writer: storing a slice
// through a pointer at every append costs a GC write barrier.
type writer struct {
	l *layout
	d *Document
	// offsets in d.Text where a JSON string needs an escape (textEscapes):
	// the text of a span without one is copied as it is
	esc []int
	// where EncodeTo spills the output, and the first error doing so
	out io.Writer
	err *error
}

func (w writer) document(b []byte) []byte {
	l, d := w.l, w.d
	o := &l.root
	b = append(b, o.pre[0]...)
	b = appendString(b, SchemaVersion)
	b = append(b, o.pre[1]...)
	b = w.article(b)
	b = append(b, o.pre[2]...)
	b = append(b, '[')
	for i := range d.Entities {
		b = l.list[1].elem(w.spill(b), i)
		b = w.entity(b, &d.Entities[i])
	}
	b = l.list[1].close(b, len(d.Entities))
	b = append(b, o.pre[3]...)
	b = append(b, '[')
	for i := range d.Quotes {
		b = l.list[1].elem(w.spill(b), i)
		b = w.quote(b, &d.Quotes[i])
	}
	b = l.list[1].close(b, len(d.Quotes))
	b = append(b, o.pre[4]...)
	b = append(b, '[')
	labels := sentenceLabels(d)
	for i := range d.Sentences {
		b = l.list[1].elem(w.spill(b), i)
		b = w.sentence(b, i, labels[i])
	}
	b = l.list[1].close(b, len(d.Sentences))
	return append(b, o.end...)
}

// sentenceLabels returns each sentence's label, nil for none; of two
// labels for one sentence the later counts, as in ToOutput.
func sentenceLabels(d *Document) []*Label {
	out := make([]*Label, len(d.Sentences))
	for i := range d.Labels {
		if s := d.Labels[i].Sentence; s >= 0 && s < len(out) {
			out[s] = &d.Labels[i]
		}
	}
	return out
}

func (w writer) article(b []byte) []byte {
	l, d := w.l, w.d
	o := &l.article
	b = append(b, o.pre[0]...)
	b = appendString(b, d.ID)
	b = append(b, o.pre[1]...)
	b = appendString(b, d.Meta.Title)
	b = append(b, o.pre[2]...)
	b = appendString(b, d.Meta.SourceLanguage)
	b = append(b, o.pre[3]...)
	b = appendSHA256(b, d.Text)
	b = append(b, o.pre[4]...)
	b = l.list[2].strings(b, d.Meta.Sections)
	b = append(b, o.pre[5]...)
	b = appendInt(b, len(d.Text))
	b = append(b, o.pre[6]...)
	b = append(b, '[')
	for i, p := range d.Paragraphs {
		b = l.list[2].elem(w.spill(b), i)
		b = append(b, l.span.pre[0]...)
		b = appendInt(b, p.Start)
		b = append(b, l.span.pre[1]...)
		b = appendInt(b, p.End)
		b = append(b, l.span.end...)
	}
	b = l.list[2].close(b, len(d.Paragraphs))
	return append(b, o.end...)
}

// appendSHA256 appends Document.SHA256 as a JSON string.
func appendSHA256(b []byte, text string) []byte {
	sum := sha256Sum(text)
	b = append(b, '"')
	for _, c := range sum {
		b = append(b, hexDigits[c>>4], hexDigits[c&0xF])
	}
	return append(b, '"')
}

// sha256Sum is sha256.Sum256 of text, fed through a buffer on the stack
// rather than a copy of the whole text.
func sha256Sum(text string) (sum [sha256.Size]byte) {
	h := sha256.New()
	var buf [4096]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	h.Sum(sum[:0])
	return sum
}

func (w writer) entity(b []byte, e *Entity) []byte {
	l := w.l
	o, m := &l.entity, &l.mention
	b = append(b, o.pre[0]...)
	b = appendString(b, e.ID)
	b = append(b, o.pre[1]...)
	b = appendString(b, e.Text)
	b = append(b, o.pre[2]...)
	b = appendString(b, e.Type)
	if e.Type == Date {
		b = append(b, o.pre[3]...)
		b = appendValue(b, e.Value)
	}
	b = append(b, o.pre[4]...)
	b = appendString(b, e.Role)
	b = append(b, o.pre[5]...)
	b = l.list[3].strings(b, e.Aliases)
	b = append(b, o.pre[6]...)
	b = append(b, '[')
	for i, mn := range e.Mentions {
		b = l.list[3].elem(w.spill(b), i)
		b = append(b, m.pre[0]...)
		b = appendInt(b, mn.Start)
		b = append(b, m.pre[1]...)
		b = appendInt(b, mn.End)
		b = append(b, m.pre[2]...)
		b = appendInt(b, mn.Sentence)
		b = append(b, m.pre[3]...)
		b = w.text(b, mn.Span)
		b = append(b, m.end...)
	}
	b = l.list[3].close(b, len(e.Mentions))
	return append(b, o.end...)
}

func (w writer) quote(b []byte, q *Quote) []byte {
	o := &w.l.quote
	b = append(b, o.pre[0]...)
	b = appendString(b, q.ID)
	b = append(b, o.pre[1]...)
	b = w.text(b, q.Span)
	b = append(b, o.pre[2]...)
	b = appendString(b, q.Kind)
	b = append(b, o.pre[3]...)
	b = appendInt(b, q.Span.Start)
	b = append(b, o.pre[4]...)
	b = appendInt(b, q.Span.End)
	b = append(b, o.pre[5]...)
	b = appendInt(b, q.Sentence)
	b = append(b, o.pre[6]...)
	b = appendString(b, q.Cue)
	b = append(b, o.pre[7]...)
	if sp := q.Speaker; sp == nil {
		b = append(b, "null"...)
	} else {
		s := &w.l.speaker
		b = append(b, s.pre[0]...)
		b = appendString(b, sp.Entity)
		b = append(b, s.pre[1]...)
		b = appendString(b, sp.Text)
		b = append(b, s.pre[2]...)
		b = w.text(b, sp.Mention)
		b = append(b, s.pre[3]...)
		b = appendInt(b, sp.Mention.Start)
		b = append(b, s.pre[4]...)
		b = appendInt(b, sp.Mention.End)
		b = append(b, s.end...)
	}
	return append(b, o.end...)
}

// sentence writes sentence i with its label lb (nil: "other", no actors).
func (w writer) sentence(b []byte, i int, lb *Label) []byte {
	l, s := w.l, w.d.Sentences[i]
	o := &l.sentence
	b = append(b, o.pre[0]...)
	b = appendInt(b, i)
	b = append(b, o.pre[1]...)
	b = appendInt(b, s.Start)
	b = append(b, o.pre[2]...)
	b = appendInt(b, s.End)
	b = append(b, o.pre[3]...)
	b = appendInt(b, s.Paragraph)
	b = append(b, o.pre[4]...)
	b = w.text(b, s.Span)
	b = append(b, o.pre[5]...)
	if lb == nil {
		b = appendString(b, Other)
		b = append(b, o.pre[6]...)
		b = append(b, "[]"...)
		b = append(b, o.pre[7]...)
		b = append(b, "[]"...)
		return append(b, o.end...)
	}
	b = appendString(b, lb.Label)
	b = append(b, o.pre[6]...)
	b = l.list[3].strings(b, lb.Actors)
	b = append(b, o.pre[7]...)
	b = append(b, '[')
	for k, c := range lb.Cues {
		b = l.list[3].elem(b, k)
		b = w.text(b, c)
	}
	b = l.list[3].close(b, len(lb.Cues))
	return append(b, o.end...)
}
