package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store/cluster"
)

// This file is the write path: Put, PutMany, Delete and SetAnalysis, and
// the writer that runs their statements in one transaction.

// DefaultBatch is how many articles PutMany writes per transaction. Each
// commit writes the pages the batch changed to the log, and in a large
// library most of its index pages are each changed by one article of the
// batch; a larger batch shares more of them (and the full-text index's
// new segment, the tables' last pages) between more articles.
const DefaultBatch = 1024

// Put implements Store. The article, its quotes and its full-text entry are
// written in one transaction: after a crash the article is either wholly
// there or absent.
func (s *SQLite) Put(ctx context.Context, a *reader.Article, an *reader.Analysis) (int64, bool, error) {
	row, err := prepareRow(a, an, "")
	if err != nil {
		return 0, false, fmt.Errorf("store: put article: %w", err)
	}
	var res PutResult
	err = s.inTx(ctx, "put article", func(tx *sql.Tx) error {
		w := newWriter(tx, s)
		defer w.close()
		res.ID, res.Created, err = w.put(ctx, row)
		if err != nil {
			return err
		}
		if !res.Created {
			return nil
		}
		if err := countSpeakers(ctx, tx, `article_id = ?`, res.ID, 1); err != nil {
			return err
		}
		if err := refreshSpeakers(ctx, tx); err != nil {
			return err
		}
		return w.index(ctx, res.ID)
	})
	if err != nil {
		return 0, false, err
	}
	return res.ID, res.Created, nil
}

// PutMany adds many articles, as Put does for each, DefaultBatch of them per
// transaction, with prepared statements and the full-text index brought up
// to date once per batch: this is the way to import. Items that cannot be
// stored (a nil article) fail on their own, in their PutResult.Err; a
// database error fails its whole batch, and the items of that batch and of
// the batches after it get that error (or the context's) in Err, and it is
// returned. Batches committed before stay committed. The result has one
// entry per item, in order.
func (s *SQLite) PutMany(ctx context.Context, items []Item) ([]PutResult, error) {
	res := make([]PutResult, len(items))
	rows := make([]*articleRow, len(items))
	prepErr := make([]error, len(items))
	bs := DefaultBatch
	nb := (len(items) + bs - 1) / bs
	// Encode the articles (hash, JSON) on the other cores while the
	// batches before are written: batch k is ready when ready[k] closes.
	ready := make([]chan struct{}, nb)
	for k := range ready {
		ready[k] = make(chan struct{})
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		workers := max(1, runtime.GOMAXPROCS(0))
		for k := range nb {
			select {
			case <-stop:
				return
			default:
			}
			start, end := k*bs, min((k+1)*bs, len(items))
			var bw sync.WaitGroup
			for w := range workers {
				bw.Add(1)
				go func() {
					defer bw.Done()
					for i := start + w; i < end; i += workers {
						if rows[i] = items[i].encoded(); rows[i] == nil {
							rows[i], prepErr[i] = prepareRow(items[i].Article, items[i].Analysis, items[i].Hash)
						}
					}
				}()
			}
			bw.Wait()
			close(ready[k])
		}
	}()
	conn, release, err := s.acquireBulk(ctx)
	if err != nil {
		err = fmt.Errorf("store: put articles: %w", err)
		for i := range res {
			res[i] = PutResult{Err: err}
		}
	}
	for k := 0; k < nb && err == nil; k++ {
		<-ready[k]
		start, end := k*bs, min((k+1)*bs, len(items))
		if err = s.putBatch(ctx, conn, rows[start:end], res[start:end], k == nb-1); err != nil {
			for i := start; i < len(items); i++ {
				res[i] = PutResult{Err: err}
			}
		}
	}
	if release != nil {
		release(err)
	}
	close(stop)
	wg.Wait()
	for i, e := range prepErr {
		if e != nil {
			res[i] = PutResult{Err: fmt.Errorf("store: put article %d of %d: %w", i+1, len(items), e)}
		}
	}
	return res, err
}

