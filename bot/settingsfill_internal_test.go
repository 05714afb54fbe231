package bot

// MaxCachedChats is how many chats' settings the engine keeps before it
// starts its cache again (for TestSettingsFillAfterAChangeIsNotCached).
const MaxCachedChats = maxRecent
