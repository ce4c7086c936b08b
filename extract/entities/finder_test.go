package entities

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/extract/reader"
	"github.com/parley-nlp/parley/extract/segment"
	"github.com/parley-nlp/parley/extract/tag"
	"github.com/parley-nlp/parley/extract/tokenize"
	"github.com/parley-nlp/parley/pipeline"
)

// models is what the stages up to the entity finder need, loaded once
// for the test binary.
type models struct {
	lx   *lexicon.Lexicon
	tags *tag.Model
}

var loadModels = sync.OnceValues(func() (models, error) {
	lx, err := lexicon.Load()
	if err != nil {
		return models{}, err
	}
	tags, err := tag.NewModel()
	return models{lx, tags}, err
})

func testModels(t testing.TB) models {
	t.Helper()
	m, err := loadModels()
	require.NoError(t, err)
	return m
}

// before returns the stages before the entity finder.
func before(m models) []pipeline.Stage {
	return []pipeline.Stage{reader.New(), segment.New(m.lx), tokenize.New(m.lx), tag.New(m.tags)}
}

// entitiesOf runs the stages up to the entity finder over one paragraph.
func entitiesOf(t *testing.T, text string) []pipeline.Entity {
	t.Helper()
	m := testModels(t)
	return stagetest.Doc(t, text, append(before(m), New(m.lx))...).Entities
}

type wantEntity struct {
	text, typ, role string
	aliases         []string
}

func findEntity(es []pipeline.Entity, text string) *pipeline.Entity {
	for i := range es {
		if es[i].Text == text {
			return &es[i]
		}
	}
	return nil
}

// entityCase is a text and the entities found in it, or not.
type entityCase struct {
	name string
	in   string
	want []wantEntity
	not  []string // texts that must not be entities
}

// checkEntities runs the finder over each case's text and checks its
// wanted entities (type, role, aliases) and its unwanted ones.
func checkEntities(t *testing.T, tests []entityCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entitiesOf(t, tt.in)
			for _, w := range tt.want {
				e := findEntity(es, w.text)
				if !assert.NotNil(t, e, "missing %q in %+v", w.text, es) {
					continue
				}
				assert.Equal(t, w.typ, e.Type, w.text)
				assert.Equal(t, w.role, e.Role, w.text)
				for _, a := range w.aliases {
					assert.Contains(t, e.Aliases, a, w.text)
				}
			}
			for _, n := range tt.not {
				assert.Nil(t, findEntity(es, n), n)
			}
		})
	}
}

