package ui

import (
	"context"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// browseKey handles the keys that do the same in the library and the
// speakers view: quit, ? for the full help, and esc to close it. It
// reports whether it used the key.
func (m *Model) browseKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit, true
	case key.Matches(msg, m.keys.Help):
		m.toggleHelp()
		return nil, true
	case key.Matches(msg, m.keys.Back) && m.fullHelp:
		m.fullHelp = false
		m.relayout()
		return nil, true
	}
	return nil, false
}

// libraryKey handles a key in the library.
func (m *Model) libraryKey(msg tea.KeyMsg) tea.Cmd {
	if s := m.deleting; s != nil {
		// The footer asked whether to delete s: y does, any other key
		// keeps it.
		m.deleting = nil
		if key.Matches(msg, m.keys.Yes) {
			return deleteArticle(m.ctx, m.st, *s)
		}
		return m.setStatus("kept “"+s.Title+"”", false)
	}
	if cmd, ok := m.browseKey(msg); ok {
		return cmd
	}
	if cmd, ok := m.libraryFeedKey(msg); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, m.keys.Filter):
		if m.library.Searching() {
			return nil
		}
		return m.library.NextFilter()
	case key.Matches(msg, m.keys.Delete):
		if s, ok := m.library.Selected(); ok {
			m.deleting = &s
		}
		return nil
	case key.Matches(msg, m.keys.Back):
		if m.library.Searching() {
			m.input.SetValue("")
			return m.searchLibrary("")
		}
		return nil
	case key.Matches(msg, m.keys.Search):
		m.searching = true
		m.input.Placeholder = "search the library"
		m.input.SetValue(m.library.query)
		m.input.CursorEnd()
		return m.input.Focus()
	case key.Matches(msg, m.keys.MarkRead), key.Matches(msg, m.keys.Star):
		s, ok := m.library.Selected()
		if !ok {
			return nil
		}
		read := key.Matches(msg, m.keys.MarkRead)
		if read {
			s.Read = !s.Read
		} else {
			s.Starred = !s.Starred
		}
		m.library.SetMarks(s)
		return setMarks(m.ctx, m.st, s, read, !read)
	case key.Matches(msg, m.keys.SwitchView):
		m.screen = screenSpeakers
		m.speakers.Focus()
		return loadSpeakers(m.ctx, m.st)
	case key.Matches(msg, m.keys.Refresh):
		return m.refresh()
	}
	var cmd tea.Cmd
	m.library, cmd = m.library.Update(msg)
	if off, ok := m.library.NeedHits(); ok {
		// The cursor nears the end of the hits shown: the next page.
		cmd = tea.Batch(cmd, searchLibraryAt(m.ctx, m.st, m.library.query, m.libSeq, off))
	}
	return cmd
}

// speakersKey handles a key in the speakers view.
func (m *Model) speakersKey(msg tea.KeyMsg) tea.Cmd {
	if cmd, ok := m.browseKey(msg); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, m.keys.Search):
		// Type to filter: the input has the keys, so letters are text.
		m.searching = true
		m.input.Placeholder = "filter speakers"
		m.input.SetValue(m.speakers.Filter())
		m.input.CursorEnd()
		return m.input.Focus()
	case key.Matches(msg, m.keys.Back):
		if m.speakers.Back() {
			return nil
		}
		if m.speakers.Filter() != "" {
			m.input.SetValue("")
			return m.speakers.SetFilter("")
		}
		m.screen = screenLibrary
		return nil
	case key.Matches(msg, m.keys.SwitchView):
		m.screen = screenLibrary
		return nil
	case key.Matches(msg, m.keys.Refresh):
		return m.refresh()
	}
	var cmd tea.Cmd
	m.speakers, cmd = m.speakers.Update(msg)
	return cmd
}

// searchLibrary starts a full-text search of the library, cancelling the
// one running; an empty query shows the library again.
func (m *Model) searchLibrary(query string) tea.Cmd {
	if m.libCancel != nil {
		m.libCancel()
		m.libCancel = nil
	}
	m.libSeq++
	if query == "" {
		return m.library.SetHits("", nil)
	}
	ctx, cancel := context.WithCancel(m.ctx)
	m.libCancel = cancel
	return searchLibraryAt(ctx, m.st, query, m.libSeq, 0)
}

// refresh runs Options.Refresh in the background with a spinner.
func (m *Model) refresh() tea.Cmd {
	if m.opt.Refresh == nil {
		return m.setStatus("nothing to refresh: no feeds", false)
	}
	if m.refreshing {
		return nil
	}
	m.refreshing = true
	return tea.Batch(m.spin.Tick, runRefresh(m.ctx, m.opt.Refresh))
}

// searchKey edits the search query; the article, or the library, is
// searched as it is typed.
func (m *Model) searchKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Confirm):
		m.searching = false
		m.input.Blur()
		return nil
	case key.Matches(msg, m.keys.Back):
		m.searching = false
		m.input.Blur()
		switch m.screen {
		case screenLibrary:
			return m.searchLibrary("")
		case screenSpeakers:
			m.input.SetValue("")
			return m.speakers.SetFilter("")
		}
		m.reader.clearSearch()
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	switch m.screen {
	case screenLibrary:
		return tea.Batch(cmd, m.searchLibrary(m.input.Value()))
	case screenSpeakers:
		return tea.Batch(cmd, m.speakers.SetFilter(m.input.Value()))
	}
	m.reader.setSearch(m.input.Value())
	return cmd
}
