package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestUploadPathKnowsEveryHost: uploadPath's switch spells fileHostList
// and every host of fileDrops.
func TestUploadPathKnowsEveryHost(t *testing.T) {
	for _, h := range fileHostList {
		if l, ok := linkx.Parse("https://" + h + "/x/file.exe"); !ok || !uploadPath(&l) {
			t.Errorf("uploadPath(%s) is false", h)
		}
	}
	for h := range fileDrops {
		if l, ok := linkx.Parse("https://" + h + "/x/file.exe"); !ok || !uploadPath(&l) {
			t.Errorf("uploadPath(%s) is false", h)
		}
	}
}
