// Package mandates is a client of the Suomi.fi Mandates (Suomi.fi-valtuudet)
// REST API for person-to-person mandates (HPA, henkilö–henkilö): whether a
// logged-in person (the delegate) may act for another person (the
// principal) in a matter (asiointiasia), identified by an issue code.
//
// The flow, as Suomi.fi publishes it ("Web API", palveluhallinta.suomi.fi):
//
//  1. register: GET /service/hpa/user/register/{client id}/{delegate's
//     henkilötunnus}?requestId=… answers {"sessionId", "userId"};
//  2. the browser goes to GET /oauth/authorize?client_id=…&response_type=code
//     &redirect_uri=…&user={userId}&lang=fi|sv|en, where the delegate picks
//     the principal at Suomi.fi, and comes back to redirect_uri?code=…;
//  3. token: POST /oauth/token?grant_type=authorization_code&redirect_uri=…
//     &code=… with HTTP Basic client id : OAuth secret answers {"access_token"};
//  4. delegate: GET /service/hpa/api/delegate/{sessionId}?requestId=… with the
//     bearer token answers the chosen principal, [{"personId", "name"}];
//  5. authorization: GET /service/hpa/api/authorization/{sessionId}/{personId}
//     ?requestId=…&issues={issue code} answers {"result": "ALLOWED" or
//     "DISALLOWED", "reasons": […]};
//  6. unregister: GET /service/hpa/user/unregister/{sessionId}?requestId=….
//
// Every /service call carries X-AsiointivaltuudetAuthorization:
// "{client id} {timestamp} {checksum}", the checksum being
// base64(HMAC-SHA256(key: the client's checksum secret, path and query + " " +
// timestamp)); see Checksum.
//
// The delegate's and the principal's henkilötunnus are in the paths of
// these server-to-server calls, as the API defines them; this package's
// errors never carry a URL, so they never carry a henkilötunnus.
package mandates
