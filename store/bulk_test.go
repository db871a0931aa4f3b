package store

import (
	"context"
	"testing"
)

// TestBulkCacheFollowsLibrarySize checks that the bulk writer takes the
// small cache in a small library and the large one from largeLibrary
// articles on, as the kept count says.
func TestBulkCacheFollowsLibrarySize(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if got := bulkCacheFor(ctx, conn); got != smallBulkCacheKiB {
		t.Errorf("empty library: cache %d KiB, want %d", got, smallBulkCacheKiB)
	}
	for _, c := range []struct{ n, want int }{{largeLibrary - 1, smallBulkCacheKiB}, {largeLibrary, bulkCacheKiB}, {3 * largeLibrary, bulkCacheKiB}} {
		if _, err := conn.ExecContext(ctx, `UPDATE store_meta SET value = ? WHERE key = 'articles'`, c.n); err != nil {
			t.Fatal(err)
		}
		if got := bulkCacheFor(ctx, conn); got != c.want {
			t.Errorf("%d articles: cache %d KiB, want %d", c.n, got, c.want)
		}
	}
	if _, err := conn.ExecContext(ctx, `DELETE FROM store_meta WHERE key = 'articles'`); err != nil {
		t.Fatal(err)
	}
	if got := bulkCacheFor(ctx, conn); got != bulkCacheKiB {
		t.Errorf("no count: cache %d KiB, want the large %d", got, bulkCacheKiB)
	}
}
