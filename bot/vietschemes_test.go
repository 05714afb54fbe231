package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
	"golang.org/x/text/unicode/norm"
)

// TestVietnameseSchemes: the schemes of Vietnamese smishing besides fake
// banks and shops (a hijacked friend asking for a vote or for the code
// just sent, a shortened link whose path repeats the lure) are flagged,
// as the lure's own words in the name or path say the page was made for
// the message; an offer's everyday words in a shop's shortened link, a
// vote on a school's or Facebook's own page, and "tăng" (rise) beside
// "thưởng Tết" are not. Made-up hosts, none in the measurement sets.
func TestVietnameseSchemes(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"[VCB] Quý khách được nâng hạn mức thẻ lên 50 triệu, xác nhận tại https://tinyurl.com/vcb-hanmuc-the", true},
		{"Bạn ơi bình chọn giúp mình cho bài dự thi với https://binhchon-thiepdep.com", true},
		{"Vote giúp em cho bé Na nha chị https://vote-bena.com/vote", true},
		{"Gửi giúp mình mã vừa gửi về máy bạn nhé, vào đây nhập https://id-xacnhan.com", true},
		{"Agribank: Quý khách chưa cập nhật sinh trắc học, cập nhật tại agribank-ekyc.vn.com", true},
		{"Techcombank thong bao: QK duoc nang hang the Visa Signature, kich hoat tai tcb-visa.net truoc 24h", true},
		{"Cac ban oi nhan ho minh cai ma OTP vua gui ve may ban voi https://zalo-otp.net", true},
		{"Cửa hàng mình ở đây nhé http://shop.vn.com", false},
		{"Mã giảm giá Highlands, ưu đãi tuần này https://bit.ly/highlands-uudai", false},
		{"Cuộc thi vẽ tranh của trường, mời phụ huynh bình chọn https://cuocthi-vetranh.edu.vn", false},
		{"Anh ơi bình chọn giúp em với https://www.facebook.com/photo?fbid=123", false},
		{"Giá vàng tăng mạnh, thưởng Tết năm nay https://giavang-homnay.net/bang-gia", false},
		// a vote or a card game beside a form: a class votes so
		{"Bình chọn giúp lớp mình nha mọi người https://forms.gle/abcXYZ987", false},
		{"Lịch thi đấu game bài tiến lên giải sinh viên, đăng ký https://docs.google.com/forms/d/e/abc/viewform", false},
	})
}

// TestSchemeChannels: a messenger's channel named after a scheme
// (t.me/nhiemvu_..., a task scam's recruiting group) is judged by its
// name, as a page on a user-content host is; channels named otherwise,
// a brand's own among them, stay trusted and do not count for fan-out.
func TestSchemeChannels(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	tests := []struct {
		text             string
		flagged, suspect bool
	}{
		{"Tuyển 30 bạn làm nhiệm vụ thả tim, hoa hồng cao, vào nhóm https://t.me/nhiemvu_hoahong_hn", true, true},
		{"Tham gia kênh tin tức công nghệ https://t.me/congnghe_moingay", false, false},
		{"join the official channel https://t.me/binance_vietnam", false, false},
		{"Nhắn Zalo cho shop nhé https://zalo.me/0912345678", false, false},
	}
	for _, tc := range tests {
		j := judgeText(c, bot.Telegram, tc.text)
		if (j.Verdict.Level != bot.Allow) != tc.flagged || (len(j.Suspect) > 0) != tc.suspect {
			t.Errorf("%q: %s (%.2f) %v, suspect %v; want flagged %v, suspect %v", tc.text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons, j.Suspect, tc.flagged, tc.suspect)
		}
	}
}

// TestShortenedLinkSpeakingForABrand: a shortened link in a message whose
// sender's tag names a brand and that asks to unlock, verify or update an
// account warns, and says so in both languages; a brand's offer through a
// shortener, and a member naming a bank further on, do not.
func TestShortenedLinkSpeakingForABrand(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	tests := []struct {
		text    string
		flagged bool
	}{
		{"[VCB] Tai khoan cua QK bi tam khoa do dang nhap la, xac thuc tai: bit.ly/3QpLm8z", true},
		{"Techcombank: TK cua QK se bi tam ngung, vui long xac minh tai https://cutt.ly/Zx91kLm", true},
		{"Agribank: Giao dịch 9.800.000đ đang chờ, nếu không phải Quý khách vui lòng huỷ tại https://rb.gy/k2m9xq", true},
		{"Highlands: ưu đãi 30% cho hội viên, nhận ngay tại bit.ly/hl-3012", false},
		{"hôm qua mình đọc bài này về vụ tài khoản Vietcombank bị khoá, xem ở đây bit.ly/3bcXyZq", false},
		{"Vietcombank: Chúng tôi phát hiện tài khoản của Quý khách bị tạm khoá, xác thực tại https://bit.ly/3QpLm8z", true},
		{"Ngân hàng Vietcombank thông báo TK của QK bị tạm khoá, xác thực tại bit.ly/3QpLm8z", true},
		// a member telling of their own account, the brand among the first words
		{"Mình dùng Vietcombank, bị khoá tài khoản rồi, ai biết cách mở khoá không? hướng dẫn đây https://bit.ly/3abcXYZ", false},
		{"Facebook khoá tài khoản của mình rồi, xem hướng dẫn mở khoá https://bit.ly/3abcXYZ", false},
		{"Tôi dùng Techcombank, tài khoản bị tạm khoá, làm theo đây thì xác thực tại https://cutt.ly/Zx91kLm được", false},
	}
	for _, tc := range tests {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		if (v.Level != bot.Allow) != tc.flagged {
			t.Errorf("%q: %s (%.2f) %v, want flagged %v", tc.text, v.Level, v.Score, v.Reasons, tc.flagged)
			continue
		}
		if !tc.flagged {
			continue
		}
		said := false
		for _, r := range v.Reasons {
			if r.Code == bot.CodeShortener && r.Weight >= 0.5 {
				said = true
				en, vi := r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese)
				if en == vi || !strings.Contains(en, "speaks for") || !strings.Contains(vi, "nhân danh") {
					t.Errorf("%q: the finding reads %q / %q", tc.text, en, vi)
				}
			}
		}
		if !said {
			t.Errorf("%q: %v, want the shortener named as the brand's impostor", tc.text, v.Reasons)
		}
	}
}

