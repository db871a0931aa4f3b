package ui

import (
	"context"
	"fmt"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	tea "github.com/charmbracelet/bubbletea"
)

// MESSAGES

// libraryPageMsg carries a page of the library list.
type libraryPageMsg struct {
	offset int
	filter store.ListOptions // the filters it was listed with
	items  []store.Summary
	total  int
	err    error
}

// openArticleMsg asks the root to open an article (library → root), at
// quote number quote of its analysis when quote >= 0, or at its figure
// whose text starts at byte figureAt when figure is set.
type openArticleMsg struct {
	id       int64
	quote    int
	figure   bool
	figureAt int
}

// librarySearchMsg carries the hits of a library search.
type librarySearchMsg struct {
	seq   int
	query string
	hits  []store.Hit
	err   error
	// offset is where hits start among all the matches, total how many
	// articles match (len(hits) when the store cannot count).
	offset, total int
	// count, on a first page of more than store.SearchCountMax matches,
	// counts them all in the background.
	count tea.Cmd
}

// librarySearchCountMsg carries how many articles a library search
// matches, counted in the background.
type librarySearchCountMsg struct {
	seq   int
	query string
	total int
}

// speakersMsg carries the speakers of the whole library.
type speakersMsg struct {
	stats []store.SpeakerStat
	err   error
}

// speakerQuotesMsg carries a speaker's quotes across the library.
type speakerQuotesMsg struct {
	name string
	refs []store.QuoteRef
	err  error
}

// deletedMsg reports an article deleted from the store.
type deletedMsg struct {
	s   store.Summary
	err error
}

// refreshedMsg reports the end of a background refresh.
type refreshedMsg struct {
	text string
	err  error
}

// articleLoadedMsg carries an article read from the store and its Markdown.
type articleLoadedMsg struct {
	id     int64
	stored *store.Stored
	doc    *mdDoc
	err    error
}

// renderKey names one rendering of an article.
type renderKey struct {
	id    int64
	width int
	dark  bool
}

// articleRenderedMsg carries an article rendered at one width and theme.
type articleRenderedMsg struct {
	key renderKey
	r   *rendered
	err error
}

// chooseMsg asks the root to jump to a pane's item (pane → root).
type chooseMsg struct{ ref itemRef }

// errMsg reports a failed Cmd; the root shows it in the status bar.
type errMsg struct{ err error }

// statusMsg shows a message in the status bar.
type statusMsg struct{ text string }

// clearStatusMsg clears the status bar message numbered seq.
type clearStatusMsg struct{ seq int }

// COMMANDS

// pageSize is the number of summaries loaded per library page.
const pageSize = 200

// loadPage reads a page of the library, filtered by opt.
func loadPage(ctx context.Context, st Store, offset int, opt store.ListOptions) tea.Cmd {
	return loadRows(ctx, st, offset, pageSize, opt)
}

// loadRows reads limit summaries of the library from offset, filtered by
// opt.
func loadRows(ctx context.Context, st Store, offset, limit int, opt store.ListOptions) tea.Cmd {
	return func() tea.Msg {
		filter := opt
		opt.Offset, opt.Limit = offset, limit
		items, err := st.List(ctx, opt)
		if err != nil {
			return libraryPageMsg{offset: offset, filter: filter, err: fmt.Errorf("ui: list articles: %w", err)}
		}
		total, err := st.CountList(ctx, opt)
		if err != nil {
			return libraryPageMsg{offset: offset, filter: filter, err: fmt.Errorf("ui: count articles: %w", err)}
		}
		return libraryPageMsg{offset: offset, filter: filter, items: safeSummaries(items), total: total}
	}
}

