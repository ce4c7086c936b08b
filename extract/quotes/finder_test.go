package quotes_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/extract/quotes"
	"github.com/parley-nlp/parley/pipeline"
)

// testEnt is an entity given to the quote stage by hand, so that these
// tests do not depend on the entity stage: every occurrence of each form
// is a mention.
type testEnt struct {
	typ   string
	forms []string // the first is the canonical name
	role  string
}

type wantQuote struct {
	kind, text, speaker string // speaker "" for none
}

// runQuotes runs the stages before entities, adds the given entities and
// runs the quote stage.
func runQuotes(t *testing.T, m *extract.Models, text string, ents []testEnt) *pipeline.Document {
	t.Helper()
	d, err := pipeline.NewDocument("t.txt", []byte(text+"\n"))
	require.NoError(t, err)
	require.NoError(t, pipeline.Run(context.Background(), d, extract.Stages(m)[:4])) // up to the tagger
	for i, e := range ents {
		ent := pipeline.Entity{ID: "e" + strconv.Itoa(i+1), Text: e.forms[0], Type: e.typ, Aliases: e.forms[1:], Role: e.role}
		for _, f := range e.forms {
			for off := 0; ; {
				k := strings.Index(d.Text[off:], f)
				if k < 0 {
					break
				}
				sp := pipeline.Span{Start: off + k, End: off + k + len(f)}
				ent.Mentions = append(ent.Mentions, pipeline.Mention{Span: sp, Sentence: d.SentenceAt(sp.Start)})
				off = sp.End
			}
		}
		d.Entities = append(d.Entities, ent)
	}
	require.NoError(t, quotes.New(m.Lexicon).Run(context.Background(), d))
	return d
}

func quotesOf(d *pipeline.Document) []wantQuote {
	var got []wantQuote
	for _, q := range d.Quotes {
		w := wantQuote{kind: q.Kind, text: d.Text[q.Span.Start:q.Span.End]}
		if q.Speaker != nil {
			w.speaker = q.Speaker.Text
		}
		got = append(got, w)
	}
	return got
}

