package lure_test

import (
	"testing"

	"github.com/immunebot/immune/bot/lure"
	"golang.org/x/text/unicode/norm"
)

// hits builds the Found a test expects from the categories it names.
func hits(m map[lure.Category]lure.Hit) lure.Found {
	var f lure.Found
	for c, h := range m {
		f[c] = h
	}
	return f
}

func strong(p string) lure.Hit { return lure.Hit{Phrase: p, Weight: lure.Strong} }
func mild(p string) lure.Hit   { return lure.Hit{Phrase: p, Weight: lure.Mild} }
func capped(p string) lure.Hit { return lure.Hit{Phrase: p, Weight: lure.Cap} }

func TestFind(t *testing.T) {
	t.Parallel()
	type m = map[lure.Category]lure.Hit
	tests := []struct {
		name string
		text string
		want m
	}{
		// account lock
		{"account suspended", "Your account has been suspended.", m{lure.AccountLock: strong("account has been suspended")}},
		{"account locked, vi", "Tài khoản của bạn bị khóa", m{lure.AccountLock: strong("tai khoan cua ban bi khoa")}},
		{"account locked, vi without diacritics", "tai khoan cua ban bi khoa", m{lure.AccountLock: strong("tai khoan cua ban bi khoa")}},
		{"urgent is mild", "URGENT!!", m{lure.AccountLock: mild("urgent")}},
		{"warning is mild, vi", "Cảnh báo", m{lure.AccountLock: mild("canh bao")}},

		// login
		{"verify your account", "Please verify your account.", m{lure.Login: strong("verify your account")}},
		{"verify account, vi", "Xác minh tài khoản ngay!", m{lure.Login: strong("xac minh tai khoan")}},
		{"verify account, vi without diacritics", "xac minh tai khoan ngay", m{lure.Login: strong("xac minh tai khoan")}},
		{"verify account, vi upper case", "XÁC MINH TÀI KHOẢN", m{lure.Login: strong("xac minh tai khoan")}},
		{"OTP code, vi", "Vui lòng nhập mã OTP", m{lure.Login: strong("nhap ma otp")}},
		{"password is mild", "forgot my password again lol", m{lure.Login: mild("password")}},
		{"password is mild, vi", "mật khẩu wifi là gì", m{lure.Login: mild("mat khau")}},

		// prize
		{"you've won", "You've won a prize!", m{lure.Prize: strong("youve won")}},
		{"you’ve won, typographic apostrophe", "You’ve won", m{lure.Prize: strong("youve won")}},
		{"you have won", "you have won", m{lure.Prize: strong("you have won")}},
		{"congratulations and a prize, vi", "Chúc mừng bạn đã trúng thưởng", m{lure.Prize: strong("chuc mung ban da trung")}},
		{"winner is mild", "we have a winner", m{lure.Prize: mild("winner")}},
		{"luck is mild, vi", "chúc may mắn", m{lure.Prize: mild("may man")}},

		// gift
		{"free nitro", "Free Nitro!!!", m{lure.Gift: strong("free nitro")}},
		{"free-nitro", "free-nitro", m{lure.Gift: strong("free nitro")}},
		{"free nitro, spaced", "free   nitro", m{lure.Gift: strong("free nitro")}},
		{"free discord nitro", "free discord nitro", m{lure.Gift: strong("free discord nitro")}},
		{"gift and free, vi", "Nhận quà miễn phí", m{lure.Gift: strong("nhan qua mien phi")}},
		{"free alone is an everyday word, vi", "mien phi", m{lure.Gift: mild("mien phi")}},
		{"shop words are everyday words, vi", "Ưu đãi khuyến mãi, voucher, nhận ngay", m{lure.Gift: mild("uu dai")}},
		{"gift is mild", "the gift exchange is on Friday", m{lure.Gift: mild("gift")}},

		// crypto
		{"seed phrase", "enter your seed phrase", m{lure.Crypto: strong("seed phrase")}},
		{"investment, vi", "Đầu tư sinh lời", m{lure.Crypto: strong("dau tu sinh loi")}},
		{"connect wallet, vi", "Ví của bạn cần xác thực, kết nối ví tại", m{lure.Crypto: strong("ket noi vi"), lure.Login: mild("xac thuc")}},
		{"connect wallet, vi unaccented", "ket noi vi ngay", m{lure.Crypto: strong("ket noi vi")}},
		{"bitcoin is mild", "bitcoin is up", m{lure.Crypto: mild("bitcoin")}},

		// staff
		{"discord moderator", "I'm a Discord moderator", m{lure.Staff: strong("im a discord moderator")}},
		{"bank staff, vi", "Tôi là nhân viên ngân hàng", m{lure.Staff: strong("nhan vien ngan hang")}},
		{"admin is mild", "ask an admin", m{lure.Staff: mild("admin")}},

		// photo
		{"is this you", "Is this you?", m{lure.Photo: strong("is this you")}},
		{"is this you in this photo", "Is this you in this photo?", m{lure.Photo: strong("is this you")}}, // one question, not two lures
		{"is it you, vi", "Có phải bạn không?", m{lure.Photo: strong("co phai ban")}},
		{"your photo, vi", "ảnh của bạn nè", m{lure.Photo: strong("anh cua ban")}},
		{"pics is mild", "send pics", m{lure.Photo: mild("pics")}},

		// install
		{"disable antivirus", "Disable your antivirus first", m{lure.Install: strong("disable your antivirus")}},
		{"antivirus, vi", "tắt diệt virus đi", m{lure.Install: strong("tat diet virus")}},
		{"download is mild", "download it", m{lure.Install: mild("download")}},
		{"install is mild, vi", "cài đặt", m{lure.Install: mild("cai dat")}},

		// parcel
		{"delivery failed", "Delivery failed: pay the customs fee", m{lure.Parcel: capped("delivery failed")}},
		{"parcel on hold, overlapping", "Your parcel is on hold", m{lure.Parcel: strong("your parcel")}},
		{"parcel held, vi", "Bưu phẩm của bạn bị giữ lại", m{lure.Parcel: capped("buu pham cua ban")}},
		{"update address, vi", "Cập nhật địa chỉ", m{
			lure.Parcel:  strong("cap nhat dia chi"),
			lure.Install: mild("cap nhat"),
		}},
		{"package is mild", "the package arrived", m{lure.Parcel: mild("package")}},
		{"order is mild, vi", "đơn hàng tới rồi", m{lure.Parcel: mild("don hang")}},

		// several and overlapping
		{"three strong add up to the cap", "Your account has been suspended. Verify your identity within 24 hours.", m{
			lure.AccountLock: capped("account has been suspended"),
			lure.Login:       mild("verify"),
		}},
		{"two strong of one category reach the cap", "within 24 hours within 48 hours", m{lure.AccountLock: capped("within 24 hours")}},
		{"overlapping phrases count once", "is this you in", m{lure.Photo: strong("is this you")}},
		{"a phrase inside a longer one counts once", "claim airdrop", m{
			lure.Prize:  mild("claim"),
			lure.Crypto: strong("claim airdrop"),
		}},
		{"a prefix phrase counts once, vi", "xác minh tài khoản", m{lure.Login: strong("xac minh tai khoan")}},
		{"vi phrase and its tail", "tài khoản bị khóa", m{lure.AccountLock: strong("tai khoan bi khoa")}},
		{"strong after mild", "password: verify your account", m{lure.Login: strong("verify your account")}},
		{"mild does not lower strong", "verify your account, password", m{lure.Login: strong("verify your account")}},
		{"categories apart", "Đăng nhập để nhận quà", m{
			lure.Login: strong("dang nhap de"),
			lure.Gift:  mild("nhan qua"),
		}},
		{"account lock and login, vi", "Tài khoản bị khóa, xác minh tài khoản trong vòng 24 giờ", m{
			lure.AccountLock: capped("tai khoan bi khoa"),
			lure.Login:       strong("xac minh tai khoan"),
		}},

		// leetspeak: digits, @ and $ written for letters
		{"leetspeak", "FR33 N1TR0, cl41m n0w", m{lure.Gift: strong("free nitro"), lure.Prize: mild("claim")}},
		{"leetspeak, vi", "x4c m1nh t4i kh0an", m{lure.Login: strong("xac minh tai khoan")}},
		{"at sign for a, vi", "Nh@n qu@ m1en ph1", m{lure.Gift: strong("nhan qua mien phi")}},
		{"numbers are not leetspeak", "24h, 100usdt, h264 4 u", nil},

		// benign
		{"chat", "see you tomorrow", nil},
		{"leetspeak chat", "g00d m0rning, l33t h4x0r", nil},
		{"an e-mail address", "mail bob@example.com", nil},
		{"chat, vi", "Tối nay đi ăn không?", nil},
		{"word inside a word", "he is unlockable and frees nothing", nil},
		{"phrase across a word boundary", "freenitro", nil},
		{"empty", "", nil},
		{"punctuation", "!!! ... ???", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := lure.Find(tc.text)
			want := hits(tc.want)
			if got != want {
				t.Errorf("Find(%q)", tc.text)
				for c := range lure.NumCategories {
					if got[c] != want[c] {
						t.Errorf("  %s: got %+v, want %+v", c, got[c], want[c])
					}
				}
			}
			if got.Any() != (len(tc.want) > 0) {
				t.Errorf("Any() = %v", got.Any())
			}
		})
	}
}

