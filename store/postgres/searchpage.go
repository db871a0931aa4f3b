package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/store"
)

var _ store.SearchPager = (*Store)(nil)

// SearchPage implements store.SearchPager: the hits offset to
// offset+limit of a search, in Search's order, and how many articles
// match in all (store.SearchCountMax+1 when more: SearchCount counts them
// all). Of the RankWindow (2,000) most recently added matches, those with
// every word in the title come first, newest first, then the others,
// newest first; older matches follow, newest first, as in the SQLite
// store. The matches are found newest first, in ranges of ids (window),
// so that a word in every article costs about what a rare one does. The
// pages are read from one snapshot.
func (s *Store) SearchPage(ctx context.Context, query string, offset, limit int) ([]store.Hit, int, error) {
	if q, _ := tsquery(query, 1); q == "" {
		return nil, 0, nil
	}
	offset = max(offset, 0)
	if limit <= 0 {
		limit = 50
	}
	var out []store.Hit
	var total int
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		out, total = nil, 0
		// The ids there are, read from the primary key before index scans
		// are turned off.
		var lo, hi int64
		if err := tx.QueryRow(ctx, `SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM article_search`).Scan(&lo, &hi); err != nil {
			return err
		}
		// Matches come from bitmaps of the indexes (the GIN index of the
		// words, the primary key for a range of ids), never from reading
		// rows in id order and testing each one's words: a row's tsvector
		// is read from TOAST, which the planner does not count as a cost.
		// Each statement is planned for its own range: pgx prepares them,
		// and after five executions PostgreSQL would use one generic plan,
		// which cannot know how many ids a range holds (a rare word's
		// second range, nearly the whole library, went from 1.7 ms to
		// 48-139 ms when it did, at 1,000,000 articles).
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off;
			SET LOCAL plan_cache_mode = force_custom_plan`); err != nil {
			return err
		}
		ids, err := window(ctx, tx, query, lo, hi+1, max(RankWindow, store.SearchCountMax)+1)
		if err != nil {
			return err
		}
		total = min(len(ids), store.SearchCountMax+1)
		ranked, err := titleFirst(ctx, tx, query, ids[:min(len(ids), RankWindow)])
		if err != nil {
			return err
		}
		var page []int64
		if offset < len(ranked) {
			page = ranked[offset:min(len(ranked), offset+limit)]
		}
		if rest := limit - len(page); rest > 0 && len(ranked) == RankWindow {
			// Older matches, newest first, found as the window's were.
			skip := max(offset-len(ranked), 0)
			older, err := window(ctx, tx, query, lo, slices.Min(ranked), skip+rest)
			if err != nil {
				return err
			}
			if len(older) > skip {
				page = append(slices.Clip(page), older[skip:]...)
			}
		}
		if len(page) == 0 {
			return nil
		}
		q, qargs := tsquery(query, 3)
		headline := `ts_headline('simple', substr(a.body, a.search_from + 1), ` + q + `, '` +
			strings.ReplaceAll(headlineOpts, "'", "''") + `')`
		out, err = hits(ctx, tx, out, `SELECT `+summaryCols+`, `+headline+`
			FROM unnest($2::bigint[]) WITH ORDINALITY AS p(id, ord) JOIN articles AS a ON a.id = p.id
			LEFT JOIN marks AS m ON m.article_id = a.id AND m.user_name = $1
			ORDER BY p.ord`, append([]any{s.user, page}, qargs...))
		if err != nil {
			return err
		}
		return speakerSnippets(ctx, tx, query, out)
	})
	if err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", query, err)
	}
	return out, total, nil
}

