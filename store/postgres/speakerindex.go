package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store/cluster"
)

// This file keeps speaker_clusters, the speakers across the library
// (migration 0007): every transaction that writes or deletes quotes or
// aliases groups again the names of the surnames it touched (regroup),
// so that the speakers list reads one row for each speaker instead of
// merging every name of the library after each write.

// surnameLock is the first key of the advisory locks writers take on the
// surnames they regroup; the second is one of surnameLocks buckets of the
// surname's hash, so that a transaction regrouping thousands of surnames
// holds at most surnameLocks locks: the server's lock table holds 64 a
// connection by default, and one lock a surname for 20,000 surnames in
// one transaction (a migration's fill, an import's stale surnames) failed
// with "out of shared memory".
const (
	surnameLock  = 0x6279_6c6e // "byln"
	surnameLocks = 256
)

// touched collects the surnames a write changes.
type touched map[string]bool

// key adds the surname of a speaker key ("" is no one's).
func (t touched) key(k string) {
	if k != "" {
		t[cluster.Surname(k)] = true
	}
}

// quoteRows adds the surnames of speaker_quotes and speaker_aliases rows
// as copyQuotes takes them (the key second).
func (t touched) quoteRows(rows ...[][]any) {
	for _, rs := range rows {
		for _, r := range rs {
			t.key(r[1].(string))
		}
	}
}

