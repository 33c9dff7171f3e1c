package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

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
