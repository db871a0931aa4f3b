package reader

import "strings"

// NameGender returns 'm' or 'f' when a person's name says which they are:
// by a title before it ("Mr. Obama", "Mrs. Clinton") or by a given name
// mostly borne by men or by women ("Michelle Obama"); 0 when it does not
// ("Obama", "President Obama", "Alex Smith"). Other titles before the
// given name are passed over ("President Barack Obama").
func NameGender(name string) byte {
	lx := lex()
	rest := strings.TrimSpace(name)
	for {
		w, after, more := strings.Cut(rest, " ")
		if !more {
			return 0 // the surname, or a word alone, says nothing
		}
		if g := titleGender(w); g != 0 {
			return g
		}
		if g := givenGender(w); g == 'm' || g == 'f' {
			return g
		}
		if !lx.titles.names[w] {
			return 0
		}
		rest = strings.TrimLeft(after, " ")
	}
}
