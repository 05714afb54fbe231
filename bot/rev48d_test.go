package bot_test

import "testing"

// TestRev48dUNCAdminTalk: a Windows administrator's talk of the
// company's own shares — Active Directory, DFS, SCCM and SharePoint
// hosts under the company's domain, a Tailscale address, a
// documentation address, home.arpa, and a path escaped as code writes
// it (C:\\inetpub\\wwwroot\\shop.example.com\\…) — is no UNC lure, while a
// share on a tunnel service's host, on a cheap ending, on a public
// address, or any share whose file's name hides a program, is (rev48d).
func TestRev48dUNCAdminTalk(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`run msiexec /i \\deploy01.ad.contoso.com\software\7zip.msi /qn from an elevated prompt`, false},
		{`map it with net use Z: \\fileserver.corp.example.com\share /persistent:yes`, false},
		{`GPO runs \\corp.contoso.com\SYSVOL\corp.contoso.com\scripts\logon.vbs at login`, false},
		{`the installer lives at \\files.hanoi-office.vn\it\setup.exe, ask IT if you can't reach it`, false},
		{`json: {"path": "\\\\nas.home.arpa\\media\\vlc.exe"}`, false},
		{`{"root": "C:\\inetpub\\wwwroot\\shop.example.com\\bin\\App.dll"}`, false},
		{`set PATH=C:\\apps\\notepad.plus\\np.exe in the config`, false},
		{`Tailscale share: \\100.101.102.103\media\setup.exe works from my laptop`, false},
		{`documentation example: \\198.51.100.20\share\tool.exe`, false},
		{`open \\quiet-lake-77.trycloudflare.com@SSL\DavWWWRoot\Invoice.pdf.lnk to see the invoice`, true},
		{`run \\abc123.ngrok-free.app@SSL\dav\Payslip.exe to view your payslip`, true},
		{`open \\invoice-docs.com@SSL\DavWWWRoot\Invoice.pdf.lnk now`, true},
		{`regsvr32 /s /i \\payroll-update.xyz\share\verify.dll`, true},
		{`your CV review: \\\\185.143.223.9\\share\\CV_Review.docx.lnk`, true},
	})
}

// TestRev48dProjectNamedApart: a project's own release named for its
// paper or tool is passed over however the project writes its name
// (cham-cong, pay-roll, Time-Sheet); a stranger's account's paper is
// still read (rev48d).
func TestRev48dProjectNamedApart(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"tải bảng chấm công mẫu https://github.com/nhansu-vn/cham-cong/releases/download/v1/chamcong.xlsm", false},
		{"payroll macro workbook https://github.com/acme/pay-roll/releases/download/v2/payroll.xlsm", false},
		{"timesheet app https://github.com/acme/Time-Sheet/releases/download/v3/timesheet.exe", false},
		{"payslip https://github.com/acme-files/docs/releases/download/v1/Payslip_March.zip", true},
		{"your offer https://github.com/hr-onboarding-team/docs/releases/download/v1/Offer_Letter.exe", true},
	})
}

// TestRev48dPaySpellings: a work paper offered as a share's download in
// the spellings mal48's phrases missed (paycheque, pay check, salary
// letter, thông báo lương) is read as the others are (rev48d).
func TestRev48dPaySpellings(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"your paycheque stub https://gofile.io/d/Zz99Yy", true},
		{"salary letter for 2027 https://gofile.io/d/Zz98Yx", true},
		{"thong bao luong cua ban https://pixeldrain.com/u/Tb12Lu34", true},
		{"paycheck calculator source https://github.com/acme/paycheck-calc", false},
	})
}

// TestRev48dBucketShownOnce: a bucket named in its host is shown once
// in the work reading's finding, not as the host followed by the same
// name as if it were a folder (rev48d).
func TestRev48dBucketShownOnce(t *testing.T) {
	t.Parallel()
	wantDetail(t, "the task https://candidate-tasks.s3.amazonaws.com/task_2026.rar",
		"candidate-tasks[.]s3[.]amazonaws[.]com serves", "candidate-tasks[.]s3[.]amazonaws[.]com phát tán")
}
