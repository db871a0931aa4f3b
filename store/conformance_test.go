package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/storetest"
)

// TestConformance runs the store conformance suite, which the PostgreSQL
// store runs too, against the SQLite store.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Error(err)
			}
		})
		return s
	})
}
