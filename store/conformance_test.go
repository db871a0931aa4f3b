package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/byline/byline/reader"
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

func TestPutEach(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := &reader.Article{Title: "One", URL: "https://example.com/one", Body: "One\n\nText."}
	res, err := storetest.PutEach(ctx, s, []store.Item{{Article: a}, {}, {Article: a}})
	if err != nil {
		t.Fatal(err) // a nil article fails in its own result only
	}
	if !res[0].Created || res[1].Err == nil || res[2].Created || res[2].ID != res[0].ID {
		t.Errorf("PutEach = %+v", res)
	}
}
