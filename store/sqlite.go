package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/adrg/xdg"
	"modernc.org/sqlite" // registers the "sqlite" database/sql driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/byline/byline/store/cluster"
	"github.com/byline/byline/store/internal/pace"
)

// SQLite is the Store kept in one SQLite database file, on the pure-Go
// modernc.org/sqlite driver. It is safe for concurrent use, and several
// processes may open the same file at once: the database runs in WAL mode
// with a busy timeout, and every write takes the write lock when its
// transaction begins.
type SQLite struct {
	db   *sql.DB
	path string

	// upgrading, when set, is told before migrations run on an existing
	// database.
	upgrading func(from, to int)

	// hook, when set (by tests), is called at named points inside write
	// transactions; an error it returns fails the write there.
	hook func(stage string) error

	// memory is set for a ":memory:" database (one connection).
	memory bool

	// bulk is the connection PutMany writes on (bulk.go).
	bulk bulkWriter

	// stmts holds the statements prepared for repeated reads, by query.
	stmts struct {
		sync.Mutex
		m map[string]*sql.Stmt
	}

	// regroup paces how often PutMany regroups speakers (speakers.go).
	regroup pace.Pace

	// speakers caches the speakers read from speaker_clusters, for as
	// long as the quotes generation stays the same.
	speakers struct {
		sync.Mutex
		valid    bool
		gen      int64
		clusters []*cluster.Speaker // nil until QuotesBy needs them
		stats    []SpeakerStat      // nil until Speakers needs them
	}
}

var _ Store = (*SQLite)(nil)

// Page cache sizes, in KiB: what every connection keeps, and what a bulk
// import's connection uses while it writes a batch, so that the batch's
// pages are not spilled to the log before the commit and read back.
// Every connection keeps its cache while idle, and the reader holds several,
// so the everyday size is small: 1 MB instead of SQLite's default 2 MB took
// 1.6 MB off the reader's resident memory with no change in the list and
// search benchmarks over 100,000 articles.
const (
	cacheKiB     = 1000
	bulkCacheKiB = 32000
	// smallBulkCacheKiB is the bulk writer's cache in a library of fewer
	// than largeLibrary articles, whose index pages an import touches fit
	// in it. A larger cache costs more than it saves there: its pages are
	// allocated as it fills and freed one by one when the writer is set
	// back (modernc's allocator returns each to the system). Importing the
	// BBC corpus into an empty store, side by side: 1,419–1,463 articles
	// per CPU-second with 8 MB, 1,124–1,212 with 32 MB; into 1,000,000
	// articles 32 MB stays ahead (938–994 against 792–958).
	smallBulkCacheKiB = 8000
	largeLibrary      = 100_000
)

// busyTimeout is how long a write waits for another connection or process
// to release the database before it fails with SQLITE_BUSY.
const busyTimeout = 5 * time.Second

//go:embed migrations/*.sql
var embedded embed.FS

// migrationFiles holds the migrations/*.sql files; tests swap it.
var migrationFiles fs.FS = embedded

// DefaultPath returns where byline keeps its database when neither a flag
// nor BYLINE_DB says otherwise: $XDG_DATA_HOME/byline/byline.db, with the
// platform's data directory when XDG_DATA_HOME is unset.
func DefaultPath() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		dir = xdg.DataHome
	}
	return filepath.Join(dir, "byline", "byline.db")
}

// ResolvePath picks the database path: flag when it is not empty, else the
// BYLINE_DB environment variable, else DefaultPath.
func ResolvePath(flag string) (string, error) {
	p := flag
	if p == "" {
		p = os.Getenv("BYLINE_DB")
	}
	if p == "" {
		p = DefaultPath()
	}
	if p == "" {
		return "", errors.New("store: no database path")
	}
	if p == ":memory:" {
		return p, nil
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf("store: database path %q: %w", p, err)
	}
	return abs, nil
}

// An Option changes how Open opens a store.
type Option func(*SQLite)

// OnUpgrade has Open call f before it migrates an existing database from
// schema version from to version to. A migration can rebuild the search
// index, which takes a while in a large library: f lets a program say so.
func OnUpgrade(f func(from, to int)) Option {
	return func(s *SQLite) { s.upgrading = f }
}

