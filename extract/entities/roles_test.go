package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Roles that reach over the names in them, made-up names.
func TestRoles(t *testing.T) {
	tests := []struct {
		in, name, role string
	}{
		{"Head of the State Border Service of Estonia Ivan Brennik arrived.", "Ivan Brennik", "Head of the State Border Service of Estonia"},
		{"The talks were opened by commander of Lorvikia’s border guard Tomas Brennik.", "Tomas Brennik", "commander of Lorvikia’s border guard"},
		{"Chairman of the Council of Ministers Nikolai Brennov spoke.", "Nikolai Brennov", "Chairman of the Council of Ministers"},
		{"The talks began. East Azerbaijan governor Kolvan Tannik opened them.", "Kolvan Tannik", "East Azerbaijan governor"},
		{"They met senior Chinese diplomat Lan Brennik in May.", "Lan Brennik", "senior Chinese diplomat"},
		{"The hosts included Bosnian Serb leader Kolvan Tannic.", "Kolvan Tannic", "Bosnian Serb leader"},
		{"Kolvan Tann, deputy director of the Bresk Institute for Water Resources Research, said so.", "Kolvan Tann", "deputy director of the Bresk Institute for Water Resources Research"},
		{"The talks were led by Kolvan Tann the Turkish Foreign Minister.", "Kolvan Tann", "Turkish Foreign Minister"},
		{"It was led by Kolvan Tann head of the Voice of the People parliamentary faction and others.", "Kolvan Tann", "head of the Voice of the People parliamentary faction"},
		{"In Moscow former president Kolvan Tannov spoke.", "Kolvan Tannov", "former president"},
		{"The new president of Estonia Ivan Tannov spoke.", "Ivan Tannov", "president of Estonia"},
		{"The state under the late Emir Kolvan Al-Tannah mediated.", "Kolvan Al-Tannah", "Emir"},
		{"Tomas Brennik, then president of the Lorvan Council, was killed.", "Tomas Brennik", "president of the Lorvan Council"},
		{"Talks began between Lorvikian plenipotentiary Tomas Brennik and the hosts.", "Tomas Brennik", "Lorvikian plenipotentiary"},
		{"He arrived with Water and Viticulture Minister Tomas Brennik.", "Tomas Brennik", "Water and Viticulture Minister"},
		{"The Governor of Minas Gerais Tomas Brennik spoke.", "Tomas Brennik", "Governor of Minas Gerais"},
		{"The Governor of Ceará Rafael Tannvik spoke.", "Rafael Tannvik", "Governor of Ceará"},
		{"The first talks were between KORVANU President Tomas Brennik and others.", "Tomas Brennik", "KORVANU President"},
		{"The delegation included Foreign Minister Ana Ruiz National Assembly President Jorge Mendez and others.", "Jorge Mendez", "National Assembly President"},
		{"Talks began with Tomas Brennik. Brennik, the leader of the Lorvan Unity Party, said no.", "Tomas Brennik", "leader of the Lorvan Unity Party"},
		{"In Moscow foreign ministry spokesman Kolvan Tannov said no.", "Kolvan Tannov", "foreign ministry spokesman"},
		{"It named King Ivan of Lorvikia King Tomas Brennik of Morocco and others.", "Tomas Brennik", "King"},
		{"It included retired general Tomas Brennik.", "Tomas Brennik", "retired general"},
		{"It was said by the political scientist Tomas Brennik.", "Tomas Brennik", "political scientist"},
		{"Rebels held Tomas Brennik the father of a footballer.", "Tomas Brennik", ""},
		{"Democratic Renewal Party leader Tomas Brennik said the vote was owed.", "Tomas Brennik", "Democratic Renewal Party leader"},
		{"The talks were joined by Free Patriotic Movement leader Ivan Brennik Progressive Socialist Party leader Tomas Vlasic and others.", "Tomas Vlasic", "Progressive Socialist Party leader"},
		{"Among the guests was Ivan Brennik whose father Tomas Brennik led the resistance.", "Tomas Brennik", ""},
		{"In Bresk Interior Minister Tomas Brennik said the boats were ready.", "Tomas Brennik", "Interior Minister"},
		{"It was led by Special Adviser of the Secretary-General on Cyprus Tomas Brennik who spoke.", "Tomas Brennik", "Special Adviser of the Secretary-General on Cyprus"},
		{"Tomas Brennik the head of the UN Verification Mission in Colombia spoke.", "Tomas Brennik", "head of the UN Verification Mission in Colombia"},
		{"It was attended by Special Envoy of the UN Secretary-General Piotr Zarnov.", "Piotr Zarnov", "Special Envoy of the UN Secretary-General"},
		{"Foreign Minister of Lorvikia Tomas Brennik arrived.", "Tomas Brennik", "Foreign Minister of Lorvikia"},
		{"The spokesman of the Russian President Kolvan Tannov spoke.", "Kolvan Tannov", "Russian President"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entitiesOf(t, tt.in)
			e := findEntity(es, tt.name)
			if assert.NotNil(t, e, "missing %q in %+v", tt.name, es) {
				assert.Equal(t, tt.role, e.Role)
			}
		})
	}
	// "according to" opens no apposition: the town is no person
	es := entitiesOf(t, "It was agreed in Brennikvar, according to Foreign Minister Tomas Brennik.")
	if e := findEntity(es, "Brennikvar"); e != nil {
		assert.NotEqual(t, "PERSON", e.Type)
	}
	if e := findEntity(es, "Tomas Brennik"); assert.NotNil(t, e) {
		assert.Equal(t, "Foreign Minister", e.Role)
	}
	// the head of a land's church is no one's title
	assert.Nil(t, findEntity(entitiesOf(t, "He was the first head of Lorvikia's Anglicans."), "Anglicans"))
}
