package ui

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
)

// MESSAGES

// libraryPageMsg carries a page of the library list.
type libraryPageMsg struct {
	offset int
	items  []store.Summary
	total  int
	err    error
}

// openArticleMsg asks the root to open an article (library → root).
type openArticleMsg struct{ id int64 }

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

// loadPage reads a page of the library.
func loadPage(ctx context.Context, st store.Store, offset int) tea.Cmd {
	return func() tea.Msg {
		items, err := st.List(ctx, store.ListOptions{Offset: offset, Limit: pageSize})
		if err != nil {
			return libraryPageMsg{offset: offset, err: fmt.Errorf("ui: list articles: %w", err)}
		}
		total, err := st.Count(ctx)
		if err != nil {
			return libraryPageMsg{offset: offset, err: fmt.Errorf("ui: count articles: %w", err)}
		}
		return libraryPageMsg{offset: offset, items: items, total: total}
	}
}

// loadArticle reads an article and builds its Markdown.
func loadArticle(ctx context.Context, st store.Store, id int64) tea.Cmd {
	return func() tea.Msg {
		s, err := st.Get(ctx, id)
		if err != nil {
			return articleLoadedMsg{id: id, err: fmt.Errorf("ui: open article %d: %w", id, err)}
		}
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

// clearStatusAfter clears status message seq after d.
func clearStatusAfter(seq int, d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return clearStatusMsg{seq} })
}

// copyFunc writes text to the clipboard.
type copyFunc func(string) error

// osc52Copy writes text to the terminal's clipboard with OSC 52.
func osc52Copy(text string) error {
	termenv.NewOutput(os.Stdout).Copy(text)
	return nil
}

// copyText copies text to the clipboard and reports it.
func copyText(copy copyFunc, text string) tea.Cmd {
	return func() tea.Msg {
		if err := copy(text); err != nil {
			return errMsg{fmt.Errorf("ui: copy: %w", err)}
		}
		return statusMsg{"copied: " + text}
	}
}