// speakerSnippets gives the hits whose title and body do not hold the
// words (they matched a speaker's name) the name as their snippet:
// "speaker: Donald Trump", the matched words marked, as the SQLite store
// does.
func speakerSnippets(ctx context.Context, tx pgx.Tx, query string, hits []store.Hit) error {
	var ids []int64
	at := map[int64]int{}
	for i, h := range hits {
		if !strings.Contains(h.Snippet, store.SnippetOpen) {
			ids = append(ids, h.ID)
			at[h.ID] = i
		}
	}
	if len(ids) == 0 {
		return nil
	}
	q, qargs := tsquery(query, 2)
	all := `'` + strings.ReplaceAll("HighlightAll=true, StartSel="+store.SnippetOpen+", StopSel="+store.SnippetClose, "'", "''") + `'`
	rows, err := tx.Query(ctx, `SELECT id, ts_headline('simple', title, `+q+`, `+all+`), ts_headline('simple', speakers, `+q+`, `+all+`)
		FROM articles WHERE id = ANY($1)`, append([]any{ids}, qargs...)...)
	if err != nil {
		return err
	}
	var id int64
	var title, names string
	_, err = pgx.ForEachRow(rows, []any{&id, &title, &names}, func() error {
		if strings.Contains(title, store.SnippetOpen) {
			return nil // the title holds the words; the body's opening stays
		}
		for _, n := range strings.Split(names, "\n") {
			if strings.Contains(n, store.SnippetOpen) {
				hits[at[id]].Snippet = "speaker: " + n
				break
			}
		}
		return nil
	})
	return err
}

// window returns the ids of the newest matches of a query below top (of
// the ids from lo), newest first, need at most. It reads ranges of ids from
// top down, each larger than the one before (twice, or what the matches
// seen so far say is missing, whichever is more), and stops once it has
// enough: a word in every article is found in the first range, a rare
// one in a few ranges that soon cover the library. Each range is the GIN
// index's matches and'ed with a range of the primary key, so only the
// matches in it are read from the table.
func window(ctx context.Context, tx pgx.Tx, query string, lo, top int64, need int) ([]int64, error) {
	start := top
	q, qargs := tsquery(query, 4)
	var ids []int64
	k := int64(need)
	for top > lo && len(ids) < need {
		from := max(top-k, lo)
		rows, err := tx.Query(ctx, `SELECT id FROM article_search WHERE tsv @@ (`+q+`) AND id >= $1 AND id < $2
			ORDER BY id DESC LIMIT $3`, append([]any{from, top, need - len(ids)}, qargs...)...)
		if err != nil {
			return nil, err
		}
		got, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return nil, err
		}
		ids = append(ids, got...)
		read := start - from
		next := 2 * k
		if len(ids) == 0 {
			next = 8 * k
		} else if est := int64(need-len(ids)) * read / int64(len(ids)) * 3 / 2; est > next {
			next = est
		}
		top, k = from, next
	}
	return ids, nil
}

// titleFirst orders ids (newest first) as a search ranks them: those
// whose title holds every word of the query first, then the others, each in the
// order given.
func titleFirst(ctx context.Context, tx pgx.Tx, query string, ids []int64) ([]int64, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	q, qargs := tsquery(query, 2)
	rows, err := tx.Query(ctx, `SELECT id FROM article_search WHERE id = ANY($1) AND ts_filter(head, '{a}') @@ (`+q+`)`,
		append([]any{ids}, qargs...)...)
	if err != nil {
		return nil, err
	}
	in, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, err
	}
	return store.TitleFirst(ids, in), nil
}

// hits appends the hits a query returns (summary columns, then snippet).
func hits(ctx context.Context, tx pgx.Tx, out []store.Hit, sql string, args []any) ([]store.Hit, error) {
	rows, err := tx.Query(ctx, sql, args...)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var h store.Hit
		if err := scanSummary(rows, &h.Summary, &h.Snippet); err != nil {
			return out, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

var _ store.SearchCounter = (*Store)(nil)

// SearchCount implements store.SearchCounter: how many articles a search
// matches, all of them counted from the GIN index's bitmap (the rows are
// visited, their words are not read: the planner, left to itself, read
// every row's tsvector from TOAST for a word in every article, 4.9 s
// instead of 37-47 ms over 100,000 articles).
func (s *Store) SearchCount(ctx context.Context, query string) (int, error) {
	q, qargs := tsquery(query, 1)
	if q == "" {
		return 0, nil
	}
	var n int
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off`); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT count(*) FROM article_search WHERE tsv @@ (`+q+`)`, qargs...).Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("store: count %q: %w", query, err)
	}
	return n, nil
}
