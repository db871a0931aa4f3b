package reader

import "testing"

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
