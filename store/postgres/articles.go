package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// Batch is how many articles PutMany writes per transaction.
const Batch = 500

// stageCols are the columns of the staging table a batch is copied into,
// and of articles it is inserted into from there (after ord).
var stageCols = []string{"ord", "url", "hash", "title", "source", "authors", "date", "added", "sorted", "format",
	"quote_count", "analyzer_version", "speakers", "search_from", "body", "blocks", "analysis"}

const sqlStage = `CREATE TEMP TABLE IF NOT EXISTS byline_stage (
	ord integer, url text, hash text, title text, source text, authors text, date text, added bigint,
	sorted bigint, format integer, quote_count integer, analyzer_version integer, speakers text,
	search_from integer, body text, blocks text, analysis text) ON COMMIT DELETE ROWS`

// Put implements store.Store.
func (s *Store) Put(ctx context.Context, a *reader.Article, an *reader.Analysis) (int64, bool, error) {
	res, err := s.PutMany(ctx, []store.Item{{Article: a, Analysis: an}})
	if err != nil {
		return 0, false, err
	}
	if res[0].Err != nil {
		return 0, false, res[0].Err
	}
	return res[0].ID, res[0].Created, nil
}

// PutMany implements store.Store. Each batch of Batch articles is one
// transaction: the articles are copied (COPY) into a temporary table and
// inserted from it with ON CONFLICT DO NOTHING on their unique keys
// (address, else text), so that two importers of one article, at once,
// store it once and both get its ID; the new articles' quotes and aliases
// are copied straight into their tables, and the speaker index follows by
// trigger.
func (s *Store) PutMany(ctx context.Context, items []store.Item) ([]store.PutResult, error) {
	res := make([]store.PutResult, len(items))
	cols := make([]*store.Columns, len(items))
	// Encode the articles (hash, JSON) on every core first.
	var wg sync.WaitGroup
	workers := max(1, min(runtime.GOMAXPROCS(0), len(items)/50))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(items); i += workers {
				if items[i].Article == nil {
					res[i].Err = fmt.Errorf("store: put article %d of %d: nil article", i+1, len(items))
					continue
				}
				c, err := items[i].Columns()
				if err != nil {
					res[i].Err = fmt.Errorf("store: put article %d of %d: %w", i+1, len(items), err)
					continue
				}
				cols[i] = c
			}
		}()
	}
	wg.Wait()
	var err error
	wrote := false
	for start := 0; start < len(items) && err == nil; start += Batch {
		end := min(start+Batch, len(items))
		var q bool
		q, err = s.putBatch(ctx, items[start:end], cols[start:end], res[start:end])
		wrote = wrote || q
		if err != nil {
			for i := start; i < len(items); i++ {
				if res[i].Err == nil {
					res[i] = store.PutResult{Err: err}
				}
			}
		}
	}
	if wrote {
		s.bumpGeneration(ctx)
	}
	return res, err
}

