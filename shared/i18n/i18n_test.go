package i18n_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"vuoro/shared/i18n"
)

// verbs matches fmt verbs, ignoring the escaped percent sign.
var verbs = regexp.MustCompile(`%[-+# 0]*[0-9]*(\.[0-9]+)?[a-zA-Z%]`)

func verbsOf(s string) []string {
	var out []string
	for _, v := range verbs.FindAllString(s, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	return out
}

func TestEveryKeyInEveryLanguage(t *testing.T) {
	for k := range i18n.Count() {
		key := i18n.Key(k)
		for _, l := range i18n.Langs {
			if s := i18n.T(l, key); s == "" || strings.HasPrefix(s, "!i18n") {
				t.Errorf("key %d has no %s text", k, l)
			}
		}
	}
}

func TestFormatVerbsMatch(t *testing.T) {
	for k := range i18n.Count() {
		key := i18n.Key(k)
		want := verbsOf(i18n.T(i18n.FI, key))
		for _, l := range i18n.Langs[1:] {
			if got := verbsOf(i18n.T(l, key)); !slices.Equal(got, want) {
				t.Errorf("key %d: %s verbs %q, fi verbs %q", k, l, got, want)
			}
		}
	}
}

func TestT(t *testing.T) {
	tests := []struct {
		lang i18n.Lang
		key  i18n.Key
		args []any
		want string
	}{
		{i18n.FI, i18n.Welcome, nil, "Tervetuloa ilmoittautumaan!"},
		{i18n.FI, i18n.YourNumber, []any{"R19"}, "Vuoronumerosi on R19"},
		{i18n.SV, i18n.YourNumber, []any{"R19"}, "Ditt könummer är R19"},
		{i18n.EN, i18n.AheadMany, []any{3}, "3 people ahead of you in the queue"},
		{i18n.FI, i18n.ClosesIn, []any{10}, "Tiedot suljetaan automaattisesti 10 sekunnin kuluttua"},
		{"de", i18n.Help, nil, "Apua"},
		{i18n.FI, i18n.Key(-1), nil, "!i18n(-1)"},
	}
	for _, tt := range tests {
		if got := i18n.T(tt.lang, tt.key, tt.args...); got != tt.want {
			t.Errorf("T(%s, %d) = %q, want %q", tt.lang, tt.key, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, l := range i18n.Langs {
		if got, ok := i18n.Parse(string(l)); !ok || got != l {
			t.Errorf("Parse(%q) = %q, %v", l, got, ok)
		}
	}
	if _, ok := i18n.Parse("de"); ok {
		t.Error("Parse accepted de")
	}
	if i18n.SV.Code() != "SV" {
		t.Errorf("SV.Code() = %q", i18n.SV.Code())
	}
}