// TestDecomposedVietnameseJudgedAlike: a message typed with its tone marks
// as separate combining characters (Unikey's "Unicode tổ hợp") gets the
// verdict of the same message written precomposed; before, every mark
// split its word and no Vietnamese lure phrase was found.
func TestDecomposedVietnameseJudgedAlike(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Techcombank thông báo tài khoản sẽ bị tạm khoá, xác thực tại https://tinyurl.com/tcb-xt",
		"Tuyển cộng tác viên làm nhiệm vụ nhận hoa hồng 500k/ngày https://nhiemvu-hoahong.top/dk",
		"Giá xăng tăng từ 15h chiều nay https://vnexpress.net/gia-xang-tang-4700000.html",
	} {
		var got [2]bot.Verdict
		for i, s := range []string{text, norm.NFD.String(text)} {
			got[i] = judgeText(c, bot.Telegram, s).Verdict
		}
		if got[0].Level != got[1].Level || got[0].Score != got[1].Score {
			t.Errorf("%q: precomposed %s (%.2f), decomposed %s (%.2f) %v", text, got[0].Level, got[0].Score, got[1].Level, got[1].Score, got[1].Reasons)
		}
	}
}

// TestOwnPhotosAndVideosShared: a member sharing their own photos or
// video on a drive ("Trong ảnh này là lớp mình", "In this video I show
// ...", "Xem ảnh nè") is not the "is this you in this video?" lure, which
// asks about the reader; the lure itself still warns beside the same link.
func TestOwnPhotosAndVideosShared(t *testing.T) {
	t.Parallel()
	const drive = " https://drive.google.com/file/d/1aBcD2eFgH3iJkL/view"
	checkFlagged(t, []flagCase{
		{"Trong ảnh này là lớp mình năm 2010" + drive, false},
		{"Trong video này mình hướng dẫn cài Ubuntu" + drive, false},
		{"Trong clip này có cảnh đám cưới anh Hùng" + drive, false},
		{"Xem ảnh nè mọi người, buổi họp lớp hôm qua" + drive, false},
		{"In this video I show how to set up nginx" + drive, false},
		{"In this photo: the whole team at the meetup" + drive, false},
		{"Có phải bạn trong video này không" + drive, true},
		{"Ơ bạn trong ảnh này à" + drive, true},
		{"Is this you in this video?" + drive, true},
		{"lol you in this photo??" + drive, true},
	})
}

// TestEverydayWordsBesideADrive: words a school, an office or a tech group
// writes beside a shared document (lệnh bật, phòng chống rửa tiền, thông
// tin thẻ sinh viên, giấy triệu tập họp, đăng nhập tại) are
// not the police threat or the card request they fold like; the threat
// and the request as the schemes put them still warn beside the same link.
func TestEverydayWordsBesideADrive(t *testing.T) {
	t.Parallel()
	const doc = " https://docs.google.com/document/d/1aBcD2eFgH3iJkL/edit"
	cases := []flagCase{
		{"Gõ lệnh bật SSH rồi làm theo hướng dẫn", false},
		{"Tài liệu đào tạo phòng chống rửa tiền cho nhân viên chi nhánh", false},
		{"Anti money laundering training slides for new staff", false},
		{"Đề cương môn Luật tố tụng: lệnh bắt tạm giam, viện kiểm sát", false},
		{"Mẫu giấy triệu tập họp phụ huynh", false},
		{"Thông tin thẻ sinh viên và lịch học ở đây", false},
		{"Thông tin ngân hàng để chuyển khoản quỹ lớp", false},
		{"Đăng nhập tại trang này để xem điểm thi", false},
		{"Bạn liên quan đến vụ án rửa tiền, đã có lệnh bắt, hợp tác điều tra tại", true},
		{"Viện kiểm sát: tài khoản của bạn liên quan đến đường dây rửa tiền", true},
		{"Nhập số thẻ và mã CVV để nhận tiền hoàn", true},
	}
	for i := range cases {
		cases[i].text += doc
	}
	checkFlagged(t, cases)
}
