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
