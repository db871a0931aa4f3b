package ui

import (
	"slices"
	"strings"

	"github.com/byline/byline/reader/textsafe"
	"github.com/byline/byline/store"
)

// The reader draws text written by strangers. A store made by an older
// byline may hold it raw (escape sequences, control characters), so what
// comes from the store is cleaned as it is loaded (package textsafe), and
// every frame is cleaned again of anything but the SGR sequences byline's
// own styling emits.

// safeSummary returns s with its text cleaned.
func safeSummary(s store.Summary) store.Summary {
	s.Title = textsafe.Line(s.Title)
	s.Source = textsafe.Line(s.Source)
	s.URL = textsafe.Line(s.URL)
	s.Authors = lines(s.Authors)
	s.Speakers = lines(s.Speakers)
	return s
}

func lines(ss []string) []string {
	for i, s := range ss {
		if !textsafe.Safe(s) {
			ss = slices.Clone(ss)
			for j := i; j < len(ss); j++ {
				ss[j] = textsafe.Line(ss[j])
			}
			break
		}
	}
	return ss
}

// safeStored returns s with its text cleaned: the body blanked where it
// holds control characters (same length, so every span of its analysis
// still points where it did), the rest cleaned. s is not changed.
func safeStored(s *store.Stored) *store.Stored {
	if s == nil {
		return nil
	}
	c := *s
	c.Summary = safeSummary(s.Summary)
	a := &c.Article
	a.Title = textsafe.Line(a.Title)
	a.Source = textsafe.Line(a.Source)
	a.URL = textsafe.Line(a.URL)
	a.Authors = lines(a.Authors)
	a.Body = textsafe.Blank(a.Body)
	if len(a.Blocks) > 0 {
		a.Blocks = slices.Clone(a.Blocks)
		for i := range a.Blocks {
			a.Blocks[i].Credit = textsafe.Line(a.Blocks[i].Credit)
			a.Blocks[i].URL = textsafe.Line(a.Blocks[i].URL)
		}
	}
	if s.Analysis != nil {
		an := *s.Analysis
		an.Speakers = slices.Clone(an.Speakers)
		for i := range an.Speakers {
			sp := &an.Speakers[i]
			sp.Name = textsafe.Line(sp.Name)
			sp.Role = textsafe.Line(sp.Role)
			sp.Aliases = lines(sp.Aliases)
		}
		an.Entities = slices.Clone(an.Entities)
		for i := range an.Entities {
			an.Entities[i].Name = textsafe.Line(an.Entities[i].Name)
		}
		c.Analysis = &an
	}
	return &c
}

// safeFrame returns a frame with every escape sequence but SGR (ESC [
// params m) and well-formed OSC 8 hyperlinks (byline's own links, whose
// parameters are printable ASCII only), and every control character but
// newline, removed.
func safeFrame(f string) string {
	if textsafe.Safe(f) {
		return f
	}
	var b strings.Builder
	b.Grow(len(f))
	for {
		i := strings.IndexByte(f, 0x1b)
		if i < 0 {
			b.WriteString(textsafe.Clean(f))
			break
		}
		b.WriteString(textsafe.Clean(f[:i]))
		if n := max(sgrLen(f[i:]), osc8Len(f[i:])); n > 0 {
			b.WriteString(f[i : i+n])
			f = f[i+n:]
			continue
		}
		f = f[i+textsafe.EscapeLen(f[i:]):] // any other sequence goes whole
	}
	return b.String()
}

// osc8Len returns the length of the OSC 8 hyperlink sequence s starts
// with (ESC ] 8 ; params ; URI, ended by BEL or ST) when everything
// between its start and its end is printable ASCII, or 0.
func osc8Len(s string) int {
	const start = "\x1b]8;"
	if !strings.HasPrefix(s, start) {
		return 0
	}
	for i := len(start); i < len(s); i++ {
		switch c := s[i]; {
		case c == 0x07:
			return i + 1
		case c == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return 0
		case c < 0x20 || c > 0x7e:
			return 0
		}
	}
	return 0
}

// sgrLen returns the length of the SGR sequence s starts with, or 0.
func sgrLen(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c == ';' || c == ':':
		case c == 'm':
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

// safeSummaries cleans the summaries of a page in place.
func safeSummaries(ss []store.Summary) []store.Summary {
	for i := range ss {
		ss[i] = safeSummary(ss[i])
	}
	return ss
}

// safeHits cleans search hits in place, keeping the snippets' markers.
func safeHits(hs []store.Hit) []store.Hit {
	for i := range hs {
		hs[i].Summary = safeSummary(hs[i].Summary)
		parts := strings.Split(hs[i].Snippet, store.SnippetOpen)
		for j, p := range parts {
			qs := strings.Split(p, store.SnippetClose)
			for k, q := range qs {
				qs[k] = textsafe.Clean(q)
			}
			parts[j] = strings.Join(qs, store.SnippetClose)
		}
		hs[i].Snippet = strings.Join(parts, store.SnippetOpen)
	}
	return hs
}

// safeSpeakerStats cleans the speakers of the library in place.
func safeSpeakerStats(ss []store.SpeakerStat) []store.SpeakerStat {
	for i := range ss {
		s := &ss[i]
		s.Name, s.Role, s.Aliases = textsafe.Line(s.Name), textsafe.Line(s.Role), lines(s.Aliases)
	}
	return ss
}

// safeQuoteRefs cleans a speaker's quotes across the library in place.
func safeQuoteRefs(rs []store.QuoteRef) []store.QuoteRef {
	for i := range rs {
		r := &rs[i]
		r.Title, r.Source, r.Speaker = textsafe.Line(r.Title), textsafe.Line(r.Source), textsafe.Line(r.Speaker)
		r.Text, r.Lead, r.URL = textsafe.Line(r.Text), textsafe.Line(r.Lead), textsafe.Line(r.URL)
	}
	return rs
}
