package extract_test

import (
	"fmt"
	"strings"

	"github.com/vnextract/vnextract/extract"
)

// Officials come back one per person, each title in its fullest written
// form, with the office and its organization taken apart; the byline is
// not an official.
func ExampleExtractor_Extract_officials() {
	src := "Đến dự có các đồng chí: Nguyễn Văn Nên, Bí thư Trung ương Đảng, Bí thư Thành ủy TP Hồ Chí Minh; " +
		"Nguyễn Hồ Hải, Phó Bí thư Thành ủy, Trưởng Ban Tổ chức Thành ủy TP Hồ Chí Minh.\n\n" +
		"Bí thư Thành ủy TP Nguyễn Văn Nên đề nghị các cấp ủy làm tốt công tác cán bộ.\n\nChi Mai"
	r := extract.New().ExtractString(src)
	for _, o := range r.Officials {
		fmt.Printf("%s (%s) — %s\n", o.Name, strings.Join(o.Honorifics, ", "), strings.Join(o.Titles, "; "))
		for _, role := range o.Roles {
			fmt.Printf("  %s | %s | %s\n", role.Position, role.Organization, role.OrganizationExpanded)
		}
	}
	for _, c := range r.Bylines {
		fmt.Println("byline:", c.Name)
	}
	// Output:
	// Nguyễn Văn Nên (đồng chí) — Bí thư Trung ương Đảng; Bí thư Thành ủy TP Hồ Chí Minh
	//   Bí thư | Trung ương Đảng | Trung ương Đảng
	//   Bí thư | Thành ủy TP Hồ Chí Minh | Thành ủy Thành phố Hồ Chí Minh
	// Nguyễn Hồ Hải (đồng chí) — Phó Bí thư Thành ủy; Trưởng Ban Tổ chức Thành ủy TP Hồ Chí Minh
	//   Phó Bí thư | Thành ủy | Thành ủy
	//   Trưởng Ban | Ban Tổ chức Thành ủy TP Hồ Chí Minh | Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh
	// byline: Chi Mai
}
