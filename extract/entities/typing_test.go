package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Names that no list holds, typed and bounded by their own structure;
// made-up names.
func TestNameStructure(t *testing.T) {
	checkEntities(t, []entityCase{
		{
			name: "a common noun's possessive inside a body's name",
			in:   "He led the Lorvan People's Congress and the Bresk Women's Coalition, not Russia's Parliament.",
			want: []wantEntity{
				{"Lorvan People's Congress", "ORG", "", nil},
				{"Bresk Women's Coalition", "ORG", "", nil},
				{"Russia", "GPE", "", nil},
			},
			not: []string{"Lorvan People", "Congress", "Coalition", "Russia's Parliament"},
		},
		{
			name: "adjectives joined by 'and' to a party's name, and its initials",
			in:   "It was backed by the Civic Unionist Party the Social Liberal and Farmers Party and others. The SLFP agreed.",
			want: []wantEntity{{"Social Liberal and Farmers Party", "ORG", "", []string{"SLFP"}}},
			not:  []string{"Farmers Party", "Liberal"},
		},
		{
			name: "a slash inside a name",
			in:   "They set up the East/West Joint Council for trade.",
			want: []wantEntity{{"East/West Joint Council", "ORG", "", nil}},
		},
		{
			name: "a treaty's complement as a list of nouns",
			in:   "Both signed the Treaty of Friendship, Cooperation and Mutual Assistance in May.",
			want: []wantEntity{{"Treaty of Friendship, Cooperation and Mutual Assistance", "EVENT", "", nil}},
		},
		{
			name: "a body's short form before its 'of' complement",
			in:   "It must be ratified by the National Parliament of Lorvikia. The National Parliament passed it in May.",
			want: []wantEntity{{"National Parliament of Lorvikia", "ORG", "", []string{"National Parliament"}}},
		},
		{
			name: "a particle inside a place's name before a listed word",
			in:   "Aid reached the communities in Valle del Cauca.",
			want: []wantEntity{{"Valle del Cauca", "GPE", "", nil}},
			not:  []string{"Valle del", "Cauca"},
		},
		{
			name: "a body's complement ends before a person's name",
			in:   "It included Director of the Office for Kosovo and Metohija Petar Brennik and others.",
			want: []wantEntity{
				{"Office for Kosovo and Metohija", "ORG", "", nil},
				{"Petar Brennik", "PERSON", "Director of the Office for Kosovo and Metohija", nil},
			},
		},
		{
			name: "a sentence opened by an adjective of a body's name",
			in:   "Others agreed. Democratic League of Lorvikia leader Tomas Brennik objected.",
			want: []wantEntity{
				{"Democratic League of Lorvikia", "ORG", "", nil},
				{"Tomas Brennik", "PERSON", "Democratic League of Lorvikia leader", nil},
			},
		},
		{
			name: "heads of agreements and camps, event and facility nouns in lower case",
			in:   "They met at the Lorvan Military Camp, signed the Bresk Kone Covenant and spoke of the Tannvik bombing, the Korvane affair and the Brennik mine.",
			want: []wantEntity{
				{"Lorvan Military Camp", "FAC", "", nil}, {"Bresk Kone Covenant", "EVENT", "", nil},
				{"Tannvik bombing", "EVENT", "", nil}, {"Korvane affair", "EVENT", "", nil}, {"Brennik mine", "FAC", "", nil},
			},
		},
		{
			name: "a prefix head before a listed place",
			in:   "Radio Moscow said it from the shore of Lake Geneva.",
			want: []wantEntity{{"Radio Moscow", "ORG", "", nil}, {"Lake Geneva", "LOC", "", nil}},
			not:  []string{"Moscow", "Geneva"},
		},
		{
			name: "a hyphenated name of the text is not split",
			in:   "They met in the resort town of Crans-Montana. Later Crans-Montana was recalled.",
			want: []wantEntity{{"Crans-Montana", "GPE", "", nil}},
			not:  []string{"Montana"},
		},
		{
			name: "an official name after 'officially' is an alias",
			in:   "Lorvikia The Bresk Accords (1990) officially the Agreement on Ending the War and Restoring Peace in Lorvikia were signed. The Tann Agreement (1991) officially called the Document of National Unity is one too.",
			want: []wantEntity{
				{"Bresk Accords (1990)", "EVENT", "", []string{"Agreement on Ending the War and Restoring Peace in Lorvikia"}},
				{"Tann Agreement (1991)", "EVENT", "", []string{"Document of National Unity"}},
			},
			not: []string{"Agreement on Ending", "National Unity"},
		},
		{
			name: "names in quotation marks: an agreement's title, a hotel",
			in:   "It was adopted under the title \"Agreement on the path to peace between Lorvikia and Bresk\". They met at the hotel \"Le Tannvik\" in May. He called it \"Agreement is dead\" later.",
			want: []wantEntity{
				{"Agreement on the path to peace between Lorvikia and Bresk", "EVENT", "", nil},
				{"Le Tannvik", "FAC", "", nil},
			},
			not: []string{"Agreement is dead", "Agreement"},
		},
		{
			name: "parties named with ordinary or nationality words",
			in:   "Tomas Kowal, the leader of New Harmony, objected. His party Independent Lorvikians left. The head of Foreign Affairs spoke.",
			want: []wantEntity{
				{"New Harmony", "ORG", "", nil}, {"Independent Lorvikians", "ORG", "", nil},
				{"Tomas Kowal", "PERSON", "leader of New Harmony", nil},
			},
			not: []string{"Foreign Affairs", "Independent"},
		},
		{
			name: "two listed names sharing a word where a comma is missing",
			in:   "In Washington State Department spokesman Tomas Brennik said so.",
			want: []wantEntity{
				{"Washington", "GPE", "", nil}, {"State Department", "ORG", "", nil},
				{"Tomas Brennik", "PERSON", "State Department spokesman", nil},
			},
			not: []string{"Washington State Department", "Washington State"},
		},
		{
			name: "a compass word before an unknown name, a venue's centre",
			in:   "Talks on Eastern Lorvikia were held at the Bresk International Conference Centre, not the Joint Coordination Centre.",
			want: []wantEntity{
				{"Eastern Lorvikia", "LOC", "", nil},
				{"Bresk International Conference Centre", "FAC", "", nil},
				{"Joint Coordination Centre", "ORG", "", nil},
			},
		},
		{
			name: "a listed party's name with the words around it",
			in:   "Yesterday the Social Democratic Party of Lorvikia met. It was ratified by the Congress of Lorvikia in May. Congress approved it.",
			want: []wantEntity{
				{"Social Democratic Party of Lorvikia", "ORG", "", nil},
				{"Congress of Lorvikia", "ORG", "", []string{"Congress"}},
			},
			not: []string{"Democratic Party", "Congress"},
		},
		{
			name: "an ordinal numbers a unit",
			in:   "The first units of the 15th Lorvan Rifle Brigade arrived.",
			want: []wantEntity{{"15th Lorvan Rifle Brigade", "ORG", "", nil}},
		},
		{
			name: "two nationality words of one land are two entries, a plural one",
			in:   "The Greek side and the Greeks agreed; the Hellenic past was recalled.",
			want: []wantEntity{{"Hellenic", "NORP", "", nil}},
			not:  []string{},
		},
	})
	es := entitiesOf(t, "The Greek side and the Greeks agreed; the Hellenic past was recalled.")
	if e := findEntity(es, "Hellenic"); e != nil {
		assert.Empty(t, e.Aliases)
	}
}