func TestEntityFinder(t *testing.T) {
	tests := []entityCase{
		{
			name: "comma-less list of titled people",
			in:   "The talks were led by US Secretary of State Marco Rubio US National Security Advisor Mike Waltz and Russian Foreign Minister Sergey Lavrov.",
			want: []wantEntity{
				{"Marco Rubio", "PERSON", "US Secretary of State", nil},
				{"Mike Waltz", "PERSON", "US National Security Advisor", nil},
				{"Sergey Lavrov", "PERSON", "Russian Foreign Minister", nil},
				{"US", "GPE", "", nil}, // the fullest form the text writes
				{"Russian", "NORP", "", nil},
			},
		},
		{
			name: "comma-less list of people",
			in:   "The rebels were represented by Quiroga Alberto Quintana Silvia Duarte Ruiz Pablo Ferreira and Lucas Pereira. Quiroga spoke first.",
			want: []wantEntity{
				{"Alberto Quintana", "PERSON", "", nil}, {"Silvia Duarte Ruiz", "PERSON", "", nil},
				{"Pablo Ferreira", "PERSON", "", nil}, {"Lucas Pereira", "PERSON", "", nil},
			},
			not: []string{"Quiroga Alberto Quintana"},
		},
		{
			name: "comma-less list of people, a given name that is also a word",
			in:   "The opposition sent Brennik Olga Tannvik Adam Kowarski and others.",
			want: []wantEntity{{"Olga Tannvik", "PERSON", "", nil}, {"Adam Kowarski", "PERSON", "", nil}},
		},
		{
			name: "a surname before a given name is one name",
			in:   "Prime Minister Tran Minh Chau met Anna Kowal Nowak.",
			want: []wantEntity{{"Tran Minh Chau", "PERSON", "Prime Minister", nil}, {"Anna Kowal Nowak", "PERSON", "", nil}},
		},
		{
			name: "a nested complement goes on over 'and'",
			in:   "They signed the Accord on the Protection of Wetlands and Meadows in May.",
			want: []wantEntity{{"Accord on the Protection of Wetlands and Meadows", "EVENT", "", nil}},
		},
		{
			name: "an oil block is a place, earthquakes after a known place an event",
			in:   "Drilling in the Korvane block stopped after the Izmir earthquakes.",
			want: []wantEntity{{"Korvane block", "LOC", "", nil}, {"Izmir earthquakes", "EVENT", "", nil}},
		},
		{
			name: "foreign-language prefix heads and agreement heads",
			in:   "The Banco Lorvesa Norte funded it, Gazeta Tarnowska reported from the Plaza Tomas Brennik, and the Korvane Act and the Talvik Framework were signed.",
			want: []wantEntity{
				{"Banco Lorvesa Norte", "ORG", "", nil}, {"Gazeta Tarnowska", "ORG", "", nil},
				{"Plaza Tomas Brennik", "FAC", "", nil}, {"Korvane Act", "EVENT", "", nil}, {"Talvik Framework", "EVENT", "", nil},
			},
		},
		{
			name: "a place word before an Arabic name with its article is a given name",
			in:   "The Emir of Qatar Doha Al-Tannah Al-Brennik arrived.",
			want: []wantEntity{{"Doha Al-Tannah Al-Brennik", "PERSON", "Emir of Qatar", nil}, {"Qatar", "GPE", "", nil}},
			not:  []string{"Doha"},
		},
		{
			name: "two places glued by a hyphen are no person",
			in:   "New Zealand-South Africa The Lorvik Talks (2021) were held.",
			want: []wantEntity{{"Lorvik Talks (2021)", "EVENT", "", nil}},
			not:  []string{"New Zealand-South"},
		},
		{
			name: "a mission is named with the land it serves in",
			in:   "The Lorvan Union Monitoring Mission in the Republic of Moldova (LUMM) reported.",
			want: []wantEntity{{"Lorvan Union Monitoring Mission in the Republic of Moldova", "ORG", "", []string{"LUMM"}}},
		},
		{
			name: "a state's short form before 'of' is a mention of it",
			in:   "They met in the capital of the Federal Republic of Lorvikia. The border is a red line for the Federal Republic.",
			want: []wantEntity{{"Federal Republic of Lorvikia", "GPE", "", []string{"Federal Republic"}}},
		},
		{
			name: "a team is a body; a plural title ends no person's name",
			in:   "The Joint Survey Team met, which angered some Liberal MPs.",
			want: []wantEntity{{"Joint Survey Team", "ORG", "", nil}},
			not:  []string{"Liberal MPs"},
		},
		{
			name: "a unit of government after a landform's name makes it a GPE",
			in:   "The boundary runs south of the Korvane Islands province.",
			want: []wantEntity{{"Korvane Islands", "GPE", "", nil}},
		},
		{
			name: "comma-less list of places",
			in:   "Russia demanded Donetsk Luhansk Zaporizhzhia Kherson and Crimea. France Germany and the United Kingdom objected.",
			want: []wantEntity{
				{"Donetsk", "GPE", "", nil}, {"Luhansk", "GPE", "", nil}, {"Zaporizhzhia", "GPE", "", nil},
				{"Kherson", "GPE", "", nil}, {"Crimea", "GPE", "", nil}, {"France", "GPE", "", nil},
				{"Germany", "GPE", "", nil}, {"United Kingdom", "GPE", "", nil},
			},
		},
		{
			name: "surname and possessive are mentions of the full name",
			in:   "Kremlin Spokesperson Dmitry Peskov spoke. Peskov’s remarks were brief.",
			want: []wantEntity{{"Dmitry Peskov", "PERSON", "Kremlin Spokesperson", []string{"Peskov"}}, {"Kremlin", "ORG", "", nil}},
		},
		{
			name: "apposition role",
			in:   "Sergey Lavrov, Russia's foreign minister, arrived in Riyadh.",
			want: []wantEntity{{"Sergey Lavrov", "PERSON", "Russia's foreign minister", nil}, {"Riyadh", "GPE", "", nil}},
		},
		{
			name: "lower-case title and particles",
			in:   "Presidential chief of staff Andriy Yermak met European Commission President Ursula von der Leyen.",
			want: []wantEntity{
				{"Andriy Yermak", "PERSON", "Presidential chief of staff", nil},
				{"Ursula von der Leyen", "PERSON", "European Commission President", nil},
			},
		},
		{
			name: "event with the title year, and dates",
			in:   "USA-Russia The Riyadh Talks (2025) were held on 18 February 2025 after five-day preparations.",
			want: []wantEntity{{"Riyadh Talks (2025)", "EVENT", "", nil}, {"2025", "DATE", "", nil}, {"18 February 2025", "DATE", "", nil}},
			not:  []string{"five-day"},
		},
		{
			name: "head words type unknown names",
			in:   "The delegations met at the Diriyah Palace near the Joint Coordination Centre.",
			want: []wantEntity{{"Diriyah Palace", "FAC", "", nil}, {"Joint Coordination Centre", "ORG", "", nil}},
		},
		{
			name: "acronyms match only in capitals",
			in:   "North Korean leader Kim Jong Un met the UN envoy.",
			want: []wantEntity{{"Kim Jong Un", "PERSON", "North Korean leader", nil}, {"UN", "ORG", "", nil}},
			not:  []string{"Un"},
		},
		{
			name: "a titled first name keeps a surname that is also a place",
			in:   "US special envoy Thomas West said talks would go on.",
			want: []wantEntity{{"Thomas West", "PERSON", "US special envoy", nil}},
		},
		{
			name: "a place name as a first name after a title",
			in:   "Israeli Foreign Minister Israel Katz criticised the deal. Israel objected.",
			want: []wantEntity{{"Israel Katz", "PERSON", "Israeli Foreign Minister", nil}, {"Israel", "GPE", "", nil}},
		},
		{
			name: "a shared first word goes to the most named person",
			in:   "Leader Kim Jong Un arrived. Kim Jong Un smiled. Envoy Kim Yong-chol followed. Kim waved.",
			want: []wantEntity{{"Kim Jong Un", "PERSON", "Leader", []string{"Kim"}}},
		},
		{
			name: "a lower-case event after a place joins the titled event",
			in:   "USA-Russia The Riyadh Talks (2025) began. During the Riyadh talks both sides spoke. The Istanbul talks came later.",
			want: []wantEntity{{"Riyadh Talks (2025)", "EVENT", "", []string{"Riyadh talks"}}, {"Istanbul talks", "EVENT", "", nil}},
			not:  []string{"Riyadh talks"},
		},
		{
			name: "names joined by an en dash",
			in:   "The Gaza–Jericho Agreement was signed in Cairo in 1994–1995.",
			want: []wantEntity{{"Gaza–Jericho Agreement", "EVENT", "", nil}},
		},
		{
			name: "spelling variants join",
			in:   "Ukrainian President Volodymyr Zelenskyy spoke. Later Zelensky left.",
			want: []wantEntity{{"Volodymyr Zelenskyy", "PERSON", "Ukrainian President", []string{"Zelensky"}}},
		},
	}
	checkEntities(t, tests)
}

