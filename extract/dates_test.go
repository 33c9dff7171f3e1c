package extract

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/vnextract/vnextract/normalize"
)

// dv is the part of a Date the tests compare.
type dv struct {
	Text     string
	Value    string
	Until    string
	Grain    string
	POD      string
	Part     string
	Weekday  string
	Relative bool
	Lunar    bool
	Solar    string
}

// view projects the fields of d that the tests compare.
func view(d Date) dv {
	v := dv{Text: d.Text, Grain: d.Grain.String(), POD: d.PartOfDay, Part: d.Part, Relative: d.Relative, Lunar: d.Lunar}
	if d.Resolved {
		v.Value = d.Value.Format(d.Grain)
		if d.Until != nil {
			v.Until = d.Until.Format(d.UntilGrain)
		}
	}
	if d.HasWeekday {
		v.Weekday = weekdayNames[d.Weekday]
	}
	if d.Solar != nil {
		v.Solar = d.Solar.Format(GrainDay)
	}
	return v
}

// extractDates runs the extractor on text with the reference date ref
// ("YYYY-MM-DD", or "" for none).
func extractDates(t testing.TB, ref, text string) []Date {
	t.Helper()
	var opts []Option
	if ref != "" {
		tm, err := time.Parse("2006-01-02", ref)
		if err != nil {
			t.Fatal(err)
		}
		opts = append(opts, WithReference(tm))
	}
	return New(opts...).ExtractString(text).Dates
}

type dateTest struct {
	name string
	ref  string // reference date; "" for none
	text string
	want []dv
}

// day, month... build expected views tersely.
func day(text, value string) dv   { return dv{Text: text, Value: value, Grain: "day"} }
func month(text, value string) dv { return dv{Text: text, Value: value, Grain: "month"} }
func year(text, value string) dv  { return dv{Text: text, Value: value, Grain: "year"} }
func minute(text, value string) dv {
	return dv{Text: text, Value: value, Grain: "minute"}
}
func (v dv) pod(p string) dv       { v.POD = p; return v }
func (v dv) until(u string) dv     { v.Until = u; return v }
func (v dv) rel() dv               { v.Relative = true; return v }
func (v dv) part(p string) dv      { v.Part = p; return v }
func (v dv) weekday(w string) dv   { v.Weekday = w; return v }
func (v dv) lunar(solar string) dv { v.Lunar, v.Solar = true, solar; return v }

