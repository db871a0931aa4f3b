package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// FiguresNear implements store.Store: the articles dated within window of
// the article's date, through the index of the list's sort key, with only
// the figures of their analyses decoded.
func (s *Store) FiguresNear(ctx context.Context, id int64, window time.Duration) ([]store.FigureSource, error) {
	var date *string
	if err := s.pool.QueryRow(ctx, `SELECT date FROM articles WHERE id = $1`, id).Scan(&date); err != nil {
		return nil, fmt.Errorf("store: figures near %d: %w", id, notFound(err))
	}
	if date == nil || *date == "" {
		return nil, nil
	}
	t, err := time.Parse(time.RFC3339Nano, *date)
	if err != nil {
		return nil, fmt.Errorf("store: figures near %d: bad date %q", id, *date)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+summaryCols+`, a.analysis`+withMarks+`
		WHERE a.sorted BETWEEN $2 AND $3 AND a.date IS NOT NULL AND a.id <> $4 AND a.analysis IS NOT NULL
		ORDER BY a.sorted, a.id`, s.user, t.Add(-window).UnixMilli(), t.Add(window).UnixMilli(), id)
	if err != nil {
		return nil, fmt.Errorf("store: figures near %d: %w", id, err)
	}
	defer rows.Close()
	var out []store.FigureSource
	for rows.Next() {
		var fs store.FigureSource
		var analysis *string
		if err := scanSummary(rows, &fs.Summary, &analysis); err != nil {
			return nil, fmt.Errorf("store: figures near %d: %w", id, err)
		}
		if analysis == nil {
			continue
		}
		var an struct{ Figures []reader.Figure }
		if err := json.Unmarshal([]byte(*analysis), &an); err != nil {
			return nil, fmt.Errorf("store: figures near %d: article %d: decode analysis: %w", id, fs.ID, err)
		}
		if fs.Figures = an.Figures; len(fs.Figures) > 0 {
			out = append(out, fs)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: figures near %d: %w", id, err)
	}
	return out, nil
}
