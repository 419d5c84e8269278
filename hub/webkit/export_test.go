package webkit

// HashOf is the store key of a token, for tests that write old records.
var HashOf = hashOf