var dateTests = []dateTest{
	// Numeric forms.
	{"slash", "2021-01-20", "Ngày 20/1, Thành ủy tổ chức hội nghị.", []dv{day("Ngày 20/1", "2021-01-20")}},
	{"afternoon slash", "2021-01-20", "Chiều 20/1, Ban Tổ chức Thành ủy tổ chức hội nghị.", []dv{day("Chiều 20/1", "2021-01-20").pod("chiều")}},
	{"bare day month", "2021-01-25", "Hội nghị được tổ chức 20/1 tại Hà Nội.", []dv{day("20/1", "2021-01-20")}},
	{"hyphen", "2021-01-20", "Chiều 20-1, đoàn công tác đến thăm tỉnh.", []dv{day("Chiều 20-1", "2021-01-20").pod("chiều")}},
	{"dots with year", "2021-01-20", "Văn bản được ký 20.1.2021 tại Hà Nội.", []dv{day("20.1.2021", "2021-01-20")}},
	{"full slash", "2021-05-01", "Lễ ký kết diễn ra 20/01/2021 tại trụ sở.", []dv{day("20/01/2021", "2021-01-20")}},
	{"ngay slash", "2021-01-25", "Hội nghị khai mạc ngày 20/1 tại Hà Nội.", []dv{day("ngày 20/1", "2021-01-20")}},
	{"morning hyphen", "2021-03-01", "Sáng 5-3, Ban Chỉ đạo họp trực tuyến.", []dv{day("Sáng 5-3", "2021-03-05").pod("sáng")}},
	{"weekday gloss", "2021-04-13", "Thứ Hai (12/4), Bộ Y tế công bố kết quả.", []dv{day("Thứ Hai (12/4)", "2021-04-12").weekday("monday").rel()}},
	{"weekday comma date", "2021-04-13", "Thứ 2, ngày 12/4/2021, Sở Y tế họp báo.", []dv{day("Thứ 2, ngày 12/4/2021", "2021-04-12").weekday("monday")}},
	{"afternoon weekday gloss", "2021-08-17", "Chiều thứ Hai (16/8), UBND tỉnh họp.", []dv{day("Chiều thứ Hai (16/8)", "2021-08-16").pod("chiều").weekday("monday").rel()}},
	{"date weekday gloss", "2021-04-13", "Hội nghị diễn ra ngày 12/4 (thứ Hai) tại Huế.", []dv{day("ngày 12/4 (thứ Hai)", "2021-04-12").weekday("monday")}},
	{"paren date", "2021-01-21", "Hôm trước (20/1), đoàn đã về.", []dv{day("20/1", "2021-01-20")}},
	{"list of days", "2021-09-01", "Kỳ thi diễn ra ngày 5/9, 6/9 và 7/9.", []dv{day("ngày 5/9", "2021-09-05"), day("6/9", "2021-09-06"), day("7/9", "2021-09-07")}},

	// Words.
	{"day month year words", "2021-09-02", "Ngày 2 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.", []dv{day("Ngày 2 tháng 9 năm 1945", "1945-09-02")}},
	{"day month year slash", "2021-09-02", "Ngày 2/9/1945 là ngày Quốc khánh.", []dv{day("Ngày 2/9/1945", "1945-09-02")}},
	{"mung month", "2021-01-20", "Lễ hội khai mạc vào mùng 3 tháng 2.", []dv{day("mùng 3 tháng 2", "2021-02-03")}},
	{"month slash year", "2022-11-01", "Doanh thu tháng 10/2022 tăng mạnh.", []dv{month("tháng 10/2022", "2022-10")}},
	{"month hyphen year", "2022-11-01", "Số liệu tháng 10-2022 đã được công bố.", []dv{month("tháng 10-2022", "2022-10")}},
	{"month words", "2021-01-20", "Dự án khởi công vào tháng Mười Hai.", []dv{month("tháng Mười Hai", "2020-12")}},
	{"month last year", "2021-01-20", "Giá xăng tăng từ tháng 12 năm ngoái.", []dv{month("tháng 12 năm ngoái", "2020-12").rel()}},
	{"month year words", "2021-01-20", "Trong tháng 3 năm 2020, tỉnh ghi nhận 5 ca.", []dv{month("tháng 3 năm 2020", "2020-03")}},
	{"month bare", "2022-10-24", "Đến hết tháng 9, giải ngân đạt 50%.", []dv{month("tháng 9", "2022-09")}},
	{"tháng Giêng", "2021-01-20", "Lễ hội diễn ra trong tháng Giêng.", []dv{{Text: "tháng Giêng", Value: "2021-01", Grain: "month", Lunar: true}}},
	{"tháng Chạp", "2021-01-20", "Chợ hoa mở từ giữa tháng Chạp.", []dv{{Text: "giữa tháng Chạp", Value: "2020-12", Grain: "month", Lunar: true, Part: "mid"}}},
	{"year", "2021-01-20", "Tổng kết công tác năm 2020.", []dv{year("năm 2020", "2020")}},
	{"year range", "2021-01-20", "Kế hoạch năm 2020-2021 đã hoàn thành.", []dv{year("năm 2020-2021", "2020").until("2021")}},
	{"year list", "2023-01-20", "Kết quả các năm 2020, 2021 và 2022 đều tốt.", []dv{year("năm 2020", "2020"), year("2021", "2021"), year("2022", "2022")}},

	// Quarters and parts.
	{"quarter roman", "2023-01-20", "Trong quý I/2023, tỉnh hoàn thành quy hoạch.", []dv{{Text: "quý I/2023", Value: "2023-Q1", Grain: "quarter"}}},
	{"quarter words", "2022-10-24", "Tăng trưởng GDP quý 3 năm 2022 ước đạt 13,5%.", []dv{{Text: "quý 3 năm 2022", Value: "2022-Q3", Grain: "quarter"}}},
	{"quarter bare", "2022-10-24", "Cần xử lý dứt điểm trong quý IV.", []dv{{Text: "quý IV", Value: "2022-Q4", Grain: "quarter"}}},
	{"quarter next", "2022-10-24", "Dự án sẽ khởi công trong quý tới.", []dv{{Text: "quý tới", Value: "2023-Q1", Grain: "quarter", Relative: true}}},
	{"first months", "2022-10-24", "Tính chung 9 tháng đầu năm 2022, GDP tăng 8,7%.", []dv{month("9 tháng đầu năm 2022", "2022-01").until("2022-09")}},
	{"first months no year", "2022-07-10", "Trong 6 tháng đầu năm, xuất khẩu tăng 17%.", []dv{month("6 tháng đầu năm", "2022-01").until("2022-06").rel()}},
	{"last months", "2022-07-10", "Nhiệm vụ 6 tháng cuối năm 2022 rất nặng nề.", []dv{month("6 tháng cuối năm 2022", "2022-07").until("2022-12")}},
	{"last months words", "2023-11-06", "Nếu hai tháng cuối năm giữ được đà tăng trưởng.", []dv{month("hai tháng cuối năm", "2023-11").until("2023-12").rel()}},
	{"months of year", "2023-11-06", "Tính chung 10 tháng năm 2023, xuất khẩu đạt 44 tỷ USD.", []dv{month("10 tháng năm 2023", "2023-01").until("2023-10")}},
	{"half year", "2022-07-10", "Trong nửa đầu năm 2022, doanh thu tăng.", []dv{month("nửa đầu năm 2022", "2022-01").until("2022-06")}},
	{"early year", "2023-11-01", "Dự án sẽ hoàn thành vào đầu năm 2024.", []dv{year("đầu năm 2024", "2024").part("early")}},
	{"late this year", "2023-05-01", "Công trình sẽ xong vào cuối năm nay.", []dv{year("cuối năm nay", "2023").part("late").rel()}},
	{"late month", "2021-06-10", "Kết quả sẽ có vào cuối tháng 6.", []dv{month("cuối tháng 6", "2021-06").part("late")}},
	{"mid month", "2021-03-01", "Đợt rét kéo dài đến giữa tháng 3.", []dv{month("giữa tháng 3", "2021-03").part("mid")}},
	{"early month year", "2021-03-01", "Từ đầu tháng 3/2021, giá thép tăng.", []dv{month("đầu tháng 3/2021", "2021-03").part("early")}},
	{"ten days of month", "2021-03-01", "Mưa lớn dự báo vào thượng tuần tháng 4.", []dv{month("thượng tuần tháng 4", "2021-04").part("early")}},
	{"since start of year", "2021-08-15", "Từ đầu năm đến nay, cả nước có 200 vụ cháy.", []dv{year("đầu năm", "2021").part("early").rel()}},
	{"end of year bare", "2021-08-15", "Tỉnh phấn đấu đến cuối năm đạt 90% chỉ tiêu.", []dv{year("cuối năm", "2021").part("late").rel()}},
	{"early month bare", "2021-08-15", "Từ đầu tháng, giá rau tăng mạnh.", []dv{month("đầu tháng", "2021-08").part("early").rel()}},
	{"late this month", "2021-08-15", "Dự kiến cuối tháng này sẽ có kết quả.", []dv{month("cuối tháng này", "2021-08").part("late").rel()}},

	// Ranges.
	{"giai doan", "2021-01-20", "Đề án giai đoạn 2020 – 2030 được thông qua.", []dv{year("giai đoạn 2020 – 2030", "2020").until("2030")}},
	{"range then ngay", "2021-01-20", "Kế hoạch đào tạo cán bộ giai đoạn 2021 – 2025 ngay từ đầu nhiệm kỳ.", []dv{year("giai đoạn 2021 – 2025", "2021").until("2025")}},
	{"nhiem ky", "2021-01-20", "Đại hội nhiệm kỳ 2021-2026 thành công.", []dv{year("nhiệm kỳ 2021-2026", "2021").until("2026")}},
	{"nien khoa", "2022-07-06", "Tân sinh viên niên khóa 2022-2023 nhập học.", []dv{year("niên khóa 2022-2023", "2022").until("2023")}},
	{"season range", "2024-03-15", "Mặn xâm nhập sâu hơn mùa khô 2015-2016 và 2019-2020.", []dv{year("mùa khô 2015-2016", "2015").until("2016"), year("2019-2020", "2019").until("2020")}},
	{"crop year", "2024-03-15", "Niên vụ 2023 – 2024, sản lượng cà phê giảm.", []dv{year("Niên vụ 2023 – 2024", "2023").until("2024")}},
	{"nam hoc short", "2022-07-06", "Năm học 2022-23 bắt đầu từ tháng 9.", []dv{year("Năm học 2022-23", "2022").until("2023"), month("tháng 9", "2022-09")}},
	{"range word with from", "2021-01-20", "Kế hoạch giai đoạn từ 2021 đến 2025 đã được duyệt.", []dv{year("giai đoạn từ 2021 đến 2025", "2021").until("2025")}},
	{"from to days", "2021-06-20", "Đợt tiêm kéo dài từ ngày 1/7 đến 15/7.", []dv{day("từ ngày 1/7 đến 15/7", "2021-07-01").until("2021-07-15")}},
	{"from bare day", "2021-12-01", "Hội chợ diễn ra từ 20 đến 25/12.", []dv{day("từ 20 đến 25/12", "2021-12-20").until("2021-12-25")}},
	{"from months", "2021-01-20", "Thời gian thi công từ tháng 3 đến tháng 5/2021.", []dv{month("từ tháng 3 đến tháng 5/2021", "2021-03").until("2021-05")}},
	{"from years", "2021-01-20", "Số liệu từ năm 2015 đến 2020 cho thấy xu hướng tăng.", []dv{year("từ năm 2015 đến 2020", "2015").until("2020")}},
	{"day range hyphen", "2022-07-01", "Kỳ thi diễn ra ngày 7-8/7.", []dv{day("ngày 7-8/7", "2022-07-07").until("2022-07-08")}},
	{"dash days", "2022-07-01", "Kỳ thi diễn ra ngày 7/7 - 8/7.", []dv{day("ngày 7/7 - 8/7", "2022-07-07").until("2022-07-08")}},
	{"from across new year", "2021-12-20", "Đợt cao điểm từ ngày 25/12 đến 5/1.", []dv{day("từ ngày 25/12 đến 5/1", "2021-12-25").until("2022-01-05")}},
	{"from to now", "2021-08-15", "Từ ngày 27/4 đến nay, cả nước ghi nhận 253.000 ca.", []dv{day("ngày 27/4", "2021-04-27")}},
	{"from month to now", "2021-08-15", "Ổ dịch phát hiện từ cuối tháng 7, đến nay đã có 300 ca.", []dv{month("cuối tháng 7", "2021-07").part("late")}},
	{"from times", "2021-08-15", "Tính từ 18h ngày 14/8 đến 18h ngày 15/8, cả nước có 8.751 ca.", []dv{minute("từ 18h ngày 14/8 đến 18h ngày 15/8", "2021-08-14T18:00").until("2021-08-15T18:00")}},
	{"from bare time", "2021-09-01", "Điểm tiêm mở cửa từ 7h đến 11h ngày 5/9.", []dv{minute("từ 7h đến 11h ngày 5/9", "2021-09-05T07:00").until("2021-09-05T11:00")}},
	{"from relative", "2023-11-15", "Từ chiều 13/11 đến sáng hôm qua, Đà Nẵng có mưa to.", []dv{day("Từ chiều 13/11 đến sáng hôm qua", "2023-11-13").until("2023-11-14").pod("chiều").rel()}},
	{"paren years", "2025-04-20", "Kỷ niệm 50 năm Ngày Giải phóng miền Nam (1975 - 2025).", []dv{year("1975 - 2025", "1975").until("2025")}},

	// Times.
	{"time h", "2021-02-01", "Lễ khai mạc bắt đầu lúc 14h30 ngày 3/2.", []dv{minute("14h30 ngày 3/2", "2021-02-03T14:30")}},
	{"time words", "2021-05-01", "Buổi lễ diễn ra lúc 8 giờ 30 phút sáng 4/5.", []dv{minute("8 giờ 30 phút sáng 4/5", "2021-05-04T08:30").pod("sáng")}},
	{"time today", "2021-05-01", "Cuộc họp bắt đầu từ 8h sáng nay.", []dv{minute("8h sáng nay", "2021-05-01T08:00").pod("sáng").rel()}},
	{"time evening", "2021-12-20", "Pháo hoa bắn lúc 20 giờ tối 31/12.", []dv{minute("20 giờ tối 31/12", "2021-12-31T20:00").pod("tối")}},
	{"time night", "2021-12-20", "Vụ cháy xảy ra khoảng 11 giờ đêm 19/12.", []dv{minute("11 giờ đêm 19/12", "2021-12-19T23:00").pod("đêm")}},
	{"time same day", "2021-08-15", "Sáng 14/8, đoàn lên đường. Đến 20h cùng ngày, đoàn đã tới nơi.", []dv{day("Sáng 14/8", "2021-08-14").pod("sáng"), minute("20h cùng ngày", "2021-08-14T20:00").rel()}},
	{"time colon after date", "2021-08-15", "Hạn chót là ngày 20/8 lúc 17:00.", []dv{minute("ngày 20/8 lúc 17:00", "2021-08-20T17:00")}},
	{"time half", "2021-08-15", "Tàu rời ga lúc 9 giờ rưỡi sáng mai.", []dv{minute("9 giờ rưỡi sáng mai", "2021-08-16T09:30").pod("sáng").rel()}},

	// Relative.
	{"hom nay", "2021-08-15", "Hôm nay, Bộ Y tế công bố 8.751 ca.", []dv{day("Hôm nay", "2021-08-15").rel()}},
	{"hom qua", "2021-08-15", "Tính đến hết hôm qua, cả nước tiêm 12 triệu liều.", []dv{day("hôm qua", "2021-08-14").rel()}},
	{"hom kia", "2021-08-15", "Hôm kia, trời mưa to.", []dv{day("Hôm kia", "2021-08-13").rel()}},
	{"ngay mai", "2021-08-15", "Ngày mai, thành phố siết chặt việc ra đường.", []dv{day("Ngày mai", "2021-08-16").rel()}},
	{"ngay hom nay", "2023-11-15", "Học sinh nghỉ học trong ngày hôm nay.", []dv{day("ngày hôm nay", "2023-11-15").rel()}},
	{"sang nay", "2022-10-24", "Cũng trong sáng nay, Quốc hội thảo luận.", []dv{day("sáng nay", "2022-10-24").pod("sáng").rel()}},
	{"toi qua", "2022-10-24", "Tối qua, một vụ tai nạn xảy ra trên quốc lộ.", []dv{day("Tối qua", "2022-10-23").pod("tối").rel()}},
	{"dem nay to tomorrow", "2023-11-15", "Từ đêm nay đến ngày mai, trời có mưa.", []dv{day("Từ đêm nay đến ngày mai", "2023-11-15").until("2023-11-16").pod("đêm").rel()}},
	{"tuan truoc", "2021-08-15", "Tuần trước, bệnh viện đã cử 50 người.", []dv{day("Tuần trước", "2021-08-02").until("2021-08-08").rel()}},
	{"tuan nay", "2023-11-15", "Trong tuần này, thành phố sẽ kiểm tra.", []dv{day("tuần này", "2023-11-13").until("2023-11-19").rel()}},
	{"tuan toi", "2023-11-15", "Kết quả có vào tuần tới.", []dv{day("tuần tới", "2023-11-20").until("2023-11-26").rel()}},
	{"week gloss", "2021-09-15", "Tuần trước (từ ngày 6/9 đến 12/9), tỉnh ghi nhận 300 ca.", []dv{day("Tuần trước (từ ngày 6/9 đến 12/9)", "2021-09-06").until("2021-09-12").rel()}},
	{"week gloss past", "2022-09-14", "Trong tuần qua (từ ngày 5 đến 11/9), thành phố ghi nhận 1.463 ca.", []dv{day("tuần qua (từ ngày 5 đến 11/9)", "2022-09-05").until("2022-09-11").rel()}},
	{"past week alone", "2022-09-14", "Trong tuần qua, thành phố ghi nhận 1.463 ca.", []dv{}},
	{"thang truoc", "2021-08-15", "So với tháng trước, số ca giảm.", []dv{month("tháng trước", "2021-07").rel()}},
	{"nam ngoai", "2022-10-24", "Năm ngoái, tỉnh đã điều chuyển 400 tỷ đồng.", []dv{year("Năm ngoái", "2021").rel()}},
	{"nam nay", "2022-07-06", "Năm nay, toàn tỉnh có 45 thí sinh tự do.", []dv{year("Năm nay", "2022").rel()}},
	{"nam sau", "2022-07-06", "Kế hoạch sẽ được triển khai trong năm sau.", []dv{year("năm sau", "2023").rel()}},
	{"days ago", "2021-08-15", "Bệnh nhân nhập viện 3 ngày trước.", []dv{day("3 ngày trước", "2021-08-12").rel()}},
	{"years ago", "2021-08-15", "Cách đây 5 năm, nơi này còn là bãi đất trống.", []dv{year("Cách đây 5 năm", "2016").rel()}},
	{"friday last week", "2021-08-15", "Thứ Sáu tuần trước, đoàn kiểm tra đã làm việc.", []dv{day("Thứ Sáu tuần trước", "2021-08-06").weekday("friday").rel()}},
	{"weekday nearest", "2021-08-18", "Cuộc họp diễn ra vào thứ Hai với 20 đại biểu.", []dv{day("thứ Hai", "2021-08-16").weekday("monday").rel()}},
	{"weekday next", "2021-08-18", "Trường sẽ mở cửa vào thứ Hai tới.", []dv{day("thứ Hai tới", "2021-08-23").weekday("monday").rel()}},
	{"sunday", "2021-08-18", "Sáng Chủ nhật, hàng nghìn người đi bộ.", []dv{day("Sáng Chủ nhật", "2021-08-15").weekday("sunday").pod("sáng").rel()}},
	{"same day", "2021-08-15", "Ngày 14/8, tỉnh ghi nhận 20 ca. Cùng ngày, huyện Đông Anh phong tỏa một thôn.", []dv{day("Ngày 14/8", "2021-08-14"), day("Cùng ngày", "2021-08-14").rel()}},
	{"next day", "2021-08-15", "Ngày 10/8, đoàn xuất phát. Ngày hôm sau, đoàn tới Huế.", []dv{day("Ngày 10/8", "2021-08-10"), day("Ngày hôm sau", "2021-08-11").rel()}},
	{"that day", "2021-08-15", "Sáng 12/8 trời mưa to; chiều hôm đó nước lên nhanh.", []dv{day("Sáng 12/8", "2021-08-12").pod("sáng"), day("chiều hôm đó", "2021-08-12").pod("chiều").rel()}},
	{"glossed today", "2023-11-15", "Sáng nay (15/11), ông Bửu đi kiểm tra.", []dv{day("Sáng nay (15/11)", "2023-11-15").pod("sáng").rel()}},

	// Lunar.
	{"ram thang gieng", "2024-01-10", "Lễ hội diễn ra vào rằm tháng Giêng.", []dv{day("rằm tháng Giêng", "2024-01-15").lunar("2024-02-24")}},
	{"ram thang gieng later", "2024-06-10", "Lễ hội diễn ra vào rằm tháng Giêng.", []dv{day("rằm tháng Giêng", "2024-01-15").lunar("2024-02-24")}},
	{"mung 1 tet", "2024-01-20", "Chợ hoa mở cửa đến mùng 1 Tết.", []dv{day("mùng 1 Tết", "2024-01-01").lunar("2024-02-10")}},
	{"30 tet", "2024-01-20", "Người dân đi chợ chiều 30 Tết.", []dv{day("chiều 30 Tết", "2023-12-30").pod("chiều").lunar("2024-02-09")}},
	{"29 is last", "2025-01-10", "Tàu chạy đến 30 Tết.", []dv{day("30 Tết", "2024-12-29").lunar("2025-01-28")}},
	{"23 thang chap", "2024-01-20", "Ngày 23 tháng Chạp, người dân cúng ông Công ông Táo.", []dv{day("Ngày 23 tháng Chạp", "2023-12-23").lunar("2024-02-02")}},
	{"tet nguyen dan year", "2023-12-01", "Kỳ nghỉ Tết Nguyên đán 2024 kéo dài 7 ngày.", []dv{day("Tết Nguyên đán 2024", "2024-01-01").lunar("2024-02-10")}},
	{"tet canchi", "2023-12-01", "Thị trường Tết Giáp Thìn sôi động.", []dv{day("Tết Giáp Thìn", "2024-01-01").lunar("2024-02-10")}},
	{"am lich", "2024-03-01", "Giỗ Tổ Hùng Vương ngày 10/3 âm lịch.", []dv{day("ngày 10/3 âm lịch", "2024-03-10").lunar("2024-04-18")}},
	{"trung thu", "2023-09-01", "Các em thiếu nhi vui Tết Trung thu.", []dv{day("Tết Trung thu", "2023-08-15").lunar("2023-09-29")}},

	{"tet this year", "2024-01-05", "Tết Nguyên đán năm nay rơi vào ngày 10/2.", []dv{day("Tết Nguyên đán năm nay", "2024-01-01").lunar("2024-02-10").rel(), day("ngày 10/2", "2024-02-10")}},
	{"chap this year", "2024-01-05", "Tháng Chạp năm nay đủ 30 ngày.", []dv{{Text: "Tháng Chạp năm nay", Value: "2023-12", Grain: "month", Lunar: true, Relative: true}}},
	{"mung words", "2024-02-01", "Chùa mở cửa từ mồng một Tết.", []dv{day("mồng một Tết", "2024-01-01").lunar("2024-02-10")}},
	{"lunar range", "2024-01-05", "Tàu chạy thêm từ 15 tháng Chạp đến hết ngày 13 tháng Giêng.", []dv{day("từ 15 tháng Chạp đến hết ngày 13 tháng Giêng", "2023-12-15").until("2024-01-13").lunar("2024-01-25")}},
	{"lunar month", "2024-03-01", "Lễ hội kéo dài đến hết tháng 3 âm lịch.", []dv{{Text: "tháng 3 âm lịch", Value: "2024-03", Grain: "month", Lunar: true}}},
	{"lunar year name", "2024-03-01", "Năm Giáp Thìn được dự báo nhiều mưa bão.", []dv{{Text: "Năm Giáp Thìn", Value: "2024", Grain: "year", Lunar: true}}},

	// Year inference.
	{"across new year back", "2021-01-05", "Vụ việc xảy ra ngày 28/12.", []dv{day("ngày 28/12", "2020-12-28")}},
	{"across new year forward", "2020-12-28", "Hội nghị sẽ họp ngày 5/1.", []dv{day("ngày 5/1", "2021-01-05")}},
	{"month across new year", "2021-01-05", "Số liệu tháng 12 cho thấy xu hướng tăng.", []dv{month("tháng 12", "2020-12")}},

	{"next marker", "2021-12-20", "Trường sẽ khai giảng ngày 5/1 tới.", []dv{day("ngày 5/1", "2022-01-05")}},
	{"next marker far", "2021-08-15", "Kết quả công bố ngày 2/8 tới.", []dv{day("ngày 2/8", "2022-08-02")}},
	{"past marker", "2021-08-15", "Lễ ký kết diễn ra ngày 20/8 vừa qua.", []dv{day("ngày 20/8", "2020-08-20")}},
	{"as of", "2025-07-16", "Tính đến ngày 7/11, cả nước ghi nhận hơn 292.000 ca.", []dv{day("ngày 7/11", "2024-11-07")}},
	{"as of end", "2025-07-16", "Thu ngân sách tính tới hết tháng 9 đạt 80% dự toán.", []dv{month("tháng 9", "2024-09")}},
	{"coordinated quarters", "2023-10-06", "Tăng trưởng cao hơn quý I và quý II năm nay.", []dv{{Text: "quý I", Value: "2023-Q1", Grain: "quarter", Relative: true}, {Text: "quý II năm nay", Value: "2023-Q2", Grain: "quarter", Relative: true}}},
	{"coordinated months", "2023-01-10", "Giá tăng trong tháng 7 và tháng 8/2022.", []dv{month("tháng 7", "2022-07"), month("tháng 8/2022", "2022-08")}},
	{"day list", "2023-11-17", "Đội tuyển gặp Indonesia vào các ngày 21 và 26/3.", []dv{day("ngày 21", "2024-03-21"), day("26/3", "2024-03-26")}},
	{"inline gloss", "2021-01-20", "Hôm nay 20/1, trời rét đậm.", []dv{day("Hôm nay 20/1", "2021-01-20").rel()}},
	{"ngay weekday gloss", "2021-08-15", "Ngày thứ Bảy (14/8), 500 người được tiêm.", []dv{day("Ngày thứ Bảy (14/8)", "2021-08-14").weekday("saturday").rel()}},
	{"ordinal day", "2021-08-15", "Ngày thứ hai của hội nghị, các đại biểu thảo luận.", []dv{}},
	{"weekday gloss range", "2024-01-05", "Công chức được nghỉ từ thứ Năm (8/2/2024) đến hết thứ Tư (14/2/2024).", []dv{day("từ thứ Năm (8/2/2024) đến hết thứ Tư (14/2/2024)", "2024-02-08").until("2024-02-14").weekday("thursday").rel()}},
	{"range this year", "2021-11-12", "Nghỉ lễ 30/4 - 1/5 năm nay kéo dài 4 ngày.", []dv{day("30/4 - 1/5 năm nay", "2021-04-30").until("2021-05-01").rel()}},
	{"spaced day range", "2022-07-01", "Kỳ thi diễn ra ngày 7 - 8/7.", []dv{day("ngày 7 - 8/7", "2022-07-07").until("2022-07-08")}},
	{"words ago", "2021-08-15", "Hai năm trước, tỉnh chưa có nhà máy.", []dv{year("Hai năm trước", "2019").rel()}},
	{"early next week", "2021-11-12", "Đầu tuần tới, không khí lạnh tràn về.", []dv{day("Đầu tuần tới", "2021-11-15").until("2021-11-21").part("early").rel()}},
	{"end of day", "2021-08-15", "Lệnh giãn cách kéo dài đến 24h ngày 15/8.", []dv{minute("24h ngày 15/8", "2021-08-15T24:00")}},
	{"hom date", "2021-11-12", "Hôm 9/11, UBND huyện đã họp.", []dv{day("Hôm 9/11", "2021-11-09")}},
	{"bare late day", "2021-06-01", "Hạn chót nộp hồ sơ là 30/6.", []dv{day("30/6", "2021-06-30")}},
	{"year slash range", "2021-06-01", "Năm học 2021/2022 bắt đầu từ tháng 9.", []dv{year("Năm học 2021/2022", "2021").until("2022"), month("tháng 9", "2021-09")}},
	{"range list", "2021-06-01", "Quy hoạch giai đoạn 2021 - 2025 và 2026 - 2030.", []dv{year("giai đoạn 2021 - 2025", "2021").until("2025"), year("2026 - 2030", "2026").until("2030")}},
	{"vision", "2021-06-01", "Chiến lược đến năm 2030, tầm nhìn 2045.", []dv{year("năm 2030", "2030"), year("2045", "2045")}},
	{"holiday", "2021-08-15", "Dịp Quốc khánh 2/9, nhiều khách du lịch.", []dv{day("2/9", "2021-09-02")}},

	// Tense: the context puts a date without its year before or after
	// the reference.
	{"since month", "2023-11-08", "Từ tháng 3 đến nay, tỉnh đã giải ngân 500 tỷ đồng.", []dv{month("tháng 3", "2023-03")}},
	{"since month cho den nay", "2023-11-08", "Từ tháng 12 cho đến nay, giá gạo tăng liên tục.", []dv{month("tháng 12", "2022-12")}},
	{"since day", "2023-11-08", "Từ ngày 20/12 đến nay, công an đã bắt 20 đối tượng.", []dv{day("ngày 20/12", "2022-12-20")}},
	{"since day toi nay", "2023-11-08", "Từ ngày 1/3 tới nay, mưa lớn gây sạt lở 40 điểm.", []dv{day("ngày 1/3", "2023-03-01")}},
	{"since early month", "2023-11-08", "Từ đầu tháng 3 đến nay, giá thép tăng 20%.", []dv{month("đầu tháng 3", "2023-03").part("early")}},
	{"since year", "2023-11-08", "Từ năm 2018 đến nay, công ty liên tục thua lỗ.", []dv{year("năm 2018", "2018")}},
	{"since quarter", "2024-01-10", "Từ quý II đến nay, sản xuất công nghiệp phục hồi.", []dv{{Text: "quý II", Value: "2023-Q2", Grain: "quarter"}}},
	{"since present", "2023-11-08", "Từ tháng 4 đến hiện nay, tỉnh chưa có mưa lớn.", []dv{month("tháng 4", "2023-04")}},
	{"since back here", "2023-11-08", "Từ tháng 3 trở lại đây, giá lợn hơi tăng mạnh.", []dv{month("tháng 3", "2023-03")}},
	{"since weekday", "2023-11-08", "Từ thứ Sáu đến nay, mưa lớn kéo dài ở miền Trung.", []dv{day("thứ Sáu", "2023-11-03").weekday("friday").rel()}},
	{"month just past", "2023-11-08", "Tháng 12 vừa qua, giá xăng giảm ba lần.", []dv{month("Tháng 12", "2022-12")}},
	{"quarter past", "2024-01-05", "Trong quý III qua, doanh nghiệp xuất khẩu tăng 8%.", []dv{{Text: "quý III", Value: "2023-Q3", Grain: "quarter"}}},
	{"lunar just past", "2023-11-08", "Rằm tháng Giêng vừa qua, hàng vạn người đi lễ chùa.", []dv{day("Rằm tháng Giêng", "2023-01-15").lunar("2023-02-05")}},
	{"back in", "2023-12-20", "Hồi tháng 5, nhà máy đã ngừng hoạt động.", []dv{month("tháng 5", "2023-05")}},
	{"formal at", "2024-01-10", "Lễ khai mạc được tổ chức vào hồi 8 giờ ngày 20/5.", []dv{minute("8 giờ ngày 20/5", "2024-05-20T08:00")}},
	{"before that", "2023-12-01", "Trước đó, ngày 25/5, công an đã khởi tố vụ án.", []dv{day("ngày 25/5", "2023-05-25")}},
	{"from now to", "2023-12-20", "Từ nay đến tháng 6, tỉnh sẽ hoàn thành 500 căn nhà.", []dv{month("tháng 6", "2024-06")}},
	{"month next", "2023-08-10", "Tháng 3 tới, trường sẽ tuyển sinh khóa mới.", []dv{month("Tháng 3", "2024-03")}},
	{"range end past", "2023-11-08", "Từ tháng 3 đến tháng 5 vừa qua, giá điện tăng hai lần.", []dv{month("Từ tháng 3 đến tháng 5", "2023-03").until("2023-05")}},
	{"month through month", "2023-11-08", "Đợt rét kéo dài từ tháng 1 qua tháng 2.", []dv{month("tháng 1", "2024-01"), month("tháng 2", "2024-02")}},

	// Relative dates glossed with their date are one mention.
	{"next week weekday gloss", "2023-05-12", "Thứ Ba tuần tới (16/5), hội nghị khai mạc.", []dv{day("Thứ Ba tuần tới (16/5)", "2023-05-16").weekday("tuesday").rel()}},
	{"this week sunday gloss", "2023-05-12", "Chủ nhật tuần này (14/5) là Ngày của Mẹ.", []dv{day("Chủ nhật tuần này (14/5)", "2023-05-14").weekday("sunday").rel()}},
	{"morning next week gloss", "2023-05-12", "Sáng thứ Hai tuần sau (15/5), tỉnh họp bàn phương án chống hạn.", []dv{day("Sáng thứ Hai tuần sau (15/5)", "2023-05-15").pod("sáng").weekday("monday").rel()}},
	{"last week friday gloss", "2023-05-16", "Thứ Sáu tuần trước (12/5), đoàn kiểm tra đã làm việc tại huyện.", []dv{day("Thứ Sáu tuần trước (12/5)", "2023-05-12").weekday("friday").rel()}},
	{"last week across year", "2024-01-02", "Thứ Sáu tuần trước (29/12), đoàn đã về tới Hà Nội.", []dv{day("Thứ Sáu tuần trước (29/12)", "2023-12-29").weekday("friday").rel()}},
	{"yesterday gloss", "2023-05-15", "Hôm qua (14/5), trời nắng nóng gay gắt.", []dv{day("Hôm qua (14/5)", "2023-05-14").rel()}},
	{"yesterday gloss new year", "2024-01-01", "Tối qua (31/12), hàng nghìn người xem pháo hoa.", []dv{day("Tối qua (31/12)", "2023-12-31").pod("tối").rel()}},
	{"tonight gloss", "2023-11-15", "Tối nay (15/11), các đội bóng ra sân.", []dv{day("Tối nay (15/11)", "2023-11-15").pod("tối").rel()}},
	{"tomorrow gloss", "2023-05-15", "Ngày mai (16/5), trời tiếp tục nắng nóng.", []dv{day("Ngày mai (16/5)", "2023-05-16").rel()}},
	{"weekday and date gloss", "2023-05-15", "Sáng nay (thứ Hai, 15/5), tỉnh họp khẩn.", []dv{day("Sáng nay (thứ Hai, 15/5)", "2023-05-15").pod("sáng").weekday("monday").rel()}},
	{"week days gloss", "2023-05-12", "Tuần tới (15-21/5), nắng nóng tiếp diễn.", []dv{day("Tuần tới (15-21/5)", "2023-05-15").until("2023-05-21").rel()}},
	{"inconsistent gloss", "2023-05-12", "Thứ Ba tuần tới (17/5), hội nghị khai mạc.", []dv{day("Thứ Ba tuần tới (17/5)", "2023-05-17").weekday("tuesday").rel()}},

	// A number before "năm nay", "năm ngoái"...: a name or a count.
	{"games last year", "2023-11-08", "Đội tuyển từng giành HCV tại SEA Games 31 năm ngoái.", []dv{year("năm ngoái", "2022").rel()}},
	{"round this year", "2023-11-08", "Đợt 2 năm nay, tỉnh tuyển 500 lao động.", []dv{year("năm nay", "2023").rel()}},
	{"round last year", "2023-11-08", "Đợt 2 năm trước chỉ có 300 người đăng ký.", []dv{year("năm trước", "2022").rel()}},
	{"quarter of last year", "2023-11-08", "So với quý 4 năm trước, doanh thu tăng 12%.", []dv{{Text: "quý 4 năm trước", Value: "2022-Q4", Grain: "quarter", Relative: true}}},
	{"u23 this year", "2023-11-08", "Giải U23 năm nay diễn ra tại Hà Nội.", []dv{year("năm nay", "2023").rel()}},
	{"grade this year", "2023-11-08", "Học sinh lớp 12 năm nay thi theo chương trình mới.", []dv{year("năm nay", "2023").rel()}},
	{"second time this year", "2023-11-08", "Đây là lần thứ hai năm nay giá xăng tăng.", []dv{year("năm nay", "2023").rel()}},
	{"round month this year", "2023-11-08", "Đợt 2 tháng 3 năm nay có 500 hồ sơ.", []dv{month("tháng 3 năm nay", "2023-03").rel()}},
	{"round of month", "2023-11-08", "Đợt 2 tháng 3/2023, tỉnh tiếp nhận 200 hồ sơ.", []dv{month("tháng 3/2023", "2023-03")}},
	{"ten years ago", "2023-11-08", "10 năm trước, nơi này là bãi đất trống.", []dv{year("10 năm trước", "2013").rel()}},

	// Headers.
	{"header", "", "Cập nhật: 17/01/2023 09:12\n\nChiều 16-1, hội nghị diễn ra.", []dv{minute("17/01/2023 09:12", "2023-01-17T09:12"), day("Chiều 16-1", "2023-01-16").pod("chiều")}},
	{"header weekday", "", "Thứ Tư, 20/1/2021 14:05\n\nHôm qua, trời mưa.", []dv{minute("Thứ Tư, 20/1/2021 14:05", "2021-01-20T14:05").weekday("wednesday"), day("Hôm qua", "2021-01-19").rel()}},
	{"header gmt", "", "20/01/2021 - 14:05 GMT+7\n\nSáng nay, trời rét.", []dv{minute("20/01/2021 - 14:05", "2021-01-20T14:05"), day("Sáng nay", "2021-01-20").pod("sáng").rel()}},
	{"no header", "", "Hôm qua, trời mưa. Ngày 20/1, đoàn về.", []dv{{Text: "Hôm qua", Grain: "day", Relative: true}, {Text: "Ngày 20/1", Grain: "day"}}},
	{"unresolved week", "", "Tuần trước, tỉnh có 20 ca.", []dv{{Text: "Tuần trước", Grain: "day", Relative: true}}},
}

