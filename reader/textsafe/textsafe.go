// Package textsafe removes from text written by strangers everything a
// terminal would act on rather than show: C0 control characters other
// than newline and tab, DEL, C1 control characters (as bytes or as the
// UTF-8 of U+0080–U+009F) and whole escape sequences (CSI, OSC, DCS, SOS,
// PM, APC, and the two- and three-byte escapes such as ESC c).
//
// charmbracelet/x/ansi.Strip removes escape sequences but keeps C0
// controls (BEL, CR) and the UTF-8 forms of C1 controls, so it is not
// enough on its own; this package is a small state machine after ECMA-48.
package textsafe

import (
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Clean returns s without control characters (newline and tab kept) and
// escape sequences. Invalid UTF-8 bytes are removed too. It returns s
// itself, without allocating, when there is nothing to remove.
func Clean(s string) string {
	if Safe(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	walk(s, func(keep string) { b.WriteString(keep) }, func(int) {}, false)
	return b.String()
}

// Line is Clean for text shown on one line: newlines, tabs and runs of
// white space become one space, and the ends are trimmed.
func Line(s string) string {
	s = Clean(s)
	if !strings.ContainsAny(s, "\n\t") && !strings.Contains(s, "  ") &&
		strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// Blank returns s with every byte Clean would remove replaced by a space,
// so that it has the same length and every byte offset into s still
// points at the same text. Carriage returns are kept, so that CRLF line
// endings read as before. It returns s itself when there is nothing to
// blank.
func Blank(s string) string {
	if safe(s, true) {
		return s
	}
	b := []byte(s)
	pos := 0
	walk(s, func(keep string) { pos += len(keep) }, func(n int) {
		for i := 0; i < n; i++ {
			b[pos+i] = ' '
		}
		pos += n
	}, true)
	return string(b)
}

// Safe reports whether s holds nothing Clean would remove.
func Safe(s string) bool { return safe(s, false) }

// printable8 reports whether the eight bytes of s are all printable ASCII
// (0x20 to 0x7e).
func printable8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	// a byte >= 0x80, a byte < 0x20, or 0x7f (which becomes 0 xored with
	// 0x7f) sets the high bit of its place in one of these
	low := x - 0x20*ones
	del := (x ^ 0x7f*ones) - ones
	return (x|low|del)&highs == 0
}

func safe(s string, keepCR bool) bool {
	for i := 0; i < len(s); i++ {
		// eight printable ASCII bytes at a time: most text is
		for i+8 <= len(s) && printable8(s[i:i+8]) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		switch {
		case c == '\n' || c == '\t' || c == '\r' && keepCR:
		case c < 0x20 || c == 0x7f:
			return false
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || r >= 0x80 && r <= 0x9f {
				return false
			}
			i += n - 1
		}
	}
	return true
}

const (
	esc = 0x1b
	bel = 0x07
)

// walk splits s into text to keep, passed to keep, and lengths of bytes
// to drop, passed to drop, in order.
func walk(s string, keep func(string), drop func(int), keepCR bool) {
	start := 0 // start of the text being kept
	flush := func(i int) {
		if i > start {
			keep(s[start:i])
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		n := 0 // bytes to drop at i, when > 0
		switch {
		case c == '\n' || c == '\t' || c == '\r' && keepCR:
		case c == esc:
			n = escape(s, i)
		case c < 0x20 || c == 0x7f:
			n = 1
		case c >= 0x80:
			r, w := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && w == 1:
				n = 1
			case r >= 0x80 && r <= 0x9f:
				n = w + c1(s, i+w, byte(r))
			default:
				i += w
				continue
			}
		}
		if n == 0 {
			i++
			continue
		}
		flush(i)
		drop(n)
		i += n
		start = i
	}
	flush(len(s))
}

// EscapeLen returns the length of the escape sequence s starts with (as
// Clean would remove it), or 0 when s does not start with ESC.
func EscapeLen(s string) int {
	if s == "" || s[0] != esc {
		return 0
	}
	return escape(s, 0)
}

// escape returns the length of the escape sequence starting with the ESC
// at s[i].
func escape(s string, i int) int {
	j := i + 1
	if j >= len(s) {
		return 1 // a lone ESC
	}
	c := s[j]
	switch {
	case c == '[':
		return 2 + csi(s, j+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		// OSC, DCS, SOS, PM, APC: a string up to its terminator.
		return 2 + str(s, j+1)
	case c >= 0x20 && c <= 0x2f:
		// Intermediate bytes, then a final byte (ESC ( B, ESC # 8).
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j - i
	case c >= 0x30 && c <= 0x7e:
		return 2 // ESC c, ESC 7, ESC M, ...
	}
	return 1 // ESC followed by a control or non-ASCII: drop the ESC alone
}

// c1 returns how many bytes after a C1 control r (at s[i-?]) belong to
// it: the rest of a CSI, or the string of an OSC, DCS, SOS, PM or APC.
func c1(s string, i int, r byte) int {
	switch r {
	case 0x9b:
		return csi(s, i)
	case 0x9d, 0x90, 0x98, 0x9e, 0x9f:
		return str(s, i)
	}
	return 0
}

// csi returns the length of a control sequence's parameters, intermediate
// bytes and final byte starting at s[i]. A sequence broken off by any
// other byte ends before it.
func csi(s string, i int) int {
	j := i
	for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
		j++
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
		j++
	}
	return j - i
}

// str returns the length of a control string starting at s[i], its
// terminator included: BEL, ESC \ or U+009C (ST). An unterminated string
// ends at the end of its line, the newline kept, so that one stray
// sequence cannot swallow an article.
func str(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case bel:
			return j + 1 - i
		case esc:
			if j+1 < len(s) && s[j+1] == '\\' {
				return j + 2 - i
			}
			return j - i // a new sequence starts: let it be read as one
		case '\n':
			return j - i
		case 0xc2:
			if j+1 < len(s) && s[j+1] == 0x9c {
				return j + 2 - i
			}
		}
	}
	return len(s) - i
}

// Writer cleans what is written through it (see Clean) before passing it
// on to W. Each Write is cleaned on its own, so a sequence split across
// two writes loses its escape character and is shown as text, never
// acted on.
type Writer struct{ W io.Writer }

// Write implements io.Writer; it reports len(p) written when W took the
// cleaned text.
func (w Writer) Write(p []byte) (int, error) {
	// look at p in place: it is copied only when something must go
	if Safe(unsafe.String(unsafe.SliceData(p), len(p))) {
		if _, err := w.W.Write(p); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	if _, err := io.WriteString(w.W, Clean(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
