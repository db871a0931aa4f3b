package storetest

import (
	"context"
	"testing"

	"github.com/byline/byline/store"
)

// testSpeakerRoles checks that the speakers list gives each speaker's
// role as the articles give it: that of its name quoted most with one,
// and none for a speaker no article gives a role.
func testSpeakerRoles(t *testing.T, s store.Store) {
	ctx := context.Background()
	a1 := Article("Talks resume", "https://example.com/roles1", day(1),
		`"We are close," said Jane Roe, the Secretary of State.`, `"Not yet," said Donald Trump.`, `"Soon," said Bob Day.`)
	an1 := Analysis(t, a1, []Said{{"Jane Roe", "We are close"}, {"Donald Trump", "Not yet"}, {"Bob Day", "Soon"}})
	an1.Speakers[0].Role = "Secretary of State"
	an1.Speakers[1].Role = "businessman"
	put(t, s, a1, an1)
	a2 := Article("Talks stall", "https://example.com/roles2", day(2),
		`"It is over," Trump said. "We walk away," he added.`)
	an2 := Analysis(t, a2, []Said{{"Trump", "It is over"}, {"Trump", "We walk away"}})
	an2.Speakers[0].Role = " President "
	id2 := put(t, s, a2, an2)
	roles := func(when string, want map[string]string) {
		t.Helper()
		sp, err := s.Speakers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, st := range sp {
			got[st.Name] = st.Role
		}
		if len(got) != len(want) {
			t.Errorf("%s: speakers %+v, want %d", when, sp, len(want))
		}
		for name, role := range want {
			if r, ok := got[name]; !ok || r != role {
				t.Errorf("%s: %s's role = %q (listed %v), want %q", when, name, r, ok, role)
			}
		}
	}
	// "Trump" has two quotes with a role, "Donald Trump" one: the
	// speaker both names merge into takes the role of the more quoted.
	roles("after two articles", map[string]string{"Jane Roe": "Secretary of State", "Donald Trump": "President", "Bob Day": ""})
	if err := s.Delete(ctx, id2); err != nil {
		t.Fatal(err)
	}
	roles("after deleting the second", map[string]string{"Jane Roe": "Secretary of State", "Donald Trump": "businessman", "Bob Day": ""})
}
