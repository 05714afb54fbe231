package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
)

// download is what came of one download.
type download struct {
	notModified  bool
	tmp          string // the body, in a temporary file in the cache directory
	size         int64
	etag         string
	lastModified string
}

// download fetches a feed into a temporary file, conditionally on the copy
// in use (ETag, Last-Modified), within the size limit and the timeout.
func (m *Manager) download(ctx context.Context, s Source, md meta) (download, error) {
	var d download
	ctx, cancel := context.WithTimeout(ctx, m.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL, nil)
	if err != nil {
		return d, fmt.Errorf("feed URL: %w", errors.Unwrap(err))
	}
	req.Header.Set("User-Agent", m.opts.UserAgent)
	if md.ETag != "" {
		req.Header.Set("If-None-Match", md.ETag)
	}
	if md.LastModified != "" {
		req.Header.Set("If-Modified-Since", md.LastModified)
	}
	resp, err := m.opts.Client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // without the URL
		}
		return d, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified && md.ETag+md.LastModified != "":
		d.notModified = true
		return d, nil
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return d, fmt.Errorf("HTTP %s", resp.Status)
	}
	if ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); ct == "text/html" {
		return d, fmt.Errorf("%w: the server sent an HTML page, not a list", ErrMalformed)
	}
	max := s.MaxBytes
	if max <= 0 {
		max = m.opts.MaxBytes
	}
	if resp.ContentLength > max {
		return d, fmt.Errorf("%w: %d bytes, over the limit of %d MiB", ErrTooLarge, resp.ContentLength, max>>20)
	}
	tmpDir := m.cache.dir
	if m.opts.ReadOnly {
		tmpDir = "" // the system's: the cache is not written
	}
	f, err := os.CreateTemp(tmpDir, "."+s.Name+".download-*")
	if err != nil {
		return d, fmt.Errorf("cache: %w", err)
	}
	lr := &limitedReader{r: resp.Body, left: max}
	n, err := io.Copy(f, lr)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		if lr.hit {
			return d, fmt.Errorf("%w: over the limit of %d MiB", ErrTooLarge, max>>20)
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return d, fmt.Errorf("read body: %w", err)
	}
	d.tmp, d.size = f.Name(), n
	d.etag, d.lastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	return d, nil
}
