package importer

import (
	"context"
	"time"

	"github.com/byline/byline/store"
)

// FiguresNear implements store.Store; the importer never asks.
func (s *fakeStore) FiguresNear(context.Context, int64, time.Duration) ([]store.FigureSource, error) {
	return nil, nil
}
