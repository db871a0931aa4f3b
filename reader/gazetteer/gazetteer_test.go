package gazetteer

import "testing"

func TestTowns(t *testing.T) {
	l := Towns()
	if l.Len() < 10000 {
		t.Fatalf("towns: %d names, want more than 10,000", l.Len())
	}
	for _, c := range []struct {
		name string
		ok   bool
		tag  byte
	}{
		{"Blackpool", true, 0}, {"Brighton", true, 0}, {"Hanover", true, 0},
		{"Bath", true, '*'}, {"Reading", true, '*'}, {"Mobile", true, '*'},
		{"Of", false, 0}, {"Blackpoo", false, 0}, {"Blackpool Beach", false, 0},
	} {
		tag, ok := l.Lookup(c.name)
		if ok != c.ok || tag != c.tag {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", c.name, tag, ok, c.tag, c.ok)
		}
	}
	if !l.HasLonger("Newcastle") || l.HasLonger("Blackpool") {
		t.Errorf("HasLonger: Newcastle %v, Blackpool %v; want true, false", l.HasLonger("Newcastle"), l.HasLonger("Blackpool"))
	}
	if l.MaxWords < 3 {
		t.Errorf("MaxWords = %d, want at least 3 (Newcastle upon Tyne)", l.MaxWords)
	}
}

func TestFirstNames(t *testing.T) {
	l := FirstNames()
	for _, c := range []struct {
		name string
		tag  byte
	}{
		{"Chinedu", 'm'}, {"Priya", 'f'}, {"Narendra", 'm'}, {"Olena", 'f'}, {"Recep", 'm'},
	} {
		if tag, ok := l.Lookup(c.name); !ok || tag != c.tag {
			t.Errorf("Lookup(%q) = %q, %v; want %q", c.name, tag, ok, c.tag)
		}
	}
	for _, w := range []string{"Grace", "Will", "Reading", "Minister"} {
		if _, ok := l.Lookup(w); ok {
			t.Errorf("%q is a common word or in reader's own lists: should not be here", w)
		}
	}
}

// TestSorted: Lookup's binary search needs the lists in byte order, as
// tools/lexdata/build.mjs writes them.
func TestSorted(t *testing.T) {
	for name, l := range map[string]*List{"towns": Towns(), "firstnames": FirstNames()} {
		for i := 1; i < l.Len(); i++ {
			a, _ := l.name(i - 1)
			b, _ := l.name(i)
			if a >= b {
				t.Fatalf("%s: %q before %q", name, a, b)
			}
		}
	}
}
