package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store/cluster"
)

// This file is the SQL side of the speakers across the library: the
// speaker_clusters table the speakers view reads, kept in the write
// transactions (refreshSpeakers), and the quotes of one speaker. How names
// merge into speakers is package cluster's.

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// inSurnames is a condition on a speaker_surname column: one of the JSON
// array of surnames given as its argument.
const inSurnames = `speaker_surname IN (SELECT value FROM json_each(?))`

// countSpeakers adds to the speaker index's counts (sign 1) the quotes
// and aliases of the articles matching cond (a condition on article_id
// with one argument), or takes them away (sign -1) before they are
// deleted, and marks their keys stale.
func countSpeakers(ctx context.Context, tx *sql.Tx, cond string, arg any, sign int) error {
	// Told the condition is selective, SQLite reads the rows by their
	// primary key (article_id first); else it scans a whole covering index
	// in GROUP BY order (at 100,000 articles this took 37% of an import).
	cond = `likelihood(` + cond + `, 0.001)`
	var qs []string
	if sign > 0 {
		qs = []string{
			`INSERT INTO speaker_names(speaker_surname, speaker_key, speaker, speaker_kind, quotes, articles)
			SELECT speaker_surname, speaker_key, speaker, speaker_kind, sum(n), count(*) FROM speaker_quotes
			WHERE speaker_key <> '' AND ` + cond + ` GROUP BY 1, 2, 3, 4
			ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + excluded.articles`,
			`INSERT INTO speaker_role_names(speaker_key, role, quotes)
			SELECT speaker_key, speaker_role, sum(n) FROM speaker_quotes
			WHERE speaker_key <> '' AND speaker_role <> '' AND ` + cond + ` GROUP BY 1, 2
			ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes`,
			`INSERT INTO speaker_alias_names(speaker_key, alias, n)
			SELECT speaker_key, alias, count(*) FROM speaker_aliases WHERE ` + cond + ` GROUP BY 1, 2
			ON CONFLICT DO UPDATE SET n = n + excluded.n`,
			`INSERT OR IGNORE INTO speaker_overlap(speaker_surname, article_id)
			SELECT speaker_surname, article_id FROM speaker_quotes WHERE speaker_key <> '' AND ` + cond + `
			GROUP BY 1, 2 HAVING count(*) >= 2`,
		}
	} else {
		qs = []string{
			`UPDATE speaker_names AS s SET quotes = s.quotes - d.q, articles = s.articles - d.a
			FROM (SELECT speaker_surname AS sur, speaker_key AS k, speaker AS sp, speaker_kind AS kind, sum(n) AS q, count(*) AS a
				FROM speaker_quotes WHERE speaker_key <> '' AND ` + cond + ` GROUP BY 1, 2, 3, 4) AS d
			WHERE s.speaker_surname = d.sur AND s.speaker_key = d.k AND s.speaker = d.sp AND s.speaker_kind = d.kind`,
			`DELETE FROM speaker_names WHERE articles <= 0 AND (speaker_surname, speaker_key) IN
			(SELECT speaker_surname, speaker_key FROM speaker_quotes WHERE speaker_key <> '' AND ` + cond + `)`,
			`UPDATE speaker_role_names AS s SET quotes = s.quotes - d.q
			FROM (SELECT speaker_key AS k, speaker_role AS r, sum(n) AS q FROM speaker_quotes
				WHERE speaker_key <> '' AND speaker_role <> '' AND ` + cond + ` GROUP BY 1, 2) AS d
			WHERE s.speaker_key = d.k AND s.role = d.r`,
			`DELETE FROM speaker_role_names WHERE quotes <= 0 AND (speaker_key, role) IN
			(SELECT speaker_key, speaker_role FROM speaker_quotes WHERE speaker_key <> '' AND ` + cond + `)`,
			`UPDATE speaker_alias_names AS s SET n = s.n - d.n
			FROM (SELECT speaker_key AS k, alias AS al, count(*) AS n FROM speaker_aliases WHERE ` + cond + ` GROUP BY 1, 2) AS d
			WHERE s.speaker_key = d.k AND s.alias = d.al`,
			`DELETE FROM speaker_alias_names WHERE n <= 0 AND (speaker_key, alias) IN
			(SELECT speaker_key, alias FROM speaker_aliases WHERE ` + cond + `)`,
			`DELETE FROM speaker_overlap WHERE (speaker_surname, article_id) IN
			(SELECT speaker_surname, article_id FROM speaker_quotes WHERE speaker_key <> '' AND ` + cond + `)`,
		}
	}
	qs = append(qs, `INSERT OR IGNORE INTO speaker_stale(speaker_key)
		SELECT speaker_key FROM speaker_quotes WHERE speaker_key <> '' AND `+cond+`
		UNION SELECT speaker_key FROM speaker_aliases WHERE `+cond)
	for _, q := range qs {
		n := strings.Count(q, "?")
		args := make([]any, n)
		for i := range args {
			args[i] = arg
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("store: count speakers: %w", err)
		}
	}
	return nil
}

