package reader

import (
	"slices"
	"testing"
)

// TestOrganisationsOfTheRightKind: companies are organisations by the
// words around them; an acronym and its expansion, and two spellings of
// one company, are one entity; a name keeps its "&".
func TestOrganisationsOfTheRightKind(t *testing.T) {
	tests := []struct {
		name, body string
		kind       EntityKind
		want, not  []string // not: names that must be no entity of any kind
	}{
		{"a descriptor before the name", "Italian carmaker Fiat cut jobs. Fiat said the plan would save money.",
			Org, []string{"Fiat"}, nil},
		{"a descriptor opening the sentence", "Carmaker Fiat cut jobs. Fiat said the plan would save money.",
			Org, []string{"Fiat"}, []string{"Carmaker Fiat"}},
		{"shares in", "Investors bought shares in Zentrix on Monday. Zentrix said demand was strong.",
			Org, []string{"Zentrix"}, nil},
		{"an appositive", "Korvana, the Swedish truckmaker, said sales rose.",
			Org, nil, nil}, // "truckmaker" is no descriptor: see the next case
		{"an appositive with a descriptor", "Korvana, the Swedish truck firm, said sales rose.",
			Org, []string{"Korvana"}, nil},
		{"its after a speech verb", "Korvana said its profits rose by a tenth.",
			Org, []string{"Korvana"}, nil},
		{"it and a verb after a speech verb", "Telvaro said it would cut 300 jobs.",
			Org, []string{"Telvaro"}, nil},
		{"a person named in full says it", "Hillary Clinton spoke in Ohio. Clinton said it was a mistake.",
			Person, []string{"Hillary Clinton"}, nil},
		{"an acronym joins its expansion", "The World Health Organization (WHO) warned of a virus. The WHO said experts would go.",
			Org, []string{"World Health Organization"}, []string{"WHO"}},
		{"a company's initials", "General Motors posted a loss. GM said sales fell.",
			Org, []string{"General Motors"}, []string{"GM"}},
		{"two spellings", "Wal-Mart Stores cut prices. Walmart said demand was strong.",
			Org, []string{"Wal-Mart Stores"}, []string{"Walmart"}},
		{"initials joined by an ampersand name no one", "R & D spending rose, Anna Berg said.",
			Person, []string{"Anna Berg"}, []string{"R & D"}},
		{"an ampersand inside a name", "Daily Mail & General Trust said profits rose.",
			Org, []string{"Daily Mail & General Trust"}, []string{"General Trust"}},
		{"a word of an organisation's name", "Shares in Corvel Tobacco Holdings rose, and Corvel gained 4%.",
			Org, []string{"Corvel Tobacco Holdings"}, []string{"Corvel"}},
		{"a book by a writer", "Previous winners include Silver Rivers by Zadie Okafor, in 2000.",
			Person, []string{"Zadie Okafor"}, []string{"Silver Rivers"}},
		{"a writer's novel", "The shortlist included Susanna Clarke's Jonathan Strange, a novel about magic.",
			Person, []string{"Susanna Clarke"}, []string{"Jonathan Strange"}},
		{"a newspaper after a nationality and daily", "Swedish daily Norrposten said the talks had failed.",
			Org, []string{"Norrposten"}, nil},
		{"daily as an adjective", "Officials gave a daily Ovaxin briefing, Anna Berg said.",
			Org, nil, []string{"Ovaxin"}},
		{"a place and a media word", "Cyprus Mail reported that the talks had failed.",
			Org, []string{"Cyprus Mail"}, nil},
		{"a party named with Rally", "The ruling Democratic Rally hailed the deal.",
			Org, []string{"Democratic Rally"}, nil},
		{"a clipped name", "The Liberal Democrats held a rally. The Lib Dems said taxes would rise.",
			Org, []string{"Liberal Democrats"}, []string{"Lib Dems"}},
		{"a football club", "Leeds United said the manager would stay.",
			Org, []string{"Leeds United"}, nil},
		{"a person's surname stays the person's", "Hillary Clinton spoke in Ohio. The Clinton campaign said its lead grew.",
			Person, []string{"Hillary Clinton"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, an := analyzeString(t, "Headline\n\nAnna Berg spoke on Monday.\n\n"+tt.body+"\n")
			got := entityNames(an, tt.kind)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no %v entity %q; got %q", tt.kind, w, got)
				}
			}
			for _, n := range tt.not {
				for _, e := range an.Entities {
					if e.Name == n {
						t.Errorf("%q is an entity (%v)", n, e.Kind)
					}
				}
			}
			if tt.kind == Person {
				for _, e := range an.Entities {
					if e.Name == "Clinton" && e.Kind == Org {
						t.Errorf("Clinton is an organisation")
					}
				}
			}
		})
	}
}

// TestCompanySpeakersAreOrganisations: a company that speaks is an
// organisation speaker, and its acronym speaks as the same speaker.
func TestCompanySpeakersAreOrganisations(t *testing.T) {
	_, an := analyzeString(t, "Headline\n\nShares in Fiat fell. Fiat said it expected a loss.\n\n"+
		"General Motors posted a loss. GM said sales fell in Europe.\n")
	kinds := map[string]EntityKind{}
	for _, s := range an.Speakers {
		kinds[s.Name] = s.Kind
	}
	if k, ok := kinds["Fiat"]; !ok || k != Org {
		t.Errorf("Fiat: speaker %v (%v), want an organisation; speakers %v", ok, k, kinds)
	}
	if k, ok := kinds["General Motors"]; !ok || k != Org {
		t.Errorf("General Motors: speaker %v (%v), want an organisation; speakers %v", ok, k, kinds)
	}
	if _, ok := kinds["GM"]; ok {
		t.Errorf("GM is a speaker of its own: %v", kinds)
	}
}

// TestTeamsInSport: in a report on sport, a country or a town that plays
// is a team, an organisation; elsewhere it stays a place.
func TestTeamsInSport(t *testing.T) {
	kindOf := func(an *Analysis, name string) EntityKind {
		for _, e := range an.Entities {
			if e.Name == name {
				return e.Kind
			}
		}
		return -1
	}
	_, an := analyzeString(t, "Headline\n\nWales beat England 24-17 in the match on Saturday. "+
		"The England coach said the squad had played well, and the tries came late in the season.\n")
	if k := kindOf(an, "England"); k != Org {
		t.Errorf("England in a match report: %v, want an organisation", k)
	}
	if k := kindOf(an, "Wales"); k != Org {
		t.Errorf("Wales in a match report: %v, want an organisation", k)
	}
	_, an = analyzeString(t, "Headline\n\nSanctions against Russia were lifted, Anna Berg said in Paris.\n")
	if k := kindOf(an, "Russia"); k != Place {
		t.Errorf("Russia outside sport: %v, want a place", k)
	}
}

func TestClippedOf(t *testing.T) {
	for _, c := range []struct {
		short, name string
		want        bool
	}{
		{"Lib Dems", "Liberal Democrats", true},
		{"Lib Democrats", "Liberal Democrats", true},
		{"Liberal Democrats", "Liberal Democrats", false}, // nothing clipped
		{"Labour Party", "Labour Partnership", false},     // five letters: a word of its own
		{"Lib Dems", "Liberal Democratic Party", false},   // not word for word
		{"Dems", "Democrats", false},                      // one word
		{"L Dems", "Liberal Democrats", false},            // one letter
		{"Lab Dems", "Liberal Democrats", false},
	} {
		if got := clippedOf(c.short, c.name); got != c.want {
			t.Errorf("clippedOf(%q, %q) = %v, want %v", c.short, c.name, got, c.want)
		}
	}
}
