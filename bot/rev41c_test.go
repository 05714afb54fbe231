package bot_test

import "testing"

// TestQuotedTitleNotDropper (rev41c): an archive's name with spaces read
// whole inside quotes beside a share link is a title people give what
// they share when no lure word is in it and a word, not a number, follows
// its first (Photos from the trip, New folder, Tài liệu ôn thi, Video
// khóa học, Album ảnh cưới): allowed, as on 1c8cc3b (7c91342 warned every
// one). A lure word anywhere (Invoice 0923, Hóa đơn điện tử, Hợp đồng
// thuê nhà), a first word with numbers alone after it (Photos 2024, Scan
// 2024 11 03, Tài liệu 2024) and a program's name stay flagged.
func TestQuotedTitleNotDropper(t *testing.T) {
	t.Parallel()
	const drive = " https://drive.google.com/file/d/1Qw3rTy7uIoP9aSdFgHjKlZxCvBnM0123/view"
	checkFlagged(t, []flagCase{
		{`"Photos from the trip.zip"` + drive, false},
		{`the "Photos from Da Lat.zip" is here https://www.dropbox.com/scl/fi/abc123/photos?rlkey=xyz&dl=0`, false},
		{`"New folder.zip" https://www.dropbox.com/scl/fi/abc123/file?rlkey=xyz&dl=0`, false},
		{`"Summary of chapter 3.zip"` + drive, false},
		{`"Docs for onboarding.zip" https://gofile.io/d/Xk29Fq`, false},
		{`"Video khóa học.zip"` + drive, false},
		{`"Tài liệu ôn thi.rar"` + drive, false},
		{`mọi người tải "Tài liệu ôn thi cuối kỳ.zip" ở đây nhé` + drive, false},
		{`file “Tài liệu học tập.zip” em để ở link này https://drive.google.com/drive/folders/1Qw3rTy7uIoP9aSdFgHjKlZxCvBn`, false},
		{`"Album ảnh cưới.rar"` + drive, false},
		{`"Invoice 0923.zip"` + drive, true},
		{`"Hóa đơn điện tử.rar" https://gofile.io/d/Xk29Fq`, true},
		{`“Hợp đồng thuê nhà.zip”` + drive, true},
		{`here's 'Photos 2024.zip' https://pixeldrain.com/u/aB3dE9xQ`, true},
		{`"Scan 2024 11 03.zip"` + drive, true},
		{`"Tài liệu 2024.rar" https://gofile.io/d/Xk29Fq`, true},
		{`"Photos from the trip.exe" https://gofile.io/d/Xk29Fq`, true},
		{`"Payment Details 2024.zip" https://gofile.io/d/Xk29Fq`, true},
	})
}