// list returns the surnames, sorted.
func (t touched) list() []string {
	out := make([]string, 0, len(t))
	for s := range t {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// deleteQuotes deletes an article's quotes and aliases (before the
// article, so that its surnames are known) and adds their surnames to t.
func deleteQuotes(ctx context.Context, tx pgx.Tx, id int64, t touched) error {
	rows, err := tx.Query(ctx, `WITH q AS (DELETE FROM speaker_quotes WHERE article_id = $1 RETURNING speaker_key),
		a AS (DELETE FROM speaker_aliases WHERE article_id = $1 RETURNING speaker_key)
		SELECT speaker_key FROM q UNION SELECT speaker_key FROM a`, id)
	if err != nil {
		return err
	}
	keys, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	for _, k := range keys {
		t.key(k)
	}
	return nil
}

// regroup groups again, in tx, the names of the surnames given into
// speaker_clusters, writing only the speakers that changed. It first
// takes an advisory lock on each surname's bucket (in one order, so that
// writers cannot deadlock on them): a writer's statements that follow read what
// writers of the same surname that took the lock before it committed.
func regroup(ctx context.Context, tx pgx.Tx, surnames []string) error {
	if len(surnames) == 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, `SELECT count(pg_advisory_xact_lock($1::int, h))
		FROM (SELECT DISTINCT hashtext(s) & $3 AS h FROM unnest($2::text[]) AS s ORDER BY 1) AS l`,
		surnameLock, surnames, surnameLocks-1); err != nil {
		return fmt.Errorf("store: group speakers: lock: %w", err)
	}
	names := map[string][]cluster.Name{}
	rows, err := tx.Query(ctx, `SELECT speaker_surname, speaker_key, speaker, speaker_kind, quotes, articles
		FROM speaker_names WHERE speaker_surname = ANY($1)`, surnames)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	var sur string
	var n cluster.Name
	var kind int
	_, err = pgx.ForEachRow(rows, []any{&sur, &n.Key, &n.Name, &kind, &n.Quotes, &n.Articles}, func() error {
		n.Kind = reader.EntityKind(kind)
		names[sur] = append(names[sur], n)
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	// In the SQLite store's order (bytes, not the database's collation),
	// which the display name's ties follow.
	for _, ns := range names {
		slices.SortFunc(ns, func(a, b cluster.Name) int {
			return cmp.Or(strings.Compare(a.Key, b.Key), strings.Compare(a.Name, b.Name), cmp.Compare(a.Kind, b.Kind))
		})
	}
	aliases := map[string][]string{}
	rows, err = tx.Query(ctx, `SELECT speaker_key, alias FROM speaker_alias_names
		WHERE speaker_key IN (SELECT speaker_key FROM speaker_names WHERE speaker_surname = ANY($1))`, surnames)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	var k, a string
	if _, err = pgx.ForEachRow(rows, []any{&k, &a}, func() error {
		aliases[k] = append(aliases[k], a)
		return nil
	}); err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	for _, as := range aliases {
		slices.Sort(as)
	}
	// The articles quoting two names of one surname, with the keys of
	// their rows of that surname.
	over := map[string]map[int64][]string{}
	rows, err = tx.Query(ctx, `SELECT o.speaker_surname, o.article_id, q.speaker_key
		FROM speaker_overlap AS o JOIN speaker_quotes AS q
		ON q.article_id = o.article_id AND q.speaker_surname = o.speaker_surname AND q.speaker_key <> ''
		WHERE o.speaker_surname = ANY($1)`, surnames)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	var id int64
	if _, err = pgx.ForEachRow(rows, []any{&sur, &id, &k}, func() error {
		if over[sur] == nil {
			over[sur] = map[int64][]string{}
		}
		over[sur][id] = append(over[sur][id], k)
		return nil
	}); err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	roles, err := keyRoles(ctx, tx, surnames)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	// The rows kept now: a speaker whose row stays the same (most, when a
	// write touches a surname) is not written again.
	type row struct {
		sur, name, aliases, keys, role string
		quotes, articles               int64
	}
	kept := map[row][]int64{}
	rows, err = tx.Query(ctx, `SELECT id, speaker_surname, name, aliases, keys, role, quotes, articles
		FROM speaker_clusters WHERE speaker_surname = ANY($1)`, surnames)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	var r row
	if _, err = pgx.ForEachRow(rows, []any{&id, &r.sur, &r.name, &r.aliases, &r.keys, &r.role, &r.quotes, &r.articles}, func() error {
		kept[r] = append(kept[r], id)
		return nil
	}); err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	var add []row
	for _, sur := range surnames {
		for _, c := range cluster.Group(names[sur], aliases) {
			articles := c.Articles()
			if articles < 0 {
				articles = c.ArticlesGiven(over[sur])
			}
			r := row{sur, c.Display, strings.Join(c.Aliases, "\n"), strings.Join(c.Keys, "\n"), c.Role(roles),
				int64(c.Quotes), int64(articles)}
			if ids := kept[r]; len(ids) > 0 {
				kept[r] = ids[1:]
				continue
			}
			add = append(add, r)
		}
	}
	var gone []int64
	for _, ids := range kept {
		gone = append(gone, ids...)
	}
	if len(gone) > 0 {
		if _, err := tx.Exec(ctx, `DELETE FROM speaker_clusters WHERE id = ANY($1)`, gone); err != nil {
			return fmt.Errorf("store: group speakers: %w", err)
		}
	}
	if len(add) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"speaker_clusters"},
			[]string{"speaker_surname", "name", "aliases", "keys", "role", "quotes", "articles"},
			pgx.CopyFromSlice(len(add), func(i int) ([]any, error) {
				r := add[i]
				return []any{r.sur, r.name, r.aliases, r.keys, r.role, r.quotes, r.articles}, nil
			})); err != nil {
			return fmt.Errorf("store: group speakers: %w", err)
		}
	}
	return nil
}

// keyRoles returns, by speaker key of the surnames given, the role most
// of its quotes come with (the first of equals in the roles' byte order,
// as in the SQLite store), from the rows with a role (speaker_quotes_role).
func keyRoles(ctx context.Context, tx pgx.Tx, surnames []string) (map[string]cluster.KeyRole, error) {
	rows, err := tx.Query(ctx, `SELECT speaker_key, speaker_role, sum(n) FROM speaker_quotes
		WHERE speaker_surname = ANY($1) AND speaker_role <> '' AND speaker_key <> ''
		GROUP BY speaker_key, speaker_role`, surnames)
	if err != nil {
		return nil, err
	}
	type kr struct {
		key string
		cluster.KeyRole
	}
	var all []kr
	var r kr
	if _, err := pgx.ForEachRow(rows, []any{&r.key, &r.Role, &r.Quotes}, func() error {
		all = append(all, r)
		return nil
	}); err != nil {
		return nil, err
	}
	slices.SortFunc(all, func(a, b kr) int { return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(a.Role, b.Role)) })
	out := map[string]cluster.KeyRole{}
	for _, r := range all {
		cluster.KeepRole(out, r.key, r.KeyRole)
	}
	return out, nil
}