// notDateTests hold text with no date at all.
var notDateTests = []struct{ name, text string }{
	{"resolution number", "Thực hiện Nghị quyết số 20/NQ-CP của Chính phủ."},
	{"decision number", "Theo Quyết định 123/QĐ-UBND của tỉnh."},
	{"directive number", "Gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị."},
	{"party resolution", "Thực hiện Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6."},
	{"decree with year", "Theo Nghị định 15/2020/NĐ-CP về xử phạt."},
	{"fraction", "Có 1/2 số hộ dân được hỗ trợ."},
	{"ratio", "Tỷ lệ 3/4 học sinh đạt yêu cầu."},
	{"score", "Đội tuyển thắng 3-1 trong trận chung kết."},
	{"address", "Trụ sở đặt tại số 12/34 đường Lê Lợi."},
	{"address valid day", "Cửa hàng ở số 12/3 đường Trần Phú."},
	{"alley", "Nhà ở ngõ 15/2 phố Huế."},
	{"class", "Học sinh lớp 10/2 đạt giải nhất."},
	{"phone", "Liên hệ đường dây nóng qua số 0236.3822.115."},
	{"khoa", "Cuộc bầu cử Quốc hội khóa XV thành công."},
	{"lan thu", "Đại hội Đảng bộ lần thứ XI diễn ra."},
	{"session ordinal", "Kỳ họp thứ 4, Quốc hội khóa XV làm việc tại hội trường."},
	{"rank ordinal", "Tỉnh đứng thứ 28 cả nước."},
	{"ordinal word", "Thứ hai, cần tăng cường kiểm tra."},
	{"duration years", "Dự án kéo dài 3 năm."},
	{"duration days", "Đoàn làm việc trong 5 ngày."},
	{"working days", "Kỳ họp bế mạc sau 22 ngày làm việc."},
	{"exam days", "Bài thi được bảo quản trong suốt 3 ngày thi."},
	{"anniversary", "Tỉnh tổ chức kỷ niệm 50 năm thành lập."},
	{"bare nam", "Mỗi năm, tỉnh đón hàng triệu khách."},
	{"bare ngay", "Ngày càng nhiều người dân sử dụng dịch vụ."},
	{"years now", "Ba năm nay, giá cà phê tăng."},
	{"coming years", "Trong những năm tới, tỉnh sẽ đầu tư mạnh."},
	{"version", "Ứng dụng phiên bản 2.1.3 vừa được phát hành."},
	{"version two", "Phần mềm phiên bản 12.1 đã cập nhật."},
	{"covid", "Cả nước thêm 8.751 ca mắc COVID-19."},
	{"bare year", "Sản lượng đạt 2025 tấn."},
	{"count month", "Mỗi tháng 2 lần, đoàn kiểm tra các chợ."},
	{"bare time", "Cuộc họp bắt đầu lúc 14h."},
	{"duration hours", "Trong 24 giờ qua, cả nước có thêm 100 ca."},
	{"morning light", "Ánh sáng tối thiểu cần đạt 300 lux."},
	{"name", "Ông Hà Văn Sáng cho biết tỉnh đã điều chuyển vốn."},
	{"decimal", "Tăng trưởng đạt 12.5 điểm."},
	{"nowadays", "Ngày nay, người dân dùng điện thoại thông minh."},
	{"times ordinal", "Lần thứ 2, đội tuyển vô địch."},
	{"fraction of time", "Vào 1/3 thời gian đầu trận, đội khách chơi tốt."},
	{"weekly days", "Phòng khám mở cửa vào thứ Hai, thứ Tư và thứ Sáu."},
	{"every week", "Chợ họp vào Chủ nhật hằng tuần."},
	{"school year start", "Học sinh bước vào đầu năm học mới."},
	{"third year", "Sinh viên cuối năm thứ ba đi thực tập."},
	{"that year", "Cuối năm đó, ông chuyển công tác."},
	{"days at year end", "Công nhân được nghỉ 2 ngày cuối năm và 3 ngày đầu năm."},
	{"before event", "Sinh viên nộp hồ sơ 3 ngày trước kỳ thi."},
	{"past years", "Trong 31 năm qua, tỉnh phát triển mạnh."},
	{"next years", "Trong 5 năm tới, tỉnh đầu tư 1.000 tỷ đồng."},
	{"within years", "Trong vòng 5 năm tới, tỉnh đầu tư mạnh vào hạ tầng."},
	{"years later", "Hai năm sau, ông trở về quê."},
	{"previous years", "Trong 3 năm trước, tỉnh tăng trưởng chậm."},
	{"name then years", "Kinh tế Việt Nam 5 năm tới được dự báo tăng trưởng khá."},
	{"nearly years now", "Gần 10 năm nay, ông làm nghề đánh cá."},
	{"next months", "Trong 3 tháng tới, giá điện được giữ ổn định."},
}

