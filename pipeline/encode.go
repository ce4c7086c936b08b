package pipeline

// SchemaVersion is the output contract's version.
const SchemaVersion = "1"

// Output is the JSON document of CONTRACT.md section 1. Field order and
// tags are part of the contract: users' scripts and golden files rely on
// them. Encode writes them by hand (jsonWriter.output), so a change here
// goes there too; TestEncodeMatchesEncodingJSON compares the two.
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
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Type     string       `json:"type"`
	Role     string       `json:"role"`
	Aliases  []string     `json:"aliases"`
	Mentions []OutMention `json:"mentions"`
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

func encode(d *Document, indent string) ([]byte, error) {
	w := jsonWriter{b: make([]byte, 0, 8*len(d.Text)+4096), indent: indent}
	w.output(ToOutput(d))
	return append(w.b, '\n'), nil
}

// output writes o in Output's field order (see jsonwrite.go).
func (w *jsonWriter) output(o Output) {
	w.open('{')
	w.key("schema_version")
	w.string(o.SchemaVersion)
	w.key("article")
	w.article(o.Article)
	w.key("entities")
	w.open('[')
	for _, e := range o.Entities {
		w.elem()
		w.entity(e)
	}
	w.close(']')
	w.key("quotes")
	w.open('[')
	for _, q := range o.Quotes {
		w.elem()
		w.quote(q)
	}
	w.close(']')
	w.key("sentences")
	w.open('[')
	for _, s := range o.Sentences {
		w.elem()
		w.sentence(s)
	}
	w.close(']')
	w.close('}')
}

func (w *jsonWriter) article(a OutArticle) {
	w.open('{')
	w.key("id")
	w.string(a.ID)
	w.key("title")
	w.string(a.Title)
	w.key("source_language")
	w.string(a.SourceLanguage)
	w.key("sha256")
	w.string(a.SHA256)
	w.key("sections")
	w.strings(a.Sections)
	w.key("bytes")
	w.int(a.Bytes)
	w.key("paragraphs")
	w.open('[')
	for _, p := range a.Paragraphs {
		w.elem()
		w.open('{')
		w.key("start")
		w.int(p.Start)
		w.key("end")
		w.int(p.End)
		w.close('}')
	}
	w.close(']')
	w.close('}')
}

func (w *jsonWriter) entity(e OutEntity) {
	w.open('{')
	w.key("id")
	w.string(e.ID)
	w.key("text")
	w.string(e.Text)
	w.key("type")
	w.string(e.Type)
	w.key("role")
	w.string(e.Role)
	w.key("aliases")
	w.strings(e.Aliases)
	w.key("mentions")
	w.open('[')
	for _, m := range e.Mentions {
		w.elem()
		w.open('{')
		w.key("start")
		w.int(m.Start)
		w.key("end")
		w.int(m.End)
		w.key("sentence")
		w.int(m.Sentence)
		w.key("text")
		w.string(m.Text)
		w.close('}')
	}
	w.close(']')
	w.close('}')
}

func (w *jsonWriter) quote(q OutQuote) {
	w.open('{')
	w.key("id")
	w.string(q.ID)
	w.key("text")
	w.string(q.Text)
	w.key("kind")
	w.string(q.Kind)
	w.key("start")
	w.int(q.Start)
	w.key("end")
	w.int(q.End)
	w.key("sentence")
	w.int(q.Sentence)
	w.key("cue")
	w.string(q.Cue)
	w.key("speaker")
	if sp := q.Speaker; sp == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.open('{')
		w.key("entity")
		w.string(sp.Entity)
		w.key("text")
		w.string(sp.Text)
		w.key("mention")
		w.string(sp.Mention)
		w.key("mention_start")
		w.int(sp.MentionStart)
		w.key("mention_end")
		w.int(sp.MentionEnd)
		w.close('}')
	}
	w.close('}')
}

func (w *jsonWriter) sentence(s OutSentence) {
	w.open('{')
	w.key("id")
	w.int(s.ID)
	w.key("start")
	w.int(s.Start)
	w.key("end")
	w.int(s.End)
	w.key("paragraph")
	w.int(s.Paragraph)
	w.key("text")
	w.string(s.Text)
	w.key("label")
	w.string(s.Label)
	w.key("actors")
	w.strings(s.Actors)
	w.key("cues")
	w.strings(s.Cues)
	w.close('}')
}
