package importer

import (
	"context"

	"github.com/byline/byline/store"
)

// updater is a store that can replace an article with a newer version of
// it (store.SQLite).
type updater interface {
	ByURL(ctx context.Context, url string) (int64, string, error)
	Update(ctx context.Context, id int64, it store.Item) error
}

// changed returns the ID of the stored article at url when its text is
// not the text hashed to hash (the page changed since: a correction, a
// new timestamp), or 0. A failed look-up says 0: the article is then
// offered to the store as usual, which keeps the stored one.
func (im *Importer) changed(ctx context.Context, run *importRun, url, hash string) int64 {
	up, ok := im.Store.(updater)
	if !ok || url == "" || run.storeEmpty {
		return 0
	}
	id, old, err := up.ByURL(ctx, url)
	if err != nil || id == 0 || old == hash {
		return 0
	}
	return id
}

// update writes a newer version of a stored article, after the batch
// read before it, and says so in the summary.
func (w *writer) update(ctx context.Context, u unit) {
	w.flush(ctx)
	up, ok := w.st.(updater)
	if !ok || ctx.Err() != nil {
		return
	}
	w.cpu <- struct{}{}
	err := up.Update(ctx, u.update, u.item)
	<-w.cpu
	if err != nil {
		w.sum.Failed = append(w.sum.Failed, Failure{u.target, reason(err)})
		return
	}
	w.sum.Updated++
	w.sum.IDs = append(w.sum.IDs, u.update)
	w.sum.Notes = append(w.sum.Notes, Failure{u.target, "updated: the stored copy of this page had another text"})
	w.report()
}