func TestFindFoldedMatchesFind(t *testing.T) {
	t.Parallel()
	text := "Xác minh tài khoản, you've won FREE NITRO"
	folded := lure.Fold(text, nil)
	if got, want := lure.FindFolded(folded), lure.Find(text); got != want {
		t.Errorf("FindFolded(Fold(%q)) = %+v, Find = %+v", text, got, want)
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		text string
		want string
	}{
		{"lower case", "Free NITRO", "free nitro"},
		{"Vietnamese diacritics", "Xác minh tài khoản", "xac minh tai khoan"},
		{"Vietnamese upper case", "XÁC MINH TÀI KHOẢN", "xac minh tai khoan"},
		{"d with stroke", "Đăng nhập đi", "dang nhap di"},
		{"stacked diacritics", "ệ ộ ữ ẫ ặ", "e o u a a"},
		{"other Latin", "ÀÉÎÕÜ ñ ç", "aeiou n c"},
		{"apostrophe", "you've it's", "youve its"},
		{"typographic apostrophe", "you’ve", "youve"},
		{"modifier apostrophe", "youʼve", "youve"},
		{"punctuation runs", "free!!!---nitro...now", "free nitro now"},
		{"leading and trailing", "  ...hi!  ", "hi"},
		{"digits kept", "within 24h", "within 24h"},
		{"at sign and dollar for letters", "Nh@n qu@, cla$h", "nhan qua clash"},
		{"at sign and dollar beside numbers", "earn 500$ a day, 5@6, bob@2x, 10$", "earn 500 a day 5 6 bob 2x 10"},
		{"at sign before a name", "@admin US $5", "admin us 5"},
		{"emoji and other scripts are spaces", "🎁 free 日本 nitro 🎁", "free nitro"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := string(lure.Fold(tc.text, nil)); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestFoldAppends(t *testing.T) {
	t.Parallel()
	dst := []byte("prefix ")
	if got := string(lure.Fold("Xin Chào", dst)); got != "prefix xin chao" {
		t.Errorf("Fold appended %q", got)
	}
}

func TestBase(t *testing.T) {
	t.Parallel()
	tests := []struct {
		r    rune
		want byte
	}{
		{'a', 'a'}, {'Z', 'z'}, {'7', '7'}, {'-', 0}, {' ', 0},
		{'ệ', 'e'}, {'Ệ', 'e'}, {'đ', 'd'}, {'Đ', 'd'}, {'ư', 'u'}, {'Ơ', 'o'}, {'ñ', 'n'},
		{'ß', 0}, {'ж', 0}, {'日', 0}, {'😀', 0},
	}
	for _, tc := range tests {
		if got := lure.Base(tc.r); got != tc.want {
			t.Errorf("Base(%q) = %q, want %q", tc.r, got, tc.want)
		}
	}
}

func TestCategoryString(t *testing.T) {
	t.Parallel()
	want := []string{"account_lock", "login", "prize", "gift", "crypto", "staff", "photo", "install", "parcel",
		"job", "loan", "gambling", "authority", "vote"}
	if len(want) != int(lure.NumCategories) {
		t.Fatalf("%d categories, the test knows %d", lure.NumCategories, len(want))
	}
	for c := range lure.NumCategories {
		if c.String() != want[c] {
			t.Errorf("Category(%d).String() = %q, want %q", c, c.String(), want[c])
		}
	}
}

func TestFindNoAlloc(t *testing.T) {
	for _, text := range []string{
		"see you tomorrow, ok?",
		"Tối nay đi ăn không? 🍜",
		"Xác minh tài khoản ngay, free nitro!",
		"x4c m1nh t4i kh0an ngay, fr33 n1tr0!",
		"Your Stripe payouts have been placed on hold",
	} {
		allocs := testing.AllocsPerRun(100, func() { lure.Find(text) })
		if allocs != 0 {
			t.Errorf("Find(%q): %v allocations, want 0", text, allocs)
		}
	}
}

// TestVietnameseSchemes: the schemes of Vietnamese smishing other than
// fake banks and shops are read as lures of their kind, strongly, with and
// without marks; the words real employers, lenders and contests use are
// mild at most.
func TestVietnameseSchemes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text   string
		cat    lure.Category
		weight float64
	}{
		{"Tuyển người làm nhiệm vụ trên app, việc nhẹ lương cao, rút tiền ngay trong ngày", lure.Job, lure.Strong},
		{"tuyen ctv chot don ao, khong can von, hoan tien goc", lure.Job, lure.Strong},
		{"Tuyển dụng nhân viên kế toán, xem tin tuyển dụng", lure.Job, lure.Mild},
		{"Vay tiền nhanh chỉ cần CCCD, không thẩm định", lure.Loan, lure.Strong},
		{"Ngân hàng triển khai gói vay vốn ưu đãi", lure.Loan, lure.Mild},
		{"Nhà cái uy tín, nạp rút 1-1, game bài đổi thưởng", lure.Gambling, lure.Strong},
		{"Tài khoản của bạn liên quan đến vụ án rửa tiền, hợp tác điều tra", lure.Authority, lure.Strong},
		{"Bình chọn giúp mình cho bé nhé", lure.Vote, lure.Strong},
		{"gui giup minh ma vua gui ve may ban nhe", lure.Vote, lure.Strong},
		{"Cuộc thi vẽ của trường, mời phụ huynh xem", lure.Vote, lure.Mild},
		{"Ơ ai đăng clip của bạn lên đây này", lure.Photo, lure.Strong},
		{"Nhập số thẻ ngân hàng để nhận tiền hoàn", lure.Login, lure.Strong},
		{"Thẻ được nâng hạng, kích hoạt tại trang sau", lure.Login, lure.Strong},
		{"Có phải bạn trong video này không", lure.Photo, 0.7},
		{"nhắn hộ mình mã OTP vừa gửi về máy bạn", lure.Vote, lure.Strong},
		{"Thu nhập mỗi ngày 500k", lure.Job, lure.Strong},
	}
	for _, tc := range tests {
		got := lure.Find(tc.text)[tc.cat]
		if tc.weight >= lure.Strong && got.Weight < tc.weight || tc.weight == lure.Mild && got.Weight != lure.Mild {
			t.Errorf("Find(%q)[%s] = %+v, want weight %v", tc.text, tc.cat, got, tc.weight)
		}
	}
}

// TestMarkedWordsApart: a word written with marks that make it another
// word than the lure word it folds to is not read as the lure word (tăng
// "rise" is not tặng "give", bất thường "unusual" is not thưởng
// "reward", nhân ngày "on the day of" is not nhận ngay "get it now");
// written as the lure word, or with no marks at all, it still is.
func TestMarkedWordsApart(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		cat  lure.Category
		want bool
	}{
		{"Giá Bitcoin hôm nay tăng mạnh", lure.Gift, false},
		{"Nâng hạng thẻ, tầng 5 toà nhà", lure.Gift, false},
		{"Viettel tặng 20GB data", lure.Gift, true},
		{"VIETTEL TẶNG 20GB DATA", lure.Gift, true},
		{"Viettel tang 20GB data", lure.Gift, true},
		{"Phát hiện giao dịch bất thường", lure.Prize, false},
		{"Miễn phí thường niên năm đầu", lure.Prize, false},
		{"Điểm thưởng của bạn", lure.Prize, true},
		{"Chúc mừng nhân ngày Phụ nữ Việt Nam", lure.Gift, false},
		{"Nhận ngay 50k", lure.Gift, true},
		{"nhan ngay 50k", lure.Gift, true},
		{"Xưởng may nhận đơn áo lớp, áo đồng phục", lure.Job, false},
		{"Làm đơn ảo, hoa hồng 15%", lure.Job, true},
		{"LÀM ĐƠN ẢO HOA HỒNG CAO", lure.Job, true},
		{"lam don ao hoa hong cao", lure.Job, true},
	}
	for _, tc := range tests {
		got := lure.Find(tc.text)[tc.cat]
		if (got.Weight > 0) != tc.want {
			t.Errorf("Find(%q)[%s] = %+v, want found %v", tc.text, tc.cat, got, tc.want)
		}
	}
}

// TestFoldDecomposed: Vietnamese typed with its tone marks as separate
// combining characters (decomposed, as Unikey's "Unicode tổ hợp" and
// macOS file names write it) folds as the same words written precomposed:
// a mark does not split its word, and tăng/tặng, thường/thưởng and
// ngày/ngay stay apart the same way.
func TestFoldDecomposed(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"Tài khoản của Quý khách bị tạm khoá, xác thực tại",
		"Nhận thưởng ngay, tặng quà",
		"Giá xăng tăng, thường ngày",
		"Nhận đơn áo lớp, không làm đơn ảo",
		"ĐĂNG NHẬP ĐỂ NHẬN THƯỞNG",
	} {
		nfd := norm.NFD.String(text)
		if nfd == text {
			t.Fatalf("%q has no marks to decompose", text)
		}
		if got, want := string(lure.Fold(nfd, nil)), string(lure.Fold(text, nil)); got != want {
			t.Errorf("Fold(decomposed %q) = %q, want %q", text, got, want)
		}
		if got, want := lure.Find(nfd), lure.Find(text); got != want {
			t.Errorf("Find(decomposed %q) = %+v, want %+v", text, got, want)
		}
	}
}