// putBatch writes one batch in one transaction; quotes reports whether it
// wrote any quotes or aliases.
func (s *Store) putBatch(ctx context.Context, items []store.Item, cols []*store.Columns, res []store.PutResult) (quotes bool, err error) {
	// Duplicates within the batch: the first of each key is written, the
	// others get its ID.
	dupOf := make([]int, len(items))
	byURL, byHash := map[string]int{}, map[string]int{}
	var staged []int
	for i, c := range cols {
		dupOf[i] = -1
		if c == nil {
			continue
		}
		if c.URL != "" {
			if j, ok := byURL[c.URL]; ok {
				dupOf[i] = j
				continue
			}
			byURL[c.URL] = i
		} else if j, ok := byHash[c.Hash]; ok {
			dupOf[i] = j
			continue
		}
		if _, ok := byHash[c.Hash]; !ok {
			byHash[c.Hash] = i
		}
		staged = append(staged, i)
	}
	out := make([]store.PutResult, len(items))
	err = s.inTx(ctx, "put articles", func(tx pgx.Tx) error {
		quotes = false
		for i := range out {
			out[i] = store.PutResult{}
		}
		if len(staged) == 0 {
			return nil
		}
		if _, err := tx.Exec(ctx, sqlStage); err != nil {
			return err
		}
		added := time.Now().UnixMilli()
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"byline_stage"}, stageCols, pgx.CopyFromSlice(len(staged), func(k int) ([]any, error) {
			i := staged[k]
			c, a := cols[i], items[i].Article
			sorted := c.Sorted
			if sorted == 0 {
				sorted = added
			}
			return []any{k, nullText(c.URL), c.Hash, clean(a.Title), clean(a.Source), c.Authors, nullText(c.Date), added, sorted,
				int(a.Format), c.QuoteCount, c.Version, clean(c.Speakers), utf8.RuneCountInString(a.Body[:c.SearchFrom]),
				clean(a.Body), clean(c.Blocks), nullText(clean(c.Analysis))}, nil
		}))
		if err != nil {
			return fmt.Errorf("store: put articles: copy: %w", err)
		}
		rows, err := tx.Query(ctx, `INSERT INTO articles(`+strings.Join(stageCols[1:], ", ")+`)
			SELECT `+strings.Join(stageCols[1:], ", ")+` FROM byline_stage AS s
			WHERE s.url IS NOT NULL OR NOT EXISTS (SELECT 1 FROM articles AS a WHERE a.hash = s.hash)
			ORDER BY s.ord
			ON CONFLICT DO NOTHING RETURNING id, coalesce(url, ''), hash`)
		if err != nil {
			return fmt.Errorf("store: put articles: %w", err)
		}
		created := map[int]int64{}
		for rows.Next() {
			var id int64
			var url, hash string
			if err := rows.Scan(&id, &url, &hash); err != nil {
				rows.Close()
				return err
			}
			if url != "" {
				created[byURL[url]] = id
			} else {
				created[byHash[hash]] = id
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: put articles: %w", err)
		}
		var urls, hashes []string
		for _, i := range staged {
			id, ok := created[i]
			if ok {
				out[i] = store.PutResult{ID: id, Created: true}
			} else if cols[i].URL != "" {
				urls = append(urls, cols[i].URL)
			} else {
				hashes = append(hashes, cols[i].Hash)
			}
		}
		if len(urls)+len(hashes) > 0 {
			// Stored before, or by another importer since: their IDs.
			rows, err := tx.Query(ctx, `SELECT id, url, '' FROM articles WHERE url = ANY($1)
				UNION ALL SELECT DISTINCT ON (hash) id, '', hash FROM articles WHERE hash = ANY($2)`, urls, hashes)
			if err != nil {
				return fmt.Errorf("store: put articles: look up duplicates: %w", err)
			}
			for rows.Next() {
				var id int64
				var url, hash string
				if err := rows.Scan(&id, &url, &hash); err != nil {
					rows.Close()
					return err
				}
				i, ok := byURL[url]
				if url == "" {
					i, ok = byHash[hash]
				}
				if ok && !out[i].Created && (out[i].ID == 0 || id < out[i].ID) {
					out[i].ID = id
				}
			}
			if err := rows.Err(); err != nil {
				return fmt.Errorf("store: put articles: look up duplicates: %w", err)
			}
		}
		var sq, al, sh [][]any
		for _, i := range staged {
			if !out[i].Created {
				continue
			}
			id := out[i].ID
			sh = append(sh, shingleRows(id, cols[i])...)
			for _, q := range cols[i].Quotes {
				sq = append(sq, []any{id, q.Key, clean(q.Speaker), int(q.Kind), q.Surname, q.First, q.N, clean(q.Quotes), clean(q.Role)})
			}
			for _, a := range cols[i].Aliases {
				al = append(al, []any{id, a[0], clean(a[1])})
			}
		}
		quotes = len(sq)+len(al) > 0
		if err := copyQuotes(ctx, tx, sq, al); err != nil {
			return err
		}
		t := touched{}
		t.quoteRows(sq, al)
		if err := s.speakersWritten(ctx, tx, t.list()); err != nil {
			return err
		}
		return copyShingles(ctx, tx, sh)
	})
	if err != nil {
		return false, err
	}
	for i := range items {
		switch {
		case cols[i] == nil:
		case dupOf[i] >= 0:
			res[i] = store.PutResult{ID: out[dupOf[i]].ID}
		case out[i].ID == 0:
			res[i] = store.PutResult{Err: fmt.Errorf("store: put article %q: deleted while it was stored", items[i].Article.Title)}
		default:
			res[i] = out[i]
		}
	}
	return quotes, nil
}