func TestEntityMentionsAreSpans(t *testing.T) {
	in := "In February 2025 US President Donald Trump and Russian President Vladimir Putin met. The Putin-Trump meeting followed."
	es := entitiesOf(t, in)
	trump := findEntity(es, "Donald Trump")
	require.NotNil(t, trump)
	require.Len(t, trump.Mentions, 2, "full name and the part of Putin-Trump")
	for _, e := range es {
		for _, m := range e.Mentions {
			require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(in))
		}
	}
	assert.Equal(t, "Trump", in[trump.Mentions[1].Start:trump.Mentions[1].End])
}

// Two events share a name without their year; which one a bare mention
// joins must not depend on map order.
func TestEntityFinderDeterministic(t *testing.T) {
	in := "The Istanbul Talks (2022) failed. The Istanbul Talks (2025) followed. After the Istanbul talks, nothing changed."
	first := entitiesOf(t, in)
	for i := 0; i < 30; i++ {
		require.Equal(t, first, entitiesOf(t, in), "run %d", i)
	}
	e := findEntity(first, "Istanbul Talks (2022)")
	require.NotNil(t, e)
	assert.Len(t, e.Mentions, 2, "the first event in the text takes the bare mention")
	later := findEntity(first, "Istanbul Talks (2025)")
	require.NotNil(t, later)
	assert.Len(t, later.Mentions, 1)
}
