package queuetest

import "vuoro/hub/queue"

// TaxOffice sets up the smallest site a test of the hub's parts needs: the
// Lahti site in Helsinki time, the Tax Administration ("vero") and its one
// queue "veroasiat" with the letter R.
func TaxOffice(e *queue.Engine) error {
	for _, err := range []func() error{
		func() error {
			return e.SetSite("system", queue.Site{ID: "lahti", Name: "Lahden virastotalo", TimeZone: "Europe/Helsinki"})
		},
		func() error { return e.AddAgency("system", queue.Agency{ID: "vero"}) },
		func() error {
			return e.AddService("system", queue.Service{ID: "veroasiat", Agency: "vero", Letter: "R"})
		},
	} {
		if err := err(); err != nil {
			return err
		}
	}
	return nil
}
