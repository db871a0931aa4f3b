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
	for _, f := range an.Figures {
		if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
			// JSON cannot hold them: fail as encoding/json does.
			return nil, &json.UnsupportedValueError{Str: strconv.FormatFloat(f.Value, 'g', -1, 64)}
		}
	}
	b := make([]byte, 0, jsonSize(an))
	b = appendInt(b, `{"Version":`, an.Version)
	b = appendList(append(b, `,"Quotes":`...), an.Quotes, appendQuoteJSON)
	b = appendList(append(b, `,"Speakers":`...), an.Speakers, appendSpeakerJSON)
	b = appendList(append(b, `,"Entities":`...), an.Entities, appendEntityJSON)
	b = appendList(append(b, `,"Figures":`...), an.Figures, appendFigureJSON)
	return append(b, '}'), nil
}

// appendList appends xs as a JSON array, each element as each writes it,
// or null for a nil slice, as encoding/json does.
func appendList[T any](b []byte, xs []T, each func([]byte, T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = each(b, x)
	}
	return append(b, ']')
}

func appendQuoteJSON(b []byte, q reader.Quote) []byte {
	b = appendInt(b, `{"start":`, q.Start)
	b = appendInt(b, `,"end":`, q.End)
	b = appendInt(b, `,"Kind":`, int(q.Kind))
	b = appendInt(b, `,"Speaker":`, q.Speaker)
	b = appendSpan(append(b, `,"Mention":`...), q.Mention)
	b = appendSpan(append(b, `,"Cue":`...), q.Cue)
	if q.Gap != (reader.Span{}) {
		b = appendSpan(append(b, `,"gap":`...), q.Gap)
	}
	return append(b, '}')
}

func appendSpeakerJSON(b []byte, sp reader.Speaker) []byte {
	b = appendString(append(b, `{"Name":`...), sp.Name)
	b = appendList(append(b, `,"Aliases":`...), sp.Aliases, appendString)
	b = appendString(append(b, `,"Role":`...), sp.Role)
	b = appendInt(b, `,"Kind":`, int(sp.Kind))
	b = appendInt(b, `,"Quotes":`, sp.Quotes)
	return append(b, '}')
}

func appendEntityJSON(b []byte, e reader.Entity) []byte {
	b = appendString(append(b, `{"Name":`...), e.Name)
	b = appendInt(b, `,"Kind":`, int(e.Kind))
	b = appendList(append(b, `,"Mentions":`...), e.Mentions, appendSpan)
	return append(b, '}')
}

// appendFigureJSON appends f, whose value must be finite.
func appendFigureJSON(b []byte, f reader.Figure) []byte {
	b = appendInt(b, `{"start":`, f.Start)
	b = appendInt(b, `,"end":`, f.End)
	b = appendInt(b, `,"Kind":`, int(f.Kind))
	b = appendFloat(append(b, `,"Value":`...), f.Value)
	b = strconv.AppendBool(append(b, `,"HasValue":`...), f.HasValue)
	b = appendString(append(b, `,"Unit":`...), f.Unit)
	b = appendSpan(append(b, `,"Sentence":`...), f.Sentence)
	return append(b, '}')
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

// appendFloat appends f, which must be finite, as encoding/json writes a
// float64.
func appendFloat(b []byte, f float64) []byte {
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
	return b
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
