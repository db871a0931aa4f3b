package reader

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestSentencesAgree checks that the attribution's sentences (doc.sentences,
// on tokens and quotes) give the agreed answers of package segment's table,
// segment/testdata/split.txt, as segment.Split does.
func TestSentencesAgree(t *testing.T) {
	data, err := os.ReadFile("segment/testdata/split.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for no, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		q, err := strconv.QuotedPrefix(line)
		if err != nil {
			t.Fatalf("split.txt:%d: %v", no+1, err)
		}
		text, _ := strconv.Unquote(q)
		want, err := strconv.Unquote(strings.TrimSpace(line[len(q):]))
		if err != nil {
			t.Fatalf("split.txt:%d: %v", no+1, err)
		}
		n++
		// a blank line separates blocks, as the parsers make them
		a := &Article{Body: text}
		for start := 0; start < len(text); {
			end := strings.Index(text[start:], "\n\n")
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			a.Blocks = append(a.Blocks, Block{Kind: BlockParagraph, Span: Span{Start: start, End: end}})
			start = end + 2
		}
		d := newDoc(a)
		var got []string
		for _, ss := range d.sents {
			for _, s := range ss {
				got = append(got, text[d.toks[s[0]].s:d.toks[s[1]-1].e])
			}
		}
		d.release()
		if g := strings.Join(got, " | "); g != want {
			t.Errorf("sentences of %q\n got %q\nwant %q", text, g, want)
		}
	}
	if n < 20 {
		t.Fatalf("only %d cases in split.txt", n)
	}
}

// loadSample parses the sample article of testdata.
func loadSample(t testing.TB) (*Article, []byte) {
	t.Helper()
	raw, err := os.ReadFile("testdata/bbc-trump-zelensky-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(raw, "bbc-trump-zelensky-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	return a, raw
}
