// Package postgres is the byline Store kept in a PostgreSQL database, for
// an archive several people share: an ingest process imports all day while
// others read, search and cite from their own terminals. It keeps what the
// SQLite store keeps, encoded the same way (store.Columns), and merges
// speakers the same way (package cluster); read and starred marks are
// kept per user.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/cluster"
	"github.com/byline/byline/store/internal/pace"
)

// Store is a store.Store on PostgreSQL. It is safe for concurrent use, and
// any number of processes may use one database at once.
type Store struct {
	pool *pgxpool.Pool
	user string

	// pace is how often writes regroup the speakers they change.
	pace pace.Pace

	// speakers caches the merged speakers for as long as the speaker
	// index's generation stays the same.
	speakers struct {
		sync.Mutex
		gen    int64
		valid  bool
		groups []*cluster.Speaker
		stats  []store.SpeakerStat
	}
}

var _ store.Store = (*Store)(nil)

// IsDSN reports whether s names a PostgreSQL database (a postgres:// or
// postgresql:// URL) rather than a file.
func IsDSN(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// DefaultUser is the user whose marks a store keeps when none is given:
// the login name, else $USER, else "default".
func DefaultUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "default"
}

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Open connects to the database named by dsn (a postgres:// URL or
// key=value string, as pgx reads it), brings its schema up to date, and
// returns a store whose read and starred marks are userName's ("" for
// DefaultUser).
func Open(ctx context.Context, dsn, userName string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, oneLine{fmt.Errorf("store: postgres: %w", err)}
	}
	if cfg.MaxConns < 8 {
		cfg.MaxConns = 8
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	if userName == "" {
		userName = DefaultUser()
	}
	s := &Store{pool: pool, user: userName}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, oneLine{err}
	}
	return s, nil
}

// oneLine is an error said on one line: pgx reports a failed connection
// with a line for each address tried.
type oneLine struct{ err error }

func (e oneLine) Error() string { return strings.Join(strings.Fields(e.err.Error()), " ") }
func (e oneLine) Unwrap() error { return e.err }

// User returns the user whose marks the store reads and writes.
func (s *Store) User() string { return s.user }

// Close implements store.Store.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrations returns the embedded migrations in version order.
func migrations() ([]store.Migration, error) { return store.ReadMigrations(migrationFiles) }

// migrationFills are the steps in Go that follow a migration's SQL, in
// its transaction, by version: filling what SQL cannot compute.
var migrationFills = map[int]func(context.Context, pgx.Tx) error{
	4: fillQuoteShingles,
	// 0007 made speaker_clusters; grouping reads the roles 0008 adds, so
	// the clusters are filled after 0008 (both for a database at 6 and
	// one at 7, whose clusters lack roles).
	8: fillSpeakerClusters,
}

// migrationLock is the advisory lock key processes migrating one database
// take, so that two of them starting at once apply each migration once.
const migrationLock = 0x6279_6c69_6e65 // "byline"

// migrate applies the migrations the database lacks, each in a transaction
// with its schema_migrations row, under an advisory lock.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var current int
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current)
	})
	if err != nil {
		return fmt.Errorf("store: postgres: migrate: %w", err)
	}
	if n := len(ms); n > 0 && current > ms[n-1].Version {
		return fmt.Errorf("store: postgres: database schema version %d is newer than this byline knows (%d)", current, ms[n-1].Version)
	}
	for _, m := range ms {
		if m.Version <= current {
			continue
		}
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
				return err
			}
			var done int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, m.Version).Scan(&done); err != nil {
				return err
			}
			if done > 0 {
				return nil
			}
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			if fill := migrationFills[m.Version]; fill != nil {
				if err := fill(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations(version, name) VALUES ($1, $2)`, m.Version, m.Name)
			return err
		})
		if err != nil {
			return fmt.Errorf("store: postgres: migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// SchemaVersion returns the version of the last migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: postgres: schema version: %w", err)
	}
	return v, nil
}

// retryable reports whether a transaction failed on a deadlock or a
// serialization failure, which running it again resolves.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// inTx runs f in a transaction and commits it, running it again (up to a
// few times) when the database broke a deadlock by failing it. what names
// the operation in errors.
func (s *Store) inTx(ctx context.Context, what string, f func(tx pgx.Tx) error) error {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		err = pgx.BeginFunc(ctx, s.pool, f)
		if err == nil || !retryable(err) {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("store: %s: %w", what, ctx.Err())
		case <-time.After(time.Duration(attempt+1) * 10 * time.Millisecond):
		}
	}
	if err != nil && !strings.HasPrefix(err.Error(), "store: ") {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	return err
}

// notFound maps pgx.ErrNoRows to store.ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return store.ErrNotFound
	}
	return err
}

func fromMillis(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}