// copyQuotes copies speaker_quotes and speaker_aliases rows, sorted by
// speaker so that concurrent writers update the speaker index's rows in
// one order (and cannot deadlock on them).
func copyQuotes(ctx context.Context, tx pgx.Tx, sq, al [][]any) error {
	if len(sq) > 0 {
		slices.SortFunc(sq, func(a, b []any) int {
			return cmp.Or(cmp.Compare(a[1].(string), b[1].(string)), cmp.Compare(a[2].(string), b[2].(string)),
				cmp.Compare(a[3].(int), b[3].(int)))
		})
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"speaker_quotes"}, []string{"article_id", "speaker_key", "speaker",
			"speaker_kind", "speaker_surname", "first_idx", "n", "quotes", "speaker_role"}, pgx.CopyFromRows(sq)); err != nil {
			return fmt.Errorf("store: put quotes: %w", err)
		}
	}
	if len(al) > 0 {
		slices.SortFunc(al, func(a, b []any) int {
			return cmp.Or(cmp.Compare(a[1].(string), b[1].(string)), cmp.Compare(a[2].(string), b[2].(string)))
		})
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"speaker_aliases"}, []string{"article_id", "speaker_key", "alias"},
			pgx.CopyFromRows(al)); err != nil {
			return fmt.Errorf("store: put aliases: %w", err)
		}
	}
	return nil
}

// clean drops NUL characters, which PostgreSQL text cannot hold, and
// invalid UTF-8.
func clean(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

func nullText(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// bumpGeneration tells every process that the speakers changed. It runs
// after the commit: a process that read the speakers between the commit
// and this reads them again on its next call.
func (s *Store) bumpGeneration(ctx context.Context) {
	_, _ = s.pool.Exec(context.WithoutCancel(ctx), `SELECT nextval('speaker_generation')`)
}

// summaryCols are the columns scanSummary reads, for articles AS a joined
// with the user's marks AS m.
const summaryCols = `a.id, a.title, a.source, a.authors, a.date, a.added, coalesce(a.url, ''),
	coalesce(m.read, false), coalesce(m.starred, false), a.quote_count,
	(SELECT string_agg(sp, E'\n' ORDER BY q DESC, f) FROM (
		SELECT (array_agg(speaker ORDER BY first_idx))[1] AS sp, sum(n) AS q, min(first_idx) AS f
		FROM speaker_quotes WHERE article_id = a.id AND speaker_key <> ''
		GROUP BY speaker_key ORDER BY q DESC, f LIMIT 3) AS t)`

// withMarks joins articles AS a with the marks of the user in $1.
const withMarks = ` FROM articles AS a LEFT JOIN marks AS m ON m.article_id = a.id AND m.user_name = $1`

func scanSummary(sc pgx.Row, sum *store.Summary, extra ...any) error {
	var authors string
	var date, top *string
	var added int64
	dest := append([]any{&sum.ID, &sum.Title, &sum.Source, &authors, &date, &added, &sum.URL,
		&sum.Read, &sum.Starred, &sum.Quotes, &top}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	sum.Speakers = nil
	if top != nil && *top != "" {
		sum.Speakers = strings.Split(*top, "\n")
	}
	sum.Added = fromMillis(added)
	sum.Authors = nil
	if authors != "" && authors != "[]" {
		if err := json.Unmarshal([]byte(authors), &sum.Authors); err != nil {
			return fmt.Errorf("decode authors: %w", err)
		}
	}
	sum.Date = time.Time{}
	if date != nil {
		t, err := time.Parse(time.RFC3339Nano, *date)
		if err != nil {
			return fmt.Errorf("decode date: %w", err)
		}
		sum.Date = t
	}
	return nil
}

// Get implements store.Store.
func (s *Store) Get(ctx context.Context, id int64) (*store.Stored, error) {
	st := &store.Stored{}
	var format int
	var blocks string
	var analysis *string
	row := s.pool.QueryRow(ctx, `SELECT `+summaryCols+`, a.format, a.body, a.blocks, a.analysis`+withMarks+
		` WHERE a.id = $2`, s.user, id)
	if err := scanSummary(row, &st.Summary, &format, &st.Article.Body, &blocks, &analysis); err != nil {
		return nil, fmt.Errorf("store: get article %d: %w", id, notFound(err))
	}
	a := &st.Article
	a.Title, a.Authors, a.Source, a.Date, a.URL = st.Title, st.Authors, st.Source, st.Date, st.URL
	a.Format = reader.Format(format)
	if err := json.Unmarshal([]byte(blocks), &a.Blocks); err != nil {
		return nil, fmt.Errorf("store: get article %d: decode blocks: %w", id, err)
	}
	if analysis != nil {
		st.Analysis = &reader.Analysis{}
		if err := json.Unmarshal([]byte(*analysis), st.Analysis); err != nil {
			return nil, fmt.Errorf("store: get article %d: decode analysis: %w", id, err)
		}
	}
	return st, nil
}

// HasURL implements store.Store.
func (s *Store) HasURL(ctx context.Context, url string) (bool, error) {
	url = strings.TrimSpace(url)
	if url == "" {
		return false, nil
	}
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE url = $1)
		OR EXISTS (SELECT 1 FROM deleted_urls WHERE url = $1)`, url).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("store: look up %s: %w", url, err)
	}
	return ok, nil
}

// Known implements store.Store.
func (s *Store) Known(ctx context.Context, url, hash string) (bool, error) {
	q, key := `SELECT EXISTS (SELECT 1 FROM articles WHERE url = $1)`, strings.TrimSpace(url)
	if key == "" {
		q, key = `SELECT EXISTS (SELECT 1 FROM articles WHERE hash = $1)`, hash
	}
	var ok bool
	if err := s.pool.QueryRow(ctx, q, key).Scan(&ok); err != nil {
		return false, fmt.Errorf("store: look up duplicate: %w", err)
	}
	return ok, nil
}

// Delete implements store.Store. The article's quotes, aliases, marks and
// provenance index rows go with it, and the speaker index follows.
func (s *Store) Delete(ctx context.Context, id int64) error {
	what := fmt.Sprintf("delete article %d", id)
	err := s.inTx(ctx, what, func(tx pgx.Tx) error {
		t := touched{}
		if err := deleteQuotes(ctx, tx, id, t); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		var url *string
		if err := tx.QueryRow(ctx, `DELETE FROM articles WHERE id = $1 RETURNING url`, id).Scan(&url); err != nil {
			return fmt.Errorf("store: %s: %w", what, notFound(err))
		}
		if err := s.speakersWritten(ctx, tx, t.list()); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM quote_shingles WHERE article_id = $1`, id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		if url != nil && *url != "" {
			if _, err := tx.Exec(ctx, `INSERT INTO deleted_urls(url, deleted) VALUES ($1, $2)
				ON CONFLICT (url) DO UPDATE SET deleted = excluded.deleted`, *url, time.Now().UnixMilli()); err != nil {
				return fmt.Errorf("store: %s: %w", what, err)
			}
		}
		return nil
	})
	if err == nil {
		s.bumpGeneration(ctx)
	}
	return err
}

