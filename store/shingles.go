package store

import (
	"context"
	"fmt"
)

// The provenance index is kept in two tables of the same rows (migration
// 0018): quote_shingles, large, and quote_shingles_recent, where writes
// put new rows. A batch of an import adds some 20 rows an article, whose
// hashes are random: in a large quote_shingles nearly each row changes a
// page of its own, and every changed page is written to the log at the
// commit and to the database at the checkpoint. In quote_shingles_recent,
// small, a batch's rows share pages. Once it holds shingleMergeRows rows,
// the import moves them into quote_shingles in key order, a pass that
// changes each page of quote_shingles at most once for many batches.

// shingleMergeRows is how many rows quote_shingles_recent gathers before
// PutMany moves them to quote_shingles (tests lower it). 500,000 rows
// (the quotes of some 25,000 news articles) are about 3,800 pages.
var shingleMergeRows int64 = 500_000

// shingleTables are the index's tables, for the statements that read or
// delete rows in both.
var shingleTables = [2]string{"quote_shingles", "quote_shingles_recent"}

// countRecentShingles adds n to the count of rows added to
// quote_shingles_recent since they were last moved.
func (w *writer) countRecentShingles(ctx context.Context, n int64) error {
	if n == 0 {
		return nil
	}
	if _, err := w.exec(ctx, `UPDATE store_meta SET value = value + ? WHERE key = 'quote_shingles_recent_rows'`, n); err != nil {
		return fmt.Errorf("store: index quotes: %w", err)
	}
	return nil
}

// mergeShingles moves quote_shingles_recent's rows into quote_shingles
// when there are shingleMergeRows of them, inside the writer's
// transaction: after a crash the rows are in one table or the other.
func (w *writer) mergeShingles(ctx context.Context) error {
	var n int64
	if err := w.tx.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'quote_shingles_recent_rows'`).Scan(&n); err != nil {
		return fmt.Errorf("store: index quotes: %w", err)
	}
	if n < shingleMergeRows {
		return nil
	}
	for _, q := range []string{
		// The recent table is read in key order, its primary key.
		`INSERT OR IGNORE INTO quote_shingles(hash, ref) SELECT hash, ref FROM quote_shingles_recent`,
		`DELETE FROM quote_shingles_recent`,
		`UPDATE store_meta SET value = 0 WHERE key = 'quote_shingles_recent_rows'`,
	} {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store: move the recent quotes' index rows: %w", err)
		}
	}
	return nil
}
