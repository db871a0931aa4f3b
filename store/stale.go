package store

import (
	"context"
	"fmt"
	"slices"
)

// Stale implements Store.
func (s *SQLite) Stale(ctx context.Context, version int) ([]int64, error) {
	// Ordered by the index, not by id: ordering by id would have SQLite
	// scan the table, bodies and all.
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles WHERE analyzer_version < ?
		ORDER BY analyzer_version, id`, version)
	if err != nil {
		return nil, fmt.Errorf("store: stale: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: stale: %w", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: stale: %w", err)
	}
	slices.Sort(out)
	return out, nil
}
