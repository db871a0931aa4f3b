package textsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Hostile are strings a terminal would act on, each with the text Clean
// should leave of it.
var Hostile = []struct{ name, in, want string }{
	{"csi colour", "a\x1b[31mred\x1b[0m b", "ared b"},
	{"csi alt screen off", "x\x1b[?1049ly", "xy"},
	{"osc 0 title bel", "t\x1b]0;pwned\x07u", "tu"},
	{"osc 0 title st", "t\x1b]2;pwned\x1b\\u", "tu"},
	{"osc 52 clipboard", "c\x1b]52;c;cm0gLXJmIH4=\x07d", "cd"},
	{"osc 8 hyperlink", "\x1b]8;;http://evil/\x1b\\click\x1b]8;;\x1b\\", "click"},
	{"dcs", "p\x1bP1$r0m\x1b\\q", "pq"},
	{"esc c reset", "r\x1bcs", "rs"},
	{"charset", "a\x1b(0b", "ab"},
	{"c1 csi", "a\u009b31mb", "ab"},
	{"c1 osc", "a\u009d0;x\u009cb", "ab"},
	{"c1 osc bel", "a\u009d52;c;eA==\x07b", "ab"},
	{"c1 nel", "a\u0085b", "ab"},
	{"raw c1 byte", "a\x9b31mb", "a31mb"},
	{"lone esc", "end\x1b", "end"},
	{"esc before newline", "a\x1b\nb", "a\nb"},
	{"bel", "ding\x07dong", "dingdong"},
	{"del", "a\x7fb", "ab"},
	{"cr", "over\rwrite", "overwrite"},
	{"backspace", "a\bb", "ab"},
	{"nul", "a\x00b", "ab"},
	{"unterminated osc stops at line end", "a\x1b]0;x\nrest", "a\nrest"},
	{"kept", "Straße, 東京 — “quoted”\n\tend", "Straße, 東京 — “quoted”\n\tend"},
}

func TestClean(t *testing.T) {
	for _, c := range Hostile {
		if got := Clean(c.in); got != c.want {
			t.Errorf("%s: Clean(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
		if got := Blank(c.in); len(got) != len(c.in) || !Safe(strings.ReplaceAll(got, "\r", "")) {
			t.Errorf("%s: Blank(%q) = %q: not the same length or not safe", c.name, c.in, got)
		}
	}
}

func TestBlankKeepsOffsets(t *testing.T) {
	in := "Title\x1b]0;x\x07\r\nShe said \x1b[1m\"yes\"\x1b[0m.\r\n"
	got := Blank(in)
	if len(got) != len(in) {
		t.Fatalf("length %d, want %d", len(got), len(in))
	}
	i := strings.Index(in, `"yes"`)
	if got[i:i+5] != `"yes"` {
		t.Errorf("offset of the quote moved: %q", got)
	}
	if !strings.Contains(got, "\r\n") {
		t.Errorf("CRLF lost: %q", got)
	}
}

func TestLine(t *testing.T) {
	if got := Line(" a\n\tb\x1b[2J  c "); got != "a b c" {
		t.Errorf("Line = %q", got)
	}
}

func TestCleanDoesNotAllocateSafeText(t *testing.T) {
	s := strings.Repeat("plain text, “quoted”. ", 100)
	if n := testing.AllocsPerRun(10, func() { _ = Clean(s); _ = Blank(s) }); n != 0 {
		t.Errorf("%v allocations for safe text", n)
	}
}

// checkSafe fails when out holds a byte a terminal would act on.
func checkSafe(t *testing.T, in, out string, keepCR bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("%q -> %q: invalid UTF-8", in, out)
	}
	for _, r := range out {
		if r == '\n' || r == '\t' || r == '\r' && keepCR {
			continue
		}
		if r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f {
			t.Fatalf("%q -> %q: control %U left", in, out, r)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, c := range Hostile {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		checkSafe(t, s, c, false)
		if Clean(c) != c {
			t.Fatalf("Clean not idempotent on %q: %q -> %q", s, c, Clean(c))
		}
		if len(c) > len(s) {
			t.Fatalf("Clean grew %q to %q", s, c)
		}
		if utf8.ValidString(s) {
			b := Blank(s)
			if len(b) != len(s) {
				t.Fatalf("Blank changed the length of %q: %q", s, b)
			}
			checkSafe(t, s, b, true)
		}
		checkSafe(t, s, Line(s), false)
	})
}

func TestWriter(t *testing.T) {
	var b strings.Builder
	w := Writer{&b}
	n, err := w.Write([]byte("a\x1b]52;c;eA==\x07b\n"))
	if err != nil || n != 15 || b.String() != "ab\n" {
		t.Errorf("Write = %d, %v; wrote %q", n, err, b.String())
	}
}
