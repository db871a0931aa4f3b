package gazetteer

import (
	"bytes"
	"encoding/binary"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .idx files from the .txt files")

// index returns the index of a list's text (see newList).
func index(t *testing.T, text string) []byte {
	var names []uint32
	maxWords := 0
	for at := 0; at < len(text); {
		e := strings.IndexByte(text[at:], '\n')
		if e < 0 {
			e = len(text) - at
		}
		line := text[at : at+e]
		if line != "" && line[0] != '#' {
			if k := len(line); k > 2 && line[k-2] == ' ' {
				line = line[:k-2]
			}
			if len(line) > 0xff || at >= 1<<24 {
				t.Fatalf("%q at %d: the index holds names of up to 255 bytes in texts of up to 16 MiB", line, at)
			}
			names = append(names, uint32(at)<<8|uint32(len(line)))
			maxWords = max(maxWords, strings.Count(line, " ")+1)
		}
		at += e + 1
	}
	out := binary.LittleEndian.AppendUint32(nil, uint32(maxWords))
	for _, n := range names {
		out = binary.LittleEndian.AppendUint32(out, n)
	}
	return out
}

// TestIndex checks that each embedded index is the one its text gives;
// with -update it writes them.
func TestIndex(t *testing.T) {
	for _, c := range []struct {
		file, text string
		index      []byte
	}{
		{"towns.idx", townsText, townsIndex},
		{"firstnames.idx", firstNamesText, firstNamesIndex},
	} {
		want := index(t, c.text)
		if *update {
			if err := os.WriteFile(c.file, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(c.index, want) {
			t.Errorf("%s is not the index of its text: run go test ./reader/gazetteer -run TestIndex -update", c.file)
		}
	}
}
