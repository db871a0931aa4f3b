package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/byline/byline/reader"
)

// FigureSource is one article's figures, as FiguresNear returns them,
// with what shows where they come from (title, source, date).
type FigureSource struct {
	Summary
	Figures []reader.Figure
}

// figuresOnly decodes only the figures of a stored analysis.
type figuresOnly struct {
	Figures []reader.Figure
}

// FiguresNear implements Store. The articles dated within window of the
// article's date are read through the index of the list's sort key (an
// article's date when it has one), and only the figures of their analyses
// are decoded.
func (s *SQLite) FiguresNear(ctx context.Context, id int64, window time.Duration) ([]FigureSource, error) {
	var date sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT date FROM articles WHERE id = ?`, id).Scan(&date); err != nil {
		return nil, fmt.Errorf("store: figures near %d: %w", id, notFound(err))
	}
	if !date.Valid || date.String == "" {
		return nil, nil
	}
	t, err := time.Parse(time.RFC3339Nano, date.String)
	if err != nil {
		return nil, fmt.Errorf("store: figures near %d: bad date %q", id, date.String)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+summaryCols+`, analysis FROM articles
		WHERE sorted BETWEEN ? AND ? AND date IS NOT NULL AND id <> ? AND analysis IS NOT NULL
		ORDER BY sorted, id`, t.Add(-window).UnixMilli(), t.Add(window).UnixMilli(), id)
	if err != nil {
		return nil, fmt.Errorf("store: figures near %d: %w", id, err)
	}
	defer rows.Close()
	var out []FigureSource
	for rows.Next() {
		var fs FigureSource
		var analysis sql.NullString
		if err := scanSummary(rows, &fs.Summary, &analysis); err != nil {
			return nil, fmt.Errorf("store: figures near %d: %w", id, err)
		}
		if fs.Figures, err = decodeFigures(analysis.String); err != nil {
			return nil, fmt.Errorf("store: figures near %d: article %d: %w", id, fs.ID, err)
		}
		if len(fs.Figures) > 0 {
			out = append(out, fs)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: figures near %d: %w", id, err)
	}
	return out, nil
}

// decodeFigures returns the figures of an analysis stored as JSON.
func decodeFigures(analysis string) ([]reader.Figure, error) {
	if analysis == "" {
		return nil, nil
	}
	var f figuresOnly
	if err := json.Unmarshal([]byte(analysis), &f); err != nil {
		return nil, fmt.Errorf("decode analysis: %w", err)
	}
	return f.Figures, nil
}
