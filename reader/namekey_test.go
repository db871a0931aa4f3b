package reader

import "testing"

func TestSpeakerKey(t *testing.T) {
	for _, tc := range []struct {
		name string
		kind EntityKind
		want string
	}{
		{"Donald Trump", Person, "donald trump"},
		{"President Donald J. Trump", Person, "donald j trump"},
		{"US President Donald Trump", Person, "donald trump"},
		{"the Ukrainian president Volodymyr Zelensky", Person, "volodymyr zelensky"},
		{"Secretary of State Marco Rubio", Person, "marco rubio"},
		{"Attorney General Pam Bondi", Person, "pam bondi"},
		{"Mr Starmer", Person, "starmer"},
		{"Martin Luther King Jr.", Person, "martin luther king"},
		{"Alexandria Ocasio-Cortez", Person, "alexandria ocasio-cortez"},
		{"Conan O’Brien", Person, "conan o'brien"},
		{"Trump's", Person, "trump"},
		{"Prime Minister", Person, "prime minister"},
		{"the Kremlin", Org, "kremlin"},
		{"Home Office", Org, "home office"},
		{"General Motors", Org, "general motors"},
		{"  ", Person, ""},
	} {
		if got := SpeakerKey(tc.name, tc.kind); got != tc.want {
			t.Errorf("SpeakerKey(%q, %v) = %q, want %q", tc.name, tc.kind, got, tc.want)
		}
	}
}
