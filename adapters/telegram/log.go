package telegram

// The attribute keys of the adapter's log lines.
const (
	keyChat   = "chat"
	keyUser   = "user"
	keyAction = "action"
	keyMethod = "method"
	keyErr    = "err"
)
