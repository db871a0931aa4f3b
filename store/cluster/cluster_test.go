package cluster

import (
	"reflect"
	"testing"

	"github.com/byline/byline/reader"
)

// person is a name of a person with q quotes in one article.
func person(name string, q int) Name {
	return Name{Key: reader.SpeakerKey(name, reader.Person), Name: name, Kind: reader.Person, Quotes: q, Articles: 1}
}

func TestGroupInitials(t *testing.T) {
	names := func(keys ...string) []Name {
		var out []Name
		for _, k := range keys {
			out = append(out, Name{Key: k, Name: k, Quotes: 1, Articles: 1})
		}
		return out
	}
	for _, tc := range []struct {
		keys []string
		want int // speakers
	}{
		{[]string{"donald trump", "d trump", "trump"}, 1},
		{[]string{"donald trump", "donald j trump", "trump"}, 1},
		{[]string{"donald trump", "daniel trump", "d trump"}, 3},  // D. could be either
		{[]string{"donald trump", "melania trump", "d trump"}, 2}, // D. is Donald
		{[]string{"donald trump", "melania trump", "trump"}, 3},   // Trump could be either
		{[]string{"d trump", "d trump", "trump"}, 1},              // one initial, one person
		{[]string{"john smith", "jane smith", "smith", "jo smith"}, 4},
		{[]string{"ann lee", "bo lee", "lee", "ann lee"}, 3},
	} {
		if got := len(Group(names(tc.keys...), nil)); got != tc.want {
			t.Errorf("Group(%q) = %d speakers, want %d", tc.keys, got, tc.want)
		}
	}
}

func TestGroup(t *testing.T) {
	type want struct {
		display string
		aliases []string
		quotes  int
	}
	for _, tc := range []struct {
		what    string
		names   []Name
		aliases map[string][]string
		want    []want
	}{
		{"a surname and titles join the full name; the plain full name is shown",
			[]Name{person("Sir Keir Starmer", 1), person("Keir Starmer", 2), person("Starmer", 4)}, nil,
			[]want{{"Keir Starmer", []string{"Sir Keir Starmer", "Starmer"}, 7}}},
		{"a title's gender keeps a surname from the full name of the other",
			[]Name{person("Michelle Obama", 1), person("Obama", 1)}, map[string][]string{"obama": {"Mr. Obama"}},
			[]want{{"Michelle Obama", nil, 1}, {"Obama", []string{"Mr. Obama"}, 1}}},
		{"then it joins the one that fits",
			[]Name{person("Michelle Obama", 1), person("Obama", 1), person("Barack Obama", 1)},
			map[string][]string{"obama": {"Mr. Obama"}},
			[]want{{"Michelle Obama", nil, 1}, {"Barack Obama", []string{"Mr. Obama", "Obama"}, 2}}},
		{"aliases of a key are the speaker's, once whatever their case",
			[]Name{person("Donald Trump", 2), person("TRUMP", 1)}, map[string][]string{"donald trump": {"Trump", "President Trump"}},
			[]want{{"Donald Trump", []string{"President Trump", "TRUMP"}, 3}}},
		{"an organisation merges by key only; its kind is that of most quotes",
			[]Name{{Key: "kremlin", Name: "the Kremlin", Kind: reader.Org, Quotes: 3, Articles: 2},
				{Key: "kremlin", Name: "Kremlin", Kind: reader.Person, Quotes: 1, Articles: 1},
				person("Dmitry Kremlin", 1)}, nil,
			[]want{{"Kremlin", []string{"the Kremlin"}, 4}, {"Dmitry Kremlin", nil, 1}}}, // the name without "the"
		{"the most quoted full name is shown, then the longest",
			[]Name{person("Joe Biden", 1), person("Joseph Biden", 1), person("Joseph R. Biden", 3)}, nil,
			[]want{{"Joe Biden", nil, 1}, {"Joseph R. Biden", []string{"Joseph Biden"}, 4}}},
	} {
		var got []want
		for _, s := range Group(tc.names, tc.aliases) {
			got = append(got, want{s.Display, s.Aliases, s.Quotes})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.what, got, tc.want)
		}
	}
}

func TestArticles(t *testing.T) {
	one := Group([]Name{{Key: "ann lee", Name: "Ann Lee", Quotes: 5, Articles: 3}}, nil)
	two := Group([]Name{{Key: "ann lee", Name: "Ann Lee", Quotes: 5, Articles: 3}, {Key: "lee", Name: "Lee", Quotes: 1, Articles: 1}}, nil)
	if len(one) != 1 || one[0].Articles() != 3 {
		t.Errorf("one name: %+v, want 3 articles", one[0])
	}
	// Two names may share articles: the caller counts them.
	if len(two) != 1 || two[0].Articles() != -1 {
		t.Errorf("two names: %+v, want -1 articles", two[0])
	}
}

func TestFind(t *testing.T) {
	ss := Group([]Name{person("Donald Trump", 5), person("Melania Trump", 2), person("Keir Starmer", 1),
		{Key: "kremlin", Name: "the Kremlin", Kind: reader.Org, Quotes: 1, Articles: 1}},
		map[string][]string{"keir starmer": {"the Labour leader"}})
	for _, tc := range []struct{ name, want string }{
		{"Donald Trump", "Donald Trump"},
		{"PRESIDENT DONALD TRUMP", "Donald Trump"},
		{"melania trump", "Melania Trump"},
		{"the labour leader", "Keir Starmer"}, // an alias
		{"Trump", "Donald Trump"},             // a surname alone: the most quoted
		{"kremlin", "the Kremlin"},
		{"Boris Johnson", ""},
		{"  ", ""},
	} {
		got := ""
		if s := Find(ss, tc.name); s != nil {
			got = s.Display
		}
		if got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSurname(t *testing.T) {
	for key, want := range map[string]string{"donald j trump": "trump", "trump": "trump", "": ""} {
		if got := Surname(key); got != want {
			t.Errorf("Surname(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestArticlesGiven(t *testing.T) {
	sp := &Speaker{Keys: []string{"donald trump", "trump"}, Names: []Name{
		{Key: "donald trump", Articles: 5}, {Key: "trump", Articles: 3}}}
	if got := sp.ArticlesGiven(nil); got != 8 {
		t.Errorf("no overlap: %d articles, want 8", got)
	}
	// Article 1 quotes both names: counted once. Article 2 quotes one of
	// them and another speaker's key of the surname: no change.
	over := map[int64][]string{1: {"donald trump", "trump"}, 2: {"trump", "ivanka trump"}}
	if got := sp.ArticlesGiven(over); got != 7 {
		t.Errorf("one article with both names: %d articles, want 7", got)
	}
}

func TestRole(t *testing.T) {
	roles := map[string]KeyRole{}
	// Fed a key's roles in order: the most quoted stays, the first of equals.
	KeepRole(roles, "donald trump", KeyRole{"businessman", 1})
	KeepRole(roles, "trump", KeyRole{"President", 2})
	KeepRole(roles, "trump", KeyRole{"candidate", 2})
	if got := roles["trump"].Role; got != "President" {
		t.Errorf("trump's role %q, want the first of equals, President", got)
	}
	sp := &Speaker{Keys: []string{"donald trump", "trump"}}
	if got := sp.Role(roles); got != "President" {
		t.Errorf("speaker's role %q, want that of its most quoted key, President", got)
	}
	if got := (&Speaker{Keys: []string{"jane roe"}}).Role(roles); got != "" {
		t.Errorf("a speaker quoted with no role has %q", got)
	}
}
