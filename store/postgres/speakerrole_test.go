package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/byline/byline/store/storetest"
)

// TestSpeakerRoleMigration checks that migration 0008 gives the quotes
// stored before it their roles from the stored analyses, and the kept
// speakers theirs: the store is taken back to version 7 (no role columns)
// and migrated again.
func TestSpeakerRoleMigration(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, "alice")
	a1 := storetest.Article("One", "https://example.com/role/1", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		`"We are close," said Jane Roe.`, `"Not yet," said Donald Trump.`, `"Nobody knows," someone said.`)
	an1 := storetest.Analysis(t, a1, []storetest.Said{{Speaker: "Jane Roe", Text: "We are close"},
		{Speaker: "Donald Trump", Text: "Not yet"}, {Text: "Nobody knows"}})
	an1.Speakers[0].Role = "Secretary of State"
	an1.Speakers[1].Role = "businessman"
	a2 := storetest.Article("Two", "https://example.com/role/2", time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC), `"It is over," Trump said. "Done," he added.`)
	an2 := storetest.Analysis(t, a2, []storetest.Said{{Speaker: "Trump", Text: "It is over"}, {Speaker: "Trump", Text: "Done"}})
	an2.Speakers[0].Role = "President\n"
	a3 := storetest.Article("Three", "https://example.com/role/3", time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), `No analysis yet.`)
	if _, _, err := s.Put(ctx, a1, an1); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Put(ctx, a2, an2); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Put(ctx, a3, nil); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`ALTER TABLE speaker_quotes DROP COLUMN speaker_role`,
		`ALTER TABLE speaker_clusters DROP COLUMN role`,
		`DELETE FROM schema_migrations WHERE version >= 8`,
	} {
		if _, err := s.pool.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s.bumpGeneration(ctx)
	sp, err := s.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, st := range sp {
		got[st.Name] = st.Role
	}
	want := map[string]string{"Jane Roe": "Secretary of State", "Donald Trump": "President"}
	if len(got) != len(want) || got["Jane Roe"] != want["Jane Roe"] || got["Donald Trump"] != want["Donald Trump"] {
		t.Fatalf("speakers after migration 0008: %+v, want roles %v", sp, want)
	}
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM speaker_quotes WHERE speaker_role <> ''`).Scan(&n); err != nil || n != 3 {
		t.Errorf("quotes rows with a role after migration 0008: %d, %v; want 3", n, err)
	}
}
