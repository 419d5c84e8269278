package suomifi

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/crewjam/saml"
)

const metadataNS = "urn:oasis:names:tc:SAML:2.0:metadata"

// ParseIdPMetadata reads an identity provider's metadata: an
// EntityDescriptor, or an EntitiesDescriptor (a federation's aggregate,
// nested ones included) from which the entity entityID is taken, or when
// entityID is empty the only identity provider in it. The entity's
// ValidUntil becomes the earliest validUntil of it and of the aggregates
// around it.
func ParseIdPMetadata(data []byte, entityID string) (*saml.EntityDescriptor, error) {
	var root struct{ XMLName xml.Name }
	if err := xml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("suomifi: identity provider metadata: %w", err)
	}
	var idps []*saml.EntityDescriptor
	switch root.XMLName {
	case xml.Name{Space: metadataNS, Local: "EntityDescriptor"}:
		ed := &saml.EntityDescriptor{}
		if err := xml.Unmarshal(data, ed); err != nil {
			return nil, fmt.Errorf("suomifi: identity provider metadata: %w", err)
		}
		idps = identityProviders(nil, []saml.EntityDescriptor{*ed}, time.Time{})
	case xml.Name{Space: metadataNS, Local: "EntitiesDescriptor"}:
		es := saml.EntitiesDescriptor{}
		if err := xml.Unmarshal(data, &es); err != nil {
			return nil, fmt.Errorf("suomifi: identity provider metadata: %w", err)
		}
		idps = identityProviders(es.EntitiesDescriptors, es.EntityDescriptors, validUntil(es.ValidUntil, time.Time{}))
	default:
		return nil, fmt.Errorf("suomifi: identity provider metadata: %s is neither an EntityDescriptor nor an EntitiesDescriptor", root.XMLName.Local)
	}
	return choose(idps, entityID)
}

// identityProviders returns the entities with an IDPSSODescriptor, each
// with the earliest validUntil around it.
func identityProviders(groups []saml.EntitiesDescriptor, entities []saml.EntityDescriptor, until time.Time) []*saml.EntityDescriptor {
	var out []*saml.EntityDescriptor
	for i := range entities {
		if e := &entities[i]; len(e.IDPSSODescriptors) > 0 {
			e.ValidUntil = earliest(e.ValidUntil, until)
			out = append(out, e)
		}
	}
	for _, g := range groups {
		out = append(out, identityProviders(g.EntitiesDescriptors, g.EntityDescriptors, validUntil(g.ValidUntil, until))...)
	}
	return out
}

func validUntil(t *time.Time, until time.Time) time.Time {
	if t == nil {
		return until
	}
	return earliest(*t, until)
}

// earliest is the earlier of two times, a zero time meaning none.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

// choose picks entityID among idps, or the only one.
func choose(idps []*saml.EntityDescriptor, entityID string) (*saml.EntityDescriptor, error) {
	var ids []string
	for _, e := range idps {
		if e.EntityID == entityID {
			return e, nil
		}
		ids = append(ids, e.EntityID)
	}
	switch {
	case len(idps) == 0:
		return nil, fmt.Errorf("suomifi: identity provider metadata: no identity provider in it")
	case entityID == "" && len(idps) == 1:
		return idps[0], nil
	case entityID == "":
		return nil, fmt.Errorf("suomifi: identity provider metadata holds %d identity providers; choose one with its entity ID: %s",
			len(idps), strings.Join(ids, ", "))
	}
	return nil, fmt.Errorf("suomifi: identity provider %q is not in the metadata, which holds: %s", entityID, strings.Join(ids, ", "))
}
