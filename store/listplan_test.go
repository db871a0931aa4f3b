package store

import (
	"strings"
	"testing"
)

// TestListReadsIndexOnly checks that the library's unfiltered list, the
// first screen of every start, is answered from the articles_list index
// alone: a summary column missing from the index would make SQLite read
// each article's row, body and all (a page of the file per article).
func TestListReadsIndexOnly(t *testing.T) {
	s := openTest(t)
	plan := queryPlan(t, s, listQuery(ListOptions{}), 60, 0)
	if len(plan) == 0 || plan[0] != "SCAN articles USING COVERING INDEX articles_list" {
		t.Errorf("list plan:\n%s\nwant its first step to scan articles with the covering index articles_list", strings.Join(plan, "\n"))
	}
}
