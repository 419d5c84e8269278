package store

import (
	"crypto/subtle"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// bucketDevices holds the devices' secrets, by device id: the hash of a
// pending device's one-time enrolment code, or of an enrolled device's
// password. Like the clerks' credentials they are kept outside the log.
var bucketDevices = []byte("device_credentials")

// deviceSecret is a device's record: Code until the code is exchanged,
// then Password.
type deviceSecret struct {
	Code     []byte `json:"code,omitempty"`
	Password []byte `json:"password,omitempty"`
}

// SetDeviceCode keeps the hash of a device's new enrolment code; any
// earlier code or password of the device no longer counts.
func (s *Store) SetDeviceCode(device string, codeHash []byte) error {
	return s.putDevice("set device code", device, deviceSecret{Code: codeHash})
}

// DeviceByCode returns the device whose pending enrolment code has the
// hash codeHash, or ErrNotFound.
func (s *Store) DeviceByCode(codeHash []byte) (string, error) {
	var found string
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDevices)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var d deviceSecret
			if json.Unmarshal(v, &d) == nil && len(d.Code) > 0 && subtle.ConstantTimeCompare(d.Code, codeHash) == 1 {
				found = string(k)
			}
			return nil
		})
	})
	if err == nil && found == "" {
		err = ErrNotFound
	}
	return found, err
}

// ExchangeDeviceCode replaces a device's enrolment code, which must have
// the hash codeHash, by its password's hash, in one write: a code is
// exchanged once. ErrNotFound when the device has no such code.
func (s *Store) ExchangeDeviceCode(device string, codeHash, passwordHash []byte) error {
	err := s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketDevices)
		if err != nil {
			return err
		}
		var d deviceSecret
		if v := b.Get([]byte(device)); v == nil || json.Unmarshal(v, &d) != nil ||
			len(d.Code) == 0 || subtle.ConstantTimeCompare(d.Code, codeHash) != 1 {
			return ErrNotFound
		}
		v, _ := json.Marshal(deviceSecret{Password: passwordHash})
		return b.Put([]byte(device), v)
	})
	if err != nil {
		return fmt.Errorf("store: exchange device code: %w", err)
	}
	return nil
}

// DevicePassword returns the hash of a device's password, or ErrNotFound.
func (s *Store) DevicePassword(device string) ([]byte, error) {
	var d deviceSecret
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketDevices); b != nil {
			if v := b.Get([]byte(device)); v != nil {
				return json.Unmarshal(v, &d)
			}
		}
		return nil
	})
	if err == nil && len(d.Password) == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: device password: %w", err)
	}
	return d.Password, nil
}

// DeleteDevice forgets a device's code or password.
func (s *Store) DeleteDevice(device string) error {
	err := s.update(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketDevices); b != nil {
			return b.Delete([]byte(device))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: delete device: %w", err)
	}
	return nil
}

func (s *Store) putDevice(op, device string, d deviceSecret) error {
	v, err := json.Marshal(d)
	if err == nil {
		err = s.update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists(bucketDevices)
			if err != nil {
				return err
			}
			return b.Put([]byte(device), v)
		})
	}
	if err != nil {
		return fmt.Errorf("store: %s: %w", op, err)
	}
	return nil
}