// refreshSpeakers groups again the speakers of every surname a key of
// speaker_stale has (countSpeakers puts there the keys whose counts it
// changed) into speaker_clusters, and empties speaker_stale. Every write
// of quotes calls it before its transaction commits (PutMany in its last
// batch's, at most every regroupEvery), so that readers find no stale
// speakers, or few (freshen).
func refreshSpeakers(ctx context.Context, tx *sql.Tx) error {
	surnames, err := staleSurnames(ctx, tx)
	if err != nil || len(surnames) == 0 {
		return err
	}
	b, err := json.Marshal(surnames)
	if err != nil {
		return err
	}
	js := string(b)
	names := map[string][]cluster.Name{}
	rows, err := tx.QueryContext(ctx, `SELECT speaker_surname, speaker_key, speaker, speaker_kind, quotes, articles
		FROM speaker_names WHERE `+inSurnames+` ORDER BY speaker_surname, speaker_key, speaker, speaker_kind`, js)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	for rows.Next() {
		var sur string
		var n cluster.Name
		if err := rows.Scan(&sur, &n.Key, &n.Name, &n.Kind, &n.Quotes, &n.Articles); err != nil {
			rows.Close()
			return fmt.Errorf("store: group speakers: %w", err)
		}
		names[sur] = append(names[sur], n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	keys := `speaker_key IN (SELECT speaker_key FROM speaker_names WHERE ` + inSurnames + `)`
	aliases, err := speakerAliases(ctx, tx, `SELECT speaker_key, alias FROM speaker_alias_names WHERE `+keys, js)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	roles, err := keptRoles(ctx, tx, keys, js)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	over, err := overlaps(ctx, tx, js)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	// The rows kept now, so that a speaker whose row stays the same (most,
	// when a write touches a surname) is not written again.
	type keptRow struct {
		id  int64
		row [6]any
	}
	kept := map[[2]string]keptRow{} // surname and keys → row
	rows, err = tx.QueryContext(ctx, `SELECT id, speaker_surname, name, aliases, keys, quotes, articles, role
		FROM speaker_clusters WHERE `+inSurnames, js)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	for rows.Next() {
		var k keptRow
		var sur, name, aliases, keys, role string
		var quotes, articles int
		if err := rows.Scan(&k.id, &sur, &name, &aliases, &keys, &quotes, &articles, &role); err != nil {
			rows.Close()
			return fmt.Errorf("store: group speakers: %w", err)
		}
		k.row = [6]any{name, aliases, keys, quotes, articles, role}
		kept[[2]string{sur, keys}] = k
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO speaker_clusters(speaker_surname, name, aliases, keys, quotes,
		articles, role) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("store: group speakers: %w", err)
	}
	defer ins.Close()
	for _, sur := range surnames {
		for _, c := range cluster.Group(names[sur], aliases) {
			st := SpeakerStat{Name: c.Display, Aliases: c.Aliases, Quotes: c.Quotes, Articles: c.Articles(),
				Role: c.Role(roles)}
			if st.Articles < 0 {
				st.Articles = c.ArticlesGiven(over[sur])
			}
			row := [6]any{st.Name, strings.Join(st.Aliases, "\n"), strings.Join(c.Keys, "\n"), st.Quotes, st.Articles, st.Role}
			at := [2]string{sur, row[2].(string)}
			if k, ok := kept[at]; ok && k.row == row {
				delete(kept, at)
				continue
			}
			if _, err := ins.ExecContext(ctx, append([]any{sur}, row[:]...)...); err != nil {
				return fmt.Errorf("store: group speakers: %w", err)
			}
		}
	}
	var gone []int64
	for _, k := range kept {
		gone = append(gone, k.id)
	}
	if len(gone) > 0 {
		b, err := json.Marshal(gone)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM speaker_clusters WHERE id IN (SELECT value FROM json_each(?))`, string(b)); err != nil {
			return fmt.Errorf("store: group speakers: %w", err)
		}
	}
	return nil
}

// staleSurnames reads and empties speaker_stale, and returns the
// surnames of its keys, sorted.
func staleSurnames(ctx context.Context, tx *sql.Tx) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT speaker_key FROM speaker_stale`)
	if err != nil {
		return nil, fmt.Errorf("store: group speakers: %w", err)
	}
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: group speakers: %w", err)
		}
		out = append(out, cluster.Surname(k))
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM speaker_stale`); err != nil {
		return nil, fmt.Errorf("store: group speakers: %w", err)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// overlaps reads, for the surnames given as a JSON array, the articles
// quoting two or more names of one surname (speaker_overlap) with the
// keys of those names, a key once for each of its rows.
func overlaps(ctx context.Context, tx *sql.Tx, js string) (map[string]map[int64][]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT o.speaker_surname, o.article_id, q.speaker_key
		FROM speaker_overlap AS o JOIN speaker_quotes AS q
		ON q.article_id = o.article_id AND q.speaker_surname = o.speaker_surname AND q.speaker_key <> ''
		WHERE o.`+inSurnames, js)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]map[int64][]string{}
	for rows.Next() {
		var sur, key string
		var id int64
		if err := rows.Scan(&sur, &id, &key); err != nil {
			return nil, err
		}
		if out[sur] == nil {
			out[sur] = map[int64][]string{}
		}
		out[sur][id] = append(out[sur][id], key)
	}
	return out, rows.Err()
}

