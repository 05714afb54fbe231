package discord

// EscapeMarkdown is escapeMarkdown, for the package's external tests.
var EscapeMarkdown = escapeMarkdown

// Content is content, for the package's external tests.
var Content = content

// Waiting counts the gateway events waiting to be judged in every channel
// and the goroutines judging them, for the package's external tests.
func Waiting(a *Adapter) (events, judging int) {
	a.in.mu.Lock()
	defer a.in.mu.Unlock()
	return a.in.waiting, a.in.running
}
