package textsafe

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// slowSafe is Safe a byte at a time, without the eight-byte fast path.
func slowSafe(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n' || c == '\t':
		case c < 0x20 || c == 0x7f:
			return false
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || r >= 0x80 && r <= 0x9f {
				return false
			}
			i += n
			continue
		}
		i++
	}
	return true
}

// TestSafeFast checks Safe's eight-byte path against slowSafe on text
// with a rare byte of every value at every place.
func TestSafeFast(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	base := []byte("The quick brown fox, said \u201cMr Smith\u201d, jumps over 12 lazy dogs.\n")
	for c := 0; c < 256; c++ {
		for at := 0; at < 24; at++ {
			b := append([]byte(nil), base[:16+r.IntN(len(base)-16)]...)
			b[at%len(b)] = byte(c)
			s := string(b)
			if got, want := Safe(s), slowSafe(s); got != want {
				t.Fatalf("Safe(%q) = %v, want %v", s, got, want)
			}
		}
	}
	if !Safe(string(base)) || Safe("abcdefgh\x7fijklmnop") || Safe("abcdefghijklmno\x1b") {
		t.Error("Safe: wrong answer for a plain line, DEL or ESC")
	}
}