// keptRoles returns, by speaker key, the role most of its quotes come
// with, for the keys matching where (a condition on speaker_role_names).
func keptRoles(ctx context.Context, q querier, where string, args ...any) (map[string]cluster.KeyRole, error) {
	rows, err := q.QueryContext(ctx, `SELECT speaker_key, role, quotes FROM speaker_role_names
		WHERE `+where+` ORDER BY speaker_key, role`, args...)
	if err != nil {
		return nil, err
	}
	return mostQuotedRoles(rows)
}

// speakerStat is what the speakers view shows of one speaker; the
// articles of a speaker of several names are counted in q.
func speakerStat(ctx context.Context, q querier, c *cluster.Speaker, roles map[string]cluster.KeyRole) (SpeakerStat, error) {
	st := SpeakerStat{Name: c.Display, Aliases: c.Aliases, Quotes: c.Quotes, Articles: c.Articles(),
		Role: c.Role(roles)}
	if st.Articles < 0 {
		var err error
		if st.Articles, err = countArticles(ctx, q, c.Keys); err != nil {
			return st, err
		}
	}
	return st, nil
}

// speakerAliases reads (key, alias) rows with query, and returns the
// aliases by key, each key's sorted.
func speakerAliases(ctx context.Context, q querier, query string, args ...any) (map[string][]string, error) {
	rows, err := q.QueryContext(ctx, query+` ORDER BY speaker_key, alias`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var k, a string
		if err := rows.Scan(&k, &a); err != nil {
			return nil, err
		}
		out[k] = append(out[k], a)
	}
	return out, rows.Err()
}

// mostQuotedRoles reads (key, role, quotes) rows and keeps, by key, the
// role with the most quotes (the first of equals, in the rows' order).
func mostQuotedRoles(rows *sql.Rows) (map[string]cluster.KeyRole, error) {
	defer rows.Close()
	out := map[string]cluster.KeyRole{}
	for rows.Next() {
		var k string
		var r cluster.KeyRole
		if err := rows.Scan(&k, &r.Role, &r.Quotes); err != nil {
			return nil, err
		}
		cluster.KeepRole(out, k, r)
	}
	return out, rows.Err()
}

