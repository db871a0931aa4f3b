package ingest

import (
	"net/url"
	"strings"
)

// trackingParams are query parameters that only say where a reader came
// from: the same article has them in many variants.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true, "msclkid": true,
	"yclid": true, "mc_cid": true, "mc_eid": true, "_hsenc": true, "_hsmi": true, "igshid": true,
	"ref_src": true, "cmpid": true, "ocid": true, "at_medium": true, "at_campaign": true,
}

// CanonicalURL returns rawURL without its tracking parameters (utm_* and
// the like, see trackingParams) and without an empty query, so that the
// variants a feed hands out of one article's address are one address.
// Anything that is not an absolute http(s) URL is returned as it is.
func CanonicalURL(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return rawURL
	}
	if u.RawQuery == "" {
		if u.ForceQuery {
			u.ForceQuery = false
			return u.String()
		}
		return rawURL
	}
	parts := strings.Split(u.RawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		k, _, _ := strings.Cut(p, "=")
		if key, err := url.QueryUnescape(k); err == nil {
			k = key
		}
		k = strings.ToLower(k)
		if p == "" || strings.HasPrefix(k, "utm_") || trackingParams[k] {
			continue
		}
		kept = append(kept, p)
	}
	u.RawQuery = strings.Join(kept, "&")
	u.ForceQuery = false
	return u.String()
}
