package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnextract/vnextract/extract"
)

// offWant is the part of an Official a table test checks.
type offWant struct {
	Name       string
	Titles     []string
	Honorifics []string
}

func offGot(r *extract.Result) []offWant {
	got := []offWant{}
	for _, o := range r.Officials {
		got = append(got, offWant{Name: o.Name, Titles: o.Titles, Honorifics: o.Honorifics})
	}
	return got
}

// ow builds an offWant; titles and honorifics are separated by "|" and
// may be empty.
func ow(name, titles, hons string) offWant {
	split := func(s string) []string {
		if s == "" {
			return []string{}
		}
		return strings.Split(s, "|")
	}
	return offWant{Name: name, Titles: split(titles), Honorifics: split(hons)}
}

// officialsTests are the patterns of the officials extractor, each on a
// real Vietnamese sentence. They also seed the fuzz target.
var officialsTests = []struct {
	name string
	text string
	want []offWant
}{
	// Name then titles.
	{"name-comma-chain",
		"Đến dự có đồng chí Nguyễn Văn Nên, Bí thư Trung ương Đảng, Bí thư Thành ủy TP Hồ Chí Minh.",
		[]offWant{ow("Nguyễn Văn Nên", "Bí thư Trung ương Đảng|Bí thư Thành ủy TP Hồ Chí Minh", "đồng chí")}},
	{"name-dash",
		"Ông Trần Văn Hùng – Chủ tịch UBND tỉnh Bình Định cho biết tỉnh đã sẵn sàng.",
		[]offWant{ow("Trần Văn Hùng", "Chủ tịch UBND tỉnh Bình Định", "ông")}},
	{"name-parentheses",
		"Ông Lê Văn Tâm (Giám đốc Sở Y tế) cho biết số ca mắc giảm.",
		[]offWant{ow("Lê Văn Tâm", "Giám đốc Sở Y tế", "ông")}},
	{"name-comma-verb",
		"Đồng chí Ma Xuân Việt, Phó Trưởng Ban Tổ chức Thành ủy TP Hồ Chí Minh cho biết kết quả.",
		[]offWant{ow("Ma Xuân Việt", "Phó Trưởng Ban Tổ chức Thành ủy TP Hồ Chí Minh", "đồng chí")}},
	{"name-lowercase-org",
		"Bà H'Liên Mlô, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết sở đã chuẩn bị giống.",
		[]offWant{ow("H'Liên Mlô", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "bà")}},
	{"name-org-with-genitive",
		"Ông Triệu Quý Hòa, Phó Bí thư Thành ủy Nha Trang, Trưởng ban Chỉ đạo thi của thành phố cho biết.",
		[]offWant{ow("Triệu Quý Hòa", "Phó Bí thư Thành ủy Nha Trang|Trưởng ban Chỉ đạo thi của thành phố", "ông")}},
	{"name-place-after-department",
		"Ông Lê Hữu Phước, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn TP. Đà Nẵng thông tin, mưa lũ làm ngập lúa.",
		[]offWant{ow("Lê Hữu Phước", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn TP. Đà Nẵng", "ông")}},

	// Title then name.
	{"title-name-city",
		"Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn Nên đánh giá cao kết quả đạt được.",
		[]offWant{ow("Nguyễn Văn Nên", "Bí thư Thành ủy TP Hồ Chí Minh", "")}},
	{"title-name-bare-position",
		"Thủ tướng Phạm Minh Chính chủ trì cuộc họp.",
		[]offWant{ow("Phạm Minh Chính", "Thủ tướng", "")}},
	{"title-name-four-syllables",
		"Phó Chủ tịch Quốc hội Trương Thị Bích Hạnh điều hành phiên thảo luận.",
		[]offWant{ow("Trương Thị Bích Hạnh", "Phó Chủ tịch Quốc hội", "")}},
	{"title-name-ministry",
		"Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết ngân sách vượt thu.",
		[]offWant{ow("Hồ Đức Phớc", "Bộ trưởng Bộ Tài chính", "")}},
	{"title-name-chain",
		"Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng dự lễ khánh thành.",
		[]offWant{ow("Đinh Tiến Dũng", "Ủy viên Bộ Chính trị|Bí thư Thành ủy Hà Nội", "")}},
	{"title-name-stops-at-verb",
		"Phát biểu chỉ đạo, Bí thư Tỉnh ủy Hoàng Minh Khiêm đánh giá cao những kết quả.",
		[]offWant{ow("Hoàng Minh Khiêm", "Bí thư Tỉnh ủy", "")}},
	{"title-name-province",
		"Phó Chủ tịch UBND tỉnh Đắk Lắk Võ Ngọc Hiển chủ trì cuộc họp.",
		[]offWant{ow("Võ Ngọc Hiển", "Phó Chủ tịch UBND tỉnh Đắk Lắk", "")}},
	{"title-name-abbreviated-department",
		"Giám đốc Sở GD&ĐT tỉnh Khánh Hòa Trần Thị Thúy kiểm tra điểm thi.",
		[]offWant{ow("Trần Thị Thúy", "Giám đốc Sở GD&ĐT tỉnh Khánh Hòa", "")}},
	{"title-name-comma-in-organization",
		"Chủ nhiệm Ủy ban Tài chính, Ngân sách Lâm Đức Hậu lưu ý nguy cơ hụt thu.",
		[]offWant{ow("Lâm Đức Hậu", "Chủ nhiệm Ủy ban Tài chính, Ngân sách", "")}},
	{"title-name-person-named-sang",
		"Sáng 24/10, Phó Trưởng đoàn ĐBQH tỉnh Thanh Hóa Hà Văn Sáng cho biết tỉnh đã điều chuyển vốn. Ông Sáng đề nghị sửa luật.",
		[]offWant{ow("Hà Văn Sáng", "Phó Trưởng đoàn ĐBQH tỉnh Thanh Hóa", "ông")}},
	{"title-name-hospital",
		"Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết bệnh viện đã cử 50 người.",
		[]offWant{ow("Đào Xuân Cơ", "Giám đốc Bệnh viện Bạch Mai", "")}},
	{"title-name-district",
		"Chủ tịch UBND huyện Gia Lâm Nguyễn Văn Khánh kiểm tra đê.",
		[]offWant{ow("Nguyễn Văn Khánh", "Chủ tịch UBND huyện Gia Lâm", "")}},
	{"title-name-company",
		"Chủ tịch Vingroup Phạm Nhật Vượng phát biểu tại diễn đàn.",
		[]offWant{ow("Phạm Nhật Vượng", "Chủ tịch Vingroup", "")}},
	{"title-comma-honorific-name",
		"Giám đốc Trung tâm Khuyến nông tỉnh, ông Lương Văn Tỵ, cho biết trung tâm sẽ mở 45 lớp.",
		[]offWant{ow("Lương Văn Tỵ", "Giám đốc Trung tâm Khuyến nông tỉnh", "ông")}},
	{"title-rank-name",
		"Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Long, cho biết.",
		[]offWant{ow("Nguyễn Văn Long", "Giám đốc Công an tỉnh", "Đại tá")}},
	{"title-name-two-ministers",
		"Tham dự có Phó Thủ tướng Phạm Bình Minh, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng.",
		[]offWant{ow("Phạm Bình Minh", "Phó Thủ tướng", ""), ow("Nguyễn Chí Dũng", "Bộ trưởng Bộ Kế hoạch và Đầu tư", "")}},
	{"title-name-then-appositive",
		"Phó Thủ tướng Lê Văn Thành, Trưởng Ban Chỉ đạo quốc gia phòng, chống thiên tai, yêu cầu các địa phương.",
		[]offWant{ow("Lê Văn Thành", "Phó Thủ tướng|Trưởng Ban Chỉ đạo quốc gia phòng, chống thiên tai", "")}},

	// Lists.
	{"list",
		"Đến dự có các đồng chí: Lê Minh Hưng, Bí thư Tỉnh ủy; Trần Thị Lan, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
		[]offWant{ow("Lê Minh Hưng", "Bí thư Tỉnh ủy", "đồng chí"), ow("Trần Thị Lan", "Phó Bí thư Tỉnh ủy|Chủ tịch HĐND tỉnh", "đồng chí")}},
	{"list-standing",
		"Dự hội nghị có các đồng chí: Hoàng Minh Khiêm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh; Ma Thị Nguyệt, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.",
		[]offWant{ow("Hoàng Minh Khiêm", "Ủy viên Trung ương Đảng|Bí thư Tỉnh ủy|Trưởng đoàn Đại biểu Quốc hội tỉnh", "đồng chí"),
			ow("Ma Thị Nguyệt", "Phó Bí thư Thường trực Tỉnh ủy|Chủ tịch HĐND tỉnh", "đồng chí")}},

	{"list-without-colon",
		"Tham dự có các đồng chí Nguyễn Văn An, Trần Văn Bình và Lê Thị Châu. Sau đó Phạm Văn Dũng phát biểu.",
		[]offWant{ow("Nguyễn Văn An", "", "đồng chí"), ow("Trần Văn Bình", "", "đồng chí"), ow("Lê Thị Châu", "", "đồng chí")}},
	{"list-with-commas",
		"Ông Lê Văn Tư, Chủ tịch UBND xã, Trần Văn Sáu, Phó Chủ tịch HĐND xã, cùng dự.",
		[]offWant{ow("Lê Văn Tư", "Chủ tịch UBND xã", "ông"), ow("Trần Văn Sáu", "Phó Chủ tịch HĐND xã", "")}},

	// Administrative places inside titles.
	{"admin-hierarchy",
		"Ông Lò Văn Páo, Chủ tịch UBND xã Lùng Tám, huyện Quản Bạ, cho biết nước lên nhanh.",
		[]offWant{ow("Lò Văn Páo", "Chủ tịch UBND xã Lùng Tám, huyện Quản Bạ", "ông")}},
	{"numbered-district",
		"Chủ tịch UBND quận 1 Lê Đức Thanh kiểm tra công trình.",
		[]offWant{ow("Lê Đức Thanh", "Chủ tịch UBND quận 1", "")}},
	{"unit-and-institution",
		"ThS.BS. Lê Thị Hòa, Phó Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh Phú Thọ cho biết.",
		[]offWant{ow("Lê Thị Hòa", "Phó Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh Phú Thọ", "ThS.|BS.")}},
	{"school-named-after-person",
		"Ông Lê Văn Hai, Hiệu trưởng Trường THPT Chu Văn An cho biết. Nhà giáo Ưu tú Nguyễn Thị Thu, Hiệu trưởng Trường Tiểu học Kim Đồng, phát biểu.",
		[]offWant{ow("Lê Văn Hai", "Hiệu trưởng Trường THPT Chu Văn An", "ông"), ow("Nguyễn Thị Thu", "Hiệu trưởng Trường Tiểu học Kim Đồng", "Nhà giáo Ưu tú")}},
	{"school-then-principal",
		"Hiệu trưởng Trường THPT Chu Văn An Nguyễn Hồng Tâm cho biết.",
		[]offWant{ow("Nguyễn Hồng Tâm", "Hiệu trưởng Trường THPT Chu Văn An", "")}},
	{"remark-in-parentheses",
		"Ông Võ Văn Hưng (ảnh), Chủ tịch UBND TP Huế, cho biết.",
		[]offWant{ow("Võ Văn Hưng", "Chủ tịch UBND TP Huế", "ông")}},
	{"organization-with-lowercase-plural",
		"Trưởng Ban Quản lý các khu công nghiệp tỉnh Nguyễn Văn Cường ký quyết định.",
		[]offWant{ow("Nguyễn Văn Cường", "Trưởng Ban Quản lý các khu công nghiệp tỉnh", "")}},
	{"place-after-comma-not-admin",
		"Bà Nguyễn Thị Lan, Giám đốc Sở Y tế, Hà Nội cho biết.",
		[]offWant{ow("Nguyễn Thị Lan", "Giám đốc Sở Y tế", "bà")}},

	// Later mentions and folding.
	{"short-mentions-merge",
		"Bí thư Tỉnh ủy Nguyễn Văn Lâm chủ trì hội nghị. Ông Lâm nhấn mạnh yêu cầu. Bí thư Lâm đề nghị các cấp ủy vào cuộc.",
		[]offWant{ow("Nguyễn Văn Lâm", "Bí thư Tỉnh ủy", "ông")}},
	{"prefix-title-folded",
		"Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn Nên phát biểu. Bí thư Thành ủy TP Nguyễn Văn Nên phân tích thêm.",
		[]offWant{ow("Nguyễn Văn Nên", "Bí thư Thành ủy TP Hồ Chí Minh", "")}},
	{"two-people-same-given-name",
		"Ông Triệu Quý Hòa, Phó Bí thư Thành ủy Nha Trang cho biết. Thượng tá Lê Quang Hòa, Phó Giám đốc Công an tỉnh Khánh Hòa cho biết thêm. Ông Hòa nhấn mạnh.",
		[]offWant{ow("Triệu Quý Hòa", "Phó Bí thư Thành ủy Nha Trang", "ông"), ow("Lê Quang Hòa", "Phó Giám đốc Công an tỉnh Khánh Hòa", "Thượng tá|ông")}},
	{"two-wordings-kept",
		"Ngoại trưởng Australia Penny Wong hội đàm. Bộ trưởng Ngoại giao Australia Penny Wong khẳng định quan hệ tốt đẹp.",
		[]offWant{ow("Penny Wong", "Ngoại trưởng Australia|Bộ trưởng Ngoại giao Australia", "")}},

	// Names.
	{"ethnic-ede-man",
		"Tại huyện Krông Pắc, ông Y Mơ Êban, Chủ tịch UBND huyện, cho biết địa phương đã vận động.",
		[]offWant{ow("Y Mơ Êban", "Chủ tịch UBND huyện", "ông")}},
	{"ede-five-units",
		"Ông Y Thanh Hà Niê Kđăm, Chủ nhiệm Ủy ban Dân tộc, thăm bà con.",
		[]offWant{ow("Y Thanh Hà Niê Kđăm", "Chủ nhiệm Ủy ban Dân tộc", "ông")}},
	{"ethnic-surnames",
		"Ông Sầm Văn Bình, Bí thư Huyện ủy Thạch An, cho biết. Bà Lục Thị Hoa, Phó Chủ tịch UBND huyện, thông tin thêm.",
		[]offWant{ow("Sầm Văn Bình", "Bí thư Huyện ủy Thạch An", "ông"), ow("Lục Thị Hoa", "Phó Chủ tịch UBND huyện", "bà")}},
	{"ethnic-kieu-mac-vi",
		"Ông Kiều Văn Dũng, Chủ tịch UBND xã, và ông Mạc Văn Phúc, Trưởng Công an xã, cùng bà Vi Thị Liên, Phó Chủ tịch HĐND xã, dự họp.",
		[]offWant{ow("Kiều Văn Dũng", "Chủ tịch UBND xã", "ông"), ow("Mạc Văn Phúc", "Trưởng Công an xã", "ông"), ow("Vi Thị Liên", "Phó Chủ tịch HĐND xã", "bà")}},
	{"khmer-name",
		"Ông Thạch Phước Bình, Bí thư Tỉnh ủy Trà Vinh, trao quà cho đồng bào.",
		[]offWant{ow("Thạch Phước Bình", "Bí thư Tỉnh ủy Trà Vinh", "ông")}},
	{"hmong-name",
		"Đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy, đã đến kiểm tra hiện trường.",
		[]offWant{ow("Hầu A Lềnh", "Bí thư Tỉnh ủy", "đồng chí")}},
	{"ton-nu",
		"Bà Tôn Nữ Thị Ninh, nguyên Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội, phát biểu.",
		[]offWant{ow("Tôn Nữ Thị Ninh", "nguyên Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội", "bà")}},
	{"given-name-anh",
		"Ông Nguyễn Tuấn Anh, Giám đốc Sở Nội vụ, cho biết.",
		[]offWant{ow("Nguyễn Tuấn Anh", "Giám đốc Sở Nội vụ", "ông")}},
	{"monk",
		"Hòa thượng Thích Thiện Nhơn, Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, chúc mừng.",
		[]offWant{ow("Thích Thiện Nhơn", "Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "Hòa thượng")}},
	{"normalized-name",
		"Thứ trưởng Bộ Giáo dục và Đào tạo Ngô Thị Minh Thuỷ đã kiểm tra. Bà Thuỷ đề nghị bảo đảm an toàn.",
		[]offWant{ow("Ngô Thị Minh Thủy", "Thứ trưởng Bộ Giáo dục và Đào tạo", "bà")}},

	// Foreign officials.
	{"foreign-transliterated",
		"Tổng thống Pháp N. Xác-cô-di hội đàm với Tổng thống Nga V. Pu-tin.",
		[]offWant{ow("N. Xác-cô-di", "Tổng thống Pháp", ""), ow("V. Pu-tin", "Tổng thống Nga", "")}},
	{"foreign-names",
		"Thủ tướng Nhật Bản Kishida Fumio tiếp Ngoại trưởng Mỹ Antony Blinken và Tổng thống Nga Vladimir Putin.",
		[]offWant{ow("Kishida Fumio", "Thủ tướng Nhật Bản", ""), ow("Antony Blinken", "Ngoại trưởng Mỹ", ""), ow("Vladimir Putin", "Tổng thống Nga", "")}},
	{"foreign-initial-no-country",
		"Thủ tướng N. Can phát biểu tại hội nghị.",
		[]offWant{ow("N. Can", "Thủ tướng", "")}},
	{"foreign-chinese",
		"Tổng Bí thư Nguyễn Phú Trọng tiếp Chủ tịch Trung Quốc Tập Cận Bình.",
		[]offWant{ow("Nguyễn Phú Trọng", "Tổng Bí thư", ""), ow("Tập Cận Bình", "Chủ tịch Trung Quốc", "")}},
	{"ambassador",
		"Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu dự lễ.",
		[]offWant{ow("Phạm Quang Hiệu", "Đại sứ Việt Nam tại Nhật Bản", "")}},

	// Modifiers.
	{"former",
		"Nguyên Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến dự buổi lễ.",
		[]offWant{ow("Nguyễn Thị Kim Tiến", "Nguyên Bộ trưởng Bộ Y tế", "")}},
	{"former-cuu",
		"Cựu Thủ tướng Anh Boris Johnson thăm Kyiv.",
		[]offWant{ow("Boris Johnson", "Cựu Thủ tướng Anh", "")}},
	{"acting",
		"Quyền Giám đốc Sở Tài chính Lê Văn Bình ký quyết định.",
		[]offWant{ow("Lê Văn Bình", "Quyền Giám đốc Sở Tài chính", "")}},
	{"concurrent",
		"Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Phạm Bình Minh tiếp khách.",
		[]offWant{ow("Phạm Bình Minh", "Phó Thủ tướng|Bộ trưởng Bộ Ngoại giao", "")}},
	{"standing",
		"Bà Ma Thị Nguyệt, Phó Bí thư Thường trực Tỉnh ủy, phát biểu.",
		[]offWant{ow("Ma Thị Nguyệt", "Phó Bí thư Thường trực Tỉnh ủy", "bà")}},

	// Honorifics and ranks are not titles; some offices are.
	{"rank",
		"Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, dự lễ.",
		[]offWant{ow("Tô Lâm", "Bộ trưởng Bộ Công an", "Đại tướng")}},
	{"ranks-police",
		"Thiếu tướng Nguyễn Văn Ba, Giám đốc Công an tỉnh Nghệ An, và Trung tá Lê Văn Hải, Phó Trưởng phòng, cùng dự.",
		[]offWant{ow("Nguyễn Văn Ba", "Giám đốc Công an tỉnh Nghệ An", "Thiếu tướng"), ow("Lê Văn Hải", "Phó Trưởng phòng", "Trung tá")}},
	{"academic",
		"GS.TS. Triệu Văn Khải, Giám đốc Bệnh viện Bạch Mai cho biết. PGS.TS. Nguyễn Thị Phương Thảo, Phó Giám đốc Bệnh viện Bệnh Nhiệt đới Trung ương khuyến cáo.",
		[]offWant{ow("Triệu Văn Khải", "Giám đốc Bệnh viện Bạch Mai", "GS.TS."), ow("Nguyễn Thị Phương Thảo", "Phó Giám đốc Bệnh viện Bệnh Nhiệt đới Trung ương", "PGS.TS.")}},
	{"academic-short",
		"TS. Lê Văn Minh và ThS. Trần Thị Hoa trình bày tham luận.",
		[]offWant{ow("Lê Văn Minh", "", "TS."), ow("Trần Thị Hoa", "", "ThS.")}},
	{"lawyer-journalist-monk",
		"Luật sư Trần Đình Triển cho biết. Nhà báo Hữu Thọ kể lại. Hòa thượng Thích Trí Quảng chứng minh.",
		[]offWant{ow("Trần Đình Triển", "", "luật sư"), ow("Thích Trí Quảng", "", "Hòa thượng")}},
	{"court-titles",
		"Thẩm phán Nguyễn Văn Hải đọc bản án. Kiểm sát viên Trần Thị Hồng giữ quyền công tố.",
		[]offWant{ow("Nguyễn Văn Hải", "Thẩm phán", ""), ow("Trần Thị Hồng", "Kiểm sát viên", "")}},
	{"deputy-title",
		"Phát biểu tại phiên thảo luận, đại biểu Quốc hội Lò Thị Mai Hoa (đoàn Sơn La) ghi nhận nỗ lực. Bà Hoa dẫn chứng số liệu.",
		[]offWant{ow("Lò Thị Mai Hoa", "đại biểu Quốc hội", "bà")}},
	{"honorific-only",
		"Bà Nguyễn Thị Sen (trú phường Hòa Minh, quận Liên Chiểu) kể lại. Theo bác sĩ Vi Thị Hằng, phần lớn ca bệnh nặng là người cao tuổi.",
		[]offWant{ow("Nguyễn Thị Sen", "", "bà"), ow("Vi Thị Hằng", "", "bác sĩ")}},
	{"forms-of-address",
		"Anh Nguyễn Văn Hùng (35 tuổi, ngụ xã Tân Lập) cho biết. Chị Lê Thị Mai kể lại.",
		[]offWant{ow("Nguyễn Văn Hùng", "", "anh"), ow("Lê Thị Mai", "", "chị")}},
	{"foreign-honorific",
		"Ông Park Hang-seo chia tay đội tuyển.",
		[]offWant{ow("Park Hang-seo", "", "ông")}},

	// Not officials.
	{"athlete-defendant",
		"Tiền đạo Nguyễn Tiến Linh ghi bàn thắng. Bị cáo Nguyễn Văn Cường bị tuyên phạt 5 năm tù.",
		[]offWant{}},
	{"places-named-after-people",
		"Nhiều tuyến đường như đường Lê Lợi, phố Hàng Bài, quận Hai Bà Trưng bị ngập; cầu Trần Thị Lý tạm cấm xe.",
		[]offWant{}},
	{"schools-hospitals-cities",
		"Thí sinh thi tại trường THPT Nguyễn Du, Bệnh viện Bạch Mai tiếp nhận bệnh nhân ở TP Hồ Chí Minh.",
		[]offWant{}},
	{"provinces",
		"Người dân tỉnh Bà Rịa - Vũng Tàu, Hà Nội và Lâm Đồng tham gia. Tại Hà Tĩnh, Sở Y tế cho biết.",
		[]offWant{}},
	{"organizations",
		"Bộ Y tế cho biết UBND tỉnh Đắk Lắk và Ban Tổ chức Thành ủy đã ban hành quyết định.",
		[]offWant{}},
	{"title-alone",
		"Giám đốc Bệnh viện Bạch Mai cho biết bệnh viện quá tải. Bí thư Huyện ủy Lâm Hà cho biết.",
		[]offWant{}},
	{"short-name-unknown",
		"Ông Kim nói toàn đội đã cố gắng.",
		[]offWant{}},
	{"credits-not-officials",
		"Đồng chí Nguyễn Văn Nên phát biểu. (Ảnh: Thy Dương)\n\nNội dung bài viết.\n\nChi Mai",
		[]offWant{ow("Nguyễn Văn Nên", "", "đồng chí")}},
	{"commune-named-after-person",
		"Ông Lê Văn Tư, Chủ tịch UBND xã Phan Bội Châu, cho biết.",
		[]offWant{ow("Lê Văn Tư", "Chủ tịch UBND xã Phan Bội Châu", "ông")}},

	// Title then name, the organization with lower-case words before the
	// name: they belong to it until the name starts.
	{"lowercase-org-preventive",
		"Cục trưởng Cục Y tế dự phòng Hoàng Minh Đức dẫn đầu đoàn công tác lên Hà Giang.",
		[]offWant{ow("Hoàng Minh Đức", "Cục trưởng Cục Y tế dự phòng", "")}},
	{"lowercase-org-department",
		"Vụ trưởng Vụ Tổ chức cán bộ Đàm Thị Hạnh công bố quyết định bổ nhiệm.",
		[]offWant{ow("Đàm Thị Hạnh", "Vụ trưởng Vụ Tổ chức cán bộ", "")}},
	{"lowercase-org-conjunction",
		"Giám đốc Sở Tài nguyên và Môi trường Khổng Văn Thắng cho biết tỉnh đã thu hồi đất.",
		[]offWant{ow("Khổng Văn Thắng", "Giám đốc Sở Tài nguyên và Môi trường", "")}},
	{"lowercase-org-long-run",
		"Chi cục trưởng Chi cục Thủy lợi và phòng chống thiên tai Thân Đức Toàn cho biết nước sông đang lên.",
		[]offWant{ow("Thân Đức Toàn", "Chi cục trưởng Chi cục Thủy lợi và phòng chống thiên tai", "")}},
	{"lowercase-org-project-board",
		"Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Đèo Văn Hùng ký biên bản nghiệm thu.",
		[]offWant{ow("Đèo Văn Hùng", "Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh", "")}},
	{"lowercase-org-new-countryside",
		"Trưởng ban Chỉ đạo xây dựng nông thôn mới tỉnh Bế Thanh Tịnh chủ trì hội nghị sơ kết.",
		[]offWant{ow("Bế Thanh Tịnh", "Trưởng ban Chỉ đạo xây dựng nông thôn mới tỉnh", "")}},
	{"lowercase-org-board-verb",
		"Chủ nhiệm Ủy ban kiểm tra Huyện ủy Tẩn Láo Lở cho biết đã kỷ luật hai đảng viên.",
		[]offWant{ow("Tẩn Láo Lở", "Chủ nhiệm Ủy ban kiểm tra Huyện ủy", "")}},
	{"lowercase-org-social-insurance",
		"Giám đốc Bảo hiểm xã hội tỉnh Ông Văn Thành cho hay số người tham gia tăng.",
		[]offWant{ow("Ông Văn Thành", "Giám đốc Bảo hiểm xã hội tỉnh", "")}},
	{"lowercase-org-comma-pair",
		"Cục trưởng Cục Quản lý khám, chữa bệnh Lục Văn Toản cho biết các bệnh viện đã sẵn sàng.",
		[]offWant{ow("Lục Văn Toản", "Cục trưởng Cục Quản lý khám, chữa bệnh", "")}},
	{"lowercase-verb-ends-title",
		"Ông Âu Văn Khánh, Giám đốc Sở Y tế dự hội nghị. Giám đốc Sở Y tế mới được bổ nhiệm Nguyễn Văn An. Chủ tịch UBND tỉnh tiếp Trần Văn Bình tại trụ sở.",
		[]offWant{ow("Âu Văn Khánh", "Giám đốc Sở Y tế", "ông")}},
	{"board-verb-after-party-committee",
		"Ông Kim Văn Sáu, Bí thư Tỉnh ủy kiểm tra huyện Mường Lát, cho biết. Ông Chu Văn Bảy, Chủ tịch UBND xã có mặt tại hiện trường, kể lại.",
		[]offWant{ow("Kim Văn Sáu", "Bí thư Tỉnh ủy", "ông"), ow("Chu Văn Bảy", "Chủ tịch UBND xã", "ông")}},
	{"village-head-then-village",
		"Ông Tạ Văn Tám, Trưởng thôn Đồng Tâm, cho biết. Trưởng thôn Bình Minh Hứa Văn Chín kể lại.",
		[]offWant{ow("Tạ Văn Tám", "Trưởng thôn Đồng Tâm", "ông"), ow("Hứa Văn Chín", "Trưởng thôn Bình Minh", "")}},

	// A chain of titles, the last one with a lower-case tail, then the
	// name.
	{"chain-lowercase-tail",
		"Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo thi của tỉnh Xa Thị Hồng đã kiểm tra điểm thi.",
		[]offWant{ow("Xa Thị Hồng", "Phó Chủ tịch UBND tỉnh|Trưởng ban Chỉ đạo thi của tỉnh", "")}},
	{"chain-lowercase-delegation",
		"Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Lò Thị Luyến phát biểu.",
		[]offWant{ow("Lò Thị Luyến", "Phó Bí thư Tỉnh ủy|Trưởng đoàn đại biểu Quốc hội tỉnh", "")}},
	{"chain-lowercase-epidemic",
		"Phó Chủ tịch UBND huyện, Trưởng ban chỉ đạo phòng chống dịch của huyện Hờ A Tủa kiểm tra chốt.",
		[]offWant{ow("Hờ A Tủa", "Phó Chủ tịch UBND huyện|Trưởng ban chỉ đạo phòng chống dịch của huyện", "")}},
	{"chain-exam-board",
		"Phó Giám đốc Sở Giáo dục và Đào tạo, Trưởng ban coi thi Vừ A Dính cho biết.",
		[]offWant{ow("Vừ A Dính", "Phó Giám đốc Sở Giáo dục và Đào tạo|Trưởng ban coi thi", "")}},

	// Titles after the name run to the comma, lower-case words included.
	{"appositive-to-comma",
		"Đại sứ Đỗ Hùng Việt, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc, cho biết.",
		[]offWant{ow("Đỗ Hùng Việt", "Đại sứ|Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc", "")}},
	{"appositive-to-comma-city",
		"Bà Giáp Thị Hoàng Yến, Phó Trưởng Phái đoàn đại diện Việt Nam tại Geneva, cho biết.",
		[]offWant{ow("Giáp Thị Hoàng Yến", "Phó Trưởng Phái đoàn đại diện Việt Nam tại Geneva", "bà")}},
	{"appositive-comma-pair",
		"Ông Quàng Văn Hương, Trưởng ban Chỉ đạo về phòng, chống tham nhũng của tỉnh, cho biết.",
		[]offWant{ow("Quàng Văn Hương", "Trưởng ban Chỉ đạo về phòng, chống tham nhũng của tỉnh", "ông")}},
	{"appositive-standing-comma-pair",
		"Ông Cầm Ngọc Minh, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống thiên tai tỉnh, thị sát đê.",
		[]offWant{ow("Cầm Ngọc Minh", "Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống thiên tai tỉnh", "ông")}},
	{"appositive-event-not-title",
		"Ông Nông Văn Lịch, Phó Chủ tịch UBND tỉnh tại Hội nghị, cho biết.",
		[]offWant{ow("Nông Văn Lịch", "Phó Chủ tịch UBND tỉnh", "ông")}},

	// After a preposition a position alone is another person; a remark in
	// parentheses after the name does not end its titles.
	{"preposition-then-chain",
		"Tranh luận với Bộ trưởng, đại biểu Quốc hội Đinh Văn Phúc (đoàn Kon Tum), nguyên Thứ trưởng Bộ Giao thông vận tải, đề nghị làm rõ.",
		[]offWant{ow("Đinh Văn Phúc", "đại biểu Quốc hội|nguyên Thứ trưởng Bộ Giao thông vận tải", "")}},
	{"preposition-cung",
		"Trao đổi cùng Thứ trưởng, đại biểu Quốc hội Khuất Thị Hằng (đoàn Bắc Giang), Phó Chủ nhiệm Ủy ban Kinh tế, cho rằng cần sửa luật.",
		[]offWant{ow("Khuất Thị Hằng", "đại biểu Quốc hội|Phó Chủ nhiệm Ủy ban Kinh tế", "")}},
	{"preposition-with-organization-keeps-chain",
		"Đoàn làm việc với Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Thái Quang Hưng về quy hoạch.",
		[]offWant{ow("Thái Quang Hưng", "Ủy viên Bộ Chính trị|Bí thư Thành ủy Hà Nội", "")}},
	{"remark-with-place-in-parentheses",
		"Ông Ninh Văn Tư (SN 1968, trú tại xã Tân Lập), Chủ tịch Hội Nông dân xã, cho biết.",
		[]offWant{ow("Ninh Văn Tư", "Chủ tịch Hội Nông dân xã", "ông")}},

	// Rare and ethnic family names.
	{"ethnic-surnames-north",
		"Ông Phàn Văn Quẩy, Chủ tịch Ủy ban MTTQ xã, và bà Chảo Thị Mẩy, Phó Chủ tịch HĐND xã, cùng ông Lù Văn Sinh, Trưởng Công an xã, dự lễ.",
		[]offWant{ow("Phàn Văn Quẩy", "Chủ tịch Ủy ban MTTQ xã", "ông"), ow("Chảo Thị Mẩy", "Phó Chủ tịch HĐND xã", "bà"), ow("Lù Văn Sinh", "Trưởng Công an xã", "ông")}},
	// An organization ending in capitalized words that are not a name.
	{"org-field-head-then-name",
		"Vụ trưởng Vụ Giáo dục Đại học Hoàng Thị Thu Hà cho biết năm nay nhiều trường tự chủ tuyển sinh.",
		[]offWant{ow("Hoàng Thị Thu Hà", "Vụ trưởng Vụ Giáo dục Đại học", "")}},
	{"org-field-head-deputy",
		"Phó Vụ trưởng Vụ Giáo dục Đại học Nguyễn Thu Thủy trả lời báo chí sáng nay.",
		[]offWant{ow("Nguyễn Thu Thủy", "Phó Vụ trưởng Vụ Giáo dục Đại học", "")}},
	{"org-field-head-honorific",
		"Vụ trưởng Vụ Giáo dục Đại học, bà Hoàng Thị Thu Hà, cho biết quy chế sẽ sửa.",
		[]offWant{ow("Hoàng Thị Thu Hà", "Vụ trưởng Vụ Giáo dục Đại học", "bà")}},
	{"org-department-with-and",
		"Giám đốc Sở Khoa học và Công nghệ Lê Văn Bảy cho biết tỉnh có 12 sáng chế mới.",
		[]offWant{ow("Lê Văn Bảy", "Giám đốc Sở Khoa học và Công nghệ", "")}},
	{"org-university-then-name",
		"Hiệu trưởng Trường Đại học Bách khoa Trần Công Minh phát biểu khai giảng.",
		[]offWant{ow("Trần Công Minh", "Hiệu trưởng Trường Đại học Bách khoa", "")}},
	{"org-university-as-head",
		"Giám đốc Đại học Quốc gia Hà Nội Lê Quân trao bằng cho tân thạc sĩ.",
		[]offWant{ow("Lê Quân", "Giám đốc Đại học Quốc gia Hà Nội", "")}},
	{"not-school-named-after-person",
		"Trưởng phòng Đào tạo Trường Nguyễn Du cho biết năm nay trường tuyển 500 học sinh.",
		[]offWant{}},
	{"not-abbreviation-in-word",
		"Theo ông Hà Hùng Nam, Bộ trưởng Bộ Tư pháp, luật cần sửa.",
		[]offWant{ow("Hà Hùng Nam", "Bộ trưởng Bộ Tư pháp", "ông")}},

	// Religious positions.
	{"religion-abbot",
		"Thượng tọa Thích Đạo Quang, Trụ trì chùa Linh Sơn, cho biết chùa sẽ phát 300 suất quà.",
		[]offWant{ow("Thích Đạo Quang", "Trụ trì chùa Linh Sơn", "Thượng tọa")}},
	{"religion-deputy-abbot-nun",
		"Ni sư Thích Nữ Như Lan, Phó Trụ trì chùa Kim Liên, chia sẻ về khóa tu mùa hè.",
		[]offWant{ow("Thích Nữ Như Lan", "Phó Trụ trì chùa Kim Liên", "Ni sư")}},
	{"religion-abbot-lowercase",
		"Đại đức Thích Minh Hải, trụ trì tịnh xá Ngọc Tòng, cho biết.",
		[]offWant{ow("Thích Minh Hải", "trụ trì tịnh xá Ngọc Tòng", "Đại đức")}},
	{"religion-title-first",
		"Trụ trì chùa Vĩnh Nghiêm Thượng tọa Thích Thiện Hạnh đón đoàn khách.",
		[]offWant{ow("Thích Thiện Hạnh", "Trụ trì chùa Vĩnh Nghiêm", "Thượng tọa")}},
	{"religion-capitalized-pagoda",
		"Hòa thượng Thích Thanh Quyết, Trụ trì Chùa Vạn Phúc, chủ trì buổi lễ.",
		[]offWant{ow("Thích Thanh Quyết", "Trụ trì Chùa Vạn Phúc", "Hòa thượng")}},

	// A title after "là".
	{"copula-short-name",
		"Bà Đỗ Thị Vân phát biểu tại hội thảo. Bà Vân đồng thời là Phó Chủ tịch Hiệp hội Ngân hàng Việt Nam.",
		[]offWant{ow("Đỗ Thị Vân", "Phó Chủ tịch Hiệp hội Ngân hàng Việt Nam", "bà")}},
	{"copula-most-recent",
		"Ông Lê Thanh Bình và ông Trần Văn Bình cùng dự họp. Ông Bình hiện là Giám đốc Sở Y tế.",
		[]offWant{ow("Lê Thanh Bình", "", "ông"), ow("Trần Văn Bình", "Giám đốc Sở Y tế", "ông")}},
	{"copula-former-after-comma",
		"Theo ông Hà Hùng Nam, nguyên là Bộ trưởng Bộ Tư pháp, luật cần sửa.",
		[]offWant{ow("Hà Hùng Nam", "Bộ trưởng Bộ Tư pháp", "ông")}},
	{"copula-lowercase-entry",
		"Ông Lê Văn Tám cũng là đại biểu Quốc hội khóa XV.",
		[]offWant{ow("Lê Văn Tám", "đại biểu Quốc hội khóa XV", "ông")}},
	{"copula-bare-full-name",
		"Nguyễn Văn Hậu hiện là Chủ tịch UBND huyện Gia Lâm.",
		[]offWant{ow("Nguyễn Văn Hậu", "Chủ tịch UBND huyện Gia Lâm", "")}},
	{"not-copula-possessed",
		"Vợ ông Trần Quốc Bình là Phó Giám đốc Sở Tài chính.",
		[]offWant{ow("Trần Quốc Bình", "", "ông")}},
	{"not-copula-lowercase-job",
		"Bà Trần Thị Hoa là giám đốc một công ty may.",
		[]offWant{ow("Trần Thị Hoa", "", "bà")}},
	{"not-copula-no-position",
		"Ông Nguyễn Văn Nam là người đầu tiên đến hiện trường.",
		[]offWant{ow("Nguyễn Văn Nam", "", "ông")}},
	{"not-copula-other-word",
		"Ông Nguyễn Văn Nam cho rằng Giám đốc Sở phải chịu trách nhiệm.",
		[]offWant{ow("Nguyễn Văn Nam", "", "ông")}},
	{"ethnic-surnames-hmong",
		"Bí thư Huyện ủy Sùng A Hồ và Chủ tịch UBND huyện Thào Mí Dế kiểm tra. Ông Giàng Seo Phử, Trưởng bản, dẫn đường.",
		[]offWant{ow("Sùng A Hồ", "Bí thư Huyện ủy", ""), ow("Thào Mí Dế", "Chủ tịch UBND huyện", ""), ow("Giàng Seo Phử", "Trưởng bản", "ông")}},

	// Titles joined by a dash before the name: the dash acts as a comma.
	{"title-dash-title-name-hyphen",
		"Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Quang Tùng có bài phát biểu chỉ đạo hội nghị.",
		[]offWant{ow("Lê Quang Tùng", "Ủy viên Trung ương Đảng|Bí thư Tỉnh ủy", "")}},
	{"title-dash-title-name-en-dash",
		"Ủy viên Bộ Chính trị – Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài dự lễ khánh thành cầu.",
		[]offWant{ow("Bùi Thị Minh Hoài", "Ủy viên Bộ Chính trị|Bí thư Thành ủy Hà Nội", "")}},
	{"title-dash-title-name-em-dash",
		"Phó Bí thư Tỉnh ủy — Chủ tịch UBND tỉnh Phan Văn Mãi kiểm tra công trình đê biển.",
		[]offWant{ow("Phan Văn Mãi", "Phó Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh", "")}},
	{"title-dash-three-titles-honorific",
		"Đồng chí Ủy viên Trung ương Đảng – Bí thư Tỉnh ủy – Chủ tịch HĐND tỉnh Đỗ Trọng Hưng trao quà cho các hộ nghèo.",
		[]offWant{ow("Đỗ Trọng Hưng", "Ủy viên Trung ương Đảng|Bí thư Tỉnh ủy|Chủ tịch HĐND tỉnh", "đồng chí")}},
	{"title-dash-title-then-comma-honorific",
		"Phó Bí thư Thường trực Tỉnh ủy - Trưởng Đoàn đại biểu Quốc hội tỉnh, ông Võ Văn Minh, chủ trì buổi tiếp xúc cử tri.",
		[]offWant{ow("Võ Văn Minh", "Phó Bí thư Thường trực Tỉnh ủy|Trưởng Đoàn đại biểu Quốc hội tỉnh", "ông")}},
	{"name-dash-title-still",
		"Bà Nguyễn Thị Kim Tiến – Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương thăm bệnh nhân.",
		[]offWant{ow("Nguyễn Thị Kim Tiến", "Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương", "bà")}},
	{"name-dash-title-dash-title",
		"Ông Trần Văn Sơn – Chủ tịch UBND tỉnh Điện Biên – phát biểu tại buổi lễ.",
		[]offWant{ow("Trần Văn Sơn", "Chủ tịch UBND tỉnh Điện Biên", "ông")}},

	// Titles, a parenthesis holding only places, then the name: the
	// parenthesis is not part of the title.
	{"title-place-paren-honorific-name",
		"Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) ông Bùi Minh Tâm cho biết huyện đã di dời hơn 300 hộ dân.",
		[]offWant{ow("Bùi Minh Tâm", "Chủ tịch UBND huyện Đông Hải", "ông")}},
	{"title-place-paren-province-only",
		"Phó Chủ tịch UBND thị xã Ninh Hòa (Khánh Hòa) bà Trần Thị Lan khẳng định sẽ xử lý nghiêm các sai phạm.",
		[]offWant{ow("Trần Thị Lan", "Phó Chủ tịch UBND thị xã Ninh Hòa", "bà")}},
	{"title-place-paren-comma-name",
		"Chủ tịch UBND huyện Phú Tân (tỉnh Cà Mau), ông Lê Văn Sơn cho biết tuyến đê đã được gia cố.",
		[]offWant{ow("Lê Văn Sơn", "Chủ tịch UBND huyện Phú Tân", "ông")}},
	{"title-place-paren-dash-name",
		"Phó Giám đốc Sở Xây dựng (TP Hà Nội) - ông Phạm Văn Cường cho biết công trình sẽ xong trong tháng 9.",
		[]offWant{ow("Phạm Văn Cường", "Phó Giám đốc Sở Xây dựng", "ông")}},
	{"title-place-paren-two-places",
		"Bí thư Đảng ủy xã Tân Thành (huyện Đông Hải, tỉnh Bạc Liêu) ông Huỳnh Văn Dũng cho biết xã có 12 hộ bị sập nhà.",
		[]offWant{ow("Huỳnh Văn Dũng", "Bí thư Đảng ủy xã Tân Thành", "ông")}},
	{"title-place-paren-bare-name",
		"Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) Bùi Minh Tâm kiểm tra tuyến đê biển.",
		[]offWant{ow("Bùi Minh Tâm", "Chủ tịch UBND huyện Đông Hải", "")}},
	{"name-title-place-paren",
		"Ông Nguyễn Văn An, Chủ tịch UBND huyện Đầm Dơi (tỉnh Cà Mau) cho biết nước đã rút.",
		[]offWant{ow("Nguyễn Văn An", "Chủ tịch UBND huyện Đầm Dơi", "ông")}},
	{"not-title-remark-paren-name",
		"Bí thư Tỉnh ủy (bên phải) ông Lê Văn Ba trao quà cho người dân vùng lũ.",
		[]offWant{ow("Lê Văn Ba", "", "ông")}},
	{"not-title-place-paren-next-sentence",
		"Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) cho biết dân đã an toàn. Ông Bùi Minh Tâm nói thêm rằng đê vẫn vững.",
		[]offWant{ow("Bùi Minh Tâm", "", "ông")}},

	// Titles, a dash, then the name, with or without an honorific.
	{"title-hyphen-bare-name",
		"Phó Chủ tịch UBND tỉnh - Nguyễn Văn Tuấn phát biểu tại hội nghị tổng kết.",
		[]offWant{ow("Nguyễn Văn Tuấn", "Phó Chủ tịch UBND tỉnh", "")}},
	{"title-en-dash-honorific-name",
		"Bí thư Huyện ủy – ông Lê Văn Phúc cho biết huyện sẽ hỗ trợ người dân dựng lại nhà.",
		[]offWant{ow("Lê Văn Phúc", "Bí thư Huyện ủy", "ông")}},
	{"title-em-dash-honorific-name",
		"Giám đốc Sở Tài chính — bà Phạm Thị Mai nhấn mạnh yêu cầu tiết kiệm chi thường xuyên.",
		[]offWant{ow("Phạm Thị Mai", "Giám đốc Sở Tài chính", "bà")}},
	{"title-en-dash-honorific-name-comma",
		"Chủ tịch UBND tỉnh – bà Nguyễn Thị Em, cho biết tỉnh sẽ hỗ trợ mỗi hộ 5 triệu đồng.",
		[]offWant{ow("Nguyễn Thị Em", "Chủ tịch UBND tỉnh", "bà")}},
	{"title-hyphen-rank-name",
		"Trưởng Công an huyện - Thượng tá Đỗ Văn Nam thông tin về vụ việc.",
		[]offWant{ow("Đỗ Văn Nam", "Trưởng Công an huyện", "Thượng tá")}},
	{"not-title-dash-place",
		"Giám đốc Sở Y tế - Hà Nội cho biết thành phố đủ vắc xin.",
		[]offWant{}},
	{"not-title-dash-after-verb",
		"Cuộc họp do Chủ tịch UBND tỉnh chủ trì - Nguyễn Văn Dũng ghi lại.",
		[]offWant{}},
	{"not-title-dash-next-line",
		"Bí thư Huyện ủy\n– ông Lê Văn Phúc cho biết huyện đã sẵn sàng.",
		[]offWant{ow("Lê Văn Phúc", "", "ông")}},

	// Titles then an honorific and a name, with no comma.
	{"title-honorific-name-commune",
		"Chủ tịch UBND xã ông Nguyễn Văn Giang cho biết xã đã hoàn thành tiêu chí nông thôn mới.",
		[]offWant{ow("Nguyễn Văn Giang", "Chủ tịch UBND xã", "ông")}},
	{"title-honorific-name-hospital",
		"Giám đốc Bệnh viện Đa khoa tỉnh bà Trần Thị Hạnh khẳng định bệnh viện không thiếu thuốc.",
		[]offWant{ow("Trần Thị Hạnh", "Giám đốc Bệnh viện Đa khoa tỉnh", "bà")}},
	{"title-rank-name-police",
		"Trưởng Công an huyện Thượng tá Đỗ Văn Nam cho biết đã tạm giữ 3 đối tượng.",
		[]offWant{ow("Đỗ Văn Nam", "Trưởng Công an huyện", "Thượng tá")}},
	{"title-honorific-name-town-council",
		"Phó Chủ tịch HĐND thị trấn bà Lò Thị Xuân đề nghị làm rõ trách nhiệm.",
		[]offWant{ow("Lò Thị Xuân", "Phó Chủ tịch HĐND thị trấn", "bà")}},

	// A hyphen glued between a name and its titles (a typo of scraped
	// text) acts as a dash; a transliteration keeps its hyphens.
	{"glued-hyphen-name-titles",
		"Phát biểu của đồng chí Nguyễn Thành Công-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh tại Hội nghị.",
		[]offWant{ow("Nguyễn Thành Công", "Ủy viên Trung ương Đảng|Bí thư Tỉnh ủy|Chủ tịch HĐND tỉnh", "đồng chí")}},
	{"glued-hyphen-old-tone-spelling",
		"Ý kiến của đồng chí Hoàng Văn Nghiệm-Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực UBND tỉnh tại cuộc họp.",
		[]offWant{ow("Hoàng Văn Nghiệm", "Ủy viên Ban Thường vụ Tỉnh ủy|Phó Chủ tịch Thường trực UBND tỉnh", "đồng chí")}},
	{"glued-hyphen-bare-name",
		"Lãnh đạo tỉnh Lạng Sơn tiếp đoàn, trong đó có Dương Xuân Huyên-Phó Chủ tịch UBND tỉnh.",
		[]offWant{ow("Dương Xuân Huyên", "Phó Chủ tịch UBND tỉnh", "")}},
	{"glued-hyphen-after-rank",
		"Đại tá Lò Văn Mừng-Giám đốc Công an tỉnh cho biết lực lượng đã phong tỏa hiện trường.",
		[]offWant{ow("Lò Văn Mừng", "Giám đốc Công an tỉnh", "Đại tá")}},
	{"glued-hyphen-dash-chain",
		"Đồng chí Hà Trọng Hải-Phó Bí thư Tỉnh ủy - Trưởng Ban Dân vận Tỉnh ủy dự lễ.",
		[]offWant{ow("Hà Trọng Hải", "Phó Bí thư Tỉnh ủy|Trưởng Ban Dân vận Tỉnh ủy", "đồng chí")}},
	{"transliteration-three-syllables",
		"Tổng thống Mỹ Ba-rắc Ô-ba-ma tiếp Ngoại trưởng Nga X. La-vrốp tại Nhà Trắng.",
		[]offWant{ow("Ba-rắc Ô-ba-ma", "Tổng thống Mỹ", ""), ow("X. La-vrốp", "Ngoại trưởng Nga", "")}},
	{"transliteration-keeps-hyphen",
		"Tổng thống Pháp N. Xác-cô-di và Tổng thống Nga V. Pu-tin đã điện đàm.",
		[]offWant{ow("N. Xác-cô-di", "Tổng thống Pháp", ""), ow("V. Pu-tin", "Tổng thống Nga", "")}},
}

func TestOfficials(t *testing.T) {
	e := extract.New()
	for _, tt := range officialsTests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.ExtractString(tt.text)
			if diff := cmp.Diff(tt.want, offGot(r)); diff != "" {
				t.Errorf("%s\nofficials mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestOfficialRoles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []extract.Role
	}{
		{"copula-former", "Theo ông Hà Hùng Nam, nguyên là Phó Chủ tịch UBND tỉnh, dự án chậm.",
			[]extract.Role{{Text: "Phó Chủ tịch UBND tỉnh", Position: "Phó Chủ tịch", Organization: "UBND tỉnh",
				OrganizationExpanded: "Ủy ban nhân dân tỉnh", Modifiers: []string{"former", "deputy"}}}},
		{"religion-abbot", "Thượng tọa Thích Đạo Quang, Trụ trì chùa Linh Sơn, cho biết.",
			[]extract.Role{{Text: "Trụ trì chùa Linh Sơn", Position: "Trụ trì", Organization: "chùa Linh Sơn",
				OrganizationExpanded: "Chùa Linh Sơn", Modifiers: []string{}}}},
		{"unit-shared", "Đồng chí Ma Xuân Việt, Phó Trưởng Ban Tổ chức Thành ủy TP Hồ Chí Minh cho biết.",
			[]extract.Role{{Text: "Phó Trưởng Ban Tổ chức Thành ủy TP Hồ Chí Minh", Position: "Phó Trưởng Ban",
				Organization: "Ban Tổ chức Thành ủy TP Hồ Chí Minh", OrganizationExpanded: "Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh",
				Modifiers: []string{"deputy"}}}},
		{"tp-hcm", "Ông Lê Văn An, Chủ tịch UBND TP.HCM, cho biết.",
			[]extract.Role{{Text: "Chủ tịch UBND TP.HCM", Position: "Chủ tịch", Organization: "UBND TP.HCM",
				OrganizationExpanded: "Ủy ban nhân dân Thành phố Hồ Chí Minh", Modifiers: []string{}}}},
		{"tphcm", "Ông Lê Văn An, Phó Chủ tịch UBND TPHCM, cho biết.",
			[]extract.Role{{Text: "Phó Chủ tịch UBND TPHCM", Position: "Phó Chủ tịch", Organization: "UBND TPHCM",
				OrganizationExpanded: "Ủy ban nhân dân Thành phố Hồ Chí Minh", Modifiers: []string{"deputy"}}}},
		{"thanh-pho-written-out", "Ông Lê Văn An, Phó Chủ tịch UBND Thành phố Hồ Chí Minh, cho biết.",
			[]extract.Role{{Text: "Phó Chủ tịch UBND Thành phố Hồ Chí Minh", Position: "Phó Chủ tịch", Organization: "UBND Thành phố Hồ Chí Minh",
				OrganizationExpanded: "Ủy ban nhân dân Thành phố Hồ Chí Minh", Modifiers: []string{"deputy"}}}},
		{"province-spelling", "Ông Lê Văn An, Giám đốc Công an Đắc Lắc, cho biết.",
			[]extract.Role{{Text: "Giám đốc Công an Đắc Lắc", Position: "Giám đốc", Organization: "Công an Đắc Lắc",
				OrganizationExpanded: "Công an tỉnh Đắk Lắk", Modifiers: []string{}}}},
		{"abbreviations", "Bà Trần Thị Thúy, Giám đốc Sở GD&ĐT tỉnh Khánh Hòa cho biết.",
			[]extract.Role{{Text: "Giám đốc Sở GD&ĐT tỉnh Khánh Hòa", Position: "Giám đốc", Organization: "Sở GD&ĐT tỉnh Khánh Hòa",
				OrganizationExpanded: "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa", Modifiers: []string{}}}},
		{"hdnd-mttq", "Bà Lê Thị Hà, Phó Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban MTTQ tỉnh cho biết.",
			[]extract.Role{
				{Text: "Phó Chủ tịch HĐND tỉnh", Position: "Phó Chủ tịch", Organization: "HĐND tỉnh",
					OrganizationExpanded: "Hội đồng nhân dân tỉnh", Modifiers: []string{"deputy"}},
				{Text: "Chủ tịch Ủy ban MTTQ tỉnh", Position: "Chủ tịch", Organization: "Ủy ban MTTQ tỉnh",
					OrganizationExpanded: "Ủy ban Mặt trận Tổ quốc tỉnh", Modifiers: []string{}}}},
		{"former-deputy-standing", "Ông Lê Văn An, nguyên Phó Bí thư Thường trực Tỉnh ủy, phát biểu.",
			[]extract.Role{{Text: "nguyên Phó Bí thư Thường trực Tỉnh ủy", Position: "Phó Bí thư Thường trực", Organization: "Tỉnh ủy",
				OrganizationExpanded: "Tỉnh ủy", Modifiers: []string{"former", "deputy", "standing"}}}},
		{"acting", "Quyền Giám đốc Sở Tài chính Lê Văn Bình ký quyết định.",
			[]extract.Role{{Text: "Quyền Giám đốc Sở Tài chính", Position: "Giám đốc", Organization: "Sở Tài chính",
				OrganizationExpanded: "Sở Tài chính", Modifiers: []string{"acting"}}}},
		{"concurrent", "Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Phạm Bình Minh tiếp khách.",
			[]extract.Role{
				{Text: "Phó Thủ tướng", Position: "Phó Thủ tướng", Modifiers: []string{"deputy"}},
				{Text: "Bộ trưởng Bộ Ngoại giao", Position: "Bộ trưởng", Organization: "Bộ Ngoại giao",
					OrganizationExpanded: "Bộ Ngoại giao", Modifiers: []string{"concurrent"}}}},
		{"standing-between-unit-and-organization", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương Lại Xuân Môn phát biểu.",
			[]extract.Role{{Text: "Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương", Position: "Phó Trưởng Ban Thường trực",
				Organization: "Ban Tuyên giáo Trung ương", OrganizationExpanded: "Ban Tuyên giáo Trung ương", Modifiers: []string{"deputy", "standing"}}}},
		{"delegation", "Phó Trưởng đoàn ĐBQH tỉnh Thanh Hóa Hà Văn Sáng cho biết.",
			[]extract.Role{{Text: "Phó Trưởng đoàn ĐBQH tỉnh Thanh Hóa", Position: "Phó Trưởng đoàn", Organization: "đoàn ĐBQH tỉnh Thanh Hóa",
				OrganizationExpanded: "Đoàn Đại biểu Quốc hội tỉnh Thanh Hóa", Modifiers: []string{"deputy"}}}},
	}
	e := extract.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.ExtractString(tt.text)
			if len(r.Officials) != 1 {
				t.Fatalf("%s: got %d officials, want 1: %+v", tt.text, len(r.Officials), r.Officials)
			}
			if diff := cmp.Diff(tt.want, r.Officials[0].Roles); diff != "" {
				t.Errorf("%s\nroles mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestOfficialMentions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string][]string // name -> mention texts
	}{
		{"short-and-title-mentions",
			"Bí thư Tỉnh ủy Hoàng Minh Khiêm đánh giá cao kết quả. \"Phải hoàn thành sớm\", ông Khiêm nhấn mạnh. Bí thư Tỉnh ủy cũng yêu cầu quan tâm phát triển đảng viên.",
			map[string][]string{"Hoàng Minh Khiêm": {"Hoàng Minh Khiêm", "Khiêm", "Bí thư Tỉnh ủy"}}},
		{"ambiguous-short-goes-to-latest",
			"Ông Trần Văn Hòa, Giám đốc Sở Y tế, phát biểu. Ông Hòa cho biết. Ông Lê Minh Hòa, Giám đốc Sở Tài chính, nói thêm. Ông Hòa đề nghị.",
			map[string][]string{"Trần Văn Hòa": {"Trần Văn Hòa", "Hòa"}, "Lê Minh Hòa": {"Lê Minh Hòa", "Hòa"}}},
		{"full-name-again",
			"Đồng chí Nguyễn Văn Nên phát biểu. Sau đó Nguyễn Văn Nên trao bằng khen.",
			map[string][]string{"Nguyễn Văn Nên": {"Nguyễn Văn Nên", "Nguyễn Văn Nên"}}},
		{"foreign-family-name",
			"Thủ tướng Nhật Bản Kishida Fumio đến Hà Nội. Thủ tướng Kishida cho biết Nhật Bản sẽ hỗ trợ.",
			map[string][]string{"Kishida Fumio": {"Kishida Fumio", "Kishida"}}},
		{"modern-tones-in-source",
			"Bà Ngô Thị Minh Thuỷ, Thứ trưởng, phát biểu. Bà Thuỷ nhấn mạnh.",
			map[string][]string{"Ngô Thị Minh Thủy": {"Ngô Thị Minh Thuỷ", "Thuỷ"}}},
	}
	e := extract.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.ExtractString(tt.text)
			got := map[string][]string{}
			for _, o := range r.Officials {
				for _, m := range o.Mentions {
					got[o.Name] = append(got[o.Name], m.Text)
					if tt.text[m.Start:m.End] != m.Text {
						t.Errorf("mention %q: span %d:%d holds %q", m.Text, m.Start, m.End, tt.text[m.Start:m.End])
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nmentions mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestCredits(t *testing.T) {
	type credit struct{ Name, Text, Rule string }
	tests := []struct {
		name    string
		text    string
		photos  []credit
		bylines []credit
	}{
		{"seed-caption",
			"Đồng chí Nguyễn Văn Nên phát biểu tại Hội nghị. (Ảnh:  (Ảnh: Thy Dương)\n\nNội dung.\n\nChi Mai",
			[]credit{{"Thy Dương", "(Ảnh: Thy Dương)", "credit.photo"}},
			[]credit{{"Chi Mai", "Chi Mai", "credit.byline"}}},
		{"agency-in-photo",
			"Lễ ký kết. (Ảnh: Văn Điệp/TTXVN)\n\nNội dung bài.\n\nMinh Quân (TTXVN)",
			[]credit{{"Văn Điệp", "(Ảnh: Văn Điệp/TTXVN)", "credit.photo"}},
			[]credit{{"Minh Quân", "Minh Quân", "credit.byline"}}},
		{"two-authors",
			"Tiêu đề\n\nNội dung bài viết.\n\nThiên Vỹ - Hoàng Anh",
			[]credit{},
			[]credit{{"Thiên Vỹ", "Thiên Vỹ", "credit.byline"}, {"Hoàng Anh", "Hoàng Anh", "credit.byline"}}},
		{"caption-without-parentheses",
			"Quang cảnh hội nghị. Ảnh: Hải Long\n\nNội dung.\n\nThu Hà",
			[]credit{{"Hải Long", "Ảnh: Hải Long", "credit.photo"}},
			[]credit{{"Thu Hà", "Thu Hà", "credit.byline"}}},
		{"compiled-by",
			"Tiêu đề\n\nNội dung bài viết.\n\nHà Linh (tổng hợp)",
			[]credit{},
			[]credit{{"Hà Linh", "Hà Linh", "credit.byline"}}},
		{"source-not-author",
			"Tiêu đề\n\nNội dung bài viết.\n\nTheo VnExpress",
			[]credit{}, []credit{}},
		{"last-line-is-a-sentence",
			"Tiêu đề\n\nNội dung bài viết, ông Nguyễn Văn A cho biết.",
			[]credit{}, []credit{}},
		{"place-not-author",
			"Tiêu đề\n\nNội dung bài viết.\n\nHà Nội",
			[]credit{}, []credit{}},
	}
	e := extract.New()
	conv := func(cs []extract.Credit, src string) []credit {
		out := []credit{}
		for _, c := range cs {
			if src[c.Start:c.End] != c.Text {
				t.Errorf("credit %q: span %d:%d holds %q", c.Text, c.Start, c.End, src[c.Start:c.End])
			}
			out = append(out, credit{c.Name, c.Text, c.Rule})
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.ExtractString(tt.text)
			if diff := cmp.Diff(tt.photos, conv(r.PhotoCredits, tt.text)); diff != "" {
				t.Errorf("photo credits mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.bylines, conv(r.Bylines, tt.text)); diff != "" {
				t.Errorf("bylines mismatch (-want +got):\n%s", diff)
			}
			if len(r.Officials) > 0 {
				for _, o := range r.Officials {
					for _, c := range append(append([]extract.Credit{}, r.PhotoCredits...), r.Bylines...) {
						if o.Name == c.Name {
							t.Errorf("credited %q is also an official", c.Name)
						}
					}
				}
			}
		})
	}
}

// TestOfficialsSpans checks that mentions point into the original bytes
// whatever their form: decomposed Unicode, CRLF, modern tone placement.
func TestOfficialsSpans(t *testing.T) {
	base := "Bà Ngô Thị Minh Thủy, Thứ trưởng Bộ Giáo dục và Đào tạo, cho biết.\r\nBà Thủy nhấn mạnh.\r\n\r\nHoài Thương"
	inputs := map[string]string{
		"nfc":    base,
		"nfd":    "Ba\u0300 Ngô Thi\u0323 Minh Thu\u0309y, Thư\u0301 trươ\u0309ng Bô\u0323 Gia\u0301o du\u0323c va\u0300 Đa\u0300o ta\u0323o, cho biê\u0301t.\r\nBa\u0300 Thu\u0309y nhâ\u0301n ma\u0323nh.\r\n\r\nHoa\u0300i Thương",
		"modern": strings.ReplaceAll(base, "Thủy", "Thuỷ"),
	}
	e := extract.New()
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			r := e.ExtractString(src)
			if len(r.Officials) != 1 || r.Officials[0].Name != "Ngô Thị Minh Thủy" {
				t.Fatalf("officials = %+v", r.Officials)
			}
			if n := len(r.Officials[0].Mentions); n != 2 {
				t.Errorf("got %d mentions, want 2", n)
			}
			for _, m := range r.Officials[0].Mentions {
				if src[m.Start:m.End] != m.Text {
					t.Errorf("span %d:%d holds %q, text %q", m.Start, m.End, src[m.Start:m.End], m.Text)
				}
			}
			if len(r.Bylines) != 1 || r.Bylines[0].Name != "Hoài Thương" {
				t.Errorf("bylines = %+v", r.Bylines)
			}
		})
	}
}

// TestOfficialsConcurrent runs the articles under testdata in parallel on
// one Extractor (the scanner's buffers are pooled) and checks that each
// result equals the one of a run alone.
func TestOfficialsConcurrent(t *testing.T) {
	arts, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	if err != nil || len(arts) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	e := extract.New()
	var srcs [][]byte
	var want []*extract.Result
	for _, a := range arts {
		src, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
		want = append(want, e.Extract(src))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(srcs))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, src := range srcs {
				r := e.Extract(src)
				if diff := cmp.Diff(want[i].Officials, r.Officials); diff != "" {
					errs <- arts[i] + ": officials (-want +got):\n" + diff
				}
				if diff := cmp.Diff(want[i].Bylines, r.Bylines); diff != "" {
					errs <- arts[i] + ": bylines (-want +got):\n" + diff
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