// speakersFromScratch groups every name of speaker_quotes, as the store
// did before it kept speaker_clusters, with the aliases and roles the
// writes count: what the kept list must equal, and what a store that
// cannot write the list reads.
func speakersFromScratch(ctx context.Context, q querier) ([]SpeakerStat, error) {
	rows, err := q.QueryContext(ctx, `SELECT speaker_key, speaker, speaker_kind, sum(n), count(DISTINCT article_id)
		FROM speaker_quotes WHERE speaker_key <> '' GROUP BY speaker_surname, speaker_key, speaker, speaker_kind`)
	if err != nil {
		return nil, err
	}
	var names []cluster.Name
	for rows.Next() {
		var n cluster.Name
		if err := rows.Scan(&n.Key, &n.Name, &n.Kind, &n.Quotes, &n.Articles); err != nil {
			rows.Close()
			return nil, err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// The aliases and roles as the writes count them (the tests check the
	// counts against the rows): read from the rows, they took 1 s and 8 s
	// at 1,000,000 articles without the indexes migration 0020 dropped.
	aliases, err := speakerAliases(ctx, q, `SELECT speaker_key, alias FROM speaker_alias_names`)
	if err != nil {
		return nil, err
	}
	roles, err := keptRoles(ctx, q, `1`)
	if err != nil {
		return nil, err
	}
	var out []SpeakerStat
	for _, c := range cluster.Group(names, aliases) {
		st, err := speakerStat(ctx, q, c, roles)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return sortStats(out), nil
}

// sortStats returns out sorted, the most quoted speakers first (then by
// name, bytewise), in a new slice.
// It sorts small keys and then moves each speaker once: sort.Slice over
// the speakers themselves (reflective swaps of 72 bytes) took a tenth of
// the first speakers screen at 1,000,000 articles.
func sortStats(out []SpeakerStat) []SpeakerStat {
	type key struct {
		quotes int
		name   string
		i      int
	}
	keys := make([]key, len(out))
	for i, st := range out {
		keys[i] = key{st.Quotes, st.Name, i}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(b.quotes, a.quotes); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	sorted := make([]SpeakerStat, len(out))
	for i, k := range keys {
		sorted[i] = out[k.i]
	}
	return sorted
}

// PutMany regroups the speakers it changed at a pace (store/internal/pace:
// at most every 2 s and ten times the last regroup's duration). Regrouping
// reads every name of the surnames touched: an import of 256 articles a
// call quoting six people each, into a library of 100,000 whose 30,000
// people share 3,000 surnames, regrouped nearly every speaker at every call
// and ran at 88 articles/s against 235 without the index. Between regroups
// the speakers are stale: a reader regroups them (freshen), once, before it
// lists them.

// freshen groups the stale speakers, if any: none are but after the
// migration that made speaker_clusters, which leaves every speaker stale
// for the first speakers view (or write) to group.
func (s *SQLite) freshen(ctx context.Context) error {
	var stale bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM speaker_stale)`).Scan(&stale); err != nil || !stale {
		return err
	}
	return s.inTx(ctx, "group speakers", func(tx *sql.Tx) error { return refreshSpeakers(ctx, tx) })
}

// Speakers implements Store. Names are merged across articles as package
// cluster does: "Trump" in one article and "Donald Trump" in another are
// one speaker, "Donald Trump", with the alias "Trump". The list is read
// from speaker_clusters, which every write keeps, and cached for as long
// as the quotes generation stays the same.
func (s *SQLite) Speakers(ctx context.Context) ([]SpeakerStat, error) {
	gen, err := s.quotesGeneration(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	c := &s.speakers
	c.Lock()
	defer c.Unlock()
	if c.valid && c.gen == gen && c.stats != nil {
		return cloneStats(c.stats), nil
	}
	var out []SpeakerStat
	if ferr := s.freshen(ctx); ferr != nil {
		// A store that cannot write (another process holds the lock past
		// the timeout) groups the names itself, this once.
		if out, err = speakersFromScratch(ctx, s.db); err != nil {
			return nil, fmt.Errorf("store: speakers: %w", errors.Join(ferr, err))
		}
	} else if out, err = s.keptSpeakers(ctx); err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	if c.gen != gen {
		c.clusters = nil
	}
	c.valid, c.gen, c.stats = true, gen, out
	return cloneStats(out), nil
}

// keptSpeakers reads speaker_clusters, most quoted first.
func (s *SQLite) keptSpeakers(ctx context.Context) ([]SpeakerStat, error) {
	// Sized first: growing the list row by row copied it over and over
	// (16% of the first screen at 1,000,000 articles).
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM speaker_clusters`).Scan(&n); err != nil {
		return nil, err
	}
	// One text column a row, "quotes articles len(name) len(role) " then
	// name, role and aliases: the driver's cost is by column (a call and
	// two mutexes for its type, as many for its value, an allocation for
	// a text), and five columns a row were 45% of the first screen.
	rows, err := s.db.QueryContext(ctx, `SELECT quotes || ' ' || articles || ' ' || octet_length(name) || ' ' ||
		octet_length(role) || ' ' || name || role || aliases FROM speaker_clusters`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]SpeakerStat, 0, n)
	// The aliases of every speaker share a few backing arrays (each
	// speaker's clipped), not one allocation a speaker.
	var flat []string
	for rows.Next() {
		var row string
		if err := rows.Scan(&row); err != nil {
			return nil, err
		}
		st, aliases, err := keptRow(row)
		if err != nil {
			return nil, err
		}
		if aliases != "" {
			if need := strings.Count(aliases, "\n") + 1; cap(flat)-len(flat) < need {
				flat = make([]string, 0, max(4096, 2*cap(flat), need))
			}
			at := len(flat)
			for a := range strings.SplitSeq(aliases, "\n") {
				flat = append(flat, a)
			}
			st.Aliases = flat[at:len(flat):len(flat)]
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return sortStats(out), nil
}

// keptRow decodes a row of keptSpeakers' query: the speaker without its
// aliases, and its aliases column.
func keptRow(row string) (SpeakerStat, string, error) {
	var st SpeakerStat
	var num [4]int
	rest := row
	for i := range num {
		f, r, ok := strings.Cut(rest, " ")
		n, err := strconv.Atoi(f)
		if !ok || err != nil || n < 0 && i >= 2 {
			return st, "", fmt.Errorf("decode speaker row %.40q", row)
		}
		num[i], rest = n, r
	}
	if num[2]+num[3] > len(rest) {
		return st, "", fmt.Errorf("decode speaker row %.40q", row)
	}
	st.Quotes, st.Articles = num[0], num[1]
	st.Name, st.Role = rest[:num[2]], rest[num[2]:num[2]+num[3]]
	return st, rest[num[2]+num[3]:], nil
}

// lines splits a column of lines; "" has none.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// cloneStats copies stats so that callers cannot change the cache.
// Every alias goes into one array (each speaker's slice of it clipped, so
// that appending to one copies), not one allocation a speaker.
func cloneStats(stats []SpeakerStat) []SpeakerStat {
	out := slices.Clone(stats)
	n := 0
	for _, st := range stats {
		n += len(st.Aliases)
	}
	flat := make([]string, 0, n)
	for i, st := range stats {
		if st.Aliases == nil {
			continue
		}
		at := len(flat)
		flat = append(flat, st.Aliases...)
		out[i].Aliases = flat[at:len(flat):len(flat)]
	}
	return out
}

// quotesGeneration reads the counter that every change of quotes bumps.
func (s *SQLite) quotesGeneration(ctx context.Context) (int64, error) {
	var gen int64
	err := s.db.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'quotes_generation'`).Scan(&gen)
	return gen, err
}

// keptClusters reads the speakers of speaker_clusters (all, or those of
// the surnames given as a JSON array) as package cluster's Find takes them.
func (s *SQLite) keptClusters(ctx context.Context, surnames string) ([]*cluster.Speaker, error) {
	q, args := `SELECT name, aliases, keys, quotes FROM speaker_clusters`, []any{}
	if surnames != "" {
		q, args = q+` WHERE `+inSurnames, append(args, surnames)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*cluster.Speaker
	for rows.Next() {
		var c cluster.Speaker
		var aliases, keys string
		if err := rows.Scan(&c.Display, &aliases, &keys, &c.Quotes); err != nil {
			return nil, err
		}
		c.Aliases, c.Keys = lines(aliases), lines(keys)
		out = append(out, &c)
	}
	return out, rows.Err()
}

// loadClusters returns every speaker of the library, from the cache while
// the quotes have not changed.
func (s *SQLite) loadClusters(ctx context.Context) ([]*cluster.Speaker, error) {
	gen, err := s.quotesGeneration(ctx)
	if err != nil {
		return nil, err
	}
	c := &s.speakers
	c.Lock()
	defer c.Unlock()
	if c.valid && c.gen == gen && c.clusters != nil {
		return c.clusters, nil
	}
	cs, err := s.keptClusters(ctx, "")
	if err != nil {
		return nil, err
	}
	if c.gen != gen {
		c.stats = nil
	}
	c.valid, c.gen, c.clusters = true, gen, cs
	return cs, nil
}

// countArticles counts the articles quoting any of keys.
func countArticles(ctx context.Context, q querier, keys []string) (int, error) {
	var n int
	where, args := keyIn(keys)
	if err := q.QueryRowContext(ctx, `SELECT count(DISTINCT article_id) FROM speaker_quotes WHERE `+where, args...).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// keyIn is a condition on speaker_quotes matching any of keys, with its arguments;
// it names the keys' surnames too, so that it follows the index.
func keyIn(keys []string) (string, []any) {
	var args []any
	surnames := map[string]bool{}
	for _, k := range keys {
		if sur := cluster.Surname(k); !surnames[sur] {
			surnames[sur] = true
			args = append(args, sur)
		}
	}
	ns := len(args)
	for _, k := range keys {
		args = append(args, k)
	}
	return `speaker_surname IN (` + placeholders(ns) + `) AND speaker_key IN (` + placeholders(len(keys)) + `)`, args
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// findSpeaker finds the speaker a name stands for, as cluster.Find does.
// The names that can merge with a name all share its surname, so it first
// reads only the speakers of that surname; only a name that is no
// speaker's own (an alias, a surname alone) needs every speaker read.
func (s *SQLite) findSpeaker(ctx context.Context, name string) (*cluster.Speaker, error) {
	pkey, okey := reader.SpeakerKey(name, reader.Person), reader.SpeakerKey(name, reader.Org)
	if pkey == "" {
		return nil, nil
	}
	if err := s.freshen(ctx); err != nil {
		return nil, err
	}
	b, err := json.Marshal([]string{cluster.Surname(pkey), cluster.Surname(okey)})
	if err != nil {
		return nil, err
	}
	cs, err := s.keptClusters(ctx, string(b))
	if err != nil {
		return nil, err
	}
	if c := cluster.WithKey(cs, okey, pkey); c != nil {
		return c, nil
	}
	if cs, err = s.loadClusters(ctx); err != nil {
		return nil, err
	}
	return cluster.Find(cs, name), nil
}

// QuotesBy implements Store. speaker may be any name or alias the speaker
// goes by, in any case ("trump", "President Trump"); the quotes of every
// name merged into that speaker are returned, newest article first and in
// text order within an article. An unknown speaker gives ErrNotFound.
func (s *SQLite) QuotesBy(ctx context.Context, speaker string) ([]QuoteRef, error) {
	c, err := s.findSpeaker(ctx, speaker)
	if err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	if c == nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, ErrNotFound)
	}
	where, args := keyIn(c.Keys)
	q := `SELECT q.article_id, a.title, a.source, a.date, q.speaker, q.quotes, coalesce(a.url, '')
		FROM speaker_quotes AS q JOIN articles AS a ON a.id = q.article_id
		WHERE ` + strings.NewReplacer("speaker_", "q.speaker_").Replace(where) + `
		ORDER BY a.sorted DESC, a.id DESC, q.first_idx`
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	defer rows.Close()
	var out []QuoteRef
	for rows.Next() {
		var r QuoteRef
		var date sql.NullString
		var quotes string
		if err := rows.Scan(&r.ArticleID, &r.Title, &r.Source, &date, &r.Speaker, &quotes, &r.URL); err != nil {
			return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
		}
		if date.Valid {
			if r.Date, err = time.Parse(time.RFC3339Nano, date.String); err != nil {
				return nil, fmt.Errorf("store: quotes by %q: decode date: %w", speaker, err)
			}
		}
		if out, err = AppendQuoteRefs(out, r, quotes); err != nil {
			return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	SortQuoteRefs(out)
	return out, nil
}

// AppendQuoteRefs appends to out the quotes of one speaker_quotes row,
// quotes being its JSON (StoredQuote), each with r's article fields.
func AppendQuoteRefs(out []QuoteRef, r QuoteRef, quotes string) ([]QuoteRef, error) {
	var qs []StoredQuote
	if err := json.Unmarshal([]byte(quotes), &qs); err != nil {
		return out, fmt.Errorf("decode article %d's quotes: %w", r.ArticleID, err)
	}
	for _, q := range qs {
		r.Text, r.Lead, r.Kind, r.Index, r.Span = q.Text, q.Lead, q.Kind, q.Idx, reader.Span{Start: q.Start, End: q.End}
		out = append(out, r)
	}
	return out, nil
}

// SortQuoteRefs puts each article's quotes in text order. An article's
// quotes by two names of the speaker come in two rows, next to each
// other, so that only runs of one article are sorted.
func SortQuoteRefs(out []QuoteRef) {
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && out[j].ArticleID == out[i].ArticleID {
			j++
		}
		slices.SortFunc(out[i:j], func(a, b QuoteRef) int { return cmp.Compare(a.Index, b.Index) })
		i = j
	}
}
