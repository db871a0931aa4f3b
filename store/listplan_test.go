package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestListReadsIndexOnly checks that the library's unfiltered list, the
// first screen of every start, is answered from the articles_list index
// alone: a summary column missing from the index would make SQLite read
// each article's row, body and all (a page of the file per article).
func TestListReadsIndexOnly(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "lib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+listQuery(ListOptions{}), 60, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(plan) == 0 || plan[0] != "SCAN articles USING COVERING INDEX articles_list" {
		t.Errorf("list plan:\n%s\nwant its first step to scan articles with the covering index articles_list", strings.Join(plan, "\n"))
	}
}