// listWhere is the WHERE clause of opt's filters, on the user's marks
// and the feed.
func listWhere(opt store.ListOptions) string {
	if f := feedCond(opt); f != "" {
		opt.FeedID = 0
		if w := listWhere(opt); w != "" {
			return w + ` AND ` + f
		}
		return ` WHERE ` + f
	}
	switch {
	case opt.StarredOnly && opt.UnreadOnly:
		return ` WHERE coalesce(m.starred, false) AND NOT coalesce(m.read, false)`
	case opt.StarredOnly:
		return ` WHERE coalesce(m.starred, false)`
	case opt.UnreadOnly:
		return ` WHERE NOT coalesce(m.read, false)`
	}
	return ""
}

// List implements store.Store, newest first by the sorted index.
func (s *Store) List(ctx context.Context, opt store.ListOptions) ([]store.Summary, error) {
	var limit any // NULL: no limit
	if opt.Limit > 0 {
		limit = opt.Limit
	}
	rows, err := s.pool.Query(ctx, `SELECT `+summaryCols+withMarks+listWhere(opt)+
		` ORDER BY a.sorted DESC, a.id DESC LIMIT $2 OFFSET $3`, s.user, limit, max(opt.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	defer rows.Close()
	var out []store.Summary
	for rows.Next() {
		var sum store.Summary
		if err := scanSummary(rows, &sum); err != nil {
			return nil, fmt.Errorf("store: list: %w", err)
		}
		out = append(out, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	return out, nil
}

// foldCounts is how many rows article_counts may grow to before Count
// folds them into one. A variable for tests.
var foldCounts = 1000

// Count implements store.Store: the sum of article_counts, which triggers
// keep as articles are inserted and deleted, exact without counting rows.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n, rows int
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(sum(delta), 0), count(*) FROM article_counts`).Scan(&n, &rows); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	if rows > foldCounts {
		// Rows committed since this transaction's DELETE began are left
		// alone, and counted with the sum of the rest.
		_, err := s.pool.Exec(ctx, `WITH d AS (DELETE FROM article_counts RETURNING delta)
			INSERT INTO article_counts(delta) SELECT coalesce(sum(delta), 0) FROM d`)
		if err != nil {
			return 0, fmt.Errorf("store: count: fold: %w", err)
		}
	}
	return n, nil
}

// CountList implements store.Store. The user's marks (a row per article
// marked, deleted with it) give the filtered counts without reading the
// articles: unread is all but those marked read.
func (s *Store) CountList(ctx context.Context, opt store.ListOptions) (int, error) {
	q := ``
	switch {
	case opt.FeedID > 0:
		q = `SELECT count(*)` + withMarks + listWhere(opt)
	case opt.StarredOnly && opt.UnreadOnly:
		q = `SELECT count(*) FROM marks WHERE user_name = $1 AND starred AND NOT read`
	case opt.StarredOnly:
		q = `SELECT count(*) FROM marks WHERE user_name = $1 AND starred`
	case opt.UnreadOnly:
		q = `SELECT (SELECT coalesce(sum(delta), 0) FROM article_counts) - count(*)
			FROM marks WHERE user_name = $1 AND read`
	default:
		return s.Count(ctx)
	}
	var n int
	if err := s.pool.QueryRow(ctx, q, s.user).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// SetRead implements store.Store, for the store's user.
func (s *Store) SetRead(ctx context.Context, id int64, read bool) error {
	return s.setMark(ctx, id, "read", read)
}

// SetStarred implements store.Store, for the store's user.
func (s *Store) SetStarred(ctx context.Context, id int64, starred bool) error {
	return s.setMark(ctx, id, "starred", starred)
}

// setMark sets the user's read or starred mark; col is never user input.
func (s *Store) setMark(ctx context.Context, id int64, col string, on bool) error {
	tag, err := s.pool.Exec(ctx, `INSERT INTO marks(user_name, article_id, `+col+`)
		SELECT $1, id, $3 FROM articles WHERE id = $2
		ON CONFLICT (user_name, article_id) DO UPDATE SET `+col+` = excluded.`+col, s.user, id, on)
	if err != nil {
		return fmt.Errorf("store: set %s of article %d: %w", col, id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: set %s of article %d: %w", col, id, store.ErrNotFound)
	}
	return nil
}

// SetAnalysis implements store.Store: the analysis, quotes, aliases and
// search entry are replaced in one transaction.
func (s *Store) SetAnalysis(ctx context.Context, id int64, an *reader.Analysis) error {
	what := fmt.Sprintf("set analysis of article %d", id)
	err := s.inTx(ctx, what, func(tx pgx.Tx) error {
		var title, body string
		if err := tx.QueryRow(ctx, `SELECT title, body FROM articles WHERE id = $1 FOR UPDATE`, id).Scan(&title, &body); err != nil {
			return fmt.Errorf("store: %s: %w", what, notFound(err))
		}
		c, err := store.AnalysisColumns(title, body, an)
		if err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		if _, err := tx.Exec(ctx, `UPDATE articles SET analysis = $1, analyzer_version = $2, quote_count = $3,
			speakers = $4 WHERE id = $5`, nullText(clean(c.Analysis)), c.Version, c.QuoteCount, clean(c.Speakers), id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		t := touched{}
		if err := deleteQuotes(ctx, tx, id, t); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM quote_shingles WHERE article_id = $1`, id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		var sq, al [][]any
		for _, q := range c.Quotes {
			sq = append(sq, []any{id, q.Key, clean(q.Speaker), int(q.Kind), q.Surname, q.First, q.N, clean(q.Quotes), clean(q.Role)})
		}
		for _, a := range c.Aliases {
			al = append(al, []any{id, a[0], clean(a[1])})
		}
		if err := copyQuotes(ctx, tx, sq, al); err != nil {
			return err
		}
		t.quoteRows(sq, al)
		if err := s.speakersWritten(ctx, tx, t.list()); err != nil {
			return err
		}
		return copyShingles(ctx, tx, shingleRows(id, c))
	})
	if err == nil {
		s.bumpGeneration(ctx)
	}
	return err
}

// Stale implements store.Store.
func (s *Store) Stale(ctx context.Context, version int) ([]int64, error) {
	rows, err := s.pool.Query(ctx, `SELECT id FROM articles WHERE analyzer_version < $1 ORDER BY id`, version)
	if err != nil {
		return nil, fmt.Errorf("store: stale: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("store: stale: %w", err)
	}
	return out, nil
}
