package web

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
)

// minPassword is the shortest password the console accepts, in bytes;
// bcrypt reads at most 72.
const minPassword = 12

var loginRe = regexp.MustCompile(`^[a-z0-9._-]{2,32}$`)

var errLogin = fmt.Errorf("%w: a login of 2-32 characters a-z 0-9 . _ -", queue.ErrInvalid)

func (s *Server) hash(password string) ([]byte, error) {
	if len(password) < minPassword || len(password) > 72 {
		return nil, errPassword
	}
	return bcrypt.GenerateFromPassword([]byte(password), s.opts.BcryptCost)
}

// addUser creates a console user with a role, agencies and a password.
func (s *Server) addUser(c queue.Clerk, in input) (outcome, error) {
	u := queue.Clerk{Login: strings.TrimSpace(in.Login), Name: strings.TrimSpace(in.Name),
		Role: queue.Role(in.Role), Agencies: in.Agencies, AllQueues: in.AllQueues}
	if !loginRe.MatchString(u.Login) {
		return outcome{}, errLogin
	}
	if !manages(c, u) {
		return outcome{}, errNotYourUser
	}
	h, err := s.hash(in.Password)
	if err != nil {
		return outcome{}, err
	}
	if err := s.eng.AddClerk(actor(c), u); err != nil {
		return outcome{}, err
	}
	if err := s.store.SetCredential(u.Login, h); err != nil {
		return outcome{}, err
	}
	return outcome{Value: u, Note: say("done.user_added", u.Login)}, nil
}

// disableUser disables another user and ends their sessions.
func (s *Server) disableUser(c queue.Clerk, in input) (outcome, error) {
	if in.Login == c.Login {
		return outcome{}, errSelf
	}
	if err := s.userInScope(c, in.Login); err != nil {
		return outcome{}, err
	}
	if err := s.eng.DisableClerk(actor(c), in.Login); err != nil {
		return outcome{}, err
	}
	endSessions(s.sess, in.Login)
	return outcome{Value: struct{}{}, Note: say("done.user_disabled", in.Login)}, nil
}

// setPassword gives a user a new password and ends their sessions. An
// admin may always set their own.
func (s *Server) setPassword(c queue.Clerk, in input) (outcome, error) {
	var err error
	if in.Login != c.Login {
		err = s.userInScope(c, in.Login)
	}
	var h []byte
	if err == nil {
		h, err = s.hash(in.Password)
	}
	if err == nil {
		err = s.store.SetCredential(in.Login, h)
	}
	if err == nil {
		err = s.eng.RecordPassword(actor(c), in.Login)
	}
	if err != nil {
		return outcome{}, err
	}
	if in.Login != c.Login {
		endSessions(s.sess, in.Login)
	}
	return outcome{Value: struct{}{}, Note: say("done.password", in.Login)}, nil
}
