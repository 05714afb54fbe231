package bot

// Log attribute keys, shared by the engine and the adapters so that every
// line about one chat, user or action can be found with one query.
const (
	LogChat    = "chat"    // platform:chat
	LogUser    = "user"    // platform:user
	LogMessage = "message" // message id
	LogAction  = "action"  // delete, warn, restrict, notify_admins, ...
	LogErr     = "err"
	LogFile    = "file"
)
