package extract

import (
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnextract/vnextract/normalize"
)

// A cntWant is what a table test expects of a count, an amount or a
// percentage: Until 0 means no range; Unit is the count's unit, the
// currency of money (with Per after a "/"), or the unit of a percentage.
type cntWant struct {
	Text  string
	Value float64
	Until float64
	Unit  string
	Q     Qualifier
}

// cntRun extracts src and returns its counts, money and percentages as
// cntWants, checking every span on the way.
func cntRun(t *testing.T, src string) (counts, money, percents []cntWant) {
	t.Helper()
	r := New().ExtractString(src)
	check := func(m Mention) {
		t.Helper()
		if m.Start < 0 || m.End > len(src) || m.Start > m.End || src[m.Start:m.End] != m.Text {
			t.Errorf("bad span %d:%d for %q", m.Start, m.End, m.Text)
		}
	}
	until := func(u *float64) float64 {
		if u == nil {
			return 0
		}
		return *u
	}
	for _, c := range r.Counts {
		check(c.Mention)
		counts = append(counts, cntWant{c.Text, c.Value, until(c.Until), c.Unit, c.Qualifier})
	}
	for _, m := range r.Money {
		check(m.Mention)
		u := m.Currency
		if m.Per != "" {
			u += "/" + m.Per
		}
		money = append(money, cntWant{m.Text, m.Value, until(m.Until), u, m.Qualifier})
	}
	for _, p := range r.Percents {
		check(p.Mention)
		percents = append(percents, cntWant{p.Text, p.Value, until(p.Until), p.Unit, p.Qualifier})
	}
	return counts, money, percents
}