// putBatch writes one batch in one transaction on conn, the bulk writer.
// The last batch of a PutMany regroups the speakers changed since the last
// regroup (refreshSpeakers), paced by regroupPace; until then a reader
// finds them stale and regroups them itself (freshen).
func (s *SQLite) putBatch(ctx context.Context, conn *sql.Conn, rows []*articleRow, res []PutResult, last bool) (err error) {
	// The batch writes each article's quotes and aliases right after the
	// article, in one transaction: their foreign keys hold by construction,
	// and checking them costs a look-up a row (the bulk writer does not).
	out := make([]PutResult, len(rows))
	err = inTxOn(ctx, conn, "put articles", func(tx *sql.Tx) error {
		w := newWriter(tx, s)
		defer w.close()
		var first int64
		for i, r := range rows {
			if r == nil {
				continue
			}
			out[i].ID, out[i].Created, err = w.put(ctx, r)
			if err != nil {
				return err
			}
			if out[i].Created && first == 0 {
				first = out[i].ID
			}
		}
		if err := w.flushShingles(ctx); err != nil {
			return err
		}
		if err := w.mergeShingles(ctx); err != nil {
			return err
		}
		// The transaction holds the write lock, so every row from first
		// on was inserted by this batch.
		if first != 0 {
			if err := countSpeakers(ctx, tx, `article_id >= ?`, first, 1); err != nil {
				return err
			}
		}
		if last && s.regroup.Due() {
			start := time.Now()
			if err := refreshSpeakers(ctx, tx); err != nil {
				return err
			}
			s.regroup.Done(start)
		}
		if first == 0 {
			return nil
		}
		// The transaction holds the write lock, so every row from first
		// on was inserted by this batch.
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, body, speakers)
			SELECT id, title, body, speakers FROM articles_search WHERE id >= ?`, first); err != nil {
			return fmt.Errorf("store: put articles: index: %w", err)
		}
		return s.at("indexed")
	})
	if err != nil {
		return err
	}
	for i, r := range rows {
		if r != nil {
			res[i] = out[i]
		}
	}
	return nil
}

// The statements a writer runs, prepared once per transaction.
const (
	sqlByURL = `SELECT id FROM articles WHERE url = ?`
	// sqlByHash finds the first article of a text, with a URL or without:
	// each is in one of two partial indexes (migration 0019).
	sqlByHash = `SELECT id FROM (SELECT id FROM articles WHERE hash = ?1 AND url IS NULL
		UNION ALL SELECT id FROM articles WHERE hash = ?1 AND url IS NOT NULL) ORDER BY id LIMIT 1`
	sqlInsert = `INSERT INTO articles(url, hash, title, source, authors, date, added, sorted, format,
		quote_count, analyzer_version, speakers, body, search_from, blocks, analysis)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlInsQuotes = `INSERT INTO speaker_quotes(article_id, speaker_key, speaker, speaker_kind, speaker_surname,
		first_idx, n, quotes, speaker_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlInsAlias = `INSERT OR IGNORE INTO speaker_aliases(article_id, speaker_key, alias) VALUES (?, ?, ?)`
	sqlIndex    = `INSERT INTO articles_fts(rowid, title, body, speakers)
		SELECT id, title, body, speakers FROM articles_search WHERE id = ?`
	// sqlUnindex takes an article out of the full-text index, which must be
	// given the values it indexed: the view's.
	sqlUnindex = `INSERT INTO articles_fts(articles_fts, rowid, title, body, speakers)
		SELECT 'delete', id, title, body, speakers FROM articles_search WHERE id = ?`
	sqlTouchQuotes = `UPDATE store_meta SET value = value + 1 WHERE key = 'quotes_generation'`
)

// writer runs a write transaction's statements, each prepared on first use.
type writer struct {
	s        *SQLite
	tx       *sql.Tx
	stmts    map[string]*sql.Stmt
	touched  bool       // the quotes generation is bumped
	shingles [][2]int64 // provenance index rows (hash, ref) queued for flushShingles
}

// touchQuotes bumps the quotes generation, once per transaction.
func (w *writer) touchQuotes(ctx context.Context) error {
	if w.touched {
		return nil
	}
	if _, err := w.exec(ctx, sqlTouchQuotes); err != nil {
		return fmt.Errorf("store: bump quotes generation: %w", err)
	}
	w.touched = true
	return nil
}

func newWriter(tx *sql.Tx, s *SQLite) *writer {
	return &writer{s: s, tx: tx, stmts: map[string]*sql.Stmt{}}
}

// stmt returns the prepared statement for query.
func (w *writer) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := w.stmts[query]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("store: prepare: %w", err)
	}
	w.stmts[query] = st
	return st, nil
}

// exec runs a statement.
func (w *writer) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (w *writer) close() {
	for _, st := range w.stmts {
		_ = st.Close() // closing a statement of a finished transaction cannot lose data
	}
}

// existing returns the ID of the stored article r duplicates, or 0.
func (w *writer) existing(ctx context.Context, r *articleRow) (int64, error) {
	query, key := duplicateBy(r.url.String, r.hash)
	st, err := w.stmt(ctx, query)
	if err != nil {
		return 0, err
	}
	var id int64
	err = st.QueryRowContext(ctx, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: put article: look up duplicate: %w", err)
	}
	return id, nil
}

// put inserts the article with its quotes and aliases unless it is a
// duplicate; the caller brings the full-text index up to date.
func (w *writer) put(ctx context.Context, r *articleRow) (int64, bool, error) {
	if id, err := w.existing(ctx, r); err != nil || id != 0 {
		return id, false, err
	}
	a := r.a
	added := time.Now().UnixMilli()
	sorted := r.sorted
	if sorted == 0 {
		sorted = added
	}
	version, quoteCount := r.counts()
	res, err := w.exec(ctx, sqlInsert, r.url, r.hash, a.Title, a.Source, r.authors, r.date, added, sorted,
		int(a.Format), quoteCount, version, r.speakers, a.Body, searchFrom(a), r.blocks, r.analysis)
	if err != nil {
		return 0, false, fmt.Errorf("store: put article: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, false, fmt.Errorf("store: put article: %w", err)
	}
	if err := w.s.at("article"); err != nil {
		return 0, false, err
	}
	if err := w.putQuotes(ctx, id, r); err != nil {
		return 0, false, err
	}
	return id, true, nil
}

// putQuotes writes an article's quotes and speaker aliases.
func (w *writer) putQuotes(ctx context.Context, id int64, r *articleRow) error {
	if len(r.quotes) > 0 || len(r.aliases) > 0 {
		if err := w.touchQuotes(ctx); err != nil {
			return err
		}
	}
	for _, q := range r.quotes {
		if _, err := w.exec(ctx, sqlInsQuotes, id, q.key, q.speaker, int(q.kind), cluster.Surname(q.key), q.first, q.n,
			string(q.quotes), q.role); err != nil {
			return fmt.Errorf("store: article %d: put the quotes of %q: %w", id, q.speaker, err)
		}
	}
	w.putShingles(id, r)
	if err := w.s.at("quotes"); err != nil {
		return err
	}
	for _, al := range r.aliases {
		if _, err := w.exec(ctx, sqlInsAlias, id, al[0], al[1]); err != nil {
			return fmt.Errorf("store: article %d: put alias: %w", id, err)
		}
	}
	return nil
}

// index adds one stored article to the full-text index.
func (w *writer) index(ctx context.Context, id int64) error {
	if err := w.flushShingles(ctx); err != nil { // Put's and SetAnalysis' quotes
		return err
	}
	if _, err := w.exec(ctx, sqlIndex, id); err != nil {
		return fmt.Errorf("store: article %d: index: %w", id, err)
	}
	return w.s.at("indexed")
}

// Delete implements Store.
func (s *SQLite) Delete(ctx context.Context, id int64) error {
	what := fmt.Sprintf("delete article %d", id)
	return s.inTx(ctx, what, func(tx *sql.Tx) error {
		var url sql.NullString
		if err := tx.QueryRowContext(ctx, `SELECT url FROM articles WHERE id = ?`, id).Scan(&url); err != nil {
			return fmt.Errorf("store: %s: %w", what, notFound(err))
		}
		w := newWriter(tx, s)
		defer w.close()
		if err := unindexQuotes(ctx, tx, id); err != nil {
			return err
		}
		if err := countSpeakers(ctx, tx, `article_id = ?`, id, -1); err != nil {
			return err
		}
		for _, q := range []string{
			sqlUnindex,
			// quotes and speaker_aliases go with it (ON DELETE CASCADE)
			`DELETE FROM articles WHERE id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return fmt.Errorf("store: %s: %w", what, err)
			}
		}
		if url.Valid && url.String != "" {
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO deleted_urls(url, deleted) VALUES (?, ?)`,
				url.String, time.Now().UnixMilli()); err != nil {
				return fmt.Errorf("store: %s: %w", what, err)
			}
		}
		if err := refreshSpeakers(ctx, tx); err != nil {
			return err
		}
		return w.touchQuotes(ctx)
	})
}

// SetAnalysis implements Store. The article's quotes, aliases and
// full-text entry are replaced with it, in one transaction; a nil analysis
// removes the stored one.
func (s *SQLite) SetAnalysis(ctx context.Context, id int64, an *reader.Analysis) error {
	what := fmt.Sprintf("set analysis of article %d", id)
	return s.inTx(ctx, what, func(tx *sql.Tx) error {
		var r articleRow
		r.a = &reader.Article{}
		err := tx.QueryRowContext(ctx, `SELECT title, body FROM articles WHERE id = ?`, id).
			Scan(&r.a.Title, &r.a.Body)
		if err != nil {
			return fmt.Errorf("store: %s: %w", what, notFound(err))
		}
		if err := r.setAnalysis(an); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		w := newWriter(tx, s)
		defer w.close()
		if _, err := tx.ExecContext(ctx, sqlUnindex, id); err != nil {
			return fmt.Errorf("store: %s: unindex: %w", what, err)
		}
		version, quotes := r.counts()
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET analysis = ?, analyzer_version = ?, quote_count = ?,
			speakers = ? WHERE id = ?`, r.analysis, version, quotes, r.speakers, id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		return w.replaceQuotes(ctx, id, &r, what)
	})
}

// replaceQuotes replaces article id's quotes, after its row was updated
// with r: out of the provenance index and the speaker counts go the old
// ones, in go r's, the speakers they touch are regrouped, and the article
// is indexed for search again (SetAnalysis and Update).
func (w *writer) replaceQuotes(ctx context.Context, id int64, r *articleRow, what string) error {
	if err := w.touchQuotes(ctx); err != nil {
		return err
	}
	if err := unindexQuotes(ctx, w.tx, id); err != nil {
		return err
	}
	if err := countSpeakers(ctx, w.tx, `article_id = ?`, id, -1); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM speaker_quotes WHERE article_id = ?`, `DELETE FROM speaker_aliases WHERE article_id = ?`} {
		if _, err := w.tx.ExecContext(ctx, q, id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
	}
	if err := w.putQuotes(ctx, id, r); err != nil {
		return err
	}
	if err := countSpeakers(ctx, w.tx, `article_id = ?`, id, 1); err != nil {
		return err
	}
	if err := refreshSpeakers(ctx, w.tx); err != nil {
		return err
	}
	return w.index(ctx, id)
}
