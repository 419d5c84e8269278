package webkit

import (
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// Static serves the files of fsys below prefix, never a directory
// listing: a directory or a missing file is the site's 404 page.
func (s *Site) Static(prefix string, fsys fs.FS) http.Handler {
	files := http.StripPrefix(prefix, http.FileServerFS(fsys))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean("/"+strings.TrimPrefix(r.URL.Path, prefix)), "/")
		if st, err := fs.Stat(fsys, name); err != nil || st.IsDir() {
			s.Error(w, r, http.StatusNotFound)
			return
		}
		files.ServeHTTP(w, r)
	})
}
