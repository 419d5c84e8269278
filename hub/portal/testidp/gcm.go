package testidp

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"fmt"

	"github.com/beevik/etree"
	"github.com/crewjam/saml/xmlenc"
)

// aes128GCM encrypts as XML Encryption 1.1 says for AES-128-GCM: a random
// 96-bit IV, then the ciphertext and tag, no padding. crewjam/saml v0.5.1's
// xmlenc.AES128GCM cannot encrypt (it seals zeros, and a nil nonce makes it
// panic); its decryption is right, and the service provider uses that.
type aes128GCM struct{}

const gcmAlgorithm = "http://www.w3.org/2009/xmlenc11#aes128-gcm"

var _ xmlenc.BlockCipher = aes128GCM{}

func (aes128GCM) KeySize() int      { return 16 }
func (aes128GCM) Algorithm() string { return gcmAlgorithm }

// Decrypt is crewjam/saml's.
func (aes128GCM) Decrypt(key any, el *etree.Element) ([]byte, error) {
	return xmlenc.AES128GCM.Decrypt(key, el)
}

// Encrypt returns an EncryptedData element holding plaintext.
func (aes128GCM) Encrypt(key any, plaintext []byte, _ []byte) (*etree.Element, error) {
	k, ok := key.([]byte)
	if !ok || len(k) != 16 {
		return nil, fmt.Errorf("testidp: AES-128-GCM needs a 16-byte key")
	}
	block, _ := aes.NewCipher(k)
	aead, _ := cipher.NewGCM(block)
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	el := etree.NewElement("xenc:EncryptedData")
	el.CreateAttr("xmlns:xenc", "http://www.w3.org/2001/04/xmlenc#")
	el.CreateElement("xenc:EncryptionMethod").CreateAttr("Algorithm", gcmAlgorithm)
	value := base64.StdEncoding.EncodeToString(aead.Seal(nonce, nonce, plaintext, nil))
	el.CreateElement("xenc:CipherData").CreateElement("xenc:CipherValue").SetText(value)
	return el, nil
}
