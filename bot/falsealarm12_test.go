package bot_test

import "testing"

// TestReleaseFolders: a maker's builds kept under a folder droppers on
// compromised sites also sit in (assets, upload, documents) are noted as
// plain downloads when a folder nearer the file names releases or a
// version (/assets/release/4.6.7/, /upload/software/2024/); a build in
// such a folder with nothing nearer it is judged as before.
func TestReleaseFolders(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://www.charlesproxy.com/assets/release/4.6.7/charles-proxy-4.6.7-win64.msi charles", false},
		{"https://www.silabs.com/documents/public/software/CP210x_Universal_Windows_Driver.zip cp2102 driver", false},
		{"tp-link omada https://static.tp-link.com/upload/software/2024/202408/20240812/Omada_SDN_Controller_v5.14.26.1_windows_x64.zip", false},
		{"https://www.parkersplumbing.net/images/Northgate_Demo_0.9.2.zip", true},
		{"https://www.harborviewdental.com/wp-content/uploads/software/2024/Northgate_Demo_0.9.2.zip", true},
		{"https://www.brightsmileortho.com/assets/update/MicrosoftEdgeUpdate.exe", true},
	})
}

// TestGeneratedBuckets: a bucket's or a distribution's address that its
// platform generated (pub-<32 hex>.r2.dev, d<13>.cloudfront.net) cannot
// be named after the build it holds; a versioned build's name stands
// alone there, and a dropper's name, a lure's word or bait is judged as
// before.
func TestGeneratedBuckets(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"r2 bucket for the installer https://pub-0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5.r2.dev/acme-desktop-2.0.1-setup.exe", false},
		{"the cloudfront dist for the installer https://d3k8q2m7x1abcd.cloudfront.net/installer/AcmeSetup-5.1.0.exe", false},
		{"cloudfront dist https://d1a2b3c4d5e6f7.cloudfront.net/app/main.3f2a1b.js", false},
		{"https://pub-0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5.r2.dev/downloads/Setup_x64.zip", true},
		{"https://pub-0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5.r2.dev/steam_crack_2.1.exe", true},
		{"https://pub-0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5.r2.dev/Invoice_0923.zip", true},
		{"free robux generator https://d3k8q2m7x1abcd.cloudfront.net/files/RbxTool-2.1.0.exe", true},
		{"https://pub-3f8a9c21d4e5.r2.dev/Acme_Player_2.1.0.exe", true},
	})
}
