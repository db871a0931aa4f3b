package store

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store/cluster"
)

func TestMigrateEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	want, err := migrations()
	if err != nil || len(want) == 0 {
		t.Fatalf("migrations() = %v, %v", want, err)
	}
	for range 2 { // the second Open finds everything applied
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil || v != want[len(want)-1].Version {
			t.Errorf("SchemaVersion = %d, %v; want %d", v, err, want[len(want)-1].Version)
		}
		var rows int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&rows); err != nil || rows != len(want) {
			t.Errorf("schema_migrations rows = %d, %v; want %d", rows, err, len(want))
		}
		var mode string
		if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		var fk int
		if err := s.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
			t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFailedMigration(t *testing.T) {
	orig := migrationFiles
	t.Cleanup(func() { migrationFiles = orig })
	good, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	broken := fstest.MapFS{
		"migrations/9999_broken.sql": {Data: []byte("CREATE TABLE half_done(x);\nTHIS IS NOT SQL;")},
	}
	for _, m := range good {
		broken["migrations/"+m.Name+".sql"] = &fstest.MapFile{Data: []byte(m.SQL)}
	}
	migrationFiles = broken
	path := filepath.Join(t.TempDir(), "test.db")
	ctx := context.Background()
	_, err = Open(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "9999_broken") {
		t.Fatalf("Open with a broken migration: err = %v, want one naming 9999_broken", err)
	}
	migrationFiles = orig
	s := openAt(t, path)
	if v, err := s.SchemaVersion(ctx); err != nil || v != good[len(good)-1].Version {
		t.Errorf("SchemaVersion = %d, %v; want %d (the good ones applied, the broken one rolled back)",
			v, err, good[len(good)-1].Version)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("half_done tables = %d, %v; want 0: the failed migration was not rolled back", n, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "test.db")
	ctx := context.Background()
	s := openAt(t, path)
	if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied) VALUES (999, 'future', 0)`); err != nil {
		t.Fatal(err)
	}
	if s2, err := Open(ctx, path); err == nil {
		_ = s2.Close()
		t.Error("Open of a database from a newer byline succeeded, want an error")
	}
}

func TestMigrationBackfillsSurname(t *testing.T) {
	orig := migrationFiles
	t.Cleanup(func() { migrationFiles = orig })
	first, err := fs.ReadFile(orig, "migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	migrationFiles = fstest.MapFS{"migrations/0001_init.sql": {Data: first}}
	path := filepath.Join(t.TempDir(), "v1.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO articles(id, hash, title, added, sorted, body) VALUES (1, 'h', 'T', 1, 1, 'He said "yes" and "no".');
		INSERT INTO quotes(article_id, idx, speaker, speaker_key, text, kind, start, "end") VALUES
			(1, 0, 'Donald Trump', 'donald trump', '"yes"', 0, 8, 13),
			(1, 1, 'Trump', 'trump', '"no"', 0, 18, 22),
			(1, 2, '', '', '"no"', 0, 18, 22)`); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	migrationFiles = orig
	s = openAt(t, path)
	rows, err := s.db.QueryContext(ctx, `SELECT speaker_surname FROM speaker_quotes ORDER BY first_idx`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var sur string
		if err := rows.Scan(&sur); err != nil {
			t.Fatal(err)
		}
		got = append(got, sur)
	}
	if want := []string{"trump", "trump", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("surnames after migrating = %q, want %q", got, want)
	}
	if qs, err := s.QuotesBy(ctx, "donald trump"); err != nil || len(qs) != 2 {
		t.Errorf("QuotesBy after migrating = %d, %v; want 2", len(qs), err)
	}
}

