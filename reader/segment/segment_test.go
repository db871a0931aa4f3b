package segment

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

type splitCase struct{ Text, Want string }

// readCases reads the agreed answers: lines of a Go-quoted text and its
// sentences joined by " | "; # starts a comment.
func readCases(path string) ([]splitCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []splitCase
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		q1, err := strconv.QuotedPrefix(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
		rest := strings.TrimSpace(line[len(q1):])
		text, _ := strconv.Unquote(q1)
		want, err := strconv.Unquote(rest)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
		out = append(out, splitCase{text, want})
	}
	return out, nil
}

func TestSplit(t *testing.T) {
	cases, err := readCases("testdata/split.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 20 {
		t.Fatalf("%d cases in testdata/split.txt", len(cases))
	}
	for _, c := range cases {
		var got []string
		for _, s := range Split(c.Text) {
			got = append(got, c.Text[s[0]:s[1]])
		}
		if g := strings.Join(got, " | "); g != c.Want {
			t.Errorf("Split(%q)\n got %q\nwant %q", c.Text, g, c.Want)
		}
	}
}

func TestWordBefore(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"in the U.S.", "U.S"},
		{"at 10 p.m.", "p.m"},
		{"Charleston, W.Va.", "W.Va"},
		{"he got a Ph.D.", "Ph.D"},
		{"the end.Next.", "Next"},
		{"Zürich.", "Zürich"},
		{"in 2003.", ""},
	} {
		p := len(c.text) - 1
		if got := WordBefore(c.text, 0, p); got != c.want {
			t.Errorf("WordBefore(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, c := range []struct {
		w    string
		want Class
	}{
		{"Mr", Title}, {"Approx", Title}, {"F", Title}, {"no", NotAbbrev}, {"No", Title},
		{"U.S", Name}, {"J.K", Name}, {"Inc", Name},
		{"Wash", End}, {"p.m", End}, {"wash", NotAbbrev}, {"Prices", NotAbbrev}, {"f", NotAbbrev},
	} {
		if got := Lookup(c.w); got != c.want {
			t.Errorf("Lookup(%q) = %d, want %d", c.w, got, c.want)
		}
	}
}

func TestStopEndsAllocs(t *testing.T) {
	text := "Donald Trump. The talks"
	if n := testing.AllocsPerRun(100, func() { StopEnds(text, 0, 12, 14) }); n != 0 {
		t.Errorf("StopEnds allocates %v times", n)
	}
}

func TestListedWordsFitLookup(t *testing.T) {
	for w := range classes {
		if len(w) > 8 {
			t.Errorf("%q is longer than lowerClass's buffer", w)
		}
	}
}