// A process's writes regroup the speakers they changed at a pace
// (store/internal/pace: at most every 2 s and ten times the last regroup's
// duration), as in the SQLite store. Regrouping after every batch of 500
// articles quoting 3,000 people of 1,000 surnames (BenchmarkImport10k:
// every batch touches every surname) made the import 25-50% slower. Between
// regroups the surnames wait in speaker_stale; a reader regroups them
// (freshen) before it lists the speakers.

// speakersWritten follows a write of quotes that touched surnames, in its
// transaction: when the pace says so it regroups them with the surnames
// earlier writes left stale; else it leaves them stale.
func (s *Store) speakersWritten(ctx context.Context, tx pgx.Tx, surnames []string) error {
	if len(surnames) == 0 {
		return nil
	}
	if !s.pace.Due() {
		// DO UPDATE, not DO NOTHING: the row is locked until this commits,
		// so a regroup's DELETE of it waits for this writer's names to be
		// committed and reads them. With DO NOTHING a regroup could take
		// a row committed earlier, group the surname without this
		// writer's names and leave nothing stale (the conformance suite's
		// Concurrency lost 10 of 120 quotes about one run in eight).
		if _, err := tx.Exec(ctx, `INSERT INTO speaker_stale AS t(speaker_surname)
			SELECT DISTINCT s FROM unnest($1::text[]) AS s ORDER BY 1
			ON CONFLICT (speaker_surname) DO UPDATE SET speaker_surname = t.speaker_surname`, surnames); err != nil {
			return fmt.Errorf("store: group speakers: %w", err)
		}
		return nil
	}
	start := time.Now()
	err := regroupStale(ctx, tx, surnames)
	s.pace.Done(start)
	return err
}

// regroupStale regroups surnames and the stale ones, which it takes out
// of speaker_stale.
func regroupStale(ctx context.Context, tx pgx.Tx, surnames []string) error {
	rows, err := tx.Query(ctx, `DELETE FROM speaker_stale RETURNING speaker_surname`)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	stale, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	all := append(slices.Clone(surnames), stale...)
	slices.Sort(all)
	return regroup(ctx, tx, slices.Compact(all))
}

// freshen regroups the stale surnames, if any, so that a reader lists
// current speakers. A store that cannot write (a read-only user or
// replica) lists them as last grouped.
func (s *Store) freshen(ctx context.Context) error {
	var stale bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM speaker_stale)`).Scan(&stale); err != nil || !stale {
		return err
	}
	err := s.inTx(ctx, "group speakers", func(tx pgx.Tx) error { return regroupStale(ctx, tx, nil) })
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == "25006" || pe.Code == "42501") {
		return nil // read-only transaction, or no privilege to write
	}
	if err == nil {
		s.bumpGeneration(ctx)
	}
	return err
}

// fillSpeakerClusters groups every surname of the library into
// speaker_clusters: migration 0008's step in Go (0007's before 0008
// added the roles it reads).
func fillSpeakerClusters(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, `SELECT DISTINCT speaker_surname FROM speaker_names`)
	if err != nil {
		return err
	}
	surnames, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	for i := 0; i < len(surnames); i += 5000 {
		if err := regroup(ctx, tx, surnames[i:min(i+5000, len(surnames))]); err != nil {
			return err
		}
	}
	return nil
}

// keptClusters reads the speakers of speaker_clusters (all, or those of
// the surnames given), as package cluster's Find takes them.
func keptClusters(ctx context.Context, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, surnames []string) ([]*cluster.Speaker, error) {
	sql, args := `SELECT name, aliases, keys, quotes FROM speaker_clusters`, []any{}
	if surnames != nil {
		sql, args = sql+` WHERE speaker_surname = ANY($1)`, append(args, surnames)
	}
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	var out []*cluster.Speaker
	var name, aliases, keys string
	var quotes int
	_, err = pgx.ForEachRow(rows, []any{&name, &aliases, &keys, &quotes}, func() error {
		out = append(out, &cluster.Speaker{Display: name, Aliases: lines(aliases), Keys: lines(keys), Quotes: quotes})
		return nil
	})
	return out, err
}

// lines splits a column of lines; "" has none.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
