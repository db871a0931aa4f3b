package cite

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/samples"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// cslSchema compiles the CSL data schema (testdata/csl-data.json, from
// citation-style-language/schema, MIT: testdata/csl-data.LICENSE.txt).
func cslSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "csl-data.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("csl-data.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("csl-data.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, text string) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, text)
	}
	return sch.Validate(v)
}

// TestCSLSchema validates the CSL-JSON of every bundled article, and of
// every quote in it that is speech, against the CSL data schema.
func TestCSLSchema(t *testing.T) {
	sch := cslSchema(t)
	files, err := samples.Files()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		a, err := reader.Parse(f.Data, f.Name)
		if err != nil {
			t.Fatal(err)
		}
		an := reader.Analyze(a)
		refs := []*Ref{ForArticle(a)}
		for i, q := range an.Quotes {
			r, err := ForQuote(a, an, i)
			if q.Kind != reader.Direct && q.Kind != reader.Indirect {
				if !errors.Is(err, ErrNotSpeech) {
					t.Fatalf("%s quote %d, a %v, cited: %v", f.Name, i, q.Kind, err)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s quote %d: %v", f.Name, i, err)
			}
			refs = append(refs, r)
		}
		text, err := Text(CSL, refs...)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(t, sch, text); err != nil {
			t.Errorf("%s: CSL-JSON does not validate: %v", f.Name, err)
		}
		n += len(refs)
	}
	if n < 10 {
		t.Fatalf("only %d citations checked", n)
	}
}

// The schema check can fail: an item with a field the schema does not
// know, or a type it does not list, is rejected.
func TestCSLSchemaRejects(t *testing.T) {
	sch := cslSchema(t)
	a, _ := sample(t, "wikinews-2019-09-06")
	text, err := Text(CSL, ForArticle(a))
	if err != nil {
		t.Fatal(err)
	}
	var items []map[string]any
	if err := json.Unmarshal([]byte(text), &items); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []func(map[string]any){
		func(m map[string]any) { m["type"] = "newspaper-article" },
		func(m map[string]any) { m["quote"] = "x" },
		func(m map[string]any) { m["issued"] = "2019-09-06" },
	} {
		c := map[string]any{}
		for k, v := range items[0] {
			c[k] = v
		}
		bad(c)
		b, _ := json.Marshal([]any{c})
		if err := validate(t, sch, string(b)); err == nil {
			t.Errorf("schema accepted %s", b)
		}
	}
}
