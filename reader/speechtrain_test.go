package reader

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The speech model is retrained from PolNeAR train with
//
//	go build -o byline . && python3 reader/data/speechlabels.py --bin ./byline --set train > /tmp/speech.tsv
//	go test ./reader -run TestTrainSpeechModel -speech-train /tmp/speech.tsv
//
// which rewrites data/speech.txt (feature names and weights, no text).
var speechTrain = flag.String("speech-train", "", "retrain the speech model from this file of labelled features (reader/data/speechlabels.py) and rewrite data/speech.txt")

type speechExample struct {
	y  float64
	fs []string
}

// Training settings: features seen in fewer than speechMinCount examples
// get no weight; L2 regularisation; epochs of stochastic gradient descent.
const (
	speechMinCount = 5
	speechL2       = 1e-2
	speechEpochs   = 30
)

// readSpeechExamples reads speechlabels.py's output: "# gold N", then
// "label<TAB>features" lines.
func readSpeechExamples(path string) (ex []speechExample, gold int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "# gold "); ok {
			if gold, err = strconv.Atoi(n); err != nil {
				return nil, 0, err
			}
			continue
		}
		y, fs, ok := strings.Cut(line, "\t")
		if !ok || (y != "0" && y != "1") {
			return nil, 0, fmt.Errorf("bad line %q", line)
		}
		ex = append(ex, speechExample{y: float64(y[0] - '0'), fs: strings.Fields(fs)}) // no features: not scored
	}
	return ex, gold, sc.Err()
}

// trainSpeech fits a logistic regression to ex by stochastic gradient
// descent (a fixed shuffle, so that retraining gives the same weights).
func trainSpeech(ex []speechExample) *speechModel {
	count := map[string]int{}
	for _, e := range ex {
		seen := map[string]bool{}
		for _, f := range e.fs {
			if !seen[f] {
				seen[f] = true
				count[f]++
			}
		}
	}
	m := &speechModel{w: map[string]float64{}}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	lr := 0.1
	for ep := 0; ep < speechEpochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := ex[i]
			if len(e.fs) == 0 {
				continue // not scored: always listed
			}
			g := m.prob(e.fs) - e.y
			m.bias -= lr * g
			for _, f := range e.fs {
				if count[f] >= speechMinCount {
					m.w[f] -= lr * (g + speechL2*m.w[f])
				}
			}
		}
		lr *= 0.9
	}
	return m
}

// speechThreshold returns the threshold that maximises F1 of reported
// speech on ex, gold being the annotated units, and that F1's precision
// and recall.
func speechThreshold(m *speechModel, ex []speechExample, gold int) (th, p, r float64) {
	type scored struct{ p, y float64 }
	s := make([]scored, len(ex))
	for i, e := range ex {
		s[i] = scored{m.prob(e.fs), e.y}
		if len(e.fs) == 0 {
			s[i].p = 1 // not scored: always listed
		}
	}
	best := -1.0
	for t := 0.0; t < 0.95; t += 0.05 {
		kept, tp := 0.0, 0.0
		for _, x := range s {
			if x.p >= t {
				kept++
				tp += x.y
			}
		}
		if kept == 0 || gold == 0 {
			continue
		}
		pp, rr := tp/kept, tp/float64(gold)
		if f1 := 2 * pp * rr / (pp + rr); f1 > best+1e-9 {
			best, th, p, r = f1, t, pp, rr
		}
	}
	return math.Round(th*100) / 100, p, r
}

// formatSpeech writes the model as data/speech.txt holds it.
func formatSpeech(m *speechModel, header string) string {
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, "@bias %.4f\n@threshold %.2f\n", m.bias, m.threshold)
	keys := make([]string, 0, len(m.w))
	for k, v := range m.w {
		if math.Abs(v) >= 0.005 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s %.4f\n", k, m.w[k])
	}
	return b.String()
}

const speechHeader = `# The speech model (reader/speechmodel.go): logistic regression weights over the features of
# reported speech, and the threshold below which it is not listed (rule speech-model). Names of
# features and numbers only. Rebuilt from PolNeAR train by
#   go build -o byline . && python3 reader/data/speechlabels.py --bin ./byline --set train > /tmp/speech.tsv
#   go test ./reader -run TestTrainSpeechModel -speech-train /tmp/speech.tsv
`

// TestTrainSpeechModel retrains data/speech.txt when -speech-train is
// given; without it, it checks that the trainer learns a constructed set
// and that its output reads back as the same model.
func TestTrainSpeechModel(t *testing.T) {
	if *speechTrain != "" {
		ex, gold, err := readSpeechExamples(*speechTrain)
		if err != nil {
			t.Fatal(err)
		}
		m := trainSpeech(ex)
		var p, r float64
		m.threshold, p, r = speechThreshold(m, ex, gold)
		t.Logf("%d examples, %d gold units: threshold %.2f, train P %.3f R %.3f", len(ex), gold, m.threshold, p, r)
		if err := os.WriteFile("data/speech.txt", []byte(formatSpeech(m, speechHeader)), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	var ex []speechExample
	for i := 0; i < 40; i++ {
		ex = append(ex, speechExample{1, []string{"cue=said", "first=that"}},
			speechExample{0, []string{"cue=addressed", "first=the"}})
		if i%4 == 0 {
			ex = append(ex, speechExample{0, []string{"cue=said", "first=the"}})
		}
	}
	m := trainSpeech(ex)
	m.threshold, _, _ = speechThreshold(m, ex, 40)
	if p := m.prob([]string{"cue=said", "first=that"}); p < 0.9 {
		t.Errorf("said that: %.2f, want >= 0.9", p)
	}
	if p := m.prob([]string{"cue=addressed", "first=the"}); p > 0.1 {
		t.Errorf("addressed the: %.2f, want <= 0.1", p)
	}
	if m.prob([]string{"cue=said", "first=the"}) >= m.prob([]string{"cue=said", "first=that"}) {
		t.Error("said the scores as high as said that")
	}
	// the text format reads back as the same model
	back := parseSpeech(formatSpeech(m, "# test\n"))
	if math.Abs(back.threshold-m.threshold) > 0.005 || math.Abs(back.prob([]string{"cue=said"})-m.prob([]string{"cue=said"})) > 0.01 {
		t.Errorf("read back: threshold %.2f prob %.3f, want %.2f %.3f", back.threshold, back.prob([]string{"cue=said"}), m.threshold, m.prob([]string{"cue=said"}))
	}
}
