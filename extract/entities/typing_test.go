package entities

import "testing"

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
	})
}
