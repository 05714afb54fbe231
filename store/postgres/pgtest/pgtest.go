package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// The environment the package reads.
const (
	// EnvURL names a server to use instead of starting one: the URL of a
	// database whose user may create databases.
	EnvURL = "IMMUNE_TEST_POSTGRES_URL"
	// EnvRequire, set to "require", makes a missing server fail the tests
	// instead of skipping them.
	EnvRequire = "IMMUNE_TEST_POSTGRES"
)

// Server is a PostgreSQL server for tests.
type Server struct {
	// URL is the admin connection: a database where databases are created.
	URL string

	dir   string   // the throwaway server's directory; empty for EnvURL
	bin   string   // where its programs are
	runAs []string // the command prefix that runs them unprivileged, if root
	n     atomic.Int64
}

var (
	shared     *Server
	sharedErr  error
	sharedOnce sync.Once
	skipped    atomic.Int64
)

// Main runs the tests and stops the throwaway server, if one was started.
// It returns the exit code for os.Exit.
func Main(m *testing.M) int {
	code := m.Run()
	if shared != nil {
		if err := shared.Stop(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: stop the server: %v\n", err)
		}
	}
	if n := skipped.Load(); n > 0 {
		fmt.Fprintf(os.Stderr, "pgtest: PostgreSQL unavailable, %d tests skipped: %v\n", n, sharedErr)
	}
	return code
}

// URL returns the URL of a new, empty database for the test on the shared
// server, starting the server on first use. Without a server it skips the
// test, or fails it under IMMUNE_TEST_POSTGRES=require.
func URL(t testing.TB) string {
	t.Helper()
	s := Shared(t)
	u, name, err := s.newDatabase(context.Background())
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	// Stores the test opened are closed by then: cleanups run last first.
	t.Cleanup(func() {
		if err := s.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Logf("pgtest: drop database %s: %v", name, err)
		}
	})
	return u
}

// Shared returns the server the package's tests share, starting it on first
// use; without one it skips or fails the test as URL does.
func Shared(t testing.TB) *Server {
	t.Helper()
	sharedOnce.Do(func() {
		if u := os.Getenv(EnvURL); u != "" {
			shared = &Server{URL: u}
			return
		}
		shared, sharedErr = Start(StartOptions{})
	})
	if shared == nil {
		if os.Getenv(EnvRequire) == "require" {
			t.Fatalf("pgtest: PostgreSQL is required (%s=require) but unavailable: %v", EnvRequire, sharedErr)
		}
		skipped.Add(1)
		t.Skipf("PostgreSQL unavailable, test skipped: %v (install postgresql, or set %s)", sharedErr, EnvURL)
	}
	return shared
}

// StartOptions configure Start.
type StartOptions struct {
	// Durable keeps fsync and synchronous commits on, as a production
	// server has them: for benchmarks. Tests run faster without.
	Durable bool
	// MaxConnections is the server's max_connections; 0 means 300.
	MaxConnections int
}

// Start initialises a cluster in a new temporary directory and starts a
// server on a Unix socket in it. When the process runs as root, which
// PostgreSQL refuses, the programs run as the postgres user if there is
// one, else as nobody.
func Start(o StartOptions) (*Server, error) {
	bin, err := findPrograms()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "immune-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(dir)
		}
	}()
	if os.Geteuid() == 0 {
		uid, gid, _, err := unprivileged()
		if err != nil {
			return nil, err
		}
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
		s.runAs = []string{"setpriv", "--reuid=" + strconv.Itoa(uid), "--regid=" + strconv.Itoa(gid), "--clear-groups", "--"}
	}
	data := filepath.Join(dir, "data")
	if out, err := s.command("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	maxConns := o.MaxConnections
	if maxConns == 0 {
		maxConns = 300
	}
	opts := []string{"-k", dir, "-c", "listen_addresses=", "-c", "max_connections=" + strconv.Itoa(maxConns),
		"-c", "shared_buffers=128MB"}
	if !o.Durable {
		opts = append(opts, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	logFile := filepath.Join(dir, "server.log")
	if out, err := s.command("pg_ctl", "-D", data, "-l", logFile, "-w", "-t", "60", "-o", strings.Join(opts, " "), "start").CombinedOutput(); err != nil {
		log, _ := os.ReadFile(logFile)
		return nil, fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	s.URL = "postgres:///postgres?host=" + url.QueryEscape(dir) + "&user=postgres&sslmode=disable"
	ok = true
	return s, nil
}

// Stop stops a server Start started and removes its directory; for a
// server given by URL it does nothing.
func (s *Server) Stop() error {
	if s.dir == "" {
		return nil
	}
	defer os.RemoveAll(s.dir)
	if out, err := s.command("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop").CombinedOutput(); err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	return nil
}

// Log returns the throwaway server's log.
func (s *Server) Log() string {
	b, _ := os.ReadFile(filepath.Join(s.dir, "server.log"))
	return string(b)
}

// NewDatabase creates an empty database and returns its URL.
func (s *Server) NewDatabase(ctx context.Context) (string, error) {
	u, _, err := s.newDatabase(ctx)
	return u, err
}

func (s *Server) newDatabase(ctx context.Context) (u, name string, err error) {
	name = fmt.Sprintf("t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, s.n.Add(1))
	if err := s.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", "", fmt.Errorf("create database: %w", err)
	}
	pu, err := url.Parse(s.URL)
	if err != nil {
		return "", "", err
	}
	pu.Path = "/" + name
	return pu.String(), name, nil
}

// Exec runs SQL on the admin connection.
func (s *Server) Exec(ctx context.Context, sql string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	c, err := pgx.Connect(ctx, s.URL)
	if err != nil {
		return err
	}
	defer c.Close(context.Background())
	_, err = c.Exec(ctx, sql)
	return err
}

func (s *Server) command(name string, args ...string) *exec.Cmd {
	path := filepath.Join(s.bin, name)
	if s.runAs == nil {
		return exec.Command(path, args...)
	}
	argv := append(append(append([]string(nil), s.runAs[1:]...), path), args...)
	cmd := exec.Command(s.runAs[0], argv...)
	cmd.SysProcAttr = ownGroup()
	cmd.Dir = s.dir
	return cmd
}

// findPrograms returns the directory holding initdb, pg_ctl and postgres:
// on PATH, in /usr/local/bin, or where Debian's postgresql package puts
// them.
func findPrograms() (string, error) {
	dirs := []string{}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		dirs = append(dirs, filepath.Dir(p))
	}
	dirs = append(dirs, "/usr/local/bin")
	debian, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	for i := len(debian) - 1; i >= 0; i-- { // the newest version first
		dirs = append(dirs, debian[i])
	}
	for _, d := range dirs {
		found := true
		for _, p := range []string{"initdb", "pg_ctl", "postgres"} {
			if st, err := os.Stat(filepath.Join(d, p)); err != nil || st.Mode()&0o111 == 0 {
				found = false
				break
			}
		}
		if found {
			return d, nil
		}
	}
	return "", errors.New("initdb, pg_ctl and postgres not found on PATH, in /usr/local/bin or /usr/lib/postgresql/*/bin")
}

// unprivileged returns the user the server runs as when the tests run as
// root.
func unprivileged() (uid, gid int, name string, err error) {
	for _, n := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(n)
		if err != nil {
			continue
		}
		uid, err1 := strconv.Atoi(u.Uid)
		gid, err2 := strconv.Atoi(u.Gid)
		if err1 == nil && err2 == nil {
			return uid, gid, n, nil
		}
	}
	return 0, 0, "", errors.New("running as root, and there is neither a postgres nor a nobody user to run PostgreSQL as")
}
