package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/storetest"
)

// testDSN returns the database the tests use, from BYLINE_TEST_POSTGRES
// (.ci/run starts a throwaway server and sets it). Without it the tests
// skip, except in CI (CI set), where they fail: CI must test PostgreSQL.
func testDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("BYLINE_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("BYLINE_TEST_POSTGRES is not set in CI: the PostgreSQL store must be tested (.ci/run starts a server)")
		}
		t.Skip("BYLINE_TEST_POSTGRES not set: no PostgreSQL to test against (.ci/run starts one)")
	}
	return dsn
}

// openTest opens a store in a new schema of the test database, dropped
// when the test ends, with marks for user.
func openTest(t testing.TB, user string) (*Store, string) {
	t.Helper()
	ctx := context.Background()
	dsn := testDSN(t)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema: %v", err)
		}
		_ = conn.Close(ctx)
	})
	sdsn := withSearchPath(t, dsn, schema)
	s, err := Open(ctx, sdsn, user)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, sdsn
}

// withSearchPath adds a search_path to a URL or key=value DSN.
func withSearchPath(t testing.TB, dsn, schema string) string {
	if IsDSN(dsn) {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatal(err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return strings.TrimSpace(dsn) + " search_path=" + schema
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, _ := openTest(t, "tester")
		return s
	})
}
