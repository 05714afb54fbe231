package bot_test

import "testing"

// TestLinuxBuildArchive (cite30, session 31): an archive named as a build
// for Linux, in an anonymous bucket or on a small site, with no bait in
// its name or the message, is not warned about as a Windows dropper's
// wrapper (linuxArchive). The first three are warned on f2c9b5f. The
// same file named for Windows or as an installer, as a dropper or a
// document, offered as a cheat, beside a word of running it, written
// disguised, with a program inside its name or on a cheap ending is read
// as before.
func TestLinuxBuildArchive(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"R2 public bucket https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/builds/game-server-linux.zip", false},
		{"the nightly cli for the runners https://pub-1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e.r2.dev/ci/acme-cli-linux-amd64.zip", false},
		{"https://d3k8q2m7x1abcd.cloudfront.net/builds/headless-linux.zip", false},
		{"R2 public bucket https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/builds/game-server-win64.zip", true},
		{"R2 public bucket https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/builds/game-server-linux-setup.zip", true},
		{"https://pub-9b7c1d2e3f4a.r2.dev/downloads/Setup_linux.zip", true},
		{"https://cdn.oakridge-insurance.com/docs/Invoice_88213_linux.zip", true},
		{"free robux generator https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/builds/robux-gen-linux.zip", true},
		{"unzip it and run the exe inside https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/builds/game-server-linux.zip", true},
		{"R2 public bucket hxxps://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d[.]r2[.]dev/builds/game-server-linux.zip", true},
		{"R2 public bucket https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/builds/game-server-linux.exe.zip", true},
		{"https://acme-builds.top/artifacts/relay-agent-linux64.zip", true},
	})
}
