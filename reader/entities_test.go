package reader

import (
	"fmt"
	"slices"
	"testing"
)

// entityNames returns the names of the analysis's entities of kind k.
func entityNames(an *Analysis, k EntityKind) []string {
	var out []string
	for _, e := range an.Entities {
		if e.Kind == k {
			out = append(out, e.Name)
		}
	}
	return out
}

func TestEntityClasses(t *testing.T) {
	tests := []struct {
		name, body string
		kind       EntityKind
		want       []string // names that must be entities of kind
		not        []string // names that must not be entities of any kind
	}{
		{"sentence-initial common word", "Estimates by organisers indicate that Anna Berg marched in Oslo.",
			Person, []string{"Anna Berg"}, []string{"Estimates"}},
		{"a capitalised portfolio opens the title", "In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of \"presumably between 36 and 40 people under the rubble\".",
			Person, []string{"Yevgeny Zinichev"}, []string{"Emergencies"}},
		{"event name", "Refugees fled during the Syrian Civil War, Anna Berg said.",
			Person, []string{"Anna Berg"}, []string{"Civil War", "Syrian Civil War"}},
		{"title fragment before a title", "Tom Hale, the Special Presidential Envoy, left in May.",
			Person, []string{"Tom Hale"}, []string{"Special Presidential"}},
		{"common word in capitals", "Tom Hale wrote: THE BANK IS GREAT.",
			Person, []string{"Tom Hale"}, []string{"THE", "IS", "GREAT", "THE BANK IS GREAT"}},
		{"U.S spellings are one place", "The U.S. has done far more. Anna Berg said the US would stay. The U.S. will win.",
			Place, []string{"US"}, []string{"U.S", "U.S."}},
		{"a country before a known institution of it", "The US Supreme Court ruled. He ran for the U.S. Senate and for US Congress.",
			Place, []string{"US"}, []string{"U.S", "US Supreme Court", "US Congress"}},
		{"the institution after its country", "The US Supreme Court ruled. He ran for the U.S. Senate and for US Congress.",
			Org, []string{"Supreme Court", "Senate", "Congress"}, nil},
		{"a lone organisation word", "He joined the Kurdistan Workers' Party in Ankara.",
			Place, []string{"Ankara"}, []string{"Party"}},
		{"a title that names a body", "Anna Berg spoke at the UN General Assembly in New York.",
			Org, []string{"General Assembly"}, []string{"Assembly"}},
		{"prizes and championships are no entities", "Anna Berg won the Orange Prize before the Indoor Championships in Madrid.",
			Place, []string{"Madrid"}, []string{"Orange Prize", "Indoor Championships"}},
		{"a river is a place", "Anna Berg walked along the River Lagan in Belfast.",
			Place, []string{"River Lagan", "Belfast"}, nil},
		{"a speaking common word is no entity", "Estimates by organisers suggest a million people marched, Anna Berg said.",
			Person, []string{"Anna Berg"}, []string{"Estimates"}},
		{"a subheading in title case", "Anna Berg spoke.\n\nPeace Talks Resume\n\nShe left Oslo.",
			Place, []string{"Oslo"}, []string{"Peace Talks Resume"}},
		{"an organisation of a known place", "Anna Berg was taken to the Medical University of Gdańsk.",
			Org, []string{"Medical University of Gdańsk"}, []string{"Medical University"}},
		{"a given name opening a county's name", "Anna Berg spoke at the Kent County Republican headquarters. She left.",
			Org, []string{"Kent County Republican"}, nil},
		{"a given name that is also a function word", `"Costs are high," said Will Doyle, a professor in Oslo.`,
			Person, []string{"Will Doyle"}, []string{"Doyle"}},
		{"a function word ends a name in a title-case line", "Anna Berg Asked Men Everywhere To Rethink Banking.\n\nShe spoke in Oslo.",
			Person, []string{"Anna Berg"}, []string{"Anna Berg Asked Men Everywhere To Rethink Banking", "Anna Berg Asked Men Everywhere"}},
		{"a person of an organisation", "Jennifer Daskal of American University wrote a column.",
			Org, []string{"American University"}, []string{"Jennifer Daskal of American University"}},
		{"an organisation word before 'on'", "Anna Berg of the Council on Foreign Relations spoke in Oslo.",
			Org, []string{"Council on Foreign Relations"}, []string{"Foreign Relations"}},
		{"time zones and currency codes are no organisations", "Anna Berg spoke at 11:00 p.m. EDT, when USD 300 bought little.",
			Person, []string{"Anna Berg"}, []string{"EDT", "USD"}},
		{"a conference is an organisation", "According to the National Conference of State Legislatures, Anna Berg won.",
			Org, []string{"National Conference of State Legislatures"}, nil},
		{"a road is a place", "Police closed Streatham High Road after Anna Berg was hurt.",
			Place, []string{"Streatham High Road"}, nil},
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
		})
	}
}

// TestHonorificPicksTheNamesake: of two people named in full with one
// surname, "Mr." and "Mrs." go to the one whose given name is of that
// gender, however near the other was named; a "Mr." whose namesake named
// in full is a woman is someone else.
func TestHonorificPicksTheNamesake(t *testing.T) {
	mentionsOf := func(an *Analysis, name string) []string {
		for _, e := range an.Entities {
			if e.Name == name {
				var out []string
				for _, m := range e.Mentions {
					out = append(out, fmt.Sprint(m))
				}
				return out
			}
		}
		return nil
	}
	tests := []struct {
		name, body string
		person     string
		count      int    // mentions of person
		other      string // a person the others mentions make, if any
	}{
		{"Mrs. after her husband was named",
			"Hillary Clinton spoke in Ohio. Bill Clinton joined her later. Mrs. Clinton thanked the crowd.",
			"Hillary Clinton", 2, ""},
		{"Mr. after his wife was named",
			"Bill Clinton spoke in Ohio. Hillary Clinton joined him later. Mr. Clinton thanked the crowd.",
			"Bill Clinton", 2, ""},
		{"a Mr. when only the woman is named in full",
			"The first lady, Michelle Obama, spoke in Ohio. Mr. Obama stayed in Washington.",
			"Michelle Obama", 1, "Obama"},
		{"no title: the nearest, as before",
			"Hillary Clinton spoke in Ohio. Bill Clinton joined her later. Clinton thanked the crowd.",
			"Bill Clinton", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			if got := mentionsOf(an, tt.person); len(got) != tt.count {
				t.Errorf("%s has mentions %v, want %d", tt.person, got, tt.count)
			}
			if tt.other != "" && len(mentionsOf(an, tt.other)) != 1 {
				t.Errorf("no person %q of one mention; people %q", tt.other, entityNames(an, Person))
			}
		})
	}
}

func TestNameGender(t *testing.T) {
	for name, want := range map[string]byte{
		"Mr. Obama": 'm', "Mrs. Clinton": 'f', "Ms Ardern": 'f', "Sir Keir Starmer": 'm',
		"Michelle Obama": 'f', "Barack Obama": 'm', "President Barack Obama": 'm',
		"Obama": 0, "President Obama": 0, "Hillary": 0, "": 0, "Mr": 0,
	} {
		if got := NameGender(name); got != want {
			t.Errorf("NameGender(%q) = %q, want %q", name, got, want)
		}
	}
}
