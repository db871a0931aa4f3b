package figures

import (
	"testing"
	"time"
)

// article finds the figures of a constructed article.
func article(id int64, day int, text string) Source {
	return Source{ID: id, Date: time.Date(2025, 3, day, 0, 0, 0, 0, time.UTC), Figures: find(text)}
}

// undated is s with its date unknown.
func undated(s Source) Source {
	s.Date = time.Time{}
	return s
}

func TestDisagreements(t *testing.T) {
	tests := []struct {
		name string
		a, b Source
		want int // conflicts found
	}{
		{"same measure, different values",
			article(1, 19, "The ferry operator carried 175 passengers on Monday."),
			article(2, 20, "The ferry operator carried 172 passengers, officials said."), 1},
		{"same value",
			article(1, 19, "The ferry operator carried 175 passengers on Monday."),
			article(2, 20, "The ferry operator carried 175 passengers, officials said."), 0},
		{"different subjects",
			article(1, 19, "The ferry operator carried 175 passengers on Monday."),
			article(2, 20, "The airline carried 172 passengers on Monday."), 0},
		{"different periods",
			article(1, 1, "The ferry operator carried 175 passengers on Monday."),
			article(2, 28, "The ferry operator carried 172 passengers on Monday."), 0},
		{"a total and a part",
			article(1, 19, "The ferry operator carried 1,000 passengers this week."),
			article(2, 20, "The ferry operator carried 200 passengers on Monday."), 0},
		{"different units",
			article(1, 19, "Acme profits rose 76% in the quarter."),
			article(2, 19, "Acme profits rose $70m in the quarter."), 0},
		{"a rise and a level",
			article(1, 19, "Acme shares rose 6% on Monday."),
			article(2, 19, "Acme shares were 5% of the index."), 0},
		{"one article undated",
			undated(article(1, 19, "The ferry operator carried 175 passengers on Monday.")),
			article(2, 20, "The ferry operator carried 172 passengers, officials said."), 0},
		{"both undated",
			undated(article(1, 19, "The ferry operator carried 175 passengers on Monday.")),
			undated(article(2, 20, "The ferry operator carried 172 passengers, officials said.")), 0},
		{"synonym units",
			article(1, 19, "Each side released 175 POWs on Wednesday."),
			article(2, 20, "Each side freed 172 prisoners of war, officials said."), 1},
		{"synonym units, other subject",
			article(1, 19, "Each side released 175 POWs on Wednesday."),
			article(2, 20, "The jail freed 172 prisoners, officials said."), 0},
		{"different counted nouns",
			article(1, 19, "Each side released 175 POWs on Wednesday."),
			article(2, 20, "Each side released 172 civilians, officials said."), 0},
		{"percentages",
			article(1, 19, "Acme profits rose 76% in the quarter."),
			article(2, 20, "Acme profits rose 67% in the quarter, it said."), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Disagreements([]Source{tc.a, tc.b})
			if len(got) != tc.want {
				t.Fatalf("%d conflicts %+v, want %d (figures %+v / %+v)", len(got), got, tc.want, tc.a.Figures, tc.b.Figures)
			}
			for _, c := range got {
				if c.A != 0 || c.B != 1 || c.FA >= len(tc.a.Figures) || c.FB >= len(tc.b.Figures) {
					t.Errorf("bad conflict %+v", c)
				}
			}
		})
	}
}
