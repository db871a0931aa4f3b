package ui

// Library search by pages: the true count of matches ("50 of 98
// matches") and the next page of hits as the cursor nears the end.

import (
	"context"
	"fmt"
	"strconv"

	"github.com/byline/byline/store"
	tea "github.com/charmbracelet/bubbletea"
)

// searchLibraryAt runs a full-text search for the hits from offset on;
// ctx is cancelled when a newer search starts.
func searchLibraryAt(ctx context.Context, st Store, query string, seq, offset int) tea.Cmd {
	return func() tea.Msg {
		hits, total, err := searchPaged(ctx, st, query, offset, searchLimit)
		if err != nil {
			if ctx.Err() != nil {
				return nil // superseded
			}
			return librarySearchMsg{seq: seq, query: query, offset: offset,
				err: fmt.Errorf("ui: search %q: %w", query, err)}
		}
		msg := librarySearchMsg{seq: seq, query: query, hits: safeHits(hits), offset: offset, total: max(total, offset+len(hits))}
		if c, ok := st.(store.SearchCounter); ok && offset == 0 && total > store.SearchCountMax {
			msg.count = func() tea.Msg {
				n, err := c.SearchCount(ctx, query)
				if err != nil {
					return nil // superseded, or "more than" stays
				}
				return librarySearchCountMsg{seq: seq, query: query, total: n}
			}
		}
		return msg
	}
}

// SetHitTotal says how many articles the search matches, once counted.
func (p *libraryPane) SetHitTotal(msg librarySearchCountMsg) {
	if msg.query != p.query || msg.total < len(p.list.Items()) {
		return
	}
	p.hitTotal = msg.total
	p.hitCounted = true
	p.setHitCount()
}

// AddHits shows a page of search hits: the first replaces what is
// listed, a later one is appended. The status bar counts all the matches.
func (p *libraryPane) AddHits(msg librarySearchMsg) tea.Cmd {
	p.hitsLoading = false
	if msg.offset == 0 || msg.query != p.query {
		cmd := p.SetHits(msg.query, msg.hits)
		p.hitTotal = max(msg.total, len(msg.hits))
		p.hitCounted = false
		p.setHitCount()
		return tea.Batch(cmd, msg.count)
	}
	if msg.offset != len(p.list.Items()) {
		return nil // a page asked for twice
	}
	items := p.list.Items()
	for _, h := range msg.hits {
		items = append(items, libraryItem{s: h.Summary, snippet: h.Snippet})
	}
	if len(msg.hits) == 0 {
		p.hitTotal = len(items) // fewer match now than counted
	}
	idx := p.list.Index()
	cmd := p.list.SetItems(items)
	p.list.Select(idx)
	p.setHitCount()
	return cmd
}

// setHitCount says "50 of 98 matches" while hits are still to load.
func (p *libraryPane) setHitCount() {
	if n := len(p.list.Items()); p.hitTotal > n {
		of := "of " + strconv.Itoa(p.hitTotal) + " matches"
		if p.hitTotal > store.SearchCountMax && !p.hitCounted {
			of = "of more than " + strconv.Itoa(store.SearchCountMax) + " matches"
		}
		p.list.SetStatusBarItemName(of, of)
		return
	}
	p.list.SetStatusBarItemName("match", "matches")
}

// NeedHits reports whether the next page of search hits is wanted (the
// cursor is near the end of those listed) and where it starts; it marks
// the page asked for.
func (p *libraryPane) NeedHits() (int, bool) {
	n := len(p.list.Items())
	if p.query == "" || p.hitsLoading || n >= p.hitTotal || p.list.Index() < n-pageSize/4 {
		return 0, false
	}
	p.hitsLoading = true
	return n, true
}