func TestQuoteFinder(t *testing.T) {
	m, err := extract.NewModels()
	require.NoError(t, err)
	person := func(forms ...string) testEnt { return testEnt{typ: pipeline.Person, forms: forms} }
	org := func(forms ...string) testEnt { return testEnt{typ: pipeline.Org, forms: forms} }
	gpe := func(forms ...string) testEnt { return testEnt{typ: pipeline.GPE, forms: forms} }
	d, i := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name string
		in   string
		ents []testEnt
		want []wantQuote
	}{
		{"curly quotes after the speaker", "Marco Rubio said: “We are ready. We will talk.”",
			[]testEnt{person("Marco Rubio", "Rubio")}, []wantQuote{{d, "We are ready. We will talk.", "Marco Rubio"}}},
		{"quote before the speaker", "“The talks were useful,” Erdoğan said.",
			[]testEnt{person("Recep Tayyip Erdoğan", "Erdoğan")}, []wantQuote{{d, "The talks were useful,", "Recep Tayyip Erdoğan"}}},
		{"said after the name", "«The world will see a major change,» said Kim at the signing ceremony.",
			[]testEnt{person("Kim Jong Un", "Kim")}, []wantQuote{{d, "The world will see a major change,", "Kim Jong Un"}}},
		{"interrupted quote, pronoun from the sentence before", "Trump turned to Zelensky. “You’re not in a good position,” he said, “you don’t have the cards.”",
			[]testEnt{person("Donald Trump", "Trump"), person("Volodymyr Zelensky", "Zelensky")},
			[]wantQuote{{d, "You’re not in a good position,", "Donald Trump"}, {d, "you don’t have the cards.", "Donald Trump"}}},
		{"French spaced guillemets", "Abiy Ahmed declared : « We have cleared the misunderstanding. »",
			[]testEnt{person("Abiy Ahmed")}, []wantQuote{{d, "We have cleared the misunderstanding.", "Abiy Ahmed"}}},
		{"low-high quotes", "Hollande said: „This is a serious hope for Europe.“",
			[]testEnt{person("François Hollande", "Hollande")}, []wantQuote{{d, "This is a serious hope for Europe.", "François Hollande"}}},
		{"single quotes with apostrophes inside", "Martin Griffiths said: ‘Sudan’s people can’t wait any longer.’",
			[]testEnt{person("Martin Griffiths")}, []wantQuote{{d, "Sudan’s people can’t wait any longer.", "Martin Griffiths"}}},
		{"nested quotes stay inside", "Kim said «He told me “no” twice and we left.»",
			[]testEnt{person("Kim Jong Un", "Kim")}, []wantQuote{{d, "He told me “no” twice and we left.", "Kim Jong Un"}}},
		{"surname links to the full name", "John Kerry arrived. “This is the good deal,” Kerry said.",
			[]testEnt{person("John Kerry")}, []wantQuote{{d, "This is the good deal,", "John Kerry"}}},
		{"news style with title and object", "“We call on Pakistan to act,” Foreign Secretary Vikram Misri told reporters.",
			[]testEnt{person("Vikram Misri"), gpe("Pakistan")}, []wantQuote{{d, "We call on Pakistan to act,", "Vikram Misri"}}},
		{"said X, the minister", "“It is over,” said Lavrov, the foreign minister of Russia.",
			[]testEnt{person("Sergey Lavrov", "Lavrov"), gpe("Russia")}, []wantQuote{{d, "It is over,", "Sergey Lavrov"}}},
		{"subject across a prepositional phrase", "Netanyahu in his speech said: “This day is a pivot of history.”",
			[]testEnt{person("Benjamin Netanyahu", "Netanyahu")}, []wantQuote{{d, "This day is a pivot of history.", "Benjamin Netanyahu"}}},
		{"subject across a relative clause", "UN chief Martin Griffiths who travelled to Jeddah during the talks said: ‘The aid must reach them now.’",
			[]testEnt{person("Martin Griffiths"), gpe("Jeddah")}, []wantQuote{{d, "The aid must reach them now.", "Martin Griffiths"}}},
		{"fragment after described as", "Moon welcomed the outcome and described the summit as «a historic event».",
			[]testEnt{person("Moon Jae-in", "Moon")}, []wantQuote{{d, "a historic event", "Moon Jae-in"}}},
		{"fragment after called NAME", "Trump called Zelensky “a dictator without elections”.",
			[]testEnt{person("Donald Trump", "Trump"), person("Volodymyr Zelensky", "Zelensky")},
			[]wantQuote{{d, "a dictator without elections", "Donald Trump"}}},
		{"pronoun in a subordinate clause is the subject", "Sharif claimed victory and thanked Trump for what he called his “proactive role”.",
			[]testEnt{person("Shehbaz Sharif", "Sharif"), person("Donald Trump", "Trump")}, []wantQuote{{d, "proactive role", "Shehbaz Sharif"}}},
		{"name in marks is not a quote", "The “Black Sea Grain Initiative” was signed in Istanbul.", nil, nil},
		{"scare phrase is not a quote", "Britain formed a “coalition of the willing” with France.", nil, nil},
		{"passive participle is not a speaker", "Sanctions were part of a campaign called “maximum pressure” against Iran.", nil, nil},
		{"quote over a paragraph break", "Merkel said: “We will not give up.\n“We wait for an answer,” she said.",
			[]testEnt{person("Angela Merkel", "Merkel")}, []wantQuote{{d, "We will not give up.\n“We wait for an answer,", "Angela Merkel"}}},
		{"quote closed in the next paragraph", "Putin said: «It was not easy.\nIt will be long». The end.",
			[]testEnt{person("Vladimir Putin", "Putin")}, []wantQuote{{d, "It was not easy.\nIt will be long", "Vladimir Putin"}}},
		{"a colon ties the quote to the words before it", "Abiy Ahmed declared : « We agree. » The Somali president thanked Erdoğan.",
			[]testEnt{person("Abiy Ahmed"), person("Recep Tayyip Erdoğan", "Erdoğan")}, []wantQuote{{d, "We agree.", "Abiy Ahmed"}}},
		{"a term after the is not a quote", "He stated that the „neighbourhood policy“ of the government works.", nil,
			[]wantQuote{{i, "the „neighbourhood policy“ of the government works", ""}}},
		{"a second fragment in one reported clause", "Trump wrote that Zelensky had “disrespected” the US and could come back “when he is ready”.",
			[]testEnt{person("Donald Trump", "Trump"), person("Volodymyr Zelensky", "Zelensky"), gpe("United States", "US")},
			[]wantQuote{{i, "Zelensky had “disrespected” the US and could come back “when he is ready”", "Donald Trump"}, {d, "disrespected", "Donald Trump"}, {d, "when he is ready", "Donald Trump"}}},
		{"a building speaks for its office", "The White House described the meeting as “very positive”.",
			[]testEnt{{typ: pipeline.Fac, forms: []string{"White House"}}}, []wantQuote{{d, "very positive", "White House"}}},
		{"indirect with that", "The Kremlin stated that the strike did not violate the agreement.",
			[]testEnt{org("Kremlin")}, []wantQuote{{i, "the strike did not violate the agreement", "Kremlin"}}},
		{"indirect without that", "Kenyatta said the parties had shown courage.",
			[]testEnt{person("Uhuru Kenyatta", "Kenyatta")}, []wantQuote{{i, "the parties had shown courage", "Uhuru Kenyatta"}}},
		{"two reporting verbs are two quotes", "Peskov confirmed that Putin had been briefed and stated that Russia would respond.",
			[]testEnt{person("Dmitry Peskov", "Peskov"), person("Vladimir Putin", "Putin"), gpe("Russia")},
			[]wantQuote{{i, "Putin had been briefed", "Dmitry Peskov"}, {i, "Russia would respond", "Dmitry Peskov"}}},
		{"a second subject starts another quote", "Zelensky responded that he would wait in Türkiye but the Kremlin announced on 14 May that Putin would not attend.",
			[]testEnt{person("Volodymyr Zelensky", "Zelensky"), org("Kremlin"), person("Vladimir Putin", "Putin"), gpe("Türkiye")},
			[]wantQuote{{i, "he would wait in Türkiye", "Volodymyr Zelensky"}, {i, "Putin would not attend", "Kremlin"}}},
		{"the subject's next verb ends the clause", "Umerov stated the return of the children was a priority and handed the Russian side a list.",
			[]testEnt{person("Rustem Umerov", "Umerov")}, []wantQuote{{i, "the return of the children was a priority", "Rustem Umerov"}}},
		{"an apposition ends the clause", "Trump said he had used trade to stop the fighting, a version of events that Delhi rejected.",
			[]testEnt{person("Donald Trump", "Trump")}, []wantQuote{{i, "he had used trade to stop the fighting", "Donald Trump"}}},
		{"noun object is not a quote", "Lavrov stated Russia’s opposition to the plan.",
			[]testEnt{person("Sergey Lavrov", "Lavrov"), gpe("Russia")}, nil},
		{"plural noun is not a cue", "North Korea described the US demands as unacceptable.",
			[]testEnt{gpe("North Korea"), gpe("United States", "US")}, nil},
		{"passive has no speaker", "It was stated that the talks would resume in March.", nil,
			[]wantQuote{{i, "the talks would resume in March", ""}}},
		{"unnamed officials are no speaker", "Critics in the United States said that Putin had won.",
			[]testEnt{gpe("United States"), person("Vladimir Putin", "Putin")}, []wantQuote{{i, "Putin had won", ""}}},
		{"pronoun across sentences", "Merkel arrived in Minsk. She stressed that a lot of work remained.",
			[]testEnt{person("Angela Merkel", "Merkel"), gpe("Minsk")}, []wantQuote{{i, "a lot of work remained", "Angela Merkel"}}},
		{"the speaker's next act ends the clause", "Kuleba stressed that Ukraine would not surrender and called for a corridor.",
			[]testEnt{person("Dmytro Kuleba", "Kuleba"), gpe("Ukraine")}, []wantQuote{{i, "Ukraine would not surrender", "Dmytro Kuleba"}}},
		{"a passive with its agent", "It was insisted by the Angolan delegation that the rebels must be included.",
			[]testEnt{gpe("Angola")}, []wantQuote{{i, "the rebels must be included", "Angola"}}},
		{"a title-case name in marks is no quote", "The leaders signed ‘A Framework for Peace in the Middle East’ at the White House.",
			nil, nil},
		{"according to", "According to Fidan, the efforts lasted several months.",
			[]testEnt{person("Hakan Fidan", "Fidan")}, []wantQuote{{i, "the efforts lasted several months", "Hakan Fidan"}}},
		{"according to unnamed sources", "According to Egyptian security sources, the list was the hardest issue.",
			[]testEnt{gpe("Egypt", "Egyptian")}, []wantQuote{{i, "the list was the hardest issue", ""}}},
		{"members of a body are unnamed", "Conservative members of the Majlis claimed that the red lines had been crossed.",
			[]testEnt{org("Majlis")}, []wantQuote{{i, "the red lines had been crossed", ""}}},
		{"a noun the clause complements is no addressee", "Hamas demanded guarantees that Israel would not resume the war.",
			[]testEnt{org("Hamas"), gpe("Israel")}, nil},
		{"a speech participle ends the clause", "The army announced that it suspended its participation in the talks accusing the RSF of delays.",
			nil, []wantQuote{{i, "it suspended its participation in the talks", ""}}},
		{"a reporting clause of its own ends the clause before it", "Lavrov said the talks were useful Rubio said the meeting was good.",
			[]testEnt{person("Sergey Lavrov", "Lavrov"), person("Marco Rubio", "Rubio")},
			[]wantQuote{{i, "the talks were useful", "Sergey Lavrov"}, {i, "the meeting was good", "Marco Rubio"}}},
		{"reported speech inside reported speech stays inside", "Lavrov said that Rubio had stated that the talks were useful.",
			[]testEnt{person("Sergey Lavrov", "Lavrov"), person("Marco Rubio", "Rubio")},
			[]wantQuote{{i, "Rubio had stated that the talks were useful", "Sergey Lavrov"}, {i, "the talks were useful", "Marco Rubio"}}},
		{"one verb, two coordinated clauses: one quote", "Lavrov stressed that the talks were useful and that Russia would return.",
			[]testEnt{person("Sergey Lavrov", "Lavrov"), gpe("Russia")},
			[]wantQuote{{i, "the talks were useful and that Russia would return", "Sergey Lavrov"}}},
		{"a reporting clause after but with its own subject is another quote", "Lavrov said the talks would resume but his deputy told reporters that the date was open.",
			[]testEnt{person("Sergey Lavrov", "Lavrov")},
			[]wantQuote{{i, "the talks would resume", "Sergey Lavrov"}, {i, "the date was open", ""}}},
		{"a reduced relative clause stays inside", "Lavrov said the plan he says he drafted would bring peace.",
			[]testEnt{person("Sergey Lavrov", "Lavrov")},
			[]wantQuote{{i, "the plan he says he drafted would bring peace", "Sergey Lavrov"}, {i, "he drafted would bring peace", "Sergey Lavrov"}}},
		{"one reporting verb without a subject is passed over", "Lavrov said that Peskov was told that the talks would resume.",
			[]testEnt{person("Sergey Lavrov", "Lavrov"), person("Dmitry Peskov", "Peskov")},
			[]wantQuote{{i, "Peskov was told that the talks would resume", "Sergey Lavrov"}, {i, "the talks would resume", ""}}},
		{"according to twice", "According to Fidan, the talks lasted long according to Lavrov the talks went well.",
			[]testEnt{person("Hakan Fidan", "Fidan"), person("Sergey Lavrov", "Lavrov")},
			[]wantQuote{{i, "the talks lasted long", "Hakan Fidan"}}},
		{"office noun resolves through roles", "The Somali president stated that the period was regrettable.",
			[]testEnt{{typ: pipeline.Person, forms: []string{"Hassan Sheikh Mohamud"}, role: "Somali President"}},
			[]wantQuote{{i, "the period was regrettable", "Hassan Sheikh Mohamud"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runQuotes(t, m, tt.in, tt.ents)
			assert.Equal(t, tt.want, quotesOf(doc))
		})
	}
}
