package figures

import "testing"

// TestRatios checks fractions and "so many in so many" read as ratios,
// and the near misses that are not ratios.
func TestRatios(t *testing.T) {
	tests := []struct {
		in, fig string
		val     float64
		about   string
	}{
		{"A third of those polled said no.", "A third", 1.0 / 3, "those polled"},
		{"Nearly two-thirds of the votes came late.", "Nearly two-thirds", 2.0 / 3, "votes"},
		{"It has 90 staff, almost half of which work abroad.", "almost half", 0.5, ""},
		{"One out of four drivers was late.", "One out of four", 0.25, "drivers"},
		{"Now 1 in 5 cars is electric.", "1 in 5", 0.2, "cars"},
		{"Only one-fifth of members voted.", "Only one-fifth", 0.2, "members"},
	}
	for _, tc := range tests {
		f := findText(t, tc.in, tc.fig)
		if f == nil {
			continue
		}
		if f.Kind != Ratio || f.Value != tc.val || f.Unit != "" || f.About != tc.about {
			t.Errorf("%q: %v %v %q about %q, want ratio %v about %q", tc.fig, f.Kind, f.Value, f.Unit, f.About, tc.val, tc.about)
		}
	}
	// Not ratios: a span of time, a measure, a rank, a part of a period,
	// goals in minutes.
	for _, in := range []string{
		"A quarter of a century ago the mill closed.",
		"Rates rose by a quarter of a percentage point.",
		"In the first half of the year sales rose.",
		"He scored 2 in 90 minutes.",
		"The third round starts today.",
		"They walked a third of a mile.",
	} {
		for _, f := range find(in) {
			if f.Kind == Ratio {
				t.Errorf("%q: ratio %q", in, in[f.Start:f.End])
			}
		}
	}
}
