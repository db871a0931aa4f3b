package reader

import (
	"slices"
	"testing"
)

// TestPronounsForGivenNamesOfManyCultures: "he" and "she" go to the person
// of that gender, whose given name is one of the long list built from open
// data (reader/gazetteer), not of reader's own short list.
func TestPronounsForGivenNamesOfManyCultures(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"Nigerian and Indian names, he", "Chinedu Okafor met Priya Raman in Lagos on Monday. He said the deal was done.", "Chinedu Okafor"},
		{"Nigerian and Indian names, she", "Priya Raman met Chinedu Okafor in Lagos on Monday. She said the deal was done.", "Priya Raman"},
		{"Indian and Ukrainian names", "Narendra Joshi and Olena Kovalenko met in Kyiv. She said talks would resume.", "Olena Kovalenko"},
		{"Turkish and Ukrainian names", "Oksana Bondar and Recep Aydin spoke in Ankara. He said talks had failed.", "Recep Aydin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			if len(an.Quotes) != 1 {
				t.Fatalf("%d quotes, want 1", len(an.Quotes))
			}
			q := an.Quotes[0]
			if q.Speaker < 0 || an.Speakers[q.Speaker].Name != tt.want {
				got := "nobody"
				if q.Speaker >= 0 {
					got = an.Speakers[q.Speaker].Name
				}
				t.Errorf("speaker %s, want %s", got, tt.want)
			}
		})
	}
}

// TestGivenNamesOfTheLongList: the long list gives a gender, never makes a
// day, a place or a title a given name, and leaves a name borne by both
// without one.
func TestGivenNamesOfTheLongList(t *testing.T) {
	for name, want := range map[string]byte{
		"Chinedu Okafor": 'm', "Priya Raman": 'f', "Olena Kovalenko": 'f', "Recep Aydin": 'm',
		"Oluwaseun Bello": 0, // borne by men and women
		"Tuesday Putin":   0, "Jordan": 0,
	} {
		if got := NameGender(name); got != want {
			t.Errorf("NameGender(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestTownsOfTheGazetteer: towns of the long gazetteer are places; one
// whose name is a common word, a given name, a surname or a small town's
// is a place only after "in", "near"; a town's name borne by someone named
// in the article is that person.
func TestTownsOfTheGazetteer(t *testing.T) {
	tests := []struct {
		name, body string
		kind       EntityKind
		want, not  []string
	}{
		{"English and German towns", "Fans travelled from Blackpool to Brighton, Anna Berg said, and on to Hanover.",
			Place, []string{"Blackpool", "Brighton", "Hanover"}, nil},
		{"a common word at a sentence's start", "Reading is fun, Anna Berg said. Mobile phones are banned.",
			Place, nil, []string{"Reading", "Mobile"}},
		{"a common word after in", "Anna Berg lives in Reading and works in Bath.",
			Place, []string{"Reading", "Bath"}, nil},
		{"a surname named in full before", "Hillary Clinton spoke in Ohio. Clinton said the vote was close.",
			Person, []string{"Hillary Clinton"}, []string{"Clinton"}},
		{"a small town without a locative", "The Obama administration said little. Anna Berg left.",
			Place, nil, []string{"Obama"}},
		{"a run that goes on past the town is an organisation", "Anna Berg joined Brighton Council last year.",
			Org, []string{"Brighton Council"}, []string{"Brighton"}},
		{"a company named after its town", "Toyota said sales rose in Nagoya.",
			Org, []string{"Toyota"}, nil},
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
					if e.Name == n && (e.Kind == tt.kind || tt.kind == Person) {
						t.Errorf("%q is an entity (%v)", n, e.Kind)
					}
				}
			}
		})
	}
}

// TestGivenNameThatIsACreed: a given name that is also a nationality or
// creed ("Christian") opens a person's name before an unknown word, but
// not before a common word.
func TestGivenNameThatIsACreed(t *testing.T) {
	_, an := analyzeString(t, "Headline\n\nOlympic champion Christian Olsson will not take part, Anna Berg said.\n")
	if got := entityNames(an, Person); !slices.Contains(got, "Christian Olsson") {
		t.Errorf("no person Christian Olsson; people %q", got)
	}
	_, an = analyzeString(t, "Headline\n\nAnna Berg said Christian voters stayed home.\n")
	for _, e := range an.Entities {
		if e.Name == "Christian" || e.Name == "Christian Voters" {
			t.Errorf("%q is an entity (%v)", e.Name, e.Kind)
		}
	}
}
