package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader"
)

// DefaultBatch is how many articles PutMany writes per transaction.
const DefaultBatch = 500

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
		if res.Created {
			return w.index(ctx, res.ID)
		}
		return nil
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
	var err error
	for k := 0; k < nb && err == nil; k++ {
		<-ready[k]
		start, end := k*bs, min((k+1)*bs, len(items))
		if err = s.putBatch(ctx, rows[start:end], res[start:end]); err != nil {
			for i := start; i < len(items); i++ {
				res[i] = PutResult{Err: err}
			}
		}
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

// putBatch writes one batch in one transaction.
func (s *SQLite) putBatch(ctx context.Context, rows []*articleRow, res []PutResult) (err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: put articles: %w", err)
	}
	defer func() {
		// Give the cache back and check foreign keys again, and the
		// connection to the pool; a connection that could not be set back
		// is closed instead.
		_, rerr := conn.ExecContext(context.Background(), `PRAGMA cache_size = -`+strconv.Itoa(cacheKiB)+`; PRAGMA foreign_keys = ON`)
		if rerr != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		err = errors.Join(err, rerr, conn.Close())
	}()
	// The batch writes each article's quotes and aliases right after the
	// article, in one transaction: their foreign keys hold by construction,
	// and checking them costs a look-up a row.
	if _, err := conn.ExecContext(ctx, `PRAGMA cache_size = -`+strconv.Itoa(bulkCacheKiB)+`; PRAGMA foreign_keys = OFF`); err != nil {
		return fmt.Errorf("store: put articles: %w", err)
	}
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

// articleRow is an article's columns, computed before any transaction.
type articleRow struct {
	a        *reader.Article
	an       *reader.Analysis
	url      sql.NullString
	hash     string
	authors  string
	date     sql.NullString
	sorted   int64 // 0: use added
	blocks   string
	analysis sql.NullString
	speakers string
	quotes   []speakerRow
	aliases  [][2]string // speaker key, alias
	shingles []shingle   // provenance index rows (shingleRows), nil when none
}

// speakerRow is a row of the speaker_quotes table: the quotes of one
// speaker of an article (or of no one named), in text order.
type speakerRow struct {
	speaker string
	key     string
	kind    reader.EntityKind
	first   int    // index in Analysis.Quotes of the first quote
	n       int    // how many quotes
	quotes  []byte // JSON array of StoredQuote
	list    []StoredQuote
	role    string // the speaker's role in the article ("Secretary of State")
}

// StoredQuote is a quote as speaker_quotes.quotes holds it, in both
// stores.
type StoredQuote struct {
	Idx   int              `json:"idx"`
	Text  string           `json:"text"`
	Kind  reader.QuoteKind `json:"kind"`
	Start int              `json:"start"`
	End   int              `json:"end"`
	Lead  string           `json:"lead,omitempty"`
}

// appendQuote adds q to a speakerRow and encodes the row's quotes again.
func (sr *speakerRow) appendQuote(q StoredQuote) error {
	sr.list = append(sr.list, q)
	b, err := json.Marshal(sr.list)
	if err != nil {
		return err
	}
	sr.quotes = b
	sr.n = len(sr.list)
	return nil
}

// prepareRow checks an article and encodes its columns; hash is the
// article's TextHash, or "" to make it here.
func prepareRow(a *reader.Article, an *reader.Analysis, hash string) (*articleRow, error) {
	if a == nil {
		return nil, errors.New("nil article")
	}
	if hash == "" {
		hash = TextHash(a.Title, a.Body)
	}
	r := &articleRow{a: a, an: an, hash: hash}
	if u := strings.TrimSpace(a.URL); u != "" {
		r.url = sql.NullString{String: u, Valid: true}
	}
	authors := a.Authors
	if authors == nil {
		authors = []string{}
	}
	b, err := json.Marshal(authors)
	if err != nil {
		return nil, fmt.Errorf("encode authors: %w", err)
	}
	r.authors = string(b)
	// A date RFC 3339 cannot write (year 10000, say, from a bad feed) is
	// taken as unknown.
	if y := a.Date.Year(); !a.Date.IsZero() && y >= 1 && y <= 9999 {
		r.date = sql.NullString{String: a.Date.Format(time.RFC3339Nano), Valid: true}
		r.sorted = a.Date.UnixMilli()
	}
	blocks := a.Blocks
	if blocks == nil {
		blocks = []reader.Block{}
	}
	if b, err = json.Marshal(blocks); err != nil {
		return nil, fmt.Errorf("encode blocks: %w", err)
	}
	r.blocks = string(b)
	if an != nil {
		if err := r.setAnalysis(an); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setAnalysis encodes an analysis and derives the quotes, aliases and
// speaker text from it. Offsets outside the body are clamped, never trusted.
func (r *articleRow) setAnalysis(an *reader.Analysis) error {
	r.an = an
	r.quotes, r.aliases, r.speakers, r.shingles = nil, nil, "", nil
	r.analysis = sql.NullString{}
	if an == nil {
		return nil
	}
	b, err := json.Marshal(an)
	if err != nil {
		return fmt.Errorf("encode analysis: %w", err)
	}
	r.analysis = sql.NullString{String: string(b), Valid: true}
	body := r.a.Body
	var names []string
	seen := map[[2]string]bool{}
	// keys[i] is speaker i's key, made once: "" for a speaker quoted
	// nowhere, who needs none.
	keys := make([]string, len(an.Speakers))
	for _, q := range an.Quotes {
		if q.Kind.Speech() && q.Speaker >= 0 && q.Speaker < len(keys) && keys[q.Speaker] == "" && !an.Speakers[q.Speaker].Generic {
			// a generic description ("analysts") gets no key: it is never
			// merged with others across the library
			sp := an.Speakers[q.Speaker]
			keys[q.Speaker] = speakerKey(sp.Name, sp.Kind)
		}
	}
	for i, sp := range an.Speakers {
		names = append(names, sp.Name)
		names = append(names, sp.Aliases...)
		if key := keys[i]; key != "" {
			for _, al := range sp.Aliases {
				p := [2]string{key, strings.TrimSpace(al)}
				if p[1] == "" || seen[p] {
					continue
				}
				seen[p] = true
				r.aliases = append(r.aliases, p)
			}
		}
	}
	r.speakers = strings.Join(names, "\n")
	// One row for each speaker (name, key and kind: the table's key), in
	// the order of their first quotes, the quotes no one is named for in
	// one of their own.
	type speakerID struct {
		name, key string
		kind      reader.EntityKind
	}
	rowOf := map[speakerID]int{}
	for i, q := range an.Quotes {
		if !q.Kind.Speech() {
			continue // a stance is not a quote: no speaker row lists it
		}
		var id speakerID
		role := ""
		if q.Speaker >= 0 && q.Speaker < len(an.Speakers) {
			sp := an.Speakers[q.Speaker]
			id = speakerID{sp.Name, keys[q.Speaker], sp.Kind}
			role = strings.TrimSpace(sp.Role)
		}
		k, ok := rowOf[id]
		if !ok {
			k = len(r.quotes)
			rowOf[id] = k
			r.quotes = append(r.quotes, speakerRow{speaker: id.name, key: id.key, kind: id.kind, first: i, role: role})
		}
		if err := r.quotes[k].appendQuote(StoredQuote{Idx: i, Text: strings.ToValidUTF8(q.Words(body), ""), Kind: q.Kind,
			Start: q.Start, End: q.End, Lead: q.Lead(body)}); err != nil {
			return fmt.Errorf("encode quotes: %w", err)
		}
	}
	r.shingles = shingleRows(an, body)
	return nil
}

// The statements a writer runs, prepared once per transaction.
const (
	sqlByURL  = `SELECT id FROM articles WHERE url = ?`
	sqlByHash = `SELECT id FROM articles WHERE hash = ? LIMIT 1`
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
	version := 0
	if r.an != nil {
		version = max(r.an.Version, 1)
	}
	var quoteCount int
	if r.an != nil {
		quoteCount = r.an.SpeechCount()
	}
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
		if _, err := w.exec(ctx, sqlInsQuotes, id, q.key, q.speaker, int(q.kind), surname(q.key), q.first, q.n,
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

// searchFrom is where the searchable text of a's body starts (the
// search_from column): after its front matter, when it has one that ends on
// a character boundary in the body.
func searchFrom(a *reader.Article) int {
	n := a.TextStart
	if n <= 0 || n > len(a.Body) || n < len(a.Body) && !utf8.RuneStart(a.Body[n]) {
		return 0
	}
	return n
}

// TextHash returns the hex sha256 of an article's normalised text (title
// and body, lower-cased, runs of white space collapsed to one space), the
// key that deduplicates articles without a URL.
func TextHash(title, body string) string {
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	for i, part := range []string{title, body} {
		if i > 0 {
			buf = append(buf, '\n')
		}
		space, started := false, false
		for k := 0; k < len(part); {
			c := part[k]
			if c < utf8.RuneSelf && !asciiSpace[c] && (c < 'A' || c > 'Z') {
				// a run of ASCII that is kept as it is, in one append
				j := k + 1
				for j < len(part) && part[j] < utf8.RuneSelf && !asciiSpace[part[j]] && (part[j] < 'A' || part[j] > 'Z') {
					j++
				}
				if space {
					buf = append(buf, ' ')
					space = false
				}
				buf = append(buf, part[k:j]...)
				started = true
				k = j
			} else if c < utf8.RuneSelf {
				k++
				if asciiSpace[c] {
					space = started
					continue
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if space {
					buf = append(buf, ' ')
					space = false
				}
				buf = append(buf, c)
				started = true
			} else {
				r, n := utf8.DecodeRuneInString(part[k:])
				k += n
				if unicode.IsSpace(r) {
					space = started
					continue
				}
				if space {
					buf = append(buf, ' ')
					space = false
				}
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				started = true
			}
			if len(buf) >= 4000 {
				h.Write(buf)
				buf = buf[:0]
			}
		}
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}

// asciiSpace marks the ASCII white space characters, as unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// summaryCols are the columns scanSummary reads, in order.
var summaryCols = summaryColumns("")

// summaryColumns lists the columns scanSummary reads, each prefixed with p
// (a table alias and a dot, or nothing).
func summaryColumns(p string) string {
	id := p + "id"
	if p == "" {
		id = "articles.id"
	}
	// The most quoted speakers come from speaker_quotes (a few rows an
	// article, read by its primary key), not from articles' own columns,
	// which would put them after the body.
	top := `(SELECT group_concat(speaker, char(10)) FROM (SELECT speaker FROM speaker_quotes
		WHERE article_id = ` + id + ` AND speaker_key <> '' GROUP BY speaker_key
		ORDER BY sum(n) DESC, min(first_idx) LIMIT 3))`
	return p + `id, ` + p + `title, ` + p + `source, ` + p + `authors, ` + p + `date, ` + p + `added, coalesce(` +
		p + `url, ''), ` + p + `read, ` + p + `starred, ` + p + `quote_count, ` + top
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanSummary reads summaryCols (and extra columns after them).
func scanSummary(sc scanner, sum *Summary, extra ...any) error {
	var authors string
	var date, top sql.NullString
	var added int64
	dest := append([]any{&sum.ID, &sum.Title, &sum.Source, &authors, &date, &added, &sum.URL,
		&sum.Read, &sum.Starred, &sum.Quotes, &top}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	sum.Speakers = nil
	if top.String != "" {
		sum.Speakers = strings.Split(top.String, "\n")
	}
	sum.Added = fromMillis(added)
	sum.Authors = nil
	if authors != "" && authors != "[]" {
		if err := json.Unmarshal([]byte(authors), &sum.Authors); err != nil {
			return fmt.Errorf("decode authors: %w", err)
		}
	}
	sum.Date = time.Time{}
	if date.Valid {
		t, err := time.Parse(time.RFC3339Nano, date.String)
		if err != nil {
			return fmt.Errorf("decode date: %w", err)
		}
		sum.Date = t
	}
	return nil
}

// HasURL implements Store.
func (s *SQLite) HasURL(ctx context.Context, url string) (bool, error) {
	url = strings.TrimSpace(url)
	if url == "" {
		return false, nil
	}
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE url = ?1
		UNION ALL SELECT 1 FROM deleted_urls WHERE url = ?1 LIMIT 1`, url).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: look up %s: %w", url, err)
	}
	return true, nil
}

// duplicateBy returns the query that finds the stored duplicate of an
// article, and its argument: by address, or by text for an article with
// none.
func duplicateBy(url, hash string) (query, key string) {
	if u := strings.TrimSpace(url); u != "" {
		return sqlByURL, u
	}
	return sqlByHash, hash
}

// Known implements Store.
func (s *SQLite) Known(ctx context.Context, url, hash string) (bool, error) {
	query, key := duplicateBy(url, hash)
	st, err := s.prepared(ctx, query)
	if err != nil {
		return false, fmt.Errorf("store: look up duplicate: %w", err)
	}
	var id int64
	err = st.QueryRowContext(ctx, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: look up duplicate: %w", err)
	}
	return true, nil
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
		return w.touchQuotes(ctx)
	})
}

// Get implements Store.
func (s *SQLite) Get(ctx context.Context, id int64) (*Stored, error) {
	st := &Stored{}
	var format int
	var blocks string
	var analysis sql.NullString
	row := s.db.QueryRowContext(ctx, `SELECT `+summaryCols+`, format, body, blocks, analysis FROM articles WHERE id = ?`, id)
	if err := scanSummary(row, &st.Summary, &format, &st.Article.Body, &blocks, &analysis); err != nil {
		return nil, fmt.Errorf("store: get article %d: %w", id, notFound(err))
	}
	a := &st.Article
	a.Title, a.Authors, a.Source, a.Date, a.URL = st.Title, st.Authors, st.Source, st.Date, st.URL
	a.Format = reader.Format(format)
	if err := json.Unmarshal([]byte(blocks), &a.Blocks); err != nil {
		return nil, fmt.Errorf("store: get article %d: decode blocks: %w", id, err)
	}
	if analysis.Valid {
		st.Analysis = &reader.Analysis{}
		if err := json.Unmarshal([]byte(analysis.String), st.Analysis); err != nil {
			return nil, fmt.Errorf("store: get article %d: decode analysis: %w", id, err)
		}
	}
	return st, nil
}

// List implements Store. It reads no bodies and walks an index of the sort
// key (the article's date, else when it was added), so a page costs the
// same in a library of any size; deep offsets cost their offset.
func (s *SQLite) List(ctx context.Context, opt ListOptions) ([]Summary, error) {
	q := `SELECT ` + summaryCols + ` FROM articles` + listWhere(opt) + ` ORDER BY sorted DESC, id DESC LIMIT ? OFFSET ?`
	limit := opt.Limit
	if limit <= 0 {
		limit = -1 // no limit
	}
	rows, err := s.db.QueryContext(ctx, q, limit, max(opt.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var sum Summary
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

// listWhere is the WHERE clause of opt's filters.
func listWhere(opt ListOptions) string {
	if opt.FeedID > 0 {
		return feedWhere(opt)
	}
	switch {
	case opt.StarredOnly && opt.UnreadOnly:
		return ` WHERE starred = 1 AND read = 0`
	case opt.StarredOnly:
		return ` WHERE starred = 1`
	case opt.UnreadOnly:
		return ` WHERE read = 0`
	}
	return ""
}

// CountList implements Store. Unfiltered, it is Count.
func (s *SQLite) CountList(ctx context.Context, opt ListOptions) (int, error) {
	if listWhere(opt) == "" {
		return s.Count(ctx)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`+listWhere(opt)).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// Count implements Store. It reads the count that triggers keep in
// store_meta as articles are written and deleted (migration 0017), rather
// than counting every row: a count is a read of one row in a library of
// any size.
func (s *SQLite) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'articles'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// SetRead implements Store.
func (s *SQLite) SetRead(ctx context.Context, id int64, read bool) error {
	return s.setMark(ctx, id, "read", read)
}

// SetStarred implements Store.
func (s *SQLite) SetStarred(ctx context.Context, id int64, starred bool) error {
	return s.setMark(ctx, id, "starred", starred)
}

// setMark sets the read or starred column; col is never user input.
func (s *SQLite) setMark(ctx context.Context, id int64, col string, on bool) error {
	res, err := s.db.ExecContext(ctx, `UPDATE articles SET `+col+` = ? WHERE id = ?`, on, id)
	if err != nil {
		return fmt.Errorf("store: set %s of article %d: %w", col, id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: set %s of article %d: %w", col, id, err)
	}
	if n == 0 {
		return fmt.Errorf("store: set %s of article %d: %w", col, id, ErrNotFound)
	}
	return nil
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
		version, quotes := 0, 0
		if an != nil {
			version, quotes = max(an.Version, 1), an.SpeechCount()
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET analysis = ?, analyzer_version = ?, quote_count = ?,
			speakers = ? WHERE id = ?`, r.analysis, version, quotes, r.speakers, id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		if err := w.touchQuotes(ctx); err != nil {
			return err
		}
		if err := unindexQuotes(ctx, tx, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM speaker_quotes WHERE article_id = ?`, id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM speaker_aliases WHERE article_id = ?`, id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		if err := w.putQuotes(ctx, id, &r); err != nil {
			return err
		}
		return w.index(ctx, id)
	})
}
