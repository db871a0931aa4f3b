package postgres

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/store"
)

// RankWindow is how many matches Search ranks at most: when more articles
// match, the best of the RankWindow most recently added are returned, as
// in the SQLite store. A variable for tests and benchmarks.
var RankWindow = 2000

// headlineOpts are ts_headline's options: matched words wrapped in the
// store's markers, a fragment of about 16 words.
var headlineOpts = "StartSel=" + store.SnippetOpen + ", StopSel=" + store.SnippetClose +
	", MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…"

// term is one FTS term of store.MatchQuery's output: "words"*.
var term = regexp.MustCompile(`"([^"]*)"(\*?)`)

// tsquery turns what a person typed into a tsquery expression over the
// arguments it returns, numbered from first: every word and "quoted
// phrase" must match, and the last word also as a prefix, as in the SQLite
// store (store.MatchQuery says when). Nothing in the input is SQL or
// tsquery syntax: words are passed as arguments to phraseto_tsquery, and a
// prefix is made of letters and digits only.
func tsquery(input string, first int) (string, []any) {
	match := store.MatchQuery(input)
	var parts []string
	var args []any
	arg := func(v string) string {
		args = append(args, v)
		return "$" + strconv.Itoa(first+len(args)-1)
	}
	for _, m := range term.FindAllStringSubmatch(match, -1) {
		text, prefix := m[1], m[2] == "*"
		if !prefix {
			parts = append(parts, `phraseto_tsquery('simple', `+arg(text)+`)`)
			continue
		}
		words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		last := strings.ToLower(words[len(words)-1])
		q := `to_tsquery('simple', ` + arg(`'`+last+`':*`) + `)`
		if i := strings.LastIndex(text, words[len(words)-1]); len(words) > 1 && i > 0 {
			q = `tsquery_phrase(phraseto_tsquery('simple', ` + arg(text[:i]) + `), ` + q + `)`
		}
		parts = append(parts, q)
	}
	return strings.Join(parts, " && "), args
}

// Search implements store.Store. The GIN index of article_search finds
// the matches, and the RankWindow (2,000) most recently added of them are
// ranked by ts_rank over their title (weighing most) and speaker names
// only, newest first among equals: articles matching in the title or a
// speaker's name come first, then body matches, newest first. Ranking
// reads only the small head tsvector, never a body's. The best limit get
// a ts_headline snippet of the body. A query with no words returns none.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	q, qargs := tsquery(query, 4)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	args := append([]any{s.user, RankWindow, limit}, qargs...)
	sql := `SELECT ` + summaryCols + `, ts_headline('simple', substr(a.body, a.search_from + 1), ` + q + `, '` +
		strings.ReplaceAll(headlineOpts, "'", "''") + `')
		FROM (SELECT id, ts_rank(head, ` + q + `) AS r FROM (
			SELECT id, head FROM article_search WHERE tsv @@ (` + q + `) ORDER BY id DESC LIMIT $2
		) AS w ORDER BY r DESC, id DESC LIMIT $3) AS h
		JOIN articles AS a ON a.id = h.id
		LEFT JOIN marks AS m ON m.article_id = a.id AND m.user_name = $1
		ORDER BY h.r DESC, h.id DESC`
	var out []store.Hit
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		// Matches are found by the GIN index alone: scanning the table
		// (or its primary key, newest first) instead would read every
		// row's tsvector, which the planner does not count as a cost.
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off`); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, sql, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var h store.Hit
			if err := scanSummary(rows, &h.Summary, &h.Snippet); err != nil {
				return err
			}
			out = append(out, h)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return out, nil
}
