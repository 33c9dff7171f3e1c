package normalize_test

import (
	"fmt"

	"github.com/vnextract/vnextract/normalize"
)

func ExampleString() {
	// Modern tone placement, a no-break space and a zero-width space, as
	// scraped.
	fmt.Println(normalize.String("Ông Triệu Quý Hoà, Phó Bí thư Thành uỷ\u00a0Nha\u200b Trang"))
	// Output: Ông Triệu Quý Hòa, Phó Bí thư Thành ủy Nha Trang
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Nguyễn Văn Nên, Bí thư Thành ủy TP Hồ Chí Minh", false))
	fmt.Println(normalize.Fold("Đà Nẵng", true))
	// Output:
	// Nguyen Van Nen, Bi thu Thanh uy TP Ho Chi Minh
	// da nang
}

func ExampleNormalizer_Normalize() {
	src := []byte("Chiều 20/1,\u00a0Ban Tổ chức Thành uỷ")
	t := normalize.New().Normalize(src)
	fmt.Println(t.String())
	// "Thành ủy" is at bytes 30..41 of the normalized text; Span maps it
	// back to the original, where "Thành uỷ" follows a two-byte NBSP.
	s, e := t.Span(30, 41)
	fmt.Printf("%q\n", src[s:e])
	// Output:
	// Chiều 20/1, Ban Tổ chức Thành ủy
	// "Thành uỷ"
}

func ExampleNew() {
	n := normalize.New(normalize.WithTone(normalize.Modern))
	fmt.Println(n.String("sức khỏe, Hóa học, Khánh Hòa, thủy điện"))
	// Output: sức khoẻ, Hoá học, Khánh Hoà, thuỷ điện
}
