package store

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/byline/byline/reader"
)

// The analysis column holds an Analysis as encoding/json writes it, and is
// read back with encoding/json. An import encodes one per article, and
// encoding/json's reflection over its many small spans took about a
// twentieth of the import's CPU, so it is written here by hand, in a
// buffer sized once: byte for byte what json.Marshal writes, which
// TestMarshalAnalysisMatchesJSON checks, in about a third of the time.
// TestMarshalAnalysisKnowsEveryField fails when a field is added to the
// types it writes.

// marshalAnalysis returns the JSON of an, as json.Marshal would.
func marshalAnalysis(an *reader.Analysis) ([]byte, error) {
	if an == nil {
		return []byte("null"), nil
	}
	b := make([]byte, 0, jsonSize(an))
	b = appendInt(b, `{"Version":`, an.Version)

	b = append(b, `,"Quotes":`...)
	if an.Quotes == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, q := range an.Quotes {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendInt(b, `{"start":`, q.Start)
			b = appendInt(b, `,"end":`, q.End)
			b = appendInt(b, `,"Kind":`, int(q.Kind))
			b = appendInt(b, `,"Speaker":`, q.Speaker)
			b = append(b, `,"Mention":`...)
			b = appendSpan(b, q.Mention)
			b = append(b, `,"Cue":`...)
			b = appendSpan(b, q.Cue)
			if q.Gap != (reader.Span{}) {
				b = append(b, `,"gap":`...)
				b = appendSpan(b, q.Gap)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}

	b = append(b, `,"Speakers":`...)
	if an.Speakers == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, sp := range an.Speakers {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"Name":`...)
			b = appendString(b, sp.Name)
			b = append(b, `,"Aliases":`...)
			b = appendStrings(b, sp.Aliases)
			b = append(b, `,"Role":`...)
			b = appendString(b, sp.Role)
			b = appendInt(b, `,"Kind":`, int(sp.Kind))
			b = appendInt(b, `,"Quotes":`, sp.Quotes)
			b = append(b, '}')
		}
		b = append(b, ']')
	}

	b = append(b, `,"Entities":`...)
	if an.Entities == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, e := range an.Entities {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"Name":`...)
			b = appendString(b, e.Name)
			b = appendInt(b, `,"Kind":`, int(e.Kind))
			b = append(b, `,"Mentions":`...)
			if e.Mentions == nil {
				b = append(b, "null"...)
			} else {
				b = append(b, '[')
				for k, m := range e.Mentions {
					if k > 0 {
						b = append(b, ',')
					}
					b = appendSpan(b, m)
				}
				b = append(b, ']')
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}

	b = append(b, `,"Figures":`...)
	if an.Figures == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, f := range an.Figures {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendInt(b, `{"start":`, f.Start)
			b = appendInt(b, `,"end":`, f.End)
			b = appendInt(b, `,"Kind":`, int(f.Kind))
			b = append(b, `,"Value":`...)
			var err error
			if b, err = appendFloat(b, f.Value); err != nil {
				return nil, err
			}
			b = append(b, `,"HasValue":`...)
			b = strconv.AppendBool(b, f.HasValue)
			b = append(b, `,"Unit":`...)
			b = appendString(b, f.Unit)
			b = append(b, `,"Sentence":`...)
			b = appendSpan(b, f.Sentence)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// jsonSize is about the length of an's JSON, a little more as a rule, so
// that its buffer is made once.
func jsonSize(an *reader.Analysis) int {
	n := 128 + 130*len(an.Quotes) + 150*len(an.Figures)
	for _, sp := range an.Speakers {
		n += 80 + len(sp.Name) + len(sp.Role)
		for _, a := range sp.Aliases {
			n += 4 + len(a)
		}
	}
	for _, e := range an.Entities {
		n += 48 + len(e.Name) + 28*len(e.Mentions)
	}
	return n
}

// appendInt appends key (the punctuation and name before a value) and n.
func appendInt(b []byte, key string, n int) []byte {
	return strconv.AppendInt(append(b, key...), int64(n), 10)
}

// appendSpan appends {"start":S,"end":E}.
func appendSpan(b []byte, s reader.Span) []byte {
	b = appendInt(b, `{"start":`, s.Start)
	b = appendInt(b, `,"end":`, s.End)
	return append(b, '}')
}

// appendStrings appends a JSON array of strings, null for a nil slice.
func appendStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendFloat appends f as encoding/json writes a float64, and fails as
// it does on NaN and infinities, which JSON cannot hold.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, &json.UnsupportedValueError{Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// Clean up e-09 to e-9, as encoding/json does.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string the way encoding/json does:
// HTML's <, > and & escaped, invalid UTF-8 replaced with U+FFFD, and the
// line and paragraph separators escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