func TestDates(t *testing.T) {
	for _, tt := range dateTests {
		t.Run(tt.name, func(t *testing.T) {
			got := []dv{}
			for _, d := range extractDates(t, tt.ref, tt.text) {
				got = append(got, view(d))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNotDates(t *testing.T) {
	for _, tt := range notDateTests {
		t.Run(tt.name, func(t *testing.T) {
			got := []dv{}
			for _, d := range extractDates(t, "2021-08-15", tt.text) {
				got = append(got, view(d))
			}
			if diff := cmp.Diff([]dv{}, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestDatesTakeTokens checks that the dates extractor marks its tokens, so
// that the counts extractor never reads a year or a day as a count.
func TestDatesTakeTokens(t *testing.T) {
	e := New(WithReference(time.Date(2021, 1, 20, 0, 0, 0, 0, time.UTC)))
	d := e.newDoc([]byte("Chiều 20/1, tổng kết năm 2020 với 96 cán bộ, giai đoạn 2021 – 2025."))
	e.dates(d)
	var taken, free []string
	for i, tk := range d.toks {
		if tk.kind != tokNum {
			continue
		}
		if d.isTaken(i) {
			taken = append(taken, tk.text)
		} else {
			free = append(free, tk.text)
		}
	}
	if diff := cmp.Diff([]string{"20", "1", "2020", "2021", "2025"}, taken); diff != "" {
		t.Errorf("taken numbers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"96"}, free); diff != "" {
		t.Errorf("free numbers (-want +got):\n%s", diff)
	}
}

// TestDatesAllocs checks that finding dates allocates per document, not
// per date: the output, the string its texts are cut from, and the array
// of its Until and Solar dates.
func TestDatesAllocs(t *testing.T) {
	e := New(WithReference(time.Date(2024, 1, 5, 0, 0, 0, 0, vietnam)))
	d := e.newDoc([]byte("Sáng 4/1, tỉnh họp tổng kết năm 2023 và kế hoạch giai đoạn 2021 – 2025. " +
		"Từ ngày 1/2 đến 15/2, chợ hoa mở cửa; rằm tháng Giêng năm nay, lễ hội diễn ra. " +
		"Thứ Ba tuần tới (9/1), đoàn kiểm tra làm việc; tuần trước (từ 25/12 đến 31/12) có 20 vụ cháy."))
	defer d.release()
	if n := len(e.dates(d)); n != 7 {
		t.Fatalf("%d dates, want 7", n)
	}
	// A scanner of its own: the pool may drop it (and does under -race).
	s := newDateScanner(d)
	allocs := testing.AllocsPerRun(100, func() {
		clear(d.taken)
		s.reset(d)
		s.run()
		s.output()
	})
	if allocs > 3 {
		t.Errorf("%v allocations per document, want at most 3", allocs)
	}
}

func TestDateReference(t *testing.T) {
	tests := []struct {
		name, text string
		want       time.Time
		ok         bool
	}{
		{"updated", "Cập nhật: 17/01/2023 09:12\n\nTuyên Quang tổng kết.", time.Date(2023, 1, 17, 9, 12, 0, 0, vietnam), true},
		{"weekday", "Thứ Tư, 20/1/2021 14:05\nTiêu đề", time.Date(2021, 1, 20, 14, 5, 0, 0, vietnam), true},
		{"gmt", "Tiêu đề bài báo\n20/01/2021 - 14:05 GMT+7\nNội dung", time.Date(2021, 1, 20, 14, 5, 0, 0, vietnam), true},
		{"date only", "Ngày đăng: 05/03/2022\nNội dung", time.Date(2022, 3, 5, 0, 0, 0, 0, vietnam), true},
		{"body sentence", "Ngày 15/8/2021, UBND tỉnh Đắk Lắk ban hành quyết định phê duyệt đề án tái canh cà phê.", time.Time{}, false},
		{"no year", "Ngày 15/8: Cả nước thêm 8.751 ca mắc", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New().ExtractString(tt.text)
			if got := !r.Reference.IsZero(); got != tt.ok {
				t.Fatalf("reference found = %v, want %v (%v)", got, tt.ok, r.Reference)
			}
			if tt.ok && !r.Reference.Equal(tt.want) {
				t.Errorf("reference = %v, want %v", r.Reference, tt.want)
			}
		})
	}
	// A reference given wins over the header.
	ref := time.Date(2023, 2, 1, 0, 0, 0, 0, vietnam)
	r := New(WithReference(ref)).ExtractString("Cập nhật: 17/01/2023 09:12\n\nHôm nay trời đẹp.")
	if !r.Reference.Equal(ref) {
		t.Errorf("reference = %v, want %v", r.Reference, ref)
	}
	if got := r.Dates[1].Value.Format(GrainDay); got != "2023-02-01" {
		t.Errorf("hôm nay = %s, want 2023-02-01", got)
	}
}

func TestDateJSON(t *testing.T) {
	tests := []struct {
		ref, text, want string
	}{
		{"2021-08-15", "Tính từ 18h ngày 14/8 đến 18h ngày 15/8.",
			`{"text":"từ 18h ngày 14/8 đến 18h ngày 15/8","start":6,"end":47,"value":"2021-08-14T18:00","until":"2021-08-15T18:00","grain":"minute","rule":"date.range-from"}`},
		{"2021-08-17", "Chiều thứ Hai (16/8), tỉnh họp.",
			`{"text":"Chiều thứ Hai (16/8)","start":0,"end":24,"value":"2021-08-16","grain":"day","part_of_day":"chiều","weekday":"monday","relative":true,"rule":"date.part-of-day+gloss"}`},
		{"2024-01-10", "Rằm tháng Giêng",
			`{"text":"Rằm tháng Giêng","start":0,"end":19,"value":"2024-01-15","grain":"day","lunar":true,"solar":"2024-02-24","rule":"date.lunar"}`},
		{"2022-10-24", "cuối tháng 9",
			`{"text":"cuối tháng 9","start":0,"end":15,"value":"2022-09","grain":"month","part":"late","rule":"date.part"}`},
		{"2023-01-20", "quý I/2023",
			`{"text":"quý I/2023","start":0,"end":11,"value":"2023-Q1","grain":"quarter","rule":"date.quarter"}`},
		{"", "Hôm qua trời mưa.",
			`{"text":"Hôm qua","start":0,"end":8,"value":"","grain":"day","relative":true,"rule":"date.relative-day"}`},
	}
	for _, tt := range tests {
		ds := extractDates(t, tt.ref, tt.text)
		if len(ds) != 1 {
			t.Errorf("%q: %d dates, want 1", tt.text, len(ds))
			continue
		}
		b, err := json.Marshal(ds[0])
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, string(b)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
		if !json.Valid(b) {
			t.Errorf("invalid JSON %s", b)
		}
	}
}

func TestDateSpansOriginal(t *testing.T) {
	// Decomposed text, modern tones and a non-breaking space: spans still
	// point into the original bytes.
	src := "Chie\u0302\u0300u 20/1, to\u0309ng kê\u0301t na\u0306m 2020.\u00a0Sáng nay trời hoà dịu."
	r := New(WithReference(time.Date(2021, 1, 20, 0, 0, 0, 0, vietnam))).ExtractString(src)
	want := []string{"Chie\u0302\u0300u 20/1", "na\u0306m 2020", "Sáng nay"}
	var got []string
	for _, d := range r.Dates {
		if src[d.Start:d.End] != d.Text {
			t.Errorf("span %d:%d = %q, text %q", d.Start, d.End, src[d.Start:d.End], d.Text)
		}
		got = append(got, d.Text)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestGrainString(t *testing.T) {
	want := []string{"year", "quarter", "month", "day", "minute"}
	for i, g := range []Grain{GrainYear, GrainQuarter, GrainMonth, GrainDay, GrainMinute} {
		if g.String() != want[i] {
			t.Errorf("%d: %q, want %q", g, g.String(), want[i])
		}
	}
	if s := Grain(0).String(); s != "Grain(0)" {
		t.Errorf("Grain(0) = %q", s)
	}
}

func TestCivil(t *testing.T) {
	c := Civil{Year: 2021, Month: 2, Day: 3, Hour: 14, Minute: 30}
	for g, want := range map[Grain]string{GrainYear: "2021", GrainMonth: "2021-02", GrainDay: "2021-02-03", GrainMinute: "2021-02-03T14:30"} {
		if got := c.Format(g); got != want {
			t.Errorf("Format(%v) = %q, want %q", g, got, want)
		}
	}
	if got := (Civil{Year: 2023, Quarter: 1}).Format(GrainQuarter); got != "2023-Q1" {
		t.Errorf("quarter = %q", got)
	}
	if got := (Civil{Year: 938}).Format(GrainYear); got != "0938" {
		t.Errorf("year 938 = %q", got)
	}
	if got, want := c.Time(vietnam), time.Date(2021, 2, 3, 14, 30, 0, 0, vietnam); !got.Equal(want) {
		t.Errorf("Time = %v, want %v", got, want)
	}
	if got, want := (Civil{Year: 2022, Quarter: 3}).Time(nil), time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("quarter Time = %v, want %v", got, want)
	}
}

// TestDateLexicons checks every lexicon entry: it parses, it is normalized
// (NFC, traditional tones, lower case) and it is not a duplicate.
func TestDateLexicons(t *testing.T) {
	if _, err := loadDateLexicon(); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(dateData, "data/dates-*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(dateFiles) {
		t.Errorf("%d lexicon files, dateFiles lists %d", len(names), len(dateFiles))
	}
	for _, path := range names {
		name := strings.TrimPrefix(path, "data/")
		ps, err := loadDateFile(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(ps) == 0 {
			t.Errorf("%s: empty", name)
		}
		seen := map[string]bool{}
		for _, p := range ps {
			ph := strings.Join(p.words, " ")
			if seen[ph] {
				t.Errorf("%s: duplicate %q", name, ph)
			}
			seen[ph] = true
			if n := normalize.String(ph); n != ph {
				t.Errorf("%s: %q is not normalized (%q)", name, ph, n)
			}
			if strings.ToLower(ph) != ph {
				t.Errorf("%s: %q is not lower case", name, ph)
			}
			if err := checkDateEntry(name, p); err != nil {
				t.Errorf("%v", err)
			}
			// Each phrase must match its own tokens.
			toks := tokenize(ph)
			if len(toks) != len(p.words) {
				t.Errorf("%s: %q is %d tokens, want %d", name, ph, len(toks), len(p.words))
			}
		}
	}
	if _, err := parseLexicon("x", "a | b\nc\n", 1); err == nil {
		t.Error("parseLexicon accepted a line without fields")
	}
}

// TestLunarDates checks the lunar forms against known Tết dates.
func TestLunarDates(t *testing.T) {
	tet := map[int]string{1985: "1985-01-21", 2000: "2000-02-05", 2007: "2007-02-17", 2021: "2021-02-12", 2023: "2023-01-22", 2024: "2024-02-10", 2025: "2025-01-29"}
	for y, want := range tet {
		ds := extractDates(t, "", "Tết Nguyên đán "+itoa4(y))
		if len(ds) != 1 || ds[0].Solar == nil {
			t.Errorf("Tết %d: %v", y, ds)
			continue
		}
		if got := ds[0].Solar.Format(GrainDay); got != want {
			t.Errorf("Tết %d = %s, want %s", y, got, want)
		}
	}
}

func itoa4(n int) string { return string(appendInt(nil, n, 4)) }
