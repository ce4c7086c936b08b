package reader

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

// Reader recognises page boilerplate (translation notice, discussion
// trailer, section list, a bare title line) and splits the body into
// paragraphs, one per line. Input: Document.Text. Output: Meta and
// Paragraphs. Paragraph spans exclude surrounding white space.
type Reader struct {
	trailer *regexp.Regexp
}

// New returns the reader stage.
func New() *Reader {
	return &Reader{
		trailer: regexp.MustCompile(`(?i)^no discussions? (?:added|yet added|have been added)(?: yet)?\.?$`),
	}
}

// Name implements pipeline.Stage.
func (*Reader) Name() string { return "read" }

// Reads implements pipeline.Declared.
func (*Reader) Reads() []pipeline.Layer { return []pipeline.Layer{pipeline.LayerText} }

// Writes implements pipeline.Declared.
func (*Reader) Writes() []pipeline.Layer {
	return []pipeline.Layer{pipeline.LayerMeta, pipeline.LayerParagraphs}
}

// mayBeTrailer is a cheap test that a line could match the trailer, which
// is run on every line: a match starts with "n" or "N" (no other rune
// folds to n) and is short.
func mayBeTrailer(s string) bool {
	return len(s) <= 64 && s != "" && (s[0] == 'n' || s[0] == 'N')
}

// line is one line of the input: its content span without the line end.
type line struct{ pipeline.Span }

// splitLines cuts src at \n, \r\n and \r, keeping byte offsets.
func splitLines(src string, from int) []line {
	// Sized at once: a line per \n, and one more for a last line or a \r.
	out := make([]line, 0, strings.Count(src[from:], "\n")+1)
	start, nl := from, -1 // nl: the next \n at or after start, once searched
	for start < len(src) {
		if nl < start {
			if nl = strings.IndexByte(src[start:], '\n'); nl >= 0 {
				nl += start
			} else {
				nl = len(src)
			}
		}
		end := nl
		if cr := strings.IndexByte(src[start:nl], '\r'); cr >= 0 {
			end = start + cr
		}
		out = append(out, line{pipeline.Span{Start: start, End: end}})
		start = end + 1
		if end < len(src) && src[end] == '\r' && start < len(src) && src[start] == '\n' {
			start++
		}
	}
	return out
}

// Run implements pipeline.Stage.
func (r *Reader) Run(ctx context.Context, d *pipeline.Document) error {
	lines := splitLines(d.Text, 0)
	n := 0 // the non-blank lines, trimmed, kept in place
	for _, l := range lines {
		if t := text.TrimSpan(d.Text, l.Span); t.Len() > 0 {
			lines[n] = line{t}
			n++
		}
	}
	lines = lines[:n]
	lineText := func(l line) string { return d.Text[l.Start:l.End] }
	// Translation notice: the first line.
	if len(lines) > 0 {
		if lang, ok := matchNotice(lineText(lines[0])); ok {
			d.Meta.SourceLanguage = normLanguage(lang)
			d.Meta.Boilerplate = append(d.Meta.Boilerplate, lines[0].Span)
			lines = lines[1:]
		}
	}
	// Trailer: "No Discussion Added Yet", the discussion line and the run
	// of section headings (isSectionLine) after it are page chrome. A
	// line after them that reads as body is body again (a file holding two
	// pages), and its page's notice is chrome too.
	body := lines[:0] // in place: it never overtakes i
	for i := 0; i < len(lines); i++ {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if l := lines[i]; !mayBeTrailer(lineText(l)) || !r.trailer.MatchString(lineText(l)) {
			body = append(body, l)
			continue
		}
		first := i
		if i+1 < len(lines) {
			if title, ok := matchStartDisc(lineText(lines[i+1])); ok {
				if d.Meta.Title == "" {
					d.Meta.Title = title
				}
				i++
			}
		}
		if d.Meta.Sections == nil {
			d.Meta.Sections = []string{}
		}
		for i+1 < len(lines) && isSectionLine(lineText(lines[i+1])) {
			i++
			d.Meta.Sections = append(d.Meta.Sections, lineText(lines[i]))
		}
		d.Meta.Boilerplate = append(d.Meta.Boilerplate, pipeline.Span{Start: lines[first].Start, End: lines[i].End})
		if i+1 < len(lines) {
			if lang, ok := matchNotice(lineText(lines[i+1])); ok {
				if d.Meta.SourceLanguage == "" {
					d.Meta.SourceLanguage = normLanguage(lang)
				}
				i++
				d.Meta.Boilerplate = append(d.Meta.Boilerplate, lines[i].Span)
			}
		}
	}
	lines = body
	// A bare title line heads an article that has no trailer.
	if d.Meta.Title == "" && len(lines) > 1 && isTitleLine(lineText(lines[0])) {
		d.Meta.Title = lineText(lines[0])
		d.Meta.Boilerplate = append(d.Meta.Boilerplate, lines[0].Span)
		lines = lines[1:]
	}
	d.Paragraphs = make([]pipeline.Paragraph, 0, len(lines))
	for _, l := range lines {
		d.Paragraphs = append(d.Paragraphs, pipeline.Paragraph{Span: l.Span})
	}
	return nil
}

// isTitleLine: short, no sentence-final punctuation, no reporting clause.
func isTitleLine(s string) bool {
	if len(s) > 120 || strings.Count(s, " ") > 12 {
		return false
	}
	last := s[len(s)-1]
	if strings.ContainsRune(".!?:;,\"", rune(last)) || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "»") {
		return false
	}
	return s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 0x80
}

// isSectionLine: a line of the trailer's run of section headings. A
// heading is short and ends without a sentence's punctuation; unlike a
// title it may begin with a digit, a quotation mark or a lower-case word
// ("1990 elections", "“Two plus Four” talks", "de Gaulle's role") and end
// in a closing mark or bracket. A body line (a file holding two pages)
// ends in a full stop and ends the run.
func isSectionLine(s string) bool {
	if s == "" || len(s) > 120 || strings.Count(s, " ") > 12 {
		return false
	}
	t := strings.TrimRight(s, "\"')]”’»›」")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';', ',':
		return false
	}
	return true
}

func normLanguage(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + strings.ToLower(s[n:])
}
