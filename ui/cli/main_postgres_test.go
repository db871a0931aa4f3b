package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenStorePostgresURL: a postgres:// URL, in --db or BYLINE_DB, is
// opened as PostgreSQL (a bad one fails on one line), and a file path in
// --db wins over BYLINE_DB.
func TestOpenStorePostgresURL(t *testing.T) {
	t.Setenv("BYLINE_DB", "postgres://%zz")
	for _, flag := range []string{"", "postgresql://byline@127.0.0.1:1/none?connect_timeout=2"} {
		st, err := openStoreAs(flag, "alice")
		if err == nil {
			st.Close()
			t.Fatalf("openStoreAs(%q) with BYLINE_DB=%q: no error", flag, "postgres://%zz")
		}
		if !strings.Contains(err.Error(), "postgres") || strings.Contains(err.Error(), "\n") {
			t.Errorf("openStoreAs(%q): error %q, want one line about postgres", flag, err)
		}
	}
	st, err := openStoreAs(filepath.Join(t.TempDir(), "lib.db"), "")
	if err != nil {
		t.Fatalf("a file path with BYLINE_DB set to a URL: %v", err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}
