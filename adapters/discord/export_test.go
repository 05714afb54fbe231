package discord

// EscapeMarkdown is escapeMarkdown, for the package's external tests.
var EscapeMarkdown = escapeMarkdown

// Content is content, for the package's external tests.
var Content = content
