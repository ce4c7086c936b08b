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
			[]testEnt{person("Angela Merkel", "Merkel")}, []wantQuote{{d, "We will not give up.", "Angela Merkel"}, {d, "We wait for an answer,", "Angela Merkel"}}},
		{"a quote over a paragraph break takes the speaker of its last part", "Merkel arrived.\n“We will not give up.\n“We wait for an answer,” Scholz said.",
			[]testEnt{person("Angela Merkel", "Merkel"), person("Olaf Scholz", "Scholz")}, []wantQuote{{d, "We will not give up.", "Olaf Scholz"}, {d, "We wait for an answer,", "Olaf Scholz"}}},
		{"quote closed in the next paragraph", "Putin said: «It was not easy.\nIt will be long». The end.",
			[]testEnt{person("Vladimir Putin", "Putin")}, []wantQuote{{d, "It was not easy.", "Vladimir Putin"}, {d, "It will be long", "Vladimir Putin"}}},
		{"a colon ties the quote to the words before it", "Abiy Ahmed declared : « We agree. » The Somali president thanked Erdoğan.",
			[]testEnt{person("Abiy Ahmed"), person("Recep Tayyip Erdoğan", "Erdoğan")}, []wantQuote{{d, "We agree.", "Abiy Ahmed"}}},
		{"a term after the is not a quote", "He stated that the „neighbourhood policy“ of the government works.", nil,
			[]wantQuote{{i, "the „neighbourhood policy“ of the government works", ""}}},
		{"a second fragment in one reported clause", "Trump wrote that Zelensky had “disrespected” the US and could come back “when he is ready”.",
			[]testEnt{person("Donald Trump", "Trump"), person("Volodymyr Zelensky", "Zelensky"), gpe("United States", "US")},
			[]wantQuote{{i, "Zelensky had “disrespected” the US and could come back “when he is ready”", "Donald Trump"}, {d, "disrespected", "Donald Trump"}, {d, "when he is ready", "Donald Trump"}}},
		{"a building speaks for its office", "The White House described the meeting as “very positive”.",
			[]testEnt{{typ: pipeline.Fac, forms: []string{"White House"}}}, []wantQuote{{d, "very positive", "White House"}}},
		{"a marked stretch inside a reported clause is a quote of the clause's speaker", "Kagame said that the summit had recognised „the aggression of the rebels“ at last.",
			[]testEnt{person("Paul Kagame", "Kagame")},
			[]wantQuote{{i, "the summit had recognised „the aggression of the rebels“ at last", "Paul Kagame"}, {d, "the aggression of the rebels", "Paul Kagame"}}},
		{"a so-called term inside a reported clause is no quote", "Biegun stated that Washington would discuss so-called ‘parallel steps’ in March.",
			[]testEnt{person("Stephen Biegun", "Biegun"), gpe("Washington")},
			[]wantQuote{{i, "Washington would discuss so-called ‘parallel steps’ in March", "Stephen Biegun"}}},
		{"a show after a possessive is a name", "Rubio spoke on CBS’s “Face the Nation” about the talks.",
			[]testEnt{person("Marco Rubio", "Rubio"), org("CBS")}, nil},
		{"a book after its noun is a name", "In his book, “A World of Order,” Kissinger wrote about the talks.",
			[]testEnt{person("Henry Kissinger", "Kissinger")}, nil},
		{"a quotation standing as a sentence of its own", "“Nobody wants the war,” Lavrov said. “Nobody does.”",
			[]testEnt{person("Sergey Lavrov", "Lavrov")}, []wantQuote{{d, "Nobody wants the war,", "Sergey Lavrov"}, {d, "Nobody does.", "Sergey Lavrov"}}},
		{"fragments joined to a quoted fragment", "Kuleba called the plan “naive,” a “trap” and a “gift to Moscow.”",
			[]testEnt{person("Dmytro Kuleba", "Kuleba"), gpe("Moscow")},
			[]wantQuote{{d, "naive,", "Dmytro Kuleba"}, {d, "trap", "Dmytro Kuleba"}, {d, "gift to Moscow.", "Dmytro Kuleba"}}},
		{"a nickname is no quote", "The press dubbed the envoy “Mister No” after the talks.", nil, nil},
		{"a heading in marks is no quote", "The talks ended.\n“All Doors Are Open.”\nThe envoys left.", nil, nil},
		{"time, place and addressee before that", "Stoyanov told reporters in Sofia on Wednesday that the pipeline would open in May.",
			[]testEnt{person("Nikolay Stoyanov", "Stoyanov"), gpe("Sofia")}, []wantQuote{{i, "the pipeline would open in May", "Nikolay Stoyanov"}}},
		{"a time before that", "Fidan said last week that the corridor was safe.",
			[]testEnt{person("Hakan Fidan", "Fidan")}, []wantQuote{{i, "the corridor was safe", "Hakan Fidan"}}},
		{"the addressee is not the clause", "Lavrov told reporters the talks had gone well.",
			[]testEnt{person("Sergey Lavrov", "Lavrov")}, []wantQuote{{i, "the talks had gone well", "Sergey Lavrov"}}},
		{"a time adverbial before a clause without that", "Peskov said on Monday the delegation would stay.",
			[]testEnt{person("Dmitry Peskov", "Peskov")}, []wantQuote{{i, "the delegation would stay", "Dmitry Peskov"}}},
		{"a noun and a subordinate clause are no clause", "Trump announced the truce an hour before Misri spoke.",
			[]testEnt{person("Donald Trump", "Trump"), person("Vikram Misri", "Misri")}, nil},
		{"a relative clause with its own subject comments on the report", "Stoyanov said that Bulgaria would guarantee the transit, which the media read as a message to Moscow.",
			[]testEnt{person("Nikolay Stoyanov", "Stoyanov"), gpe("Bulgaria"), gpe("Moscow")}, []wantQuote{{i, "Bulgaria would guarantee the transit", "Nikolay Stoyanov"}}},
		{"a contrast with its own subject is not reported", "Kato said the island lay inside Ugandan waters, but the Kenyan police never left it.",
			[]testEnt{person("Moses Kato", "Kato")}, []wantQuote{{i, "the island lay inside Ugandan waters", "Moses Kato"}}},
		{"a contrast of the speaker's own is not reported", "Vučić stated that gas remained the cheapest fuel, but did not comment on the deal.",
			[]testEnt{person("Aleksandar Vučić", "Vučić")}, []wantQuote{{i, "gas remained the cheapest fuel", "Aleksandar Vučić"}}},
		{"a contrast with a modal goes on with the report", "The ministry said the plan would cost more at first, but would pay off within ten years.",
			nil, []wantQuote{{i, "the plan would cost more at first, but would pay off within ten years", ""}}},
		{"a quotation after that is one direct quote", "Guterres said that “this is a moment of hope.”",
			[]testEnt{person("António Guterres", "Guterres")}, []wantQuote{{d, "this is a moment of hope.", "António Guterres"}}},
		{"a quoted verb in a reported clause", "Barak said her country “does not exclude” a pipeline.",
			[]testEnt{person("Yael Barak", "Barak")}, []wantQuote{{i, "her country “does not exclude” a pipeline", "Yael Barak"}, {d, "does not exclude", "Yael Barak"}}},
		{"a verb that only attributes a quote", "“Who wants this war?” Lavrov asked, “nobody.”",
			[]testEnt{person("Sergey Lavrov", "Lavrov")}, []wantQuote{{d, "Who wants this war?", "Sergey Lavrov"}, {d, "nobody.", "Sergey Lavrov"}}},
		{"more reporting verbs, present tense too", "Kato complained that the survey was late, and the ministry says the map is wrong.",
			[]testEnt{person("Moses Kato", "Kato")}, []wantQuote{{i, "the survey was late", "Moses Kato"}, {i, "the map is wrong", ""}}},
		{"a noun that may be a reporting verb", "Later reports of the envoy left early.", nil, nil},
		{"according to a source with no comma after it", "According to later reports the envoy left early.", nil,
			[]wantQuote{{i, "the envoy left early", ""}}},
		{"according to a source with no comma, after but", "The envoys met in Geneva but according to officials no agreement was reached.", nil,
			[]wantQuote{{i, "no agreement was reached", ""}}},
		{"according to a source, then a noun phrase opening the clause", "According to the delegations the two sides had agreed on a draft.", nil,
			[]wantQuote{{i, "the two sides had agreed on a draft", ""}}},
		{"a participle after a noun that reports nothing", "Novak wrote that the envoys had drafted the notes announcing the end of the round.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "the envoys had drafted the notes announcing the end of the round", "Ana Novak"}}},
		{"a participle in the reported clause's subject", "Novak says the posts accusing the minister of fraud are “pure fiction.”",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{
				{i, "the posts accusing the minister of fraud are “pure fiction.”", "Ana Novak"}, {d, "pure fiction.", "Ana Novak"}}},
		{"a report in a relative clause with an auxiliary", "The memo, which had argued that the plan would fail, was leaked in May.",
			nil, []wantQuote{{i, "the plan would fail", ""}}},
		{"an adverb between the verb and that", "Novak insisted afterwards that the corridor must stay open.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "the corridor must stay open", "Ana Novak"}}},
		{"a participle of speech with a clause without that", "Novak spoke for an hour, arguing the plan was needed.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "the plan was needed", "Ana Novak"}}},
		{"a reporting word the tagger may read as a noun, after a name", "Though Novak notes they were chosen before her time, she left.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "they were chosen before her time", "Ana Novak"}}},
		{"a subject pronoun opens the clause", "Novak says they both share the view that the round failed.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "they both share the view that the round failed", "Ana Novak"}}},
		{"a relative clause with the report's subject inside", "The plan, which officials say would cut costs, was approved.",
			nil, []wantQuote{{i, "would cut costs", ""}}},
		{"so … that is a result, not a report", "The rules would add so many steps that the deal would fail.", nil, nil},
		{"a report that goes on with a quoted stretch after and", "Novak says the talks have failed, and “we will not return” to them.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{
				{i, "the talks have failed, and “we will not return” to them", "Ana Novak"}, {d, "we will not return", "Ana Novak"}}},
		{"a reporting clause with a quotation ends the clause before it", "When Novak noted that the plan had failed, Hale replied, “It worked.”",
			[]testEnt{person("Ana Novak", "Novak"), person("Tom Hale", "Hale")}, []wantQuote{
				{i, "the plan had failed", "Ana Novak"}, {d, "It worked.", "Tom Hale"}}},
		{"a report quoting its last words, the speaker after it", "The summit achieved “too little,” Novak said.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{
				{i, "The summit achieved “too little,”", "Ana Novak"}, {d, "too little,", "Ana Novak"}}},
		{"a quotation going on in lower case, the speaker after it", "“They pushed the staff too far” to raise the price, Novak said.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{
				{i, "“They pushed the staff too far” to raise the price", "Ana Novak"}, {d, "They pushed the staff too far", "Ana Novak"}}},
		{"a speaker's relative clause after the inverted verb is not the report", "The corridor would stay open, said Peskov, who runs the press office.",
			[]testEnt{person("Dmitry Peskov", "Peskov")}, []wantQuote{{i, "The corridor would stay open", "Dmitry Peskov"}}},
		{"a report told twice is one report", "Novak said she felt the plan was bad because “nobody reads it,” she said.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{
				{i, "she felt the plan was bad because “nobody reads it,”", "Ana Novak"}, {d, "nobody reads it,", "Ana Novak"}}},
		{"that after the addressee opening a relative clause", "Novak told reporters after the meeting that was held on a boat.",
			[]testEnt{person("Ana Novak", "Novak")}, nil},
		{"let's say is a supposition", "Let's say you think the talks will fail.", nil, nil},
		{"a report inside brackets ends at the bracket", "The talks stalled (the ministry later confirmed that the envoy was ill).", nil,
			[]wantQuote{{i, "the envoy was ill", ""}}},
		{"the speaker after a report opening with an adjective in -ing", "Rising water levels could flood the delta, Novak said.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "Rising water levels could flood the delta", "Ana Novak"}}},
		{"the speaker after a report opening with a phrase", "After some delays, the work has met the standards, Novak said.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "After some delays, the work has met the standards", "Ana Novak"}}},
		{"the speaker and the addressee after the report", "The talks could resume in May, Novak told the Daily Courier on Monday.",
			[]testEnt{person("Ana Novak", "Novak"), org("Daily Courier")}, []wantQuote{{i, "The talks could resume in May", "Ana Novak"}}},
		{"the inverted speaker with a relative clause of his own", "The round could start this week, said Tom Hale, an adviser who runs the campaign.",
			[]testEnt{person("Tom Hale")}, []wantQuote{{i, "The round could start this week", "Tom Hale"}}},
		{"an occasion between the verb and a clause without that", "Novak said after the meeting she would not sign.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "she would not sign", "Ana Novak"}}},
		{"neither … nor opens a clause", "Novak says neither the envoy nor his staff saw the letter.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "neither the envoy nor his staff saw the letter", "Ana Novak"}}},
		{"a headline: a name, a colon and a claim", "Novak: Talks have failed in Geneva.\nAna Novak spoke on Monday.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "Talks have failed in Geneva", "Ana Novak"}}},
		{"a colon after a name later in the text is no headline", "The talks ended.\nNovak: the talks have failed.",
			[]testEnt{person("Ana Novak", "Novak")}, nil},
		{"a plural's possessive apostrophe is no quotation mark", "Novak told the group that the allies’ forces were depleted.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "the allies’ forces were depleted", "Ana Novak"}}},
		{"a long subject with a relative clause and no that", "Novak said many of the projects that critics point to as waste in rich areas failed to help.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "many of the projects that critics point to as waste in rich areas failed to help", "Ana Novak"}}},
		{"a noun's that-clause is no report", "Novak announced plans that the state would fund the port.",
			[]testEnt{person("Ana Novak", "Novak")}, nil},
		{"and that’s after the report is the writer's", "Novak said the plan puts trade above safety, and that’s something few would accept.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "the plan puts trade above safety", "Ana Novak"}}},
		{"an aside after a dash is the writer's", "Novak noted that the envoy had not signed ― as was true for the others.",
			[]testEnt{person("Ana Novak", "Novak")}, []wantQuote{{i, "the envoy had not signed", "Ana Novak"}}},
		{"a negated reporting verb reports nothing", "Pompeo could not say when the talks would resume.", nil, nil},
		{"a free relative reports nothing", "What Trump says his plan would do is unclear.", []testEnt{person("Donald Trump", "Trump")}, nil},
		{"the speaker after the clause", "The talks had failed, Lavrov said on Monday.",
			[]testEnt{person("Sergey Lavrov", "Lavrov")}, []wantQuote{{i, "The talks had failed", "Sergey Lavrov"}}},
		{"the speaker inside the clause", "The talks, Lavrov said, were useful.",
			[]testEnt{person("Sergey Lavrov", "Lavrov")}, []wantQuote{{i, "The talks, Lavrov said, were useful", "Sergey Lavrov"}}},
		{"the verb before its subject after the clause", "The corridor would stay open, said Peskov, the Kremlin spokesman.",
			[]testEnt{person("Dmitry Peskov", "Peskov")}, []wantQuote{{i, "The corridor would stay open", "Dmitry Peskov"}}},
		{"as the speaker said", "As Lavrov said, the talks were useful.",
			[]testEnt{person("Sergey Lavrov", "Lavrov")}, []wantQuote{{i, "the talks were useful", "Sergey Lavrov"}}},
		{"a participle before the speaker is no report", "Speaking in Ankara, Lavrov said.", []testEnt{person("Sergey Lavrov", "Lavrov")}, nil},
		{"a verb and its object after a comma are no report", "One after another, the firms, including Patriot, declared bankruptcy.", nil, nil},
		{"an idiom reports nothing", "It goes without saying that the talks were long.", nil, nil},
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
		{"according to a body with its abbreviation in brackets", "According to a survey of the Northern Statistics Bureau (NSB), most farmers backed the deal.",
			[]testEnt{org("Northern Statistics Bureau", "NSB")}, []wantQuote{{i, "most farmers backed the deal", "Northern Statistics Bureau"}}},
		{"a member of a body named after the quote is unnamed", "“The fund must stay open,” a member of Committee II of the Assembly said.",
			[]testEnt{org("Assembly")}, []wantQuote{{d, "The fund must stay open,", ""}}},
		{"a pronoun after a title with prepositions takes the titled name", "Lena Holm welcomed the deal. Minister of State for Trade Affairs Karl Weber wrote that the deal was good but he noted that the work would take years.",
			[]testEnt{person("Lena Holm", "Holm"), person("Karl Weber", "Weber")},
			[]wantQuote{{i, "the deal was good", "Karl Weber"}, {i, "the work would take years", "Karl Weber"}}},
		{"a coordinated reporting verb after a quoted fragment keeps the first subject", "Weber stated that Norway came “with the map in hand” and argued that the line was fair.",
			[]testEnt{person("Karl Weber", "Weber"), gpe("Norway")},
			[]wantQuote{{i, "Norway came “with the map in hand”", "Karl Weber"}, {d, "with the map in hand", "Karl Weber"}, {i, "the line was fair", "Karl Weber"}}},
		{"by saying takes the subject of the verb before", "The main obstacle was the fee, which Weber rejected by saying that the budget was closed.",
			[]testEnt{person("Karl Weber", "Weber")}, []wantQuote{{i, "the budget was closed", "Karl Weber"}}},
		{"they after an unnamed plural subject is unnamed", "The Kremlin stated that it would help. Some analysts called the deal fragile and they argued that the dispute remained.",
			[]testEnt{org("Kremlin")}, []wantQuote{{i, "it would help", "Kremlin"}, {i, "the dispute remained", ""}}},
		{"a surname before a particle names its holder", "Ana Ruiz met Pedro Molina de Arce in Quito. Molina told the delegates that the border would reopen.",
			[]testEnt{person("Ana Ruiz", "Ruiz"), person("Pedro Molina de Arce")}, []wantQuote{{i, "the border would reopen", "Pedro Molina de Arce"}}},
		{"a quoted clause then a speech act is one direct quote", "Ana Ruiz said “this is a step forward” and called for the return of the party.",
			[]testEnt{person("Ana Ruiz", "Ruiz")}, []wantQuote{{d, "this is a step forward", "Ana Ruiz"}}},
		{"an adverb between commas before that", "Ruiz welcomed the talks. She warned, however, that the border would stay closed.",
			[]testEnt{person("Ana Ruiz", "Ruiz")}, []wantQuote{{i, "the border would stay closed", "Ana Ruiz"}}},
		{"an addressee before a colon is no clause", "Weber told the opposition delegates: “We are ready to talk about everything.”",
			[]testEnt{person("Karl Weber", "Weber")}, []wantQuote{{d, "We are ready to talk about everything.", "Karl Weber"}}},
		{"an apposition with a participle and a preposition ends the clause", "Oslo announced that it would sign only after the troops left, a condition linked to the new treaty.",
			[]testEnt{gpe("Oslo")}, []wantQuote{{i, "it would sign only after the troops left", "Oslo"}}},
		{"a passive clause goes on through its own past verb", "Weber said that the plan was drawn up in haste and violated the rules of the union.",
			[]testEnt{person("Karl Weber", "Weber")}, []wantQuote{{i, "the plan was drawn up in haste and violated the rules of the union", "Karl Weber"}}},
		{"a passive clause stops at a speech act", "Weber said that the plan was drawn up in haste and called for a new draft.",
			[]testEnt{person("Karl Weber", "Weber")}, []wantQuote{{i, "the plan was drawn up in haste", "Karl Weber"}}},
		{"an article before 'and that' opens no apposition", "Weber said that Oslo was not an ally and that there was no equivalence between the two.",
			[]testEnt{person("Karl Weber", "Weber"), gpe("Oslo")}, []wantQuote{{i, "Oslo was not an ally and that there was no equivalence between the two", "Karl Weber"}}},
		{"a verb of judgement takes the marked words after 'the'", "Ana Ruiz praised the “quiet courage” of the negotiators.",
			[]testEnt{person("Ana Ruiz", "Ruiz")}, []wantQuote{{d, "quiet courage", "Ana Ruiz"}}},
		{"a name given after 'was called the' stays a term", "The plan was officially called the “road to peace” in the press.",
			nil, nil},
		{"a copula's marked complement inside a reported clause", "According to Weber, the deal was the “best possible outcome” for both.",
			[]testEnt{person("Karl Weber", "Weber")}, []wantQuote{{i, "the deal was the “best possible outcome” for both", "Karl Weber"}, {d, "best possible outcome", "Karl Weber"}}},
		{"according to inside a relative clause reports the relative clause", "In May Oslo held a vote in which according to the Electoral Board (EB) most voters approved the plan.",
			[]testEnt{org("Electoral Board", "EB"), gpe("Oslo")}, []wantQuote{{i, "most voters approved the plan", "Electoral Board"}}},
		{"marks after 'the principle of' hold a name", "The sides agreed to act in line with the principle of “step for step, word for word, deed for deed”.",
			nil, nil},
		{"according to a rule names no source", "The prisoners were exchanged according to the formula “ten for ten” in May.",
			nil, nil},
		{"a subordinator before the name opens the speaker's clause", "The sides began talks on the treaty after Weber stated that Oslo was ready.",
			[]testEnt{person("Karl Weber", "Weber"), gpe("Oslo")}, []wantQuote{{i, "Oslo was ready", "Karl Weber"}}},
		{"a name after a place in a prepositional phrase is the subject", "At his press conference at the Grand Plaza Hotel Weber said “We will walk away.”",
			[]testEnt{person("Karl Weber", "Weber"), org("Grand Plaza Hotel")}, []wantQuote{{d, "We will walk away.", "Karl Weber"}}},
		{"according to a pronoun", "Karl Weber welcomed the plan. According to him, the route would halve the costs.",
			[]testEnt{person("Karl Weber", "Weber")}, []wantQuote{{i, "the route would halve the costs", "Karl Weber"}}},
		{"a verb after 'but' skips the that-clause's verb for the sentence subject", "Karl Weber expressed regret that no deal was reached but said that the talks had been useful.",
			[]testEnt{person("Karl Weber", "Weber")}, []wantQuote{{i, "the talks had been useful", "Karl Weber"}}},
		{"'and called on' ends a past-tense clause", "The Kremlin said that it welcomed the offer and called on Oslo to act.",
			[]testEnt{org("Kremlin"), gpe("Oslo")}, []wantQuote{{i, "it welcomed the offer", "Kremlin"}}},
		{"'but could not say' ends the clause", "Weber said the sides had made progress but could not say when the talks would resume.",
			[]testEnt{person("Karl Weber", "Weber")}, []wantQuote{{i, "the sides had made progress", "Karl Weber"}}},
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
		{"a name after a dash is the source", "“We are tired of waiting.” ― Maria Lopez “Nobody in this town listens to us.” ― Jan Novak",
			[]testEnt{person("Maria Lopez"), person("Jan Novak")},
			[]wantQuote{{d, "We are tired of waiting.", "Maria Lopez"}, {d, "Nobody in this town listens to us.", "Jan Novak"}}},
		{"a party tag in brackets between the name and the verb", "“This is a disgrace,” Rep. Mary Ellison (D-Ore.) said Friday.",
			[]testEnt{person("Mary Ellison", "Ellison")}, []wantQuote{{d, "This is a disgrace,", "Mary Ellison"}}},
		{"a long apposition naming a place", "“It is over,” Jean Dupont, the foreign minister of France, one of the states in the group, said on Monday.",
			[]testEnt{person("Jean Dupont", "Dupont"), gpe("France")}, []wantQuote{{d, "It is over,", "Jean Dupont"}}},
		{"the head of the phrase after said", "“We are ready,” said NATO Secretary General Anna Berg.",
			[]testEnt{person("Anna Berg", "Berg"), org("NATO")}, []wantQuote{{d, "We are ready,", "Anna Berg"}}},
		{"an unnamed speaker after the quote", "“We are ready,” a senior official said in Kyiv.",
			[]testEnt{gpe("Kyiv")}, []wantQuote{{d, "We are ready,", ""}}},
		{"two appositions before the verb of a reported clause", "Jean Dupont, the foreign minister of France, a member of the council, said the talks had failed.",
			[]testEnt{person("Jean Dupont", "Dupont"), gpe("France")}, []wantQuote{{i, "the talks had failed", "Jean Dupont"}}},
		{"a phrase before the subject is no apposition", "In Paris, the foreign minister, a veteran, said the talks had failed.",
			[]testEnt{gpe("Paris")}, []wantQuote{{i, "the talks had failed", ""}}},
		{"she is not said of a man", "Jan Novak met Anna Berg in Oslo. “We will wait for an answer,” she said.",
			[]testEnt{person("Jan Novak", "Novak"), person("Anna Berg", "Berg"), gpe("Oslo")},
			[]wantQuote{{d, "We will wait for an answer,", "Anna Berg"}}},
		{"a form of address tells the gender", "Ms. Oduya thanked Mr. Tann. “It was a long night for all of us,” he said.",
			[]testEnt{person("Oduya"), person("Tann")}, []wantQuote{{d, "It was a long night for all of us,", "Tann"}}},
		{"a person's antecedent across paragraphs", "Maria Lopez spoke first.\nThe hall was full. Ministers arrived late.\nThe talks began at noon. “We are ready for this,” she said.",
			[]testEnt{person("Maria Lopez", "Lopez")}, []wantQuote{{d, "We are ready for this,", "Maria Lopez"}}},
		{"a subordinate clause after a quote is no attribution", "Lynn Ortiz spoke of a “big difference in cost,” when it comes to the plan.",
			[]testEnt{person("Lynn Ortiz", "Ortiz"), org("Plan Office", "plan")},
			[]wantQuote{{d, "big difference in cost,", "Lynn Ortiz"}}},
		{"a surname without its particle", "Sisi stated that Egypt rejected the plan.",
			[]testEnt{person("Abdel Fattah el-Sisi"), gpe("Egypt")}, []wantQuote{{i, "Egypt rejected the plan", "Abdel Fattah el-Sisi"}}},
		{"a shared surname names the holder named most", "Paul Adler met Mark Adler. Mark Adler spoke first. “We will win this seat,” Adler said.",
			[]testEnt{person("Paul Adler", "Adler"), person("Mark Adler")}, []wantQuote{{d, "We will win this seat,", "Mark Adler"}}},
		{"a family name goes to the holder it named before a namesake came", "Choi Sang-woo arrived in Busan. Choi thanked the hosts. Choi praised the port. Choi Min-ho, an adviser, joined him, and Choi Min-ho stayed. “We are ready,” Choi said.",
			[]testEnt{person("Choi Sang-woo", "Choi"), person("Choi Min-ho")}, []wantQuote{{d, "We are ready,", "Choi Sang-woo"}}},
		{"a place does not speak for the person of its name", "Laura West arrived in Lima. West said the talks were useful.",
			[]testEnt{person("Laura West"), {typ: pipeline.Loc, forms: []string{"West"}}, gpe("Lima")},
			[]wantQuote{{i, "the talks were useful", "Laura West"}}},
		{"a family name written first, shared", "The delegation was led by Szabó Réka and included Szabó Zoltán. Szabó said the offer was unacceptable.",
			[]testEnt{person("Szabó Réka"), person("Szabó Zoltán", "Szabó")}, []wantQuote{{i, "the offer was unacceptable", "Szabó Réka"}}},
		{"a verb after a quote names its speaker, not a clause", "Nora Quist spoke. The levy “is the wrong tool,” said Ms. Quist (a view everyone I asked shared).",
			[]testEnt{person("Nora Quist", "Quist")}, []wantQuote{{d, "is the wrong tool,", "Nora Quist"}}},
		{"office noun resolves through roles", "The Somali president stated that the period was regrettable.",
			[]testEnt{{typ: pipeline.Person, forms: []string{"Hassan Sheikh Mohamud"}, role: "Somali President"}},
			[]wantQuote{{i, "the period was regrettable", "Hassan Sheikh Mohamud"}}},
		{"a quote ending in a quotation inside it leads its attribution", "Ida Lunde spoke first. \"They say they 'want peace,'\" she said.",
			[]testEnt{person("Ida Lunde")}, []wantQuote{{d, "They say they 'want peace,'", "Ida Lunde"}}},
		{"a time adverbial between subject and verb", "Tom Rask on Friday said the border would reopen.",
			[]testEnt{person("Tom Rask")}, []wantQuote{{i, "the border would reopen", "Tom Rask"}}},
		{"a long apposition with a relative clause", "Eva Holm, a former envoy who led the mission to Lisbon in 2019, said the plan was sound.",
			[]testEnt{person("Eva Holm"), gpe("Lisbon")}, []wantQuote{{i, "the plan was sound", "Eva Holm"}}},
		{"a name in apposition to an office", "The party’s treasurer for the northern region, Eva Holm, said the accounts were in order.",
			[]testEnt{person("Eva Holm")}, []wantQuote{{i, "the accounts were in order", "Eva Holm"}}},
		{"a fragment after as a and after being", "Ana Ruiz dismissed the offer as a “cheap trick” and accused the envoys of being “naive”.",
			[]testEnt{person("Ana Ruiz")}, []wantQuote{{d, "cheap trick", "Ana Ruiz"}, {d, "naive", "Ana Ruiz"}}},
		{"a pronoun goes back through the same pronoun in the sentence before", "Lena Dahl met the press. She thanked the host, Quorr Vale, for the dinner. “We are close,” she said.",
			[]testEnt{person("Lena Dahl"), person("Quorr Vale")}, []wantQuote{{d, "We are close,", "Lena Dahl"}}},
		{"according to a name before a direct quote", "The meeting ended late. According to Berg, “the talks are over for now.”",
			[]testEnt{person("Anna Berg", "Berg")}, []wantQuote{{d, "the talks are over for now.", "Anna Berg"}}},
		{"a reporting clause ending the sentence after other words", "“The only way out is a vote” in the spring, Berg said.",
			[]testEnt{person("Anna Berg", "Berg")}, []wantQuote{{d, "The only way out is a vote", "Anna Berg"}}},
		{"a participle of asking before a quote", "The clip shows Anna Berg asking, “Why are we not further ahead?”",
			[]testEnt{person("Anna Berg")}, []wantQuote{{d, "Why are we not further ahead?", "Anna Berg"}}},
		{"a progressive is no passive", "Anna Berg is telling voters that the deal will hold.",
			[]testEnt{person("Anna Berg")}, []wantQuote{{i, "the deal will hold", "Anna Berg"}}},
		{"a paragraph ending in a colon introduces the quote below it", "The talks ended.\nAnna Berg told the crowd:\n“We will not give up. The border stays open.”",
			[]testEnt{person("Anna Berg")}, []wantQuote{{d, "We will not give up. The border stays open.", "Anna Berg"}}},
		{"a relative clause of the writer's ends the report", "Anna Berg said the border stayed closed, which forced traders to wait for days.",
			[]testEnt{person("Anna Berg")}, []wantQuote{{i, "the border stayed closed", "Anna Berg"}}},
		{"a participle phrase after a report and its speaker is the writer's", "The deal is vague about who would pay, Anna Berg said, gaining support from the unions.",
			[]testEnt{person("Anna Berg")}, []wantQuote{{i, "The deal is vague about who would pay", "Anna Berg"}}},
		{"a reported clause goes on over a colon that introduces no quote", "Anna Berg said three things were happening at once: prices rose and wages fell.",
			[]testEnt{person("Anna Berg")}, []wantQuote{{i, "three things were happening at once: prices rose and wages fell", "Anna Berg"}}},
		{"a dateline is not part of the report", "OSLO (AP) — The talks have failed, Anna Berg said.",
			[]testEnt{person("Anna Berg")}, []wantQuote{{i, "The talks have failed", "Anna Berg"}}},
		{"a given name decides gender over a role word", "Tom Berg spoke first. Maria Lind arrived later. “We won,” he said.",
			[]testEnt{person("Tom Berg"), {typ: pipeline.Person, forms: []string{"Maria Lind"}, role: "spokesman"}},
			[]wantQuote{{d, "We won,", "Tom Berg"}}},
		{"a report in an opening subordinate clause stops before the main clause", "Although Anna Berg insisted that the plan was fair, the unions have rejected it.",
			[]testEnt{person("Anna Berg")}, []wantQuote{{i, "the plan was fair", "Anna Berg"}}},
		{"a stage direction in marks is no quote", "Anna Berg said: “We agree.”\n“(CROSSTALK.)\n“(Inaudible) we will sign,” she said.",
			[]testEnt{person("Anna Berg")}, []wantQuote{{d, "We agree.", "Anna Berg"}, {d, "(Inaudible) we will sign,", "Anna Berg"}}},
		{"a person of a place speaks, not the place", "Gov. Ana Ruiz of Ohio said the vote would go ahead.",
			[]testEnt{person("Ana Ruiz"), gpe("Ohio")}, []wantQuote{{i, "the vote would go ahead", "Ana Ruiz"}}},
		{"a possessor after an inverted verb does not speak", "The vote will not change the outcome, noted Radio Norda's Ana Ruiz.",
			[]testEnt{person("Ana Ruiz"), org("Radio Norda")}, []wantQuote{{i, "The vote will not change the outcome", "Ana Ruiz"}}},
		{"a report in a relative clause stops where the outer clause goes on", "The report, which claimed that the fund lost money, is now public.",
			nil, []wantQuote{{i, "the fund lost money", ""}}},
		{"a participle after the main clause takes its subject, not a relative clause's", "Anna Berg defended the envoy, who had written that the deal was weak, saying that the deal would hold.",
			[]testEnt{person("Anna Berg")}, []wantQuote{{i, "the deal was weak", ""}, {i, "the deal would hold", "Anna Berg"}}},
		{"a participle after a place takes the main clause's subject", "Anna Berg spoke on Tuesday in Lima, Peru, arguing that the talks must continue.",
			[]testEnt{person("Anna Berg"), gpe("Lima"), gpe("Peru")}, []wantQuote{{i, "the talks must continue", "Anna Berg"}}},
		{"a phrase before a comma is no subject", "In talks with Eva Holm, the delegates said the plan was sound.",
			[]testEnt{person("Eva Holm")}, []wantQuote{{i, "the plan was sound", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runQuotes(t, m, tt.in, tt.ents)
			assert.Equal(t, tt.want, quotesOf(doc))
		})
	}
}
