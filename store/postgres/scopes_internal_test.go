package postgres

// Migration returns step n of the migration table (from version n to
// n+1), for tests that build a database of an older schema.
func Migration(n int) (name, sql string) { return migrations[n].name, migrations[n].sql }