// countTests are sentences with the counts they hold, one test per
// pattern of the conventions (counts.go).
var countTests = []struct {
	name string
	text string
	want []cntWant
}{
	// Digits and counted nouns.
	{"noun", "Ban Tổ chức Thành ủy đã điều động, bổ nhiệm 96 cán bộ.", []cntWant{{"96 cán bộ", 96, 0, "cán bộ", Exact}}},
	{"thousands dot", "Toàn Đảng bộ tỉnh kết nạp được 2.145 đảng viên mới.", []cntWant{{"2.145 đảng viên mới", 2145, 0, "đảng viên mới", Exact}}},
	{"longest unit", "Cả nước ghi nhận 8.751 ca mắc, trong đó 353 ca tử vong.", []cntWant{{"8.751 ca mắc", 8751, 0, "ca mắc", Exact}, {"353 ca tử vong", 353, 0, "ca tử vong", Exact}}},
	{"short unit", "Riêng TP Hồ Chí Minh có 4.012 ca, Bình Dương 2.356 ca.", []cntWant{{"4.012 ca", 4012, 0, "ca", Exact}, {"2.356 ca", 2356, 0, "ca", Exact}}},
	{"after name", "Tham gia ý kiến các cơ quan Trung ương 189 trường hợp.", []cntWant{{"189 trường hợp", 189, 0, "trường hợp", Exact}}},
	{"compound unit", "Quốc hội cho ý kiến đối với 6 dự án luật và 12 tổ hợp tác.", []cntWant{{"6 dự án luật", 6, 0, "dự án luật", Exact}, {"12 tổ hợp tác", 12, 0, "tổ hợp tác", Exact}}},
	{"upper-case unit", "Hội nghị có hai Bộ trưởng và 3 Phó Chủ tịch tham dự.", []cntWant{{"hai Bộ trưởng", 2, 0, "bộ trưởng", Exact}, {"3 Phó Chủ tịch", 3, 0, "phó chủ tịch", Exact}}},
	{"abbreviation unit", "Đoàn thể thao giành 3 HCV và 50 F0 được chữa khỏi.", []cntWant{{"3 HCV", 3, 0, "HCV", Exact}, {"50 F0", 50, 0, "F0", Exact}}},
	{"magnitude", "Cả nước đã tiêm hơn 12,6 triệu liều vắc xin.", []cntWant{{"hơn 12,6 triệu liều vắc xin", 12600000, 0, "liều vắc xin", MoreThan}}},
	{"decimal magnitude", "Khoảng 3,5 triệu người đã được tiêm đủ 2 mũi.", []cntWant{{"Khoảng 3,5 triệu người", 3500000, 0, "người", About}, {"2 mũi", 2, 0, "mũi", Exact}}},
	{"spaced thousands", "Tỉnh đã hỗ trợ 1 200 hộ dân.", []cntWant{{"1 200 hộ dân", 1200, 0, "hộ dân", Exact}}},
	{"english thousands", "Có 1,200,000 người tham gia.", []cntWant{{"1,200,000 người", 1200000, 0, "người", Exact}}},
	{"english thousand", "Có 1,300 người và 2,5 người.", []cntWant{{"1,300 người", 1300, 0, "người", Exact}}},
	{"mixed magnitudes", "Dự án tạo việc làm cho 1 triệu 200 nghìn lao động.", []cntWant{{"1 triệu 200 nghìn lao động", 1200000, 0, "lao động", Exact}}},

	// Measures.
	{"measure tonnes", "Sản lượng tăng thêm khoảng 25 nghìn tấn mỗi năm.", []cntWant{{"khoảng 25 nghìn tấn", 25000, 0, "tấn", About}}},
	{"measure ha", "Tỉnh sẽ tái canh 1.200 ha cà phê già cỗi.", []cntWant{{"1.200 ha", 1200, 0, "ha", Exact}}},
	{"measure km", "Tuyến đường dài 20 km đã thông xe.", []cntWant{{"20 km", 20, 0, "km", Exact}}},
	{"measure glued", "Khu đất rộng 50m2, cách trung tâm 20km, nặng 100kg.", []cntWant{{"50m2", 50, 0, "m2", Exact}, {"20km", 20, 0, "km", Exact}, {"100kg", 100, 0, "kg", Exact}}},
	{"measure degrees", "Nhiệt độ lên tới 40 độ, có nơi 41 độ C.", []cntWant{{"40 độ", 40, 0, "độ", Exact}, {"41 độ C", 41, 0, "độ C", Exact}}},
	{"measure with noun", "Mưa lũ làm gần 200 ha lúa bị ngập úng.", []cntWant{{"gần 200 ha", 200, 0, "ha", Nearly}}},

	// Classifiers.
	{"classifier lexicon noun", "Gia đình chỉ kịp mang theo hai chiếc xe máy.", []cntWant{{"hai chiếc xe máy", 2, 0, "chiếc xe máy", Exact}}},
	{"classifier house", "Toàn thành phố có 312 ngôi nhà bị hư hỏng.", []cntWant{{"312 ngôi nhà", 312, 0, "ngôi nhà", Exact}}},
	{"classifier free noun", "Dịch bệnh làm 500 con lợn bị tiêu hủy.", []cntWant{{"500 con lợn", 500, 0, "con lợn", Exact}}},
	{"classifier alone", "Đàn bò có 20 con, đã tiêm phòng 15 con.", []cntWant{{"20 con", 20, 0, "con", Exact}, {"15 con", 15, 0, "con", Exact}}},
	{"classifier compound noun", "Lũ cuốn trôi 2 cây cầu và 1.000 cây keo.", []cntWant{{"2 cây cầu", 2, 0, "cây cầu", Exact}, {"1.000 cây keo", 1000, 0, "cây keo", Exact}}},

	{"classifier lượt", "Huyện mở 24 lớp tập huấn cho hơn 900 lượt nông dân.", []cntWant{{"24 lớp", 24, 0, "lớp", Exact}, {"hơn 900 lượt nông dân", 900, 0, "lượt nông dân", MoreThan}}},
	{"classifier máy", "Hợp tác xã mua thêm 2 máy sấy.", []cntWant{{"2 máy sấy", 2, 0, "máy sấy", Exact}}},
	{"places after tại", "Quốc lộ bị sạt lở tại 7 điểm, có đoạn sâu hơn 2 m.", []cntWant{{"7 điểm", 7, 0, "điểm", Exact}, {"hơn 2 m", 2, 0, "m", MoreThan}}},

	// Number words.
	{"words two", "Việt Nam ký kết với hai nước láng giềng.", []cntWant{{"hai nước", 2, 0, "nước", Exact}}},
	{"words sides", "Hai bên nhất trí tăng cường hợp tác.", []cntWant{{"Hai bên", 2, 0, "bên", Exact}}},
	{"words three", "Mưa lớn gây ngập tại ba tỉnh miền Trung.", []cntWant{{"ba tỉnh", 3, 0, "tỉnh", Exact}}},
	{"words eighteen", "Ban Tổ chức tặng giấy khen cho mười tám tập thể.", []cntWant{{"mười tám tập thể", 18, 0, "tập thể", Exact}}},
	{"words twenty-five", "Chúng tôi đang điều trị hai mươi lăm bệnh nhân nặng.", []cntWant{{"hai mươi lăm bệnh nhân", 25, 0, "bệnh nhân", Exact}}},
	{"words hundreds", "Địa phương đã vận động được hai trăm ba mươi hộ đăng ký.", []cntWant{{"hai trăm ba mươi hộ", 230, 0, "hộ", Exact}}},
	{"words odd", "Công an huy động một trăm lẻ năm cán bộ, chiến sĩ.", []cntWant{{"một trăm lẻ năm cán bộ, chiến sĩ", 105, 0, "cán bộ, chiến sĩ", Exact}}},
	{"words cases", "Trong đó có ba trường hợp phải thở máy.", []cntWant{{"ba trường hợp", 3, 0, "trường hợp", Exact}}},
	{"words leaders", "Hai nhà lãnh đạo nhất trí thúc đẩy hợp tác.", []cntWant{{"Hai nhà lãnh đạo", 2, 0, "nhà lãnh đạo", Exact}}},
	{"words five after verb", "Đoàn công tác gồm năm chuyên gia.", []cntWant{{"năm chuyên gia", 5, 0, "chuyên gia", Exact}}},
	{"words sentence start", "Năm người bị thương được đưa đi cấp cứu.", []cntWant{{"Năm người", 5, 0, "người", Exact}}},
	{"words magnitude", "Huyện cấp miễn phí hai trăm nghìn cây giống.", []cntWant{{"hai trăm nghìn cây giống", 200000, 0, "cây giống", Exact}}},
	{"words five classifier", "Trận lũ quét cuốn trôi năm ngôi nhà ven suối.", []cntWant{{"năm ngôi nhà", 5, 0, "ngôi nhà", Exact}}},
	{"words five classifier free noun", "Lực lượng cứu hộ kéo được năm chiếc ghe lên bờ.", []cntWant{{"năm chiếc ghe", 5, 0, "chiếc ghe", Exact}}},
	{"words children", "Chị một mình nuôi hai đứa cháu sau vụ tai nạn.", []cntWant{{"hai đứa cháu", 2, 0, "đứa cháu", Exact}}},
	{"words children start", "Ba đứa trẻ được người dân phát hiện kịp thời.", []cntWant{{"Ba đứa trẻ", 3, 0, "đứa trẻ", Exact}}},
	{"words pupils", "Trường có bảy em học sinh đoạt giải, 12 em được tuyên dương.", []cntWant{{"bảy em học sinh", 7, 0, "em học sinh", Exact}, {"12 em", 12, 0, "em", Exact}}},
	{"words cattle and boats", "Gia đình ông mất hai con bò và bốn chiếc thuyền.", []cntWant{{"hai con bò", 2, 0, "con bò", Exact}, {"bốn chiếc thuyền", 4, 0, "chiếc thuyền", Exact}}},
	{"classifier after classifier", "Chị một mình nuôi hai đứa con nhỏ.", []cntWant{{"hai đứa con", 2, 0, "đứa con", Exact}}},
	{"em before a verb", "Số thí sinh tăng 5.000 em so với năm trước; 30 em đạt giải.", []cntWant{{"5.000 em", 5000, 0, "em", Exact}, {"30 em", 30, 0, "em", Exact}}},
	{"classifier before so với", "Đàn lợn tăng 500 con so với cùng kỳ.", []cntWant{{"500 con", 500, 0, "con", Exact}}},
	{"words ministries and sets", "Hai bộ hồ sơ đã gửi tới 12 bộ, ngành; hai Bộ trưởng dự họp.", []cntWant{
		{"Hai bộ hồ sơ", 2, 0, "bộ hồ sơ", Exact}, {"12 bộ, ngành", 12, 0, "bộ, ngành", Exact}, {"hai Bộ trưởng", 2, 0, "bộ trưởng", Exact}}},

	// Person nouns of the courts, the police and the hospitals, some of
	// them starting with a function word ("bị").
	{"persons injured party", "Vụ lừa đảo qua mạng có hơn 3.600 bị hại ở nhiều tỉnh.", []cntWant{{"hơn 3.600 bị hại", 3600, 0, "bị hại", MoreThan}}},
	{"persons accused", "Viện kiểm sát truy tố 12 bị can; tòa tuyên án 5 bị cáo.", []cntWant{{"12 bị can", 12, 0, "bị can", Exact}, {"5 bị cáo", 5, 0, "bị cáo", Exact}}},
	{"persons suspects", "Công an đã bắt giữ 3 nghi phạm và triệu tập 7 đối tượng.", []cntWant{{"3 nghi phạm", 3, 0, "nghi phạm", Exact}, {"7 đối tượng", 7, 0, "đối tượng", Exact}}},
	{"persons injured", "Vụ lật xe khách làm 20 người bị thương.", []cntWant{{"20 người", 20, 0, "người", Exact}}},
	{"persons court words", "Tòa triệu tập hai bị đơn, bốn nguyên đơn và sáu người làm chứng.", []cntWant{
		{"hai bị đơn", 2, 0, "bị đơn", Exact}, {"bốn nguyên đơn", 4, 0, "nguyên đơn", Exact}, {"sáu người làm chứng", 6, 0, "người làm chứng", Exact}}},
	{"persons prisoners", "Trại giam đề nghị đặc xá cho 150 phạm nhân, trong đó có 3 người bị hại trước đây.", []cntWant{
		{"150 phạm nhân", 150, 0, "phạm nhân", Exact}, {"3 người bị hại", 3, 0, "người bị hại", Exact}}},
	{"persons learners", "Trung tâm có 40 học viên, hơn 1.500 sinh viên và 300 thực tập sinh.", []cntWant{
		{"40 học viên", 40, 0, "học viên", Exact}, {"hơn 1.500 sinh viên", 1500, 0, "sinh viên", MoreThan}, {"300 thực tập sinh", 300, 0, "thực tập sinh", Exact}}},
	{"persons volunteers", "Khoảng 200 tình nguyện viên cùng 12 điều tra viên và 4 kiểm sát viên có mặt.", []cntWant{
		{"Khoảng 200 tình nguyện viên", 200, 0, "tình nguyện viên", About}, {"12 điều tra viên", 12, 0, "điều tra viên", Exact}, {"4 kiểm sát viên", 4, 0, "kiểm sát viên", Exact}}},
	{"papers", "Hội thảo nhận được 45 tham luận của các nhà khoa học.", []cntWant{{"45 tham luận", 45, 0, "tham luận", Exact}}},

	// Words that end like an identifier word ("luật", "số") but are none.
	{"discipline", "Ban Thường vụ thi hành kỷ luật 12 tổ chức đảng và 148 đảng viên.", []cntWant{
		{"12 tổ chức đảng", 12, 0, "tổ chức đảng", Exact}, {"148 đảng viên", 148, 0, "đảng viên", Exact}}},
	{"discipline officials", "Tỉnh đã xử lý kỷ luật 35 cán bộ, công chức.", []cntWant{{"35 cán bộ, công chức", 35, 0, "cán bộ, công chức", Exact}}},
	{"law", "Lực lượng chức năng xử lý vi phạm pháp luật 40 trường hợp.", []cntWant{{"40 trường hợp", 40, 0, "trường hợp", Exact}}},
	{"list of", "Sở đã trình danh mục 35 dự án kêu gọi đầu tư.", []cntWant{{"35 dự án", 35, 0, "dự án", Exact}}},
	{"population", "Thành phố có quy mô dân số 9 triệu người.", []cntWant{{"9 triệu người", 9000000, 0, "người", Exact}}},

	// Lengths that are no race.
	{"length road", "Tỉnh nâng cấp 20 km đường giao thông nông thôn.", []cntWant{{"20 km", 20, 0, "km", Exact}}},
	{"length from the shore", "Tàu cá bị chìm cách bờ khoảng 500 m.", []cntWant{{"khoảng 500 m", 500, 0, "m", About}}},
	{"length run in km", "Mỗi sáng ông chạy 5 km quanh hồ.", []cntWant{{"5 km", 5, 0, "km", Exact}}},
	{"length of a pool", "Học sinh được học môn bơi tại bể dài 25 m.", []cntWant{{"25 m", 25, 0, "m", Exact}}},

	// "một".
	{"one after chỉ", "Chỉ một trường hợp phải chuyển viện.", []cntWant{{"một trường hợp", 1, 0, "trường hợp", Exact}}},
	{"one after thêm, coordinated", "Tỉnh ghi nhận thêm 3 ca mắc mới và thêm một ca tử vong.", []cntWant{{"3 ca mắc mới", 3, 0, "ca mắc mới", Exact}, {"một ca tử vong", 1, 0, "ca tử vong", Exact}}},
	{"one after có, a case", "Từ đầu năm có 6.120 ca mắc, trong đó có một ca tử vong.", []cntWant{{"6.120 ca mắc", 6120, 0, "ca mắc", Exact}, {"một ca tử vong", 1, 0, "ca tử vong", Exact}}},
	{"one coordinated", "Có hai người tử vong do bị nước cuốn trôi và một người mất tích.", []cntWant{{"hai người", 2, 0, "người", Exact}, {"một người", 1, 0, "người", Exact}}},
	{"one coordinated first", "Sau vụ cháy, một người bị bỏng, hai người bị thương.", []cntWant{{"một người", 1, 0, "người", Exact}, {"hai người", 2, 0, "người", Exact}}},
	{"one after làm, a casualty", "Vụ tai nạn làm một người chết.", []cntWant{{"một người", 1, 0, "người", Exact}}},
	{"one after chỉ có", "Cả xã chỉ có một trạm y tế.", []cntWant{{"một trạm y tế", 1, 0, "trạm y tế", Exact}}},
	{"one duy nhất", "Huyện có một trường học duy nhất bị ngập.", []cntWant{{"một trường học", 1, 0, "trường học", Exact}}},

	// Qualifiers.
	{"more than hơn", "Tỉnh đã tinh giản hơn 1.300 biên chế.", []cntWant{{"hơn 1.300 biên chế", 1300, 0, "biên chế", MoreThan}}},
	{"more than trên", "Tỉnh có trên 20 xã đạt chuẩn.", []cntWant{{"trên 20 xã", 20, 0, "xã", MoreThan}}},
	{"more than ngoài", "Buổi lễ đã có ngoài 100 người tham dự.", []cntWant{{"ngoài 100 người", 100, 0, "người", MoreThan}}},
	{"ngoài besides", "Ngoài 6 ca nhập cảnh, còn có 8.745 ca ghi nhận trong nước.", []cntWant{{"6 ca", 6, 0, "ca", Exact}, {"8.745 ca", 8745, 0, "ca", Exact}}},
	{"less than", "Mỗi lớp có dưới 30 học sinh, chưa đến 20 hộ, chưa tới 10 xã, không đến 5 người.", []cntWant{
		{"dưới 30 học sinh", 30, 0, "học sinh", LessThan}, {"chưa đến 20 hộ", 20, 0, "hộ", LessThan},
		{"chưa tới 10 xã", 10, 0, "xã", LessThan}, {"không đến 5 người", 5, 0, "người", LessThan}}},
	{"about", "Có khoảng 50 người, chừng 30 hộ, tầm 20 xe, độ 15 người, xấp xỉ 40 tấn, ước 100 ha, ước tính 300 hộ.", []cntWant{
		{"khoảng 50 người", 50, 0, "người", About}, {"chừng 30 hộ", 30, 0, "hộ", About}, {"tầm 20 xe", 20, 0, "xe", About},
		{"độ 15 người", 15, 0, "người", About}, {"xấp xỉ 40 tấn", 40, 0, "tấn", About}, {"ước 100 ha", 100, 0, "ha", About},
		{"ước tính 300 hộ", 300, 0, "hộ", About}}},
	{"about ước khoảng", "Thiệt hại ước khoảng 2.000 ha hoa màu.", []cntWant{{"ước khoảng 2.000 ha", 2000, 0, "ha", About}}},
	{"nearly", "Gần 14.000 thí sinh làm thủ tục dự thi.", []cntWant{{"Gần 14.000 thí sinh", 14000, 0, "thí sinh", Nearly}}},
	{"at least", "Cần ít nhất 5 người, tối thiểu 10 ha.", []cntWant{{"ít nhất 5 người", 5, 0, "người", AtLeast}, {"tối thiểu 10 ha", 10, 0, "ha", AtLeast}}},
	{"at most", "Mỗi phòng tối đa 20 học sinh, không quá 30 người.", []cntWant{{"tối đa 20 học sinh", 20, 0, "học sinh", AtMost}, {"không quá 30 người", 30, 0, "người", AtMost}}},
	{"after qualifiers", "Hộ có 5 người trở lên, nhóm 3 người trở xuống.", []cntWant{{"5 người trở lên", 5, 0, "người", AtLeast}, {"3 người trở xuống", 3, 0, "người", AtMost}}},
	{"approximate words", "Hàng trăm người dân, hàng nghìn hộ, vài chục xe và hàng chục nghìn người.", []cntWant{
		{"Hàng trăm người dân", 100, 0, "người dân", About}, {"hàng nghìn hộ", 1000, 0, "hộ", About},
		{"vài chục xe", 20, 0, "xe", About}, {"hàng chục nghìn người", 10000, 0, "người", About}}},
	{"comparative hơn", "Lượng khách nhiều hơn 200 người so với năm trước.", []cntWant{{"200 người", 200, 0, "người", Exact}}},
	{"not a qualifier", "Nhiệt độ 38 độ, có độ 15 người.", []cntWant{{"38 độ", 38, 0, "độ", Exact}, {"độ 15 người", 15, 0, "người", About}}},
	{"total số", "Tổng số 500 cán bộ được huy động.", []cntWant{{"500 cán bộ", 500, 0, "cán bộ", Exact}}},
	{"each day", "Mỗi ngày 500 ca mắc mới được ghi nhận.", []cntWant{{"500 ca mắc mới", 500, 0, "ca mắc mới", Exact}}},

	// Ranges.
	{"range từ đến", "Mỗi ngày khoa tiếp nhận từ 50 đến 60 người.", []cntWant{{"từ 50 đến 60 người", 50, 60, "người", Exact}}},
	{"range hyphen", "Mỗi đoàn có 50-60 người.", []cntWant{{"50-60 người", 50, 60, "người", Exact}}},
	{"range spaced", "Mỗi buổi có 400 - 500 người tham gia.", []cntWant{{"400 - 500 người", 400, 500, "người", Exact}}},
	{"range en dash", "Diện tích giữ ở mức 170.000 – 175.000 ha.", []cntWant{{"170.000 – 175.000 ha", 170000, 175000, "ha", Exact}}},
	{"range about", "Dự kiến có khoảng 30 - 40 hộ.", []cntWant{{"khoảng 30 - 40 hộ", 30, 40, "hộ", About}}},
	{"range magnitude", "Đề án cần 3-5 triệu cây giống.", []cntWant{{"3-5 triệu cây giống", 3000000, 5000000, "cây giống", Exact}}},
	{"range words", "Mỗi nhóm có từ hai đến ba người.", []cntWant{{"từ hai đến ba người", 2, 3, "người", Exact}}},
	{"range words comma", "Nhiều trạm y tế chỉ có hai, ba người.", []cntWant{{"hai, ba người", 2, 3, "người", Exact}}},
	{"range words adjacent", "Mỗi tổ có năm bảy hộ, mỗi hộ hai ba người.", []cntWant{{"năm bảy hộ", 5, 7, "hộ", Exact}, {"hai ba người", 2, 3, "người", Exact}}},

	// Lists.
	{"list comma", "Dịch xuất hiện tại 51 tỉnh, thành phố.", []cntWant{{"51 tỉnh, thành phố", 51, 0, "tỉnh, thành phố", Exact}}},
	{"list three", "Đề án triển khai tại 15 huyện, thị xã, thành phố.", []cntWant{{"15 huyện, thị xã, thành phố", 15, 0, "huyện, thị xã, thành phố", Exact}}},
	{"list villages", "Phát triển đảng viên ở 28 thôn, bản chưa có chi bộ.", []cntWant{{"28 thôn, bản", 28, 0, "thôn, bản", Exact}}},
	{"list slash", "Chương trình phủ sóng 63 tỉnh/thành phố.", []cntWant{{"63 tỉnh/thành phố", 63, 0, "tỉnh, thành phố", Exact}}},
	{"list stops at number", "Trao bằng khen cho 12 tập thể, 25 cá nhân.", []cntWant{{"12 tập thể", 12, 0, "tập thể", Exact}, {"25 cá nhân", 25, 0, "cá nhân", Exact}}},
	{"list noun and verb", "Có 12 cơ quan, tổ chức tham gia; 30 doanh nghiệp, tổ chức.", []cntWant{
		{"12 cơ quan, tổ chức", 12, 0, "cơ quan, tổ chức", Exact}, {"30 doanh nghiệp, tổ chức", 30, 0, "doanh nghiệp, tổ chức", Exact}}},
	{"list stops at a verb", "Ngành y tế phun hóa chất tại 46 ổ dịch, tổ chức chiến dịch diệt bọ gậy.", []cntWant{{"46 ổ dịch", 46, 0, "ổ dịch", Exact}}},

	// Compound nouns in no lexicon, after number words.
	{"guess words association", "Buổi gặp mặt có đại diện của hai hội đoàn người Việt.", []cntWant{{"hai hội đoàn", 2, 0, "hội đoàn", Exact}}},
	{"guess words campaigns", "Quân đội mở hai chiến dịch lớn và bốn chiến dịch nhỏ.", []cntWant{{"hai chiến dịch", 2, 0, "chiến dịch", Exact}, {"bốn chiến dịch", 4, 0, "chiến dịch", Exact}}},
	{"guess words parks", "Thành phố khánh thành sáu công viên mới.", []cntWant{{"sáu công viên", 6, 0, "công viên", Exact}}},
	{"guess words compound number", "Hè này, thành phố triển khai mười lăm chiến dịch tình nguyện.", []cntWant{{"mười lăm chiến dịch", 15, 0, "chiến dịch", Exact}}},

	// Nouns in no lexicon, after digits.
	{"guess", "Tỉnh lập đề án xây dựng 2 trung tâm chế biến sâu.", []cntWant{{"2 trung tâm", 2, 0, "trung tâm", Exact}}},
	{"guess two words", "Phường đã lắp đặt 40 vòi chữa cháy.", []cntWant{{"40 vòi chữa", 40, 0, "vòi chữa", Exact}}},
	{"guess second word in a lexicon", "Lực lượng khám xét 12 địa điểm, chiếm 5 cao điểm.", []cntWant{{"12 địa điểm", 12, 0, "địa điểm", Exact}, {"5 cao điểm", 5, 0, "cao điểm", Exact}}},
}

