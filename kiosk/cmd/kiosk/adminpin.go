package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"vuoro/kiosk/lock"
	"vuoro/kiosk/ui"
)

// guard puts the window behind the installer's lock when the kiosk runs
// full screen or has an admin PIN.
func guard(c config, w fyne.Window) error {
	if !c.fullscreen && c.adminPIN == "" {
		return nil
	}
	l, err := lock.New("")
	if c.adminPIN != "" {
		l, err = lock.Load(c.adminPIN)
	}
	if err != nil {
		return err
	}
	ui.Guard(w, l, time.Now)
	return nil
}

// hashPIN prints the hash of the PIN on stdin's first line.
func hashPIN() int {
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	h, err := lock.Hash(strings.TrimSpace(line))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	fmt.Println(h)
	return 0
}