// loadArticle reads an article, brings it up to date with current when
// that is set, and builds its Markdown.
func loadArticle(ctx context.Context, st Store, id int64,
	current func(context.Context, *store.Stored) (*store.Stored, error)) tea.Cmd {
	return func() tea.Msg {
		s, err := st.Get(ctx, id)
		if err != nil {
			return articleLoadedMsg{id: id, err: fmt.Errorf("ui: open article %d: %w", id, err)}
		}
		if current != nil {
			if c, err := current(ctx, s); err == nil && c != nil {
				s = c
			}
		}
		s = safeStored(s) // an older store may hold raw escape sequences
		return articleLoadedMsg{id: id, stored: s, doc: buildDoc(&s.Article)}
	}
}

// renderArticle renders an article's Markdown at a width and maps its
// analysis onto the lines. With limit < len(doc.md) it renders only the
// first blocks, to show the first screen early.
func renderArticle(key renderKey, doc *mdDoc, an *reader.Analysis, st *Styles, limit int) tea.Cmd {
	return func() tea.Msg {
		r, err := renderUpTo(doc, an, key.width, st, limit)
		if err != nil {
			return articleRenderedMsg{key: key, err: fmt.Errorf("ui: render article %d: %w", key.id, err)}
		}
		r.id = key.id
		return articleRenderedMsg{key: key, r: r}
	}
}

// searchLimit is the number of hits a library search shows.
const searchLimit = 50

// loadSpeakers reads the speakers of the library.
func loadSpeakers(ctx context.Context, st Store) tea.Cmd {
	return func() tea.Msg {
		stats, err := st.Speakers(ctx)
		if err != nil {
			return speakersMsg{err: fmt.Errorf("ui: list speakers: %w", err)}
		}
		return speakersMsg{stats: safeSpeakerStats(stats)}
	}
}

// loadSpeakerQuotes reads a speaker's quotes across the library.
func loadSpeakerQuotes(ctx context.Context, st Store, name string) tea.Cmd {
	return func() tea.Msg {
		refs, err := st.QuotesBy(ctx, name)
		if err != nil {
			return speakerQuotesMsg{name: name, err: fmt.Errorf("ui: quotes by %s: %w", name, err)}
		}
		return speakerQuotesMsg{name: name, refs: safeQuoteRefs(refs)}
	}
}

// setMarks stores an article's read and starred marks.
// A failed write gives a marksFailedMsg, which puts the mark shown back
// as it was.
func setMarks(ctx context.Context, st Store, s store.Summary, read, star bool) tea.Cmd {
	return func() tea.Msg {
		if read {
			if err := st.SetRead(ctx, s.ID, s.Read); err != nil {
				s.Read = !s.Read
				return marksFailedMsg{s, fmt.Errorf("could not mark article %d read or unread, so it is left as it was: %w", s.ID, err)}
			}
		}
		if star {
			if err := st.SetStarred(ctx, s.ID, s.Starred); err != nil {
				s.Starred = !s.Starred
				return marksFailedMsg{s, fmt.Errorf("could not star or unstar article %d, so it is left as it was: %w", s.ID, err)}
			}
		}
		return nil
	}
}

// marksFailedMsg reports a failed read or star write, with the summary as
// it stands in the store.
type marksFailedMsg struct {
	s   store.Summary
	err error
}

// deleteArticle deletes an article from the store.
func deleteArticle(ctx context.Context, st Store, s store.Summary) tea.Cmd {
	return func() tea.Msg {
		if err := st.Delete(ctx, s.ID); err != nil {
			return deletedMsg{s: s, err: fmt.Errorf("ui: delete article %d: %w", s.ID, err)}
		}
		return deletedMsg{s: s}
	}
}

// runRefresh runs the refresh function in the background.
func runRefresh(ctx context.Context, refresh func(context.Context) (string, error)) tea.Cmd {
	return func() tea.Msg {
		text, err := refresh(ctx)
		if err != nil {
			return refreshedMsg{err: fmt.Errorf("ui: refresh: %w", err)}
		}
		return refreshedMsg{text: text}
	}
}

// clearStatusAfter clears status message seq after d.
func clearStatusAfter(seq int, d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return clearStatusMsg{seq} })
}
