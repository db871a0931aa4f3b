package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"
)

// The bulk writer: the connection PutMany writes its batches on, set up
// for writing many (a large page cache, foreign keys checked by
// construction, the log checkpointed less often) and kept set up between
// the PutMany calls of an import. Setting the cache up and giving it back
// for every batch of 256 (the importer's) took a quarter of an import's
// CPU time, most of it freeing the cache's pages one by one.
//
// The bulk writer keeps its statement journals in memory (temp_store):
// inside a transaction, each statement that may fail half way (an insert
// into articles, with its unique indexes and its counting trigger) first
// copies every page it changes to a statement journal, a temporary file
// written a page and its number at a time (two system calls a page). In a
// library of 1,000,000 articles that was about 9 pages an article, 10% of
// the writer's CPU time. The journal of one statement is a few pages; a
// crash loses nothing more than before (the statement journal is never
// read after a crash, only to undo a failed statement).

// bulkIdle is how long the bulk writer's connection stays set up after a
// PutMany before it is set back and given back to the pool.
var bulkIdle = 2 * time.Second

// bulkCheckpointPages is the bulk writer's wal_autocheckpoint: the log is
// copied into the database once it holds about 256 MB instead of 4 MB
// (SQLite's default, 1,000 pages), so that a page written by many batches
// (the index's inner pages, the full-text index's newest segments) is
// copied once for many commits. From 64 MB (16,000 pages) to 256 MB, the
// writer alone into 1,000,000 articles wrote 193 → 155 KB an article and
// made 123–139 → 105–110 system calls an article (BenchmarkScaleImport).
// The log file keeps that size on disk until the library is closed.
const bulkCheckpointPages = 64000

// defaultCheckpointPages is SQLite's wal_autocheckpoint, which the other
// connections keep.
const defaultCheckpointPages = 1000

type bulkWriter struct {
	sync.Mutex
	conn  *sql.Conn
	timer *time.Timer
}

// acquireBulk returns the bulk writer's connection, set up, and holds it
// until release is called with the PutMany's error.
func (s *SQLite) acquireBulk(ctx context.Context) (conn *sql.Conn, release func(error), err error) {
	s.bulk.Lock()
	if s.bulk.timer != nil {
		s.bulk.timer.Stop()
		s.bulk.timer = nil
	}
	if s.bulk.conn == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			s.bulk.Unlock()
			return nil, nil, err
		}
		if _, err := c.ExecContext(ctx, `PRAGMA cache_size = -`+strconv.Itoa(bulkCacheFor(ctx, c))+
			`; PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = `+strconv.Itoa(bulkCheckpointPages)); err != nil {
			s.bulk.conn = c
			s.dropBulkLocked()
			s.bulk.Unlock()
			return nil, nil, err
		}
		s.bulk.conn = c
	}
	return s.bulk.conn, func(err error) {
		defer s.bulk.Unlock()
		if err != nil || s.memory || bulkIdle <= 0 {
			// After an error the connection is set back at once (and
			// closed if that fails); a ":memory:" database has one.
			s.dropBulkLocked()
			return
		}
		s.bulk.timer = time.AfterFunc(bulkIdle, s.dropBulk)
	}, nil
}

// bulkCacheFor returns the bulk writer's cache size, in KiB, for the
// library conn holds: small below largeLibrary articles, large from there
// (and when the count cannot be read).
func bulkCacheFor(ctx context.Context, conn *sql.Conn) int {
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'articles'`).Scan(&n); err != nil || n >= largeLibrary {
		return bulkCacheKiB
	}
	return smallBulkCacheKiB
}

// dropBulk sets the bulk writer's connection back and gives it back to
// the pool.
func (s *SQLite) dropBulk() {
	s.bulk.Lock()
	defer s.bulk.Unlock()
	s.dropBulkLocked()
}

func (s *SQLite) dropBulkLocked() error {
	if s.bulk.timer != nil {
		s.bulk.timer.Stop()
		s.bulk.timer = nil
	}
	c := s.bulk.conn
	if c == nil {
		return nil
	}
	s.bulk.conn = nil
	// Give the cache back and check foreign keys again; a connection that
	// could not be set back is closed instead.
	_, err := c.ExecContext(context.Background(), `PRAGMA cache_size = -`+strconv.Itoa(cacheKiB)+
		`; PRAGMA foreign_keys = ON; PRAGMA temp_store = DEFAULT; PRAGMA wal_autocheckpoint = `+strconv.Itoa(defaultCheckpointPages))
	if err != nil {
		_ = c.Raw(func(any) error { return driver.ErrBadConn })
		err = fmt.Errorf("store: set the bulk writer back: %w", err)
	}
	return errors.Join(err, c.Close())
}
