package store

import (
	"context"
	"reflect"
	"testing"
)

// TestKeptSpeakersRows reads back speaker_clusters rows whose names and
// roles have spaces, digits and multibyte letters, as the one-column
// query of keptSpeakers packs them, most quoted first, then by name.
func TestKeptSpeakersRows(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	rows := [][6]any{
		{"núñez", "José Núñez 2 3", "Pepe\nNúñez", 4, 3, "ministro de 1ª"},
		{"ab", "Zed Ab", "", 9, 1, ""},
		{"ab", "Amy Ab", "", 4, 2, "12 34 "},
		{"x", "", "", 1, 1, ""},
	}
	for _, r := range rows {
		if _, err := s.db.ExecContext(ctx, `INSERT INTO speaker_clusters(speaker_surname, name, aliases, keys,
			quotes, articles, role) VALUES (?, ?, ?, 'k', ?, ?, ?)`, r[0], r[1], r[2], r[3], r[4], r[5]); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.keptSpeakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []SpeakerStat{
		{Name: "Zed Ab", Quotes: 9, Articles: 1},
		{Name: "Amy Ab", Role: "12 34 ", Quotes: 4, Articles: 2},
		{Name: "José Núñez 2 3", Role: "ministro de 1ª", Aliases: []string{"Pepe", "Núñez"}, Quotes: 4, Articles: 3},
		{Name: "", Quotes: 1, Articles: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keptSpeakers =\n%#v\nwant\n%#v", got, want)
	}
	// The cache hands out copies: changing one leaves the next call's alone.
	first, err := s.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first[2].Aliases[0] = "changed"
	_ = append(first[1].Aliases, "appended")
	again, err := s.Speakers(ctx)
	if err != nil || !reflect.DeepEqual(again, want) {
		t.Errorf("Speakers after changing a copy = %#v, %v", again, err)
	}
}

func TestKeptRowMalformed(t *testing.T) {
	for _, row := range []string{"", "1 2 3", "1 2 x 0 ", "1 2 9 0 short", "1 2 -1 0 x", "a 2 0 0 "} {
		if _, _, err := keptRow(row); err == nil {
			t.Errorf("keptRow(%q) gave no error", row)
		}
	}
}