// Open opens the database at path, creating it and its parent directories
// when missing, and brings its schema up to date. The path ":memory:" opens
// a private in-memory database.
func Open(ctx context.Context, path string, opts ...Option) (*SQLite, error) {
	memory := path == ":memory:"
	if !memory {
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, fmt.Errorf("store: open %q: %w", path, err)
		}
		path = abs
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("store: open: %w", err)
		}
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if memory {
		// Each connection to ":memory:" is a database of its own.
		db.SetMaxOpenConns(1)
	} else {
		db.SetMaxIdleConns(4)
	}
	s := &SQLite{db: db, path: path, memory: memory}
	for _, o := range opts {
		o(s)
	}
	// Processes opening a new file at once can find it locked while one of
	// them turns it to WAL mode, which SQLite reports at once rather than
	// waiting: try again for as long as the busy timeout.
	deadline := time.Now().Add(busyTimeout)
	for {
		err := s.migrate(ctx)
		if err == nil {
			err = s.buildShingles(ctx)
		}
		if err == nil {
			return s, nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return nil, errors.Join(err, db.Close())
		}
		select {
		case <-ctx.Done():
			return nil, errors.Join(err, db.Close())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY (the database is
// locked by another connection).
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// dsn builds the driver's data source name: a file: URI, so that any
// character may stand in the path, with the pragmas every connection needs.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.Itoa(int(busyTimeout/time.Millisecond))+")")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-"+strconv.Itoa(cacheKiB)+")")
	q.Set("_txlock", "immediate")
	if path == ":memory:" {
		return ":memory:?" + q.Encode()
	}
	q.Add("_pragma", "journal_mode(WAL)")
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	return u.String() + "?" + q.Encode()
}

// Path returns the database file's path.
func (s *SQLite) Path() string { return s.path }

// Close implements Store.
func (s *SQLite) Close() error {
	s.bulk.Lock()
	berr := s.dropBulkLocked()
	s.bulk.Unlock()
	s.stmts.Lock()
	for _, st := range s.stmts.m {
		_ = st.Close() // closing the database closes them anyway
	}
	s.stmts.m = nil
	s.stmts.Unlock()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return berr
}

// prepared returns query prepared once for the database's connections.
func (s *SQLite) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	s.stmts.Lock()
	defer s.stmts.Unlock()
	if st := s.stmts.m[query]; st != nil {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err //nolint:wrapcheck // callers say what they looked up
	}
	if s.stmts.m == nil {
		s.stmts.m = map[string]*sql.Stmt{}
	}
	s.stmts.m[query] = st
	return st, nil
}

// Migration is one embedded schema change, from a file named
// NNNN_what.sql, NNNN being its version.
type Migration struct {
	Version int
	Name    string // the file's name without .sql
	SQL     string
}

// migrations returns the store's embedded migrations in version order.
func migrations() ([]Migration, error) { return ReadMigrations(migrationFiles) }

// ReadMigrations returns the migrations in fsys's migrations folder in
// version order; a file not named NNNN_what.sql, or two files of one
// version, is an error. The SQLite and PostgreSQL stores read theirs so.
func ReadMigrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("store: list migrations: %w", err)
	}
	var out []Migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("store: migration %s: name must start with a positive version and '_'", base)
		}
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("store: migration %s: %w", base, err)
		}
		out = append(out, Migration{Version: v, Name: strings.TrimSuffix(base, ".sql"), SQL: string(text)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i := 1; i < len(out); i++ {
		if out[i].Version == out[i-1].Version {
			return nil, fmt.Errorf("store: migrations %s and %s share version %d", out[i-1].Name, out[i].Name, out[i].Version)
		}
	}
	return out, nil
}

// migrate applies the migrations the database lacks, each in its own
// transaction together with its schema_migrations row.
func (s *SQLite) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	// Only a new database needs the table created: reading first keeps an
	// open from waiting on another process's write lock.
	var exists int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema
		WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&exists); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	if exists == 0 {
		if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY,
			name    TEXT    NOT NULL,
			applied INTEGER NOT NULL
		)`); err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
	}
	var current int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	if n := len(ms); n > 0 && current > ms[n-1].Version {
		return fmt.Errorf("store: database schema version %d is newer than this byline knows (%d)", current, ms[n-1].Version)
	}
	if n := len(ms); n > 0 && current > 0 && current < ms[n-1].Version && s.upgrading != nil {
		s.upgrading(current, ms[n-1].Version)
	}
	for _, m := range ms {
		if m.Version <= current {
			continue
		}
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// apply runs one migration in a transaction. Another process may have
// applied it since migrate looked, so it checks again under the write lock.
func (s *SQLite) apply(ctx context.Context, m Migration) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migration %s: %w", m.Name, err)
	}
	defer func() {
		if err != nil {
			if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, sql.ErrTxDone) {
				err = errors.Join(err, fmt.Errorf("store: migration %s: rollback: %w", m.Name, rerr))
			}
		}
	}()
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&done); err != nil {
		return fmt.Errorf("store: migration %s: %w", m.Name, err)
	}
	if done > 0 {
		return tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("store: migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied) VALUES (?, ?, ?)`,
		m.Version, m.Name, time.Now().UnixMilli()); err != nil {
		return fmt.Errorf("store: migration %s: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: migration %s: commit: %w", m.Name, err)
	}
	return nil
}

// SchemaVersion returns the version of the last migration applied.
func (s *SQLite) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: schema version: %w", err)
	}
	return v, nil
}

// inTx runs f in a write transaction and commits it, or rolls it back when
// f or the commit fails. what names the operation in errors.
func (s *SQLite) inTx(ctx context.Context, what string, f func(tx *sql.Tx) error) error {
	return inTxOn(ctx, s.db, what, f)
}

// inTxOn is inTx on a given database or connection.
func inTxOn(ctx context.Context, db interface {
	BeginTx(context.Context, *sql.TxOptions) (*sql.Tx, error)
}, what string, f func(tx *sql.Tx) error) (err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %s: begin: %w", what, err)
	}
	defer func() {
		if err != nil {
			if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, sql.ErrTxDone) {
				err = errors.Join(err, fmt.Errorf("store: %s: rollback: %w", what, rerr))
			}
		}
	}()
	if err := f(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: %s: commit: %w", what, err)
	}
	return nil
}

// at calls the test hook, if any, at a named stage of a write.
func (s *SQLite) at(stage string) error {
	if s.hook == nil {
		return nil
	}
	return s.hook(stage)
}

// notFound maps sql.ErrNoRows to ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

// fromMillis converts unix milliseconds to a time, 0 to the zero time.
func fromMillis(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}
