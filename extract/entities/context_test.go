package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Names that the context types or cuts: comma-less lists, a field word
// closing a title's complement, a body before a lower-case title, a
// descriptor noun before a name of several words, day ranges. The names
// are made up.
func TestContextNames(t *testing.T) {
	checkEntities(t, []entityCase{
		{
			name: "comma-less list of villages",
			in:   "The line between the villages Brelvo Tarsk Umbrino and Velkasz was agreed. Trucks waited at the crossings in Drevoszk Dubrek and Kelmovo.",
			want: []wantEntity{
				{"Brelvo", "GPE", "", nil}, {"Tarsk", "GPE", "", nil}, {"Umbrino", "GPE", "", nil}, {"Velkasz", "GPE", "", nil},
				{"Drevoszk", "GPE", "", nil}, {"Dubrek", "GPE", "", nil}, {"Kelmovo", "GPE", "", nil},
			},
			not: []string{"Brelvo Tarsk Umbrino", "Drevoszk Dubrek"},
		},
		{
			name: "field word after and ends the complement",
			in:   "It was headed by Secretary of State of the Ministry of Water Resources and Meteorology Brelan Sotheary and by Minister of Agriculture and Forestry Tavo Kerenzi.",
			want: []wantEntity{
				{"Brelan Sotheary", "PERSON", "Secretary of State of the Ministry of Water Resources and Meteorology", nil},
				{"Ministry of Water Resources and Meteorology", "ORG", "", nil},
				{"Tavo Kerenzi", "PERSON", "Minister of Agriculture and Forestry", nil},
			},
			not: []string{"Meteorology Brelan Sotheary", "Forestry Tavo Kerenzi"},
		},
		{
			name: "body before a lower-case title",
			in:   "The teams were led by Zarnogaz deputy director Milan Kovar Velotrans executive director Rumen Tashev and adviser Lena Brodova.",
			want: []wantEntity{
				{"Zarnogaz", "ORG", "", nil},
				{"Milan Kovar", "PERSON", "Zarnogaz deputy director", nil},
				{"Velotrans", "ORG", "", nil},
				{"Rumen Tashev", "PERSON", "Velotrans executive director", nil},
			},
			not: []string{"Kovar Velotrans"},
		},

		{
			name: "descriptor noun before a name of several words",
			in:   "The model was made by the Dutch consultancy Brevik Hydraulics. The talks were held in the border city of Tarn Velko. The opposition party Lorvik Energy Forum objected. The leader of the movement Jean-Pierre Tombo signed.",
			want: []wantEntity{
				{"Brevik Hydraulics", "ORG", "", nil},
				{"Tarn Velko", "GPE", "", nil},
				{"Lorvik Energy Forum", "ORG", "", nil},
				{"Jean-Pierre Tombo", "PERSON", "", nil},
			},
		},
		{
			name: "a place that is a given name starts a two-word name",
			in:   "Jordan Velkner, a researcher at the Institute for Lorvik Studies (ILS), said so. Milan Tarovic told the daily Borba. Jordan Valley was calm.",
			want: []wantEntity{
				{"Jordan Velkner", "PERSON", "researcher at the Institute for Lorvik Studies (ILS)", nil},
				{"Milan Tarovic", "PERSON", "", nil},
				{"Jordan Valley", "LOC", "", nil},
			},
			not: []string{"Milan", "Velkner"},
		},
		{
			name: "plural possessive inside a name",
			in:   "The Lorvik Delta Farmers' Network called for a moratorium.",
			want: []wantEntity{{"Lorvik Delta Farmers' Network", "ORG", "", nil}},
			not:  []string{"Delta Farmers"},
		},
		{
			name: "an unknown name joined to a listed town",
			in:   "The interconnector between Velke Dravce and Balassagyarmat will grow. Rebels held Rutshuru and Kelmanja. Bond and PIBOR futures rose.",
			want: []wantEntity{{"Velke Dravce", "GPE", "", nil}, {"Kelmanja", "GPE", "", nil}},
			not:  []string{"Bond"},
		},
		{
			name: "listed body or nationality before a complement",
			in:   "Lena Brodova, an adviser of the Serbian Ministry of Mining and Energy, and the Principal Secretary of the State Department for Blue Economy and Fisheries met. The Qatari Foreign Ministry said so.",
			want: []wantEntity{
				{"Ministry of Mining and Energy", "ORG", "", nil},
				{"State Department for Blue Economy and Fisheries", "ORG", "", nil},
				{"Serbian", "NORP", "", nil},
			},
			not: []string{"State Department", "Qatari Foreign Ministry"},
		},
		{
			name: "a title word that is no title starts a body's name",
			in:   "The Joint Boundary Commission reported that tariffs would be revised by a Joint Tariff Commission.",
			want: []wantEntity{{"Joint Boundary Commission", "ORG", "", nil}, {"Joint Tariff Commission", "ORG", "", nil}},
		},
		{
			name: "a listed building with a title complement",
			in:   "The talks were held in the Chancellery of the Prime Minister in Tarsk.",
			want: []wantEntity{{"Chancellery of the Prime Minister", "FAC", "", nil}},
			not:  []string{"Chancellery"},
		},
		{
			name: "a house of members is a chamber",
			in:   "The Lorvik House of Delegates approved it, the White House said.",
			want: []wantEntity{{"Lorvik House of Delegates", "ORG", "", nil}, {"White House", "FAC", "", nil}},
		},
		{
			name: "designators joined by a comma",
			in:   "It threatened companies such as Zarnov Gyogyo Co., Ltd. with bankruptcy.",
			want: []wantEntity{{"Zarnov Gyogyo Co., Ltd.", "ORG", "", nil}},
			not:  []string{"Zarnov Gyogyo Co."},
		},
		{
			name: "a foreign first word starts a sentence's name",
			in:   "Talks ended. Đoàn Thị Lanh, spokeswoman of the Ministry of Foreign Affairs, said so.",
			want: []wantEntity{{"Đoàn Thị Lanh", "PERSON", "spokeswoman of the Ministry of Foreign Affairs", nil}},
			not:  []string{"Thị Lanh"},
		},
		{
			name: "a plural apposition role shared by two names",
			in:   "Tomas Velkar and Rina Osmo, leaders of the Lorvik Beach Unit, told reporters.",
			want: []wantEntity{
				{"Tomas Velkar", "PERSON", "leaders of the Lorvik Beach Unit", nil},
				{"Rina Osmo", "PERSON", "leaders of the Lorvik Beach Unit", nil},
			},
		},
		{
			name: "a place's lower-case event is the titled event there",
			in:   "The Geneva Peace Talks (2016) were held. After the Geneva talks ended, the Vienna talks failed.",
			want: []wantEntity{
				{"Geneva Peace Talks (2016)", "EVENT", "", []string{"Geneva talks"}},
				{"Vienna talks", "EVENT", "", nil},
			},
			not: []string{"Geneva talks"},
		},
		{
			name: "day range with to",
			in:   "The talks were held from 9 to 11 September 2024 in Tarsk.",
			want: []wantEntity{{"9 to 11 September 2024", "DATE", "", nil}},
			not:  []string{"11 September 2024"},
		},
	})
}