// TestMigrationIndexesWithoutFrontMatter: migration 0005 re-indexes the
// articles already stored, leaving out the front matter of Markdown ones.
func TestMigrationIndexesWithoutFrontMatter(t *testing.T) {
	orig := migrationFiles
	t.Cleanup(func() { migrationFiles = orig })
	old := fstest.MapFS{}
	for _, name := range []string{"0001_init.sql", "0002_speaker_surname.sql", "0003_speaker_index.sql", "0004_meta.sql"} {
		b, err := fs.ReadFile(orig, "migrations/"+name)
		if err != nil {
			t.Fatal(err)
		}
		old["migrations/"+name] = &fstest.MapFile{Data: b}
	}
	migrationFiles = old
	path := filepath.Join(t.TempDir(), "v4.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO articles(id, hash, title, added, sorted, format, body) VALUES
			(1, 'a', 'Gdańsk mayor', 1, 1, 1, '---'||char(10)||'title: Gdańsk mayor'||char(10)||'license: Wikinews'||char(10)||'---'||char(10)||char(10)||'The mayor of Gdańsk spoke.'),
			(2, 'b', 'Plain', 2, 2, 0, 'Wikinews is named in this text.');
		INSERT INTO articles_fts(rowid, title, body, speakers) SELECT id, title, body, speakers FROM articles`); err != nil {
		t.Fatal(err)
	}
	// (Asked of the index itself: Search reads tables of later schemas.)
	var before int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'wikinews'`).Scan(&before); err != nil || before != 2 {
		t.Fatalf("before migrating: %d hits, %v; want both articles", before, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	migrationFiles = orig
	var upgraded [][2]int
	s, err = Open(ctx, path, OnUpgrade(func(from, to int) { upgraded = append(upgraded, [2]int{from, to}) }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if want := [][2]int{{4, ms[len(ms)-1].Version}}; !reflect.DeepEqual(upgraded, want) {
		t.Errorf("OnUpgrade called with %v, want %v", upgraded, want)
	}
	fresh, err := Open(ctx, filepath.Join(t.TempDir(), "new.db"), OnUpgrade(func(from, to int) {
		t.Errorf("OnUpgrade(%d, %d) called for a new database", from, to)
	}))
	if err != nil {
		t.Fatal(err)
	}
	fresh.Close()
	if hs, err := s.Search(ctx, "wikinews ", 10); err != nil || !reflect.DeepEqual(hitIDs(hs), []int64{2}) {
		t.Errorf("after migrating, front-matter word: %v, %v; want [2]", hitIDs(hs), err)
	}
	hs, err := s.Search(ctx, "spoke ", 10)
	if err != nil || !reflect.DeepEqual(hitIDs(hs), []int64{1}) {
		t.Fatalf("after migrating, body word: %v, %v; want [1]", hitIDs(hs), err)
	}
	if want := "The mayor of Gdańsk " + SnippetOpen + "spoke" + SnippetClose; !strings.Contains(hs[0].Snippet, want) {
		t.Errorf("snippet %q, want it to contain %q", hs[0].Snippet, want)
	}
}

// TestMigrationGroupsQuotesBySpeaker: a library stored with one row a
// quote (schema 9) reads the same after migration 0010 groups them by
// speaker as one stored anew: the same speakers and counts, each
// speaker's quotes with their text, lead, kind and place, and the same
// top speakers in the list.
func TestMigrationGroupsQuotesBySpeaker(t *testing.T) {
	ctx := context.Background()
	body := `Donald Trump said "yes", and Trump rejected a full ceasefire. "No," he added. "Maybe," someone said. Zelensky said "never".`
	a := newArticle("Talks", "https://example.com/talks", day(3), body)
	an := newAnalysis(t, a, []said{
		{"Donald Trump", `"yes"`, reader.Direct},
		{"Donald Trump", "a full ceasefire", reader.Indirect},
		{"Donald Trump", `"No,"`, reader.Direct},
		{"", `"Maybe,"`, reader.Direct},
		{"Volodymyr Zelensky", `"never"`, reader.Direct},
	}, "Donald Trump=Trump")
	at := strings.Index(a.Body, "rejected")
	an.Quotes[1].Cue = reader.Span{Start: at, End: at + len("rejected")}
	b := newArticle("More talks", "https://example.com/more", day(4), `Zelensky said "again".`)
	bn := newAnalysis(t, b, []said{{"Zelensky", `"again"`, reader.Direct}})

	// The new way.
	fresh := openTest(t)
	mustPut(t, fresh, a, an)
	mustPut(t, fresh, b, bn)

	// The old way: schema 9, with its own writer's rows.
	orig := migrationFiles
	t.Cleanup(func() { migrationFiles = orig })
	old := fstest.MapFS{}
	ms, err := fs.Glob(orig, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if strings.Compare(filepath.Base(m), "0010") < 0 {
			data, err := fs.ReadFile(orig, m)
			if err != nil {
				t.Fatal(err)
			}
			old[m] = &fstest.MapFile{Data: data}
		}
	}
	migrationFiles = old
	path := filepath.Join(t.TempDir(), "v9.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range []struct {
		a  *reader.Article
		an *reader.Analysis
	}{{a, an}, {b, bn}} {
		id := int64(i + 1)
		r, err := prepareRow(x.a, x.an, "")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.ExecContext(ctx, `INSERT INTO articles(id, url, hash, title, source, added, sorted, quote_count, body, analysis)
			VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`, id, x.a.URL, r.hash, x.a.Title, x.a.Source, x.a.Date.UnixMilli(), len(x.an.Quotes), x.a.Body, r.analysis); err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, body, speakers)
			SELECT id, title, body, speakers FROM articles_search WHERE id = ?`, id); err != nil {
			t.Fatal(err)
		}
		for k, q := range x.an.Quotes {
			var name, key string
			var kind reader.EntityKind
			if q.Speaker >= 0 {
				sp := x.an.Speakers[q.Speaker]
				name, key, kind = sp.Name, reader.SpeakerKey(sp.Name, sp.Kind), sp.Kind
			}
			if _, err := s.db.ExecContext(ctx, `INSERT INTO quotes(article_id, idx, speaker, speaker_key, speaker_surname,
				speaker_kind, text, kind, start, "end", lead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				id, k, name, key, cluster.Surname(key), int(kind), q.Words(x.a.Body), int(q.Kind), q.Start, q.End, q.Lead(x.a.Body)); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.db.ExecContext(ctx, `INSERT INTO speaker_aliases(article_id, speaker_key, alias)
			SELECT ?, 'donald trump', 'Trump' WHERE ? = 1`, id, id); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	migrationFiles = orig
	migrated := openAt(t, path)

	for _, st := range []*SQLite{fresh, migrated} {
		checkIntegrity(t, st)
	}
	spF, errF := fresh.Speakers(ctx)
	spM, errM := migrated.Speakers(ctx)
	if errF != nil || errM != nil || !reflect.DeepEqual(spF, spM) || len(spF) != 2 {
		t.Errorf("speakers: fresh %+v (%v), migrated %+v (%v)", spF, errF, spM, errM)
	}
	for _, name := range []string{"trump", "Zelensky"} {
		qF, errF := fresh.QuotesBy(ctx, name)
		qM, errM := migrated.QuotesBy(ctx, name)
		for i := range qF {
			qF[i].ArticleID, qF[i].Date = 0, time.Time{} // ids and dates of the two stores differ
		}
		for i := range qM {
			qM[i].ArticleID, qM[i].Date = 0, time.Time{}
		}
		if errF != nil || errM != nil || !reflect.DeepEqual(qF, qM) || len(qF) < 2 {
			t.Errorf("QuotesBy(%s):\n fresh    %+v (%v)\n migrated %+v (%v)", name, qF, errF, qM, errM)
		}
	}
	if qs, _ := fresh.QuotesBy(ctx, "trump"); len(qs) != 3 || qs[1].Lead != "rejected" || qs[1].Kind != reader.Indirect || qs[2].Index != 2 {
		t.Errorf("Trump's quotes %+v, want three in text order, the second led by its cue", qs)
	}
	lF, _ := fresh.List(ctx, ListOptions{})
	lM, _ := migrated.List(ctx, ListOptions{})
	if len(lF) != 2 || len(lM) != 2 || !reflect.DeepEqual(lF[1].Speakers, lM[1].Speakers) || !reflect.DeepEqual(lF[1].Speakers, []string{"Donald Trump", "Volodymyr Zelensky"}) {
		t.Errorf("top speakers: fresh %+v, migrated %+v", lF, lM)
	}
}
