package bot_test

import "testing"

// TestInvitesOfEmployersPayingByTheDay: an employer's invite with a wage
// by the day or the week for work at a place (a kitchen's shift, a
// shipper's round, a translator's week) is not a scheme's promise (these
// were warned at 0.70); a promise of the same money for work online, at
// home, by phone or by tasks still is.
func TestInvitesOfEmployersPayingByTheDay(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Tuyển phụ bếp, thu nhập 350k/ngày, làm ca tối. Vào nhóm zalo để phỏng vấn: https://zalo.me/g/abcdef", false},
		{"Hiring freelance translators, earn $300 per week part time, join https://chat.whatsapp.com/AbCdEf123 for details", false},
		{"Shippers needed, income 500k per day, join the group https://t.me/+AbCdEf123", false},
		{"Cần tuyển 20 CTV làm online tại nhà, thu nhập 300k/ngày, vào nhóm https://zalo.me/g/abcdef", true},
		{"Hiring now: earn $300 per day from home with your phone, join https://t.me/+AbCdEf123", true},
		{"Tuyển người làm nhiệm vụ, kiếm 500k/ngày, vào nhóm https://t.me/+AbCdEf123", true},
	})
}
