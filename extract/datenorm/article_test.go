package datenorm

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/parley-nlp/parley/pipeline"
)

// doc builds a document of paragraphs (one a line, one sentence each)
// whose DATE entities are the given texts, each mentioned wherever it
// occurs as written.
func doc(title string, lines []string, dates ...string) (*pipeline.Document, []pipeline.Entity) {
	d := &pipeline.Document{Text: strings.Join(lines, "\n"), Meta: pipeline.Meta{Title: title}}
	off := 0
	for i, l := range lines {
		sp := pipeline.Span{Start: off, End: off + len(l)}
		d.Paragraphs = append(d.Paragraphs, pipeline.Paragraph{Span: sp})
		d.Sentences = append(d.Sentences, pipeline.Sentence{Span: sp, Paragraph: i})
		off += len(l) + 1
	}
	var ents []pipeline.Entity
	for _, t := range dates {
		e := pipeline.Entity{Text: t, Type: pipeline.Date}
		for at := 0; ; {
			i := strings.Index(d.Text[at:], t)
			if i < 0 {
				break
			}
			s := at + i
			e.Mentions = append(e.Mentions, pipeline.Mention{Span: pipeline.Span{Start: s, End: s + len(t)}, Sentence: d.SentenceAt(s)})
			at = s + len(t)
		}
		ents = append(ents, e)
	}
	ents = append(ents, pipeline.Entity{Text: "Riyadh", Type: pipeline.GPE})
	return d, ents
}

func values(ents []pipeline.Entity) map[string]string {
	out := map[string]string{}
	for _, e := range ents {
		if e.Type != pipeline.Date {
			continue
		}
		if e.Value == nil {
			out[e.Text] = "null"
		} else {
			out[e.Text] = *e.Value
		}
	}
	return out
}

func TestFill(t *testing.T) {
	tests := []struct {
		name  string
		title string
		lines []string
		dates []string
		want  map[string]string
	}{
		{
			name:  "title year",
			title: "USA-Russia Riyadh Talks (2025)",
			lines: []string{"The talks opened on 18 February 2025.", "On 13 March the sides met again on Thursday."},
			dates: []string{"18 February 2025", "13 March", "Thursday"},
			want:  map[string]string{"18 February 2025": "2025-02-18", "13 March": "2025-03-13", "Thursday": "null"},
		},
		{
			name:  "no title: the first sentence's dated expression",
			lines: []string{"The summit was held on 12 June 2018 in Singapore.", "In March the leaders agreed to meet."},
			dates: []string{"12 June 2018", "March"},
			want:  map[string]string{"12 June 2018": "2018-06-12", "March": "2018-03"},
		},
		{
			name:  "another year earlier in the paragraph",
			title: "Doha Agreement (2020)",
			lines: []string{"Talks stalled in September 2019 and resumed in December.", "On 29 February the deal was signed."},
			dates: []string{"September 2019", "December", "29 February"},
			want:  map[string]string{"September 2019": "2019-09", "December": "null", "29 February": "2020-02-29"},
		},
		{
			name:  "the event year written again in the paragraph",
			title: "Doha Agreement (2020)",
			lines: []string{"Talks began in 2018 but by January 2020 they were close, and on 29 February they signed."},
			dates: []string{"2018", "January 2020", "29 February"},
			want:  map[string]string{"2018": "2018", "January 2020": "2020-01", "29 February": "2020-02-29"},
		},
		{
			name:  "one ambiguous mention makes the entity null",
			title: "Talks (2020)",
			lines: []string{"On 3 March they met.", "In 2019, on 3 March, they had also met."},
			dates: []string{"2019", "3 March"},
			want:  map[string]string{"2019": "2019", "3 March": "null"},
		},
		{
			name:  "a title with two years is ambiguous",
			title: "Minsk Talks (2014-2015)",
			lines: []string{"On 12 February the leaders met."},
			dates: []string{"12 February"},
			want:  map[string]string{"12 February": "null"},
		},
		{
			name:  "no year anywhere",
			lines: []string{"On 12 February the leaders met."},
			dates: []string{"12 February"},
			want:  map[string]string{"12 February": "null"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ents := doc(tt.title, tt.lines, tt.dates...)
			why := testNormalizer(t).Fill(d, ents)
			assert.Equal(t, tt.want, values(ents))
			for i, e := range ents {
				if e.Type == pipeline.Date && e.Value == nil {
					assert.Error(t, why[i], "a null %q has a reason", e.Text)
				} else {
					assert.NoError(t, why[i])
				}
				if e.Type != pipeline.Date {
					assert.Nil(t, e.Value, "only DATE entities have a value")
				}
			}
		})
	}
}

// TestYearsIn: the years of a title are the word-bounded matches of
// [12][0-9]{3}.
func TestYearsIn(t *testing.T) {
	re := regexp.MustCompile(`\b[12][0-9]{3}\b`)
	for _, s := range []string{"", "Riyadh Talks (2025)", "Minsk Talks (2014-2015)", "20251", "x2025", "2025x", "_2025", "1999 2000 3000", "é2025é", "12345 2025", "20252025", "2025"} {
		var want []int
		for _, m := range re.FindAllString(s, -1) {
			y, _ := strconv.Atoi(m)
			want = append(want, y)
		}
		assert.Equal(t, want, yearsIn(s), "%q", s)
	}
}
