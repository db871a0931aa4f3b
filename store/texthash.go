package store

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode"
	"unicode/utf8"
)

// TextHash returns the hex sha256 of an article's normalised text (title
// and body, lower-cased, runs of white space collapsed to one space), the
// key that deduplicates articles without a URL.
func TextHash(title, body string) string {
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	for i, part := range []string{title, body} {
		if i > 0 {
			buf = append(buf, '\n')
		}
		space, started := false, false
		for k := 0; k < len(part); {
			c := part[k]
			if c < utf8.RuneSelf && !asciiSpace[c] && (c < 'A' || c > 'Z') {
				// a run of ASCII that is kept as it is, in one append
				j := k + 1
				for j < len(part) && part[j] < utf8.RuneSelf && !asciiSpace[part[j]] && (part[j] < 'A' || part[j] > 'Z') {
					j++
				}
				if space {
					buf = append(buf, ' ')
					space = false
				}
				buf = append(buf, part[k:j]...)
				started = true
				k = j
			} else if c < utf8.RuneSelf {
				k++
				if asciiSpace[c] {
					space = started
					continue
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if space {
					buf = append(buf, ' ')
					space = false
				}
				buf = append(buf, c)
				started = true
			} else {
				r, n := utf8.DecodeRuneInString(part[k:])
				k += n
				if unicode.IsSpace(r) {
					space = started
					continue
				}
				if space {
					buf = append(buf, ' ')
					space = false
				}
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				started = true
			}
			if len(buf) >= 4000 {
				h.Write(buf)
				buf = buf[:0]
			}
		}
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}

// asciiSpace marks the ASCII white space characters, as unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
