package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// WriteCSV writes one table: its column ids, then its rows.
func WriteCSV(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(t.Cols)
	_ = cw.WriteAll(t.Rows) // flushes
	if err := cw.Error(); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	return nil
}

// WriteAllCSV writes every table in one file, each row led by its table's
// id; each table starts with its column ids ("table", then the ids).
func WriteAllCSV(w io.Writer, ts []Table) error {
	cw := csv.NewWriter(w)
	for _, t := range ts {
		_ = cw.Write(append([]string{t.ID + ":cols"}, t.Cols...))
		for _, r := range t.Rows {
			_ = cw.Write(append([]string{t.ID}, r...))
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	return nil
}

// ReadAllCSV reads what WriteAllCSV wrote.
func ReadAllCSV(r io.Reader) ([]Table, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("report: csv: %w", err)
	}
	var out []Table
	for _, rec := range recs {
		if id, ok := strings.CutSuffix(rec[0], ":cols"); ok {
			out = append(out, Table{ID: id, Cols: rec[1:]})
			continue
		}
		if len(out) == 0 || out[len(out)-1].ID != rec[0] {
			return nil, fmt.Errorf("report: csv: a row of %q before its columns", rec[0])
		}
		out[len(out)-1].Rows = append(out[len(out)-1].Rows, rec[1:])
	}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