// A person's aide ("Zarkovy adviser Lena Brodova") names no body, as a
// company's director does ("Zarnogaz deputy director …").
func TestAideOfAPerson(t *testing.T) {
	es := entitiesOf(t, "Talks began. Zarkovy adviser Lena Brodova spoke.")
	lena := findEntity(es, "Lena Brodova")
	require.NotNil(t, lena)
	assert.Equal(t, "PERSON", lena.Type)
	if z := findEntity(es, "Zarkovy"); z != nil {
		assert.NotEqual(t, "ORG", z.Type)
	}
}

// TestGivenNameSpeaker: a person called by the given name alone is a
// person where the name says something, and not otherwise.
func TestGivenNameSpeaker(t *testing.T) {
	es := entitiesOf(t, "Melanie thought the plan was absurd. “I would,” Melanie said to the TV. “He loves us,” said Melanie.")
	if e := findEntity(es, "Melanie"); assert.NotNil(t, e) {
		assert.Equal(t, "PERSON", e.Type)
	}
	assert.Nil(t, findEntity(entitiesOf(t, "Melanie thought the plan was absurd and left early."), "Melanie"))
	es = entitiesOf(t, "The vote was close.\n“This is a waste of time,” said Del. Marta Kowalczyk of the Virgin Islands.")
	assert.Nil(t, findEntity(es, "Del"))
	assert.NotNil(t, findEntity(es, "Marta Kowalczyk"))
}