func TestCounts(t *testing.T) {
	for _, tt := range countTests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := cntRun(t, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\ncounts mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// notCountTests are sentences that hold no count, one test per case of
// "Not counts" in the conventions.
var notCountTests = []struct{ name, text string }{
	{"duration prison", "Ông A bị tuyên phạt 19 năm tù về tội tham ô."},
	{"duration anniversary", "Lễ kỷ niệm 50 năm ngày thành lập trường diễn ra sáng nay."},
	{"duration days", "Kỳ họp dự kiến bế mạc sau 22 ngày làm việc; trong 22 ngày qua có nhiều ý kiến."},
	{"duration exam days", "Đề thi được bảo quản nghiêm ngặt trong suốt 3 ngày thi."},
	{"duration months", "Tính chung 9 tháng đầu năm, GDP tăng mạnh; cơn bão mạnh nhất trong 20 năm qua."},
	{"rate", "Năng suất bình quân đạt 3,2 tấn/ha."},
	{"rate with noun", "Năng suất bình quân đạt 3,2 tấn nhân/ha."},
	{"rate speed and density", "Xe chạy 80 km/h qua vùng có 500 người/km2, mỗi người nhận 2 suất/người."},
	{"per-mille", "Tỷ suất sinh đạt 15‰, tỷ lệ tử vong 3 phần nghìn."},
	{"multiplier", "Số ca mắc cao gấp 29,7 lần cùng kỳ, tăng 3 lần."},
	{"year", "Năm 2020, tỉnh có nhiều chuyển biến; năm 2021 là năm bầu cử."},
	{"year range", "Giai đoạn 2021 - 2025 tỉnh tập trung phát triển nông nghiệp."},
	{"date", "Ngày 15/8, cả nước ghi nhận nhiều ca bệnh; ngày 14/10/2022 mưa lớn."},
	{"time", "Tính từ 18h ngày 14/8 đến 14h30, lúc 3 giờ sáng nước lên nhanh."},
	{"age", "Ông Nguyễn Văn Hai, 47 tuổi, ở thôn 3; người trên 60 tuổi."},
	{"ordinal thứ", "Việt Nam đứng thứ 3, Khánh Hòa xếp thứ 28 cả nước."},
	{"ordinal session", "Kỳ họp thứ 4 dự kiến bế mạc vào tuần sau."},
	{"roman numerals", "Đại hội lần thứ XI, Quốc hội khóa XV, Đại hội XIII của Đảng."},
	{"course", "Hội nghị Trung ương 6 khóa XII bàn về tổ chức bộ máy."},
	{"document number", "Theo Nghị quyết số 18-NQ/TW của Bộ Chính trị."},
	{"decision number", "UBND tỉnh ban hành Quyết định 123/QĐ-UBND về đề án."},
	{"directive", "Thành phố giãn cách theo Chỉ thị 16 từ ngày 9/7."},
	{"directive number", "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."},
	{"name number", "Tiếp tục thực hiện Nghị quyết Trung ương 4 về xây dựng Đảng."},
	{"address", "Trụ sở UBND tỉnh tại số 12 đường Lê Lợi."},
	{"address two", "Cuộc họp diễn ra tại số 9 đường Lê Duẩn, TP Buôn Ma Thuột."},
	{"phone", "Người dân liên hệ đường dây nóng 0236.3822.115 để được hỗ trợ."},
	{"score", "Việt Nam thắng 3-1 trước Thái Lan."},
	{"patient code", "Bệnh nhân BN 1234 đã khỏi bệnh."},
	{"road", "Xe khách lưu thông trên Quốc lộ 1A hướng Bắc Nam."},
	{"covid", "Ban Chỉ đạo phòng, chống dịch COVID-19 họp trực tuyến."},
	{"campus", "Cơ sở 2 của bệnh viện đang điều trị cho người bệnh."},
	{"floor", "Thí sinh khuyết tật được bố trí phòng thi ở tầng 1."},
	{"name with words", "Ổ dịch tại quận Hai Bà Trưng đã được khoanh vùng."},
	{"event name", "SEA Games 31 diễn ra tại Hà Nội."},
	{"hospital name", "Bệnh viện 108 điều trị cho nhiều bệnh nhân; Tổng công ty 36 thi công."},
	{"duration guess", "Lớp học kéo dài trong 2 buổi, sau 3 buổi thì kết thúc."},
	{"program name", "Chương trình 135 hỗ trợ các xã đặc biệt khó khăn; Kế hoạch 123 triển khai."},
	{"vehicle size", "Vé giường nằm khoang 4 chỗ và xe 16 chỗ đều tăng giá."},
	{"version", "Cách mạng công nghiệp 4.0 tác động mạnh đến thị trường lao động."},
	{"một số", "Một số người cho rằng một cách làm mới là một trong những giải pháp."},
	{"một lần", "Mỗi hộ chỉ được nhận hỗ trợ một lần."},
	{"một alone", "Có một người dân cho biết nước lên rất nhanh."},
	{"năm year", "Năm nay tỉnh đặt mục tiêu cao; năm học mới bắt đầu."},
	{"năm year before noun", "Từ đầu năm thành phố ghi nhận nhiều ca bệnh; cuối năm các xã đều về đích."},
	{"junction name", "Đoàn đến dâng hoa tại Khu di tích Ngã ba Đồng Lộc."},
	{"prize", "Đội văn nghệ đạt giải ba cuộc thi cấp tỉnh."},
	{"words name", "Huyện Ba Vì và huyện Tháp Mười đều có mưa."},
	{"bare magnitude", "Tỷ lệ hộ nghèo giảm; tỷ suất lợi nhuận tăng."},
	{"few", "Vài người dân cho biết dăm ba hộ đã sơ tán."},
	{"classifier word", "Anh đeo chiếc ba lô màu xanh."},
	{"quarter", "Tăng trưởng GDP quý 3 năm 2022 ước đạt 13,5%."},
	{"score points", "Thí sinh đạt 27 điểm, tăng 3 bậc."},
	{"digits too long", "Có " + strings.Repeat("9", 40) + " người."},
	{"một after thêm", "Cơ quan công an đã khởi tố thêm một vụ án liên quan."},
	{"một after thêm, a case", "Sáng nay, Hà Nội ghi nhận thêm một ổ dịch."},
	{"năm year before classifier", "Đầu năm cây cà phê ra hoa; cuối năm chiếc cầu mới được thông xe."},
	{"năm zodiac", "Tết năm con trâu, người dân quê tôi vẫn giữ nếp cũ."},
	{"guess words one word", "Cần nhìn nhận hai mặt của vấn đề; hai phần ba số hộ đã đăng ký."},
	{"guess words ambiguous", "Ba hội đoàn cùng tham gia; tám chuyện suốt buổi."},
	{"guess words duration", "Lớp học kéo dài trong hai buổi sáng liên tiếp."},
	{"guess words name", "Đoàn đến thăm đền Hai Bà Trưng và chùa Một Cột."},
	{"race distance", "Ánh Viên giành HCV ở cự ly 10.000 m và phá kỷ lục nội dung 400 m tự do."},
	{"race run", "Chị về nhất ở nội dung chạy 1.500 m, anh về nhì 100 m vượt rào."},
	{"race relay", "Đội tuyển phá kỷ lục 4x200 m tiếp sức nam và 4 x 100 m tiếp sức nữ."},
	{"race swimming", "Cô giành HCV 200 m bướm, 100 m ếch, 100 m ngửa và 200 m hỗn hợp."},
	{"race open water", "Anh về nhất nội dung bơi vượt sông 10 km dành cho nam."},
	{"race marathon", "Cự ly 42 km dành cho người có kinh nghiệm, cự ly 10 km cho người mới."},
	{"code glued", "Xe biển số 29A-12345 và mẫu xe VF8 mới ra mắt."},
}

func TestCountsNot(t *testing.T) {
	for _, tt := range notCountTests {
		t.Run(tt.name, func(t *testing.T) {
			got, money, _ := cntRun(t, tt.text)
			if len(got)+len(money) != 0 {
				t.Errorf("%s\ngot counts %+v, money %+v, want none", tt.text, got, money)
			}
		})
	}
}

var moneyTests = []struct {
	name string
	text string
	want []cntWant
}{
	{"VND decimal", "Tổng kinh phí thực hiện đề án khoảng 1.234,5 tỷ đồng.", []cntWant{{"khoảng 1.234,5 tỷ đồng", 1234500000000, 0, "VND", About}}},
	{"USD", "Dự án có tổng vốn 200 triệu USD.", []cntWant{{"200 triệu USD", 200000000, 0, "USD", Exact}}},
	{"USD small", "Giá mỗi chiếc chỉ 5 USD.", []cntWant{{"5 USD", 5, 0, "USD", Exact}}},
	{"per month", "Mỗi người được hỗ trợ 3 triệu đồng/tháng.", []cntWant{{"3 triệu đồng/tháng", 3000000, 0, "VND/tháng", Exact}}},
	{"per ha", "Nông dân được vay tối đa 100 triệu đồng/ha.", []cntWant{{"tối đa 100 triệu đồng/ha", 100000000, 0, "VND/ha", AtMost}}},
	{"per free word", "Giá vàng ở mức 70,5 triệu đồng/lượng.", []cntWant{{"70,5 triệu đồng/lượng", 70500000, 0, "VND/lượng", Exact}}},
	{"glued đ", "Giá cà phê 100.000đ/kg.", []cntWant{{"100.000đ/kg", 100000, 0, "VND/kg", Exact}}},
	{"mixed magnitudes", "Chi phí 1 tỷ 200 triệu đồng.", []cntWant{{"1 tỷ 200 triệu đồng", 1200000000, 0, "VND", Exact}}},
	{"large", "Thu ngân sách đạt 1.328.400 tỷ đồng.", []cntWant{{"1.328.400 tỷ đồng", 1328400000000000, 0, "VND", Exact}}},
	{"nghìn tỷ", "Tổng quy mô khoảng 233 nghìn tỷ đồng.", []cntWant{{"khoảng 233 nghìn tỷ đồng", 233000000000000, 0, "VND", About}}},
	{"range", "Lao động được trả từ 250.000 đến 300.000 đồng/ngày.", []cntWant{{"từ 250.000 đến 300.000 đồng/ngày", 250000, 300000, "VND/ngày", Exact}}},
	{"range magnitude", "Mỗi hộ vay từ 3 – 5 tỷ đồng.", []cntWant{{"từ 3 – 5 tỷ đồng", 3000000000, 5000000000, "VND", Exact}}},
	{"symbol", "Vé có giá $5, gói cao cấp US$ 200.", []cntWant{{"$5", 5, 0, "USD", Exact}, {"US$ 200", 200, 0, "USD", Exact}}},
	{"words", "Mỗi suất trị giá hai triệu đồng.", []cntWant{{"hai triệu đồng", 2000000, 0, "VND", Exact}}},
	{"other currencies", "Nhật Bản viện trợ 3 tỷ yên và 2 triệu euro.", []cntWant{{"3 tỷ yên", 3000000000, 0, "JPY", Exact}, {"2 triệu euro", 2000000, 0, "EUR", Exact}}},
}

func TestMoney(t *testing.T) {
	for _, tt := range moneyTests {
		t.Run(tt.name, func(t *testing.T) {
			counts, got, _ := cntRun(t, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nmoney mismatch (-want +got):\n%s", tt.text, diff)
			}
			if len(counts) != 0 {
				t.Errorf("%s\nmoney also read as counts: %+v", tt.text, counts)
			}
		})
	}
}

var percentTests = []struct {
	name string
	text string
	want []cntWant
}{
	{"sign", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 91,6%.", []cntWant{{"91,6%", 91.6, 0, "", Exact}}},
	{"sign spaced", "Vốn ngân sách chiếm 15 %.", []cntWant{{"15 %", 15, 0, "", Exact}}},
	{"words", "Doanh thu tăng 15 phần trăm.", []cntWant{{"15 phần trăm", 15, 0, "", Exact}}},
	{"points", "Tỷ lệ tăng 2,3 điểm phần trăm so với năm trước.", []cntWant{{"2,3 điểm phần trăm", 2.3, 0, percentUnitPoints, Exact}}},
	{"points sign", "Lãi suất giảm 0,5 điểm %.", []cntWant{{"0,5 điểm %", 0.5, 0, percentUnitPoints, Exact}}},
	{"qualifier", "Có 25 địa phương giải ngân trên 50% kế hoạch, khoảng 48% tổng số.", []cntWant{{"trên 50%", 50, 0, "", MoreThan}, {"khoảng 48%", 48, 0, "", About}}},
	{"comparative", "Năng suất cao hơn 18% so với vườn cũ.", []cntWant{{"18%", 18, 0, "", Exact}}},
	{"range", "Thu nhập tăng 25-30%, lợi nhuận tăng từ 20 - 25%.", []cntWant{{"25-30%", 25, 30, "", Exact}, {"từ 20 - 25%", 20, 25, "", Exact}}},
	{"range both signs", "Lãi suất dao động 6%-8%.", []cntWant{{"6%-8%", 6, 8, "", Exact}}},
	{"after qualifier", "Phát hiện 17 xe chở quá số người quy định từ 20% trở lên.", []cntWant{{"20% trở lên", 20, 0, "", AtLeast}}},
	{"over a hundred", "Kết nạp 2.145 đảng viên, đạt 107% kế hoạch.", []cntWant{{"107%", 107, 0, "", Exact}}},
}

func TestPercents(t *testing.T) {
	for _, tt := range percentTests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, got := cntRun(t, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\npercents mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestCountsJSON checks the JSON form: integers print without exponent,
// until only for ranges, per only with a per-unit.
func TestCountsJSON(t *testing.T) {
	src := "Khoảng 3,5 triệu người, từ 50 đến 60 hộ, 1.328.400 tỷ đồng và 3 triệu đồng/tháng, trên 50%."
	r := New().ExtractString(src)
	got, err := json.Marshal(map[string]any{"counts": r.Counts, "money": r.Money, "percents": r.Percents})
	if err != nil {
		t.Fatal(err)
	}
	span := func(s string) string {
		i := strings.Index(src, s)
		return `"start":` + strconv.Itoa(i) + `,"end":` + strconv.Itoa(i+len(s)) + `,"text":"` + s + `"`
	}
	want := `{"counts":[` +
		`{` + span("Khoảng 3,5 triệu người") + `,"value":3500000,"unit":"người","qualifier":"about","rule":"count.noun"},` +
		`{` + span("từ 50 đến 60 hộ") + `,"value":50,"until":60,"unit":"hộ","qualifier":"","rule":"count.range"}],` +
		`"money":[` +
		`{` + span("1.328.400 tỷ đồng") + `,"value":1328400000000000,"currency":"VND","qualifier":"","rule":"money.currency"},` +
		`{` + span("3 triệu đồng/tháng") + `,"value":3000000,"currency":"VND","per":"tháng","qualifier":"","rule":"money.per"}],` +
		`"percents":[{` + span("trên 50%") + `,"value":50,"qualifier":"more_than","rule":"percent.sign"}]}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
}

// TestCountsSeed checks the eleven counts of the seed article's
// paragraphs, and that its non-counts stay out.
func TestCountsSeed(t *testing.T) {
	src := "Từ kết quả đó, Ban Tổ chức Thành ủy TP đã điều động bổ nhiệm 96 cán bộ; chỉ định, chuẩn y cấp ủy 198 cán bộ; " +
		"phân công lại nhiệm vụ 51 cán bộ; bổ nhiệm lại chức vụ 23 cán bộ, giới thiệu 18 cán bộ ứng cử; " +
		"tham gia ý kiến các cơ quan Trung ương 189 trường hợp…Các đơn vị đã cử 100 cán bộ tham gia lớp đào tạo " +
		"và 120 cán bộ đào tạo cao cấp lý luận chính trị hệ không tập trung; cử 230 cán bộ tham dự lớp hoàn chỉnh;… " +
		"Nâng cao hiệu quả thực hiện Nghị quyết Trung ương 4 khoá XII gắn với Chỉ thị số 05-CT/TW; bầu cử Quốc hội khóa XV. " +
		"Ban Thường vụ Thành ủy trao bằng khen cho 8 tập thể; Trưởng Ban Tổ chức Thành ủy tặng giấy khen cho 16 tập thể có thành tích xuất sắc năm 2020./."
	got, _, _ := cntRun(t, src)
	var want []cntWant
	for _, c := range []struct {
		v    float64
		unit string
	}{{96, "cán bộ"}, {198, "cán bộ"}, {51, "cán bộ"}, {23, "cán bộ"}, {18, "cán bộ"}, {189, "trường hợp"},
		{100, "cán bộ"}, {120, "cán bộ"}, {230, "cán bộ"}, {8, "tập thể"}, {16, "tập thể"}} {
		want = append(want, cntWant{Text: strconv.FormatFloat(c.v, 'f', -1, 64) + " " + c.unit, Value: c.v, Unit: c.unit})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed counts mismatch (-want +got):\n%s", diff)
	}
}

// TestCountsSpansNFD checks that spans point into the original bytes when
// the input is decomposed (NFD) and uses old-style tone marks.
func TestCountsSpansNFD(t *testing.T) {
	src := "Kha\u0301nh Hoa\u0300: Gâ\u0300n 14.000 thi\u0301 sinh, hơn 2.100 ca\u0301n bô\u0323, gia\u0301o viên; đạt 98,6%."
	counts, _, percents := cntRun(t, src)
	if len(counts) != 2 || counts[0].Value != 14000 || counts[0].Unit != "thí sinh" || counts[0].Q != Nearly ||
		counts[1].Unit != "cán bộ, giáo viên" || len(percents) != 1 {
		t.Errorf("got counts %+v, percents %+v", counts, percents)
	}
}

// TestCountsLexicons loads every lexicon file and checks each entry: it is
// normalized (NFC, traditional tone placement), lower case where the file
// says so, and it works in a sentence the way its file says.
func TestCountsLexicons(t *testing.T) {
	lower := map[string]bool{
		cntClassifiersFile.name: true, cntNoncountFile.name: true, cntIdentFile.name: true, cntPerFile.name: true,
		cntStopFile.name: true, cntComparativeFile.name: true, cntQualifiersFile.name: true, cntOneFile.name: true,
		cntOneVerbsFile.name: true, cntNotQualFile.name: true, cntEventsFile.name: true, cntYearWordsFile.name: true,
	}
	all := []cntFile{cntUnitsFile, cntMeasuresFile, cntClassifiersFile, cntNoncountFile, cntCurrenciesFile,
		cntQualifiersFile, cntIdentFile, cntPerFile, cntStopFile, cntComparativeFile, cntNotQualFile, cntOneFile, cntOneVerbsFile,
		cntEventsFile, cntYearWordsFile}
	for _, f := range all {
		t.Run(f.name, func(t *testing.T) {
			if _, err := newCntLexicon(f); err != nil {
				t.Fatal(err)
			}
			phrases, err := parseCntFile(f.name, f.kind, f.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(phrases) == 0 {
				t.Fatal("no entries")
			}
			for _, p := range phrases {
				if n := normalize.String(p.text); n != p.text {
					t.Errorf("%q is not normalized (want %q)", p.text, n)
				}
				if lower[f.name] && strings.ToLower(p.text) != p.text {
					t.Errorf("%q is not lower case", p.text)
				}
				if msg := cntCheckEntry(p); msg != "" {
					t.Errorf("%q: %s", p.text, msg)
				}
			}
		})
	}
}

// cntCheckEntry puts the phrase p in a sentence that uses it as its file
// says and returns what went wrong, "" if nothing.
func cntCheckEntry(p *cntPhrase) string {
	ex := New()
	run := func(src string) *Result { return ex.ExtractString(src) }
	switch p.kind {
	case cntNoun, cntMeasure, cntClassifier:
		r := run("Có 12 " + p.text + ".")
		if len(r.Counts) != 1 || r.Counts[0].Value != 12 || r.Counts[0].Unit != p.text {
			return "no count of it: " + cntDump(r)
		}
		if p.kind == cntMeasure && p.arg != "" {
			// A length: the name of a race after "cự ly".
			if r := run("Anh thi đấu ở cự ly 12 " + p.text + "."); len(r.Counts) != 0 {
				return "a count in a race: " + cntDump(r)
			}
		}
	case cntNoncount:
		if r := run("Có 12 " + p.text + " ở đây."); len(r.Counts)+len(r.Money)+len(r.Percents) != 0 {
			return "a count: " + cntDump(r)
		}
	case cntCurrency:
		r := run("Giá 12 " + p.text + " ở đây.")
		if len(r.Money) != 1 || r.Money[0].Value != 12 || r.Money[0].Currency != p.arg || len(r.Counts) != 0 {
			return "no money: " + cntDump(r)
		}
	case cntQual:
		r := run("Có " + p.text + " 12 người ở đây.")
		if len(r.Counts) != 1 || string(r.Counts[0].Qualifier) != p.arg || !strings.HasPrefix(r.Counts[0].Text, p.text) {
			return "not qualified: " + cntDump(r)
		}
	case cntQualAfter:
		r := run("Có 12 người " + p.text + ".")
		if len(r.Counts) != 1 || string(r.Counts[0].Qualifier) != p.arg || !strings.HasSuffix(r.Counts[0].Text, p.text) {
			return "not qualified: " + cntDump(r)
		}
	case cntIdent:
		if r := run("Theo " + p.text + " 12 người ở đây."); len(r.Counts) != 0 {
			return "a count: " + cntDump(r)
		}
	case cntNotIdent:
		if r := run("Theo " + p.text + " 12 người ở đây."); len(r.Counts) != 1 {
			return "no count: " + cntDump(r)
		}
	case cntPer:
		if r := run("Đạt 12 tấn/" + p.text + " ở đây."); len(r.Counts) != 0 {
			return "a count: " + cntDump(r)
		}
		r := run("Giá 12 đồng/" + p.text + " ở đây.")
		if len(r.Money) != 1 || r.Money[0].Per != p.text {
			return "no per-unit: " + cntDump(r)
		}
	case cntStop:
		r := run("Có 12 chiếc " + p.text + ".")
		if len(r.Counts) != 1 || r.Counts[0].Unit != "chiếc" {
			return "taken for a noun: " + cntDump(r)
		}
	case cntComparative, cntNotQual:
		r := run("Có " + p.text + " hơn 12 người ở đây.")
		if p.kind == cntNotQual {
			r = run("Có " + p.text + " 12 người ở đây.")
		}
		if len(r.Counts) != 1 || r.Counts[0].Qualifier != Exact {
			return "qualified: " + cntDump(r)
		}
	case cntOneNoun:
		r := run("Hôm qua có một " + p.text + ".")
		if len(r.Counts) != 1 || r.Counts[0].Value != 1 {
			return "no count of một: " + cntDump(r)
		}
	case cntOneVerb:
		r := run("Hôm qua " + p.text + " một ca tử vong.")
		if len(r.Counts) != 1 || r.Counts[0].Value != 1 {
			return "no count of một: " + cntDump(r)
		}
	case cntEventBefore, cntEventHead, cntEventAfter:
		src := "Chị giành huy chương vàng " + p.text + " 400 m."
		switch p.kind {
		case cntEventAfter:
			src = "Chị giành huy chương vàng 400 m " + p.text + "."
		case cntEventHead:
			src = "Chị giành huy chương vàng " + p.text + " bơi vượt sông 400 m."
		}
		if r := run(src); len(r.Counts) != 0 {
			return "a count: " + cntDump(r)
		}
		// In kilometres it is a race too, unless the entry is for metres.
		src = strings.Replace(src, "400 m", "400 km", 1)
		if r := run(src); (p.arg == "m") != (len(r.Counts) == 1) {
			return "in kilometres: " + cntDump(r)
		}
	case cntYearWord:
		if r := run("Theo báo cáo, " + p.text + " năm chiếc cầu đã thông xe."); len(r.Counts) != 0 {
			return "a count: " + cntDump(r)
		}
	default:
		return "unknown kind"
	}
	return ""
}

// classifierTests holds a sentence for every classifier of
// data/counts-classifiers.txt: the count's unit keeps the classifier and
// its noun.
var classifierTests = []struct {
	classifier string
	text       string
	want       cntWant
}{
	{"con", "Trận lũ cuốn trôi hai con bò của gia đình ông.", cntWant{"hai con bò", 2, 0, "con bò", Exact}},
	{"chiếc", "Ngư dân cứu được bốn chiếc thuyền bị mắc cạn.", cntWant{"bốn chiếc thuyền", 4, 0, "chiếc thuyền", Exact}},
	{"cái", "Nhà trường mua thêm sáu cái bàn cho phòng đọc.", cntWant{"sáu cái bàn", 6, 0, "cái bàn", Exact}},
	{"đứa", "Ba đứa trẻ được người đi đường đưa vào bệnh viện.", cntWant{"Ba đứa trẻ", 3, 0, "đứa trẻ", Exact}},
	{"vị", "Buổi lễ có sự tham dự của hai vị khách quốc tế.", cntWant{"hai vị khách quốc tế", 2, 0, "vị khách quốc tế", Exact}},
	{"em", "Đội tuyển của tỉnh có bảy em học sinh giành huy chương.", cntWant{"bảy em học sinh", 7, 0, "em học sinh", Exact}},
	{"ngôi", "Trận động đất làm sập năm ngôi nhà.", cntWant{"năm ngôi nhà", 5, 0, "ngôi nhà", Exact}},
	{"căn", "Công an phong tỏa ba căn nhà trong hẻm.", cntWant{"ba căn nhà", 3, 0, "căn nhà", Exact}},
	{"tòa", "Thành phố xây mới hai tòa nhà làm việc.", cntWant{"hai tòa nhà", 2, 0, "tòa nhà", Exact}},
	{"dãy", "Mưa đá làm tốc mái hai dãy phòng học.", cntWant{"hai dãy phòng học", 2, 0, "dãy phòng học", Exact}},
	{"ngọn", "Nhóm leo núi đã chinh phục sáu ngọn núi cao nhất miền Bắc.", cntWant{"sáu ngọn núi", 6, 0, "ngọn núi", Exact}},
	{"cây", "Cơn bão quật đổ hai cây bàng cổ thụ.", cntWant{"hai cây bàng", 2, 0, "cây bàng", Exact}},
	{"quả", "Công binh phát hiện ba quả bom còn sót lại sau chiến tranh.", cntWant{"ba quả bom", 3, 0, "quả bom", Exact}},
	{"trái", "Vườn nhà chị cho thu hoạch 800 trái bưởi mỗi vụ.", cntWant{"800 trái bưởi", 800, 0, "trái bưởi", Exact}},
	{"bông", "Mỗi gốc mai nở khoảng 200 bông hoa.", cntWant{"khoảng 200 bông hoa", 200, 0, "bông hoa", About}},
	{"hạt", "Mỗi bông lúa có hơn 150 hạt thóc.", cntWant{"hơn 150 hạt thóc", 150, 0, "hạt thóc", MoreThan}},
	{"tấm", "Đơn vị lắp đặt 50 tấm pin trên mái nhà văn hóa.", cntWant{"50 tấm pin", 50, 0, "tấm pin", Exact}},
	{"tờ", "Lực lượng chức năng thu giữ 300 tờ tiền giả.", cntWant{"300 tờ tiền", 300, 0, "tờ tiền", Exact}},
	{"bức", "Bảo tàng trưng bày hai bức tranh quý của họa sĩ.", cntWant{"hai bức tranh", 2, 0, "bức tranh", Exact}},
	{"cuốn", "Em đã đọc ba cuốn truyện trong kỳ nghỉ.", cntWant{"ba cuốn truyện", 3, 0, "cuốn truyện", Exact}},
	{"quyển", "Nhà trường tặng 200 quyển vở cho học sinh vùng cao.", cntWant{"200 quyển vở", 200, 0, "quyển vở", Exact}},
	{"pho", "Ngôi chùa còn giữ được ba pho tượng cổ.", cntWant{"ba pho tượng", 3, 0, "pho tượng", Exact}},
	{"đôi", "Đoàn viên quyên góp 300 đôi giày cho trẻ em.", cntWant{"300 đôi giày", 300, 0, "đôi giày", Exact}},
	{"cặp", "Trung tâm cứu hộ thả về rừng hai cặp khỉ.", cntWant{"hai cặp khỉ", 2, 0, "cặp khỉ", Exact}},
	{"viên", "Mỗi ngày bệnh nhân phải uống ba viên thuốc.", cntWant{"ba viên thuốc", 3, 0, "viên thuốc", Exact}},
	{"bao", "Hợp tác xã thu mua 500 bao lúa của xã viên.", cntWant{"500 bao lúa", 500, 0, "bao lúa", Exact}},
	{"túi", "Hội Phụ nữ trao 200 túi quà cho bà con.", cntWant{"200 túi quà", 200, 0, "túi quà", Exact}},
	{"thùng", "Nhà hảo tâm gửi tặng 100 thùng mì tôm.", cntWant{"100 thùng mì", 100, 0, "thùng mì", Exact}},
	{"hộp", "Đội quản lý thị trường thu giữ 20 hộp sữa giả.", cntWant{"20 hộp sữa", 20, 0, "hộp sữa", Exact}},
	{"chai", "Cửa hàng bị phát hiện bán 50 chai rượu ngoại nhập lậu.", cntWant{"50 chai rượu", 50, 0, "chai rượu", Exact}},
	{"lọ", "Cơ sở tàng trữ 30 lọ thuốc không rõ nguồn gốc.", cntWant{"30 lọ thuốc", 30, 0, "lọ thuốc", Exact}},
	{"gói", "Mỗi hộ được nhận năm gói mì và hai bao gạo.", cntWant{"năm gói mì", 5, 0, "gói mì", Exact}},
	{"kiện", "Hải quan tạm giữ 40 kiện hàng không có hóa đơn.", cntWant{"40 kiện hàng", 40, 0, "kiện hàng", Exact}},
	{"bình", "Xe tải chở 120 bình gas bốc cháy trên cao tốc.", cntWant{"120 bình gas", 120, 0, "bình gas", Exact}},
	{"mảnh", "Lực lượng cứu hộ thu hồi hai mảnh vỡ của máy bay.", cntWant{"hai mảnh vỡ", 2, 0, "mảnh vỡ", Exact}},
	{"lá", "Mỗi cử tri nhận hai lá phiếu bầu.", cntWant{"hai lá phiếu", 2, 0, "lá phiếu", Exact}},
	{"nóc", "Cả bản có 40 nóc nhà nằm ven suối.", cntWant{"40 nóc nhà", 40, 0, "nóc nhà", Exact}},
	{"sợi", "Nghệ nhân dùng hơn 300 sợi mây để đan một chiếc giỏ.", cntWant{"hơn 300 sợi mây", 300, 0, "sợi mây", MoreThan}},
	{"thanh", "Kẻ gian lấy trộm 20 thanh sắt ở công trường.", cntWant{"20 thanh sắt", 20, 0, "thanh sắt", Exact}},
	{"cuộn", "Cửa hàng vừa nhập 50 cuộn vải lụa.", cntWant{"50 cuộn vải", 50, 0, "cuộn vải", Exact}},
	{"bộ", "Ủy ban đã nhận hai bộ hồ sơ dự thầu.", cntWant{"hai bộ hồ sơ", 2, 0, "bộ hồ sơ", Exact}},
	{"lượt", "Khu di tích đón hơn 900 lượt khách trong dịp lễ.", cntWant{"hơn 900 lượt khách", 900, 0, "lượt khách", MoreThan}},
	{"máy", "Hợp tác xã đầu tư thêm hai máy gặt.", cntWant{"hai máy gặt", 2, 0, "máy gặt", Exact}},
}

// TestCountsClassifiers checks a count with every classifier of
// data/counts-classifiers.txt, and that each of them has its sentence.
func TestCountsClassifiers(t *testing.T) {
	phrases, err := parseCntFile(cntClassifiersFile.name, cntClassifiersFile.kind, cntClassifiersFile.data)
	if err != nil {
		t.Fatal(err)
	}
	tested := make(map[string]bool)
	for _, tt := range classifierTests {
		tested[tt.classifier] = true
		t.Run(tt.classifier, func(t *testing.T) {
			got, _, _ := cntRun(t, tt.text)
			var one *cntWant
			for k := range got {
				if got[k].Text == tt.want.Text || strings.HasPrefix(got[k].Unit, tt.classifier+" ") {
					one = &got[k]
					break
				}
			}
			if one == nil {
				t.Fatalf("%s\nno count with %q: %+v", tt.text, tt.classifier, got)
			}
			if diff := cmp.Diff(tt.want, *one); diff != "" {
				t.Errorf("%s\ncount mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
	for _, p := range phrases {
		if !tested[p.text] {
			t.Errorf("classifier %q has no test sentence", p.text)
		}
	}
}

func cntDump(r *Result) string {
	b, _ := json.Marshal(map[string]any{"counts": r.Counts, "money": r.Money, "percents": r.Percents})
	return string(b)
}

func TestCntLexiconErrors(t *testing.T) {
	for _, tt := range []struct{ name, data string }{
		{"duplicate", "người\nngười\n"},
		{"currency without code", "đồng\n"},
		{"bad qualifier", "hơn\tmore\n"},
		{"double space inside", "người  dân\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			kind := cntNoun
			switch tt.name {
			case "currency without code":
				kind = cntCurrency
			case "bad qualifier":
				kind = cntQual
			}
			if _, err := newCntLexicon(cntFile{"test.txt", kind, tt.data}); err == nil {
				t.Errorf("no error for %q", tt.data)
			}
		})
	}
}

func TestCntClean(t *testing.T) {
	for _, tt := range []struct{ in, want float64 }{
		{12600000.000000002, 12600000},
		{6.800000000000001, 6.8},
		{0.1 + 0.2, 0.3},
		{1234500000000, 1234500000000},
		{2.5, 2.5},
	} {
		if got := cntClean(tt.in); got != tt.want {
			t.Errorf("cntClean(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestCountsConcurrent extracts the test sentences from several goroutines
// at once: the pooled scratch space of one document must never show in
// the results of another.
func TestCountsConcurrent(t *testing.T) {
	ex := New()
	var texts []string
	for _, tt := range countTests {
		texts = append(texts, tt.text)
	}
	for _, tt := range classifierTests {
		texts = append(texts, tt.text)
	}
	want := make([]string, len(texts))
	for k, src := range texts {
		want[k] = cntDump(ex.ExtractString(src))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(texts))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range texts {
				k := (k + g*7) % len(texts)
				if got := cntDump(ex.ExtractString(texts[k])); got != want[k] {
					errs <- texts[k] + "\n got " + got + "\nwant " + want[k]
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
