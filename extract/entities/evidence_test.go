package entities

import "testing"

// The names here are made up, but for the lists' general facts (given
// names, towns, designators, named days).
func TestNameEvidence(t *testing.T) {
	tests := []entityCase{
		{
			name: "corporate designators make a company, with their dot",
			in:   "Fenwick Holdings Corp. said output rose. PT Lorvik Tbk and Zarnov Mining Ltd agreed. Zarnov shares fell.",
			want: []wantEntity{
				{"Fenwick Holdings Corp.", "ORG", "", nil},
				{"PT Lorvik Tbk", "ORG", "", nil},
				{"Zarnov Mining Ltd", "ORG", "", []string{"Zarnov"}},
			},
		},
		{
			name: "ordinary words after a proper name make a body, alone no name",
			in:   "Kelvar Motors reported that Operating Profit fell.",
			want: []wantEntity{{"Kelvar Motors", "ORG", "", nil}},
			not:  []string{"Operating Profit"},
		},
		{
			name: "a given name first makes a person",
			in:   "The report was written by Maria Brennvik and Marlow & Finch.",
			want: []wantEntity{{"Maria Brennvik", "PERSON", "", nil}, {"Marlow & Finch", "ORG", "", nil}},
		},
		{
			name: "a form of address is no part of the name",
			in:   "Mr. Tannvik arrived and Dr Kolvar Brennik spoke.",
			want: []wantEntity{{"Tannvik", "PERSON", "", nil}, {"Kolvar Brennik", "PERSON", "", nil}},
			not:  []string{"Mr", "Dr Kolvar Brennik"},
		},
		{
			name: "a participle compound describes the name after it",
			in:   "Ontario-based Kelvar Motors said so.",
			want: []wantEntity{{"Kelvar Motors", "ORG", "", nil}, {"Ontario", "GPE", "", nil}},
			not:  []string{"Ontario-based Kelvar Motors"},
		},
		{
			name: "a listed town is a place",
			in:   "The delegations met in Novi Pazar on Christmas Day and again in May.",
			want: []wantEntity{{"Novi Pazar", "GPE", "", nil}, {"Christmas Day", "DATE", "", nil}, {"May", "DATE", "", nil}},
		},
		{
			name: "an acronym in parentheses names the body again",
			in:   "The Lorvik Customs Bureau (LCB) objected. Later the LCB agreed.",
			want: []wantEntity{{"Lorvik Customs Bureau", "ORG", "", []string{"LCB"}}},
			not:  []string{"LCB"},
		},
		{
			name: "a complement goes on over in, on and and while its words are known",
			in:   "The Organisation for Security and Cooperation in Europe met the Commission on Water Rights and the Ministry of Trade and Interior Minister Kolvan Brennik.",
			want: []wantEntity{
				{"Organisation for Security and Cooperation in Europe", "ORG", "", nil},
				{"Commission on Water Rights", "ORG", "", nil},
				{"Ministry of Trade", "ORG", "", nil},
				{"Kolvan Brennik", "PERSON", "Interior Minister", nil},
			},
		},
		{
			name: "a company has no of-complement, but of inside its name",
			in:   "Kelvar Mining Corp of Lorvikia and Gold Fields of Lorvikia Ltd rose.",
			want: []wantEntity{{"Kelvar Mining Corp", "ORG", "", nil}, {"Gold Fields of Lorvikia Ltd", "ORG", "", nil}},
		},
		{
			name: "a person's name starts after a head or an ordinary word",
			in:   "The Council of Ministers Nikolai Brennov spoke at the Lorvik Hotel Olga Tannvik listened.",
			want: []wantEntity{
				{"Council of Ministers", "ORG", "", nil}, {"Nikolai Brennov", "PERSON", "", nil},
				{"Lorvik Hotel", "FAC", "", nil}, {"Olga Tannvik", "PERSON", "", nil},
			},
		},
		{
			name: "an initial inside a name",
			in:   "Edward D. Lorvan & Co said.",
			want: []wantEntity{{"Edward D. Lorvan & Co", "ORG", "", nil}},
		},
		{
			name: "a line in capitals yields no unknown names, a dateline a place",
			in:   "ZARNOV H1 PROFIT RISES ABOVE TARGET.\nBRESK HILLS, Fla.\n1996-08-30\nZarnov Mining Ltd said on Friday.",
			want: []wantEntity{{"BRESK HILLS", "GPE", "", nil}, {"Fla", "GPE", "", nil}, {"Zarnov Mining Ltd", "ORG", "", nil}},
			not:  []string{"ZARNOV H1 PROFIT RISES ABOVE TARGET", "H1"},
		},
		{
			name: "a nationality or a place starts the name of a body",
			in:   "The Estonian Democratic Party and the Riga Purchasing Managers met the US State Department. Estonian factions objected.",
			want: []wantEntity{
				{"Estonian Democratic Party", "ORG", "", nil}, {"Riga Purchasing Managers", "ORG", "", nil},
				{"State Department", "ORG", "", nil}, {"US", "GPE", "", nil},
			},
			not: []string{"Democratic Party", "US State Department", "Estonian factions"},
		},
		{
			name: "a title word ending a given name's run is a surname; a body's head ends it before a title",
			in:   "Prime Minister John Major met Federal Air Traffic Control Administration Director Kolvan Brennik.",
			want: []wantEntity{
				{"John Major", "PERSON", "Prime Minister", nil},
				{"Federal Air Traffic Control Administration", "ORG", "", nil},
				{"Kolvan Brennik", "PERSON", "Federal Air Traffic Control Administration Director", nil},
			},
		},
		{
			name: "no person in a quoted title, before a participle compound or in an initial",
			in:   "He is known for “Viva Brennik”, Lorvik Bay-based firms and S. Lorvikian ties.",
			not:  []string{"Viva Brennik", "Lorvik", "S", "S."},
		},
		{
			name: "a name that begins a company's name is that company",
			in:   "Brennik Medical Industries Inc said. Brennik Medical shares rose.",
			want: []wantEntity{{"Brennik Medical Industries Inc", "ORG", "", []string{"Brennik Medical"}}},
			not:  []string{"Brennik Medical"},
		},
		{
			name: "the words around a single unknown word type it",
			in:   "Zarnov Mining, based in the town of Bresk, said the news agency Varta reported that Tamor province and Valka, Romania were hit. According to Brennik, Romania would act.",
			want: []wantEntity{
				{"Bresk", "GPE", "", nil}, {"Varta", "ORG", "", nil}, {"Tamor", "GPE", "", nil}, {"Valka", "GPE", "", nil},
			},
			not: []string{"Brennik"},
		},
		{
			name: "a facility or landform noun after an unknown name is part of it",
			in:   "The Tamor river and the Qiz Valka dam were closed near the Rafah border crossing.",
			want: []wantEntity{{"Tamor river", "LOC", "", nil}, {"Qiz Valka dam", "FAC", "", nil}, {"Rafah border crossing", "FAC", "", nil}},
			not:  []string{"Tamor", "Qiz Valka"},
		},
		{
			name: "events with their ordinal, topic and place",
			in:   "Lorvikia hosted the 16th Bresk Summit and the Tamor Declaration on Energy Connectivity. Lorvikian Intergovernmental Consultations in Warsaw (2024) followed. The Council on Monday met.",
			want: []wantEntity{
				{"16th Bresk Summit", "EVENT", "", nil}, {"Tamor Declaration on Energy Connectivity", "EVENT", "", nil},
				{"Intergovernmental Consultations in Warsaw (2024)", "EVENT", "", []string{"Intergovernmental Consultations in Warsaw"}},
				{"Monday", "DATE", "", nil},
			},
		},
	}
	checkEntities(t, tests)
}
