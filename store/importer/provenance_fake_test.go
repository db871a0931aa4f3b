package importer

import (
	"context"

	"github.com/byline/byline/store"
)

// Appearances implements store.Store; the importer's tests look up none.
func (s *fakeStore) Appearances(context.Context, string) ([]store.Appearance, error) { return nil, nil }
