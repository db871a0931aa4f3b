package storetest

import (
	"context"
	"errors"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// PutEach implements PutMany with one Put per item, for test fakes that
// have no faster way; a nil article fails on its own.
func PutEach(ctx context.Context, p interface {
	Put(context.Context, *reader.Article, *reader.Analysis) (int64, bool, error)
}, items []store.Item) ([]store.PutResult, error) {
	res := make([]store.PutResult, len(items))
	var first error
	for i, it := range items {
		if it.Article == nil {
			res[i].Err = errors.New("store: put article: nil article")
			continue
		}
		res[i].ID, res[i].Created, res[i].Err = p.Put(ctx, it.Article, it.Analysis)
		if res[i].Err != nil && first == nil {
			first = res[i].Err
		}
	}
	return res, first
}
