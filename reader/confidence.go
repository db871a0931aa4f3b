package reader

import (
	"strconv"
	"sync"
)

// confKey is a line of data/confidence.txt: a quote's kind, the rule that
// found it and the rule that chose its speaker.
type confKey struct {
	kind          QuoteKind
	rule, speaker Rule
}

// confTable holds data/confidence.txt: the precision (quote and speaker
// right) that each key had on PolNeAR train, and each kind's overall one
// for keys the table lacks.
type confTable struct {
	byKey  map[confKey]float64
	byKind map[QuoteKind]float64
}

var confidences = sync.OnceValue(func() *confTable {
	t := &confTable{byKey: map[confKey]float64{}, byKind: map[QuoteKind]float64{}}
	kinds := map[string]QuoteKind{"direct": Direct, "indirect": Indirect, "stance": Stance}
	rules := map[string]Rule{}
	for r := range numRules {
		rules[r.String()] = r
	}
	each("confidence.txt", func(f []string) {
		if len(f) < 4 {
			panic("reader: confidence.txt: want kind, rule, speaker rule and precision")
		}
		p, err := strconv.ParseFloat(f[3], 64)
		k, okK := kinds[f[0]]
		if err != nil || !okK || p < 0 || p > 1 {
			panic("reader: confidence.txt: bad line for " + f[0] + " " + f[1])
		}
		if f[1] == "*" {
			t.byKind[k] = p
			return
		}
		t.byKey[confKey{k, rules[f[1]], rules[f[2]]}] = p
	})
	return t
})

// confidence returns how likely a quote and its speaker are right: the
// precision quotes like it (kind and rules) had on PolNeAR train, from
// data/confidence.txt.
func confidence(kind QuoteKind, rule, speaker Rule) float64 {
	t := confidences()
	if p, ok := t.byKey[confKey{kind, rule, speaker}]; ok {
		return p
	}
	if p, ok := t.byKind[kind]; ok {
		return p
	}
	return 0.5
}
