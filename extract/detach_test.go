package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// TestResultIndependentOfInput overwrites the input after Extract, on
// every test article (many of them need no normalization, so that the
// text shares the input), and checks that the result did not change.
func TestResultIndependentOfInput(t *testing.T) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	e := New(WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)))
	shared := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !e.norm.Normalize(src).Changed() {
			shared++
		}
		got := e.Extract(src)
		want := e.Extract(append([]byte(nil), src...))
		for i := range src {
			src[i] = 'x'
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: the result changed with the input (-want +got):\n%s", f, diff)
		}
	}
	if shared == 0 {
		t.Error("no article shares its input: the test tests nothing")
	}
}

// TestEachStringVisitsAll checks that Result.eachString visits every
// string the result holds, found by reflection, so that a new string
// field cannot escape detach.
func TestEachStringVisitsAll(t *testing.T) {
	files, _ := filepath.Glob("../testdata/extract/*.txt")
	e := New(WithReference(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)))
	for _, f := range files {
		src, _ := os.ReadFile(f)
		r := e.Extract(src)
		visited := map[*string]bool{}
		r.eachString(func(s *string) { visited[s] = true })
		var walk func(v reflect.Value, path string)
		walk = func(v reflect.Value, path string) {
			switch v.Kind() {
			case reflect.String:
				if v.Len() > 0 && v.CanAddr() && !visited[(*string)(v.Addr().UnsafePointer())] {
					t.Errorf("%s: %s (%q) is not visited by eachString", f, path, v.String())
				}
			case reflect.Pointer:
				if !v.IsNil() {
					walk(v.Elem(), path)
				}
			case reflect.Slice:
				for i := 0; i < v.Len(); i++ {
					walk(v.Index(i), path+"[]")
				}
			case reflect.Struct:
				if v.Type() == reflect.TypeOf(time.Time{}) {
					return
				}
				for i := 0; i < v.NumField(); i++ {
					if v.Type().Field(i).IsExported() {
						walk(v.Field(i), path+"."+v.Type().Field(i).Name)
					}
				}
			}
		}
		walk(reflect.ValueOf(r), "Result")
	}
}

// TestDetach gives detach a result whose strings point into the text and
// checks that they are copied, equal, and that others are left alone.
func TestDetach(t *testing.T) {
	src := []byte("Ông Nguyễn Văn Nên, Bí thư Thành ủy, cho biết 96 cán bộ")
	text := string(src)
	other := "count.noun"
	part := func(s string) string {
		i := strings.Index(text, s)
		return text[i : i+len(s)]
	}
	r := &Result{
		Officials: []Official{{Name: part("Nguyễn Văn Nên"), Titles: []string{part("Bí thư Thành ủy")}, Rule: other}},
		Counts:    []Count{{Unit: part("cán bộ"), Rule: other}},
	}
	want := &Result{
		Officials: []Official{{Name: "Nguyễn Văn Nên", Titles: []string{"Bí thư Thành ủy"}, Rule: other}},
		Counts:    []Count{{Unit: "cán bộ", Rule: other}},
	}
	r.detach(text)
	if diff := cmp.Diff(want, r); diff != "" {
		t.Fatalf("detach changed the values (-want +got):\n%s", diff)
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	r.eachString(func(s *string) {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(*s))); len(*s) > 0 && lo <= p && p < lo+uintptr(len(text)) {
			t.Errorf("%q still points into the text", *s)
		}
	})
	if unsafe.StringData(r.Officials[0].Rule) != unsafe.StringData(other) {
		t.Error("a string outside the text was copied")
	}
}
