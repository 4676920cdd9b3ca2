// Bad inputs of the route53 router, each with the one line it must be refused with.
export const BAD_ROUTE53_INPUTS: [string, Record<string, string>, RegExp][] = [
  ["no hosted zone", { "hosted-zone-id": "" }, /^Input 'hosted-zone-id' is required/],
  ["a zone that is no zone ID", { "hosted-zone-id": "zone-1" }, /^Input 'hosted-zone-id' is not a hosted zone ID, got "zone-1"/],
  ["no record name", { "record-name": "" }, /^Input 'record-name' is required/],
  [
    "a record name with an empty label",
    { "record-name": "app..cutover.test" },
    /^Input 'record-name' is not a DNS name in a zone/,
  ],
  ["an MX record", { "record-type": "MX" }, /^Input 'record-type' must be A, AAAA or CNAME/],
  [
    "one set identifier for both colors",
    { "green-set-identifier": "blue" },
    /^Input 'green-set-identifier' must differ from blue-set-identifier/,
  ],
  ["a TTL below a second", { "max-ttl": "500ms" }, /^Input 'max-ttl' must be whole seconds, 1s or more/],
  [
    "the test record as the record",
    { "record-name": "app.cutover.test", "test-record-name": "App.cutover.test." },
    /^Input 'test-record-name' must differ from record-name/,
  ],
  [
    "a resolver by name",
    { "dns-resolver": "resolver.internal:53" },
    /^Input 'dns-resolver' must be an IP address with an optional port/,
  ],
  ["a name server port out of range", { "name-server-port": "70000" }, /^Input 'name-server-port' must be between 1 and 65535/],
  ["no authority query", { "authority-queries": "0" }, /^Input 'authority-queries' must be between 1 and 50/],
  ["a YAML 1.1 boolean", { "allow-fallback": "yes" }, /^Input 'allow-fallback' must be true or false/],
  ["a health path without its slash", { "health-path": "health" }, /^Input 'health-path' must be a path that starts with \//],
];
