// Mistakes in the nginx router's inputs: the input each one names and a word of what is wrong.
// The unit test reads them; the end-to-end test runs them through a step against a real nginx.

export const BAD_NGINX_INPUTS: [input: string, inputs: Record<string, string>, problem: string][] = [
  ["nginx-upstream-file", { "nginx-upstream-file": "" }, "is required"],
  ["nginx-upstream-file", { "nginx-upstream-file": "conf.d/upstreams.conf" }, "must be an absolute path"],
  ["nginx-upstream", { "nginx-upstream": "my backend" }, "must be an nginx upstream name"],
  ["nginx-test-upstream", { "nginx-upstream": "backend", "nginx-test-upstream": "backend" }, "must differ from nginx-upstream"],
  ["blue-servers", { "blue-servers": "" }, "is required"],
  ["green-servers", { "green-servers": "green.internal" }, "is not host:port"],
  ["green-servers", { "green-servers": "10.0.2.10:99999" }, "is not host:port"],
  ["blue-servers", { "blue-servers": "10.0.1.10:3000 weight=5" }, "cutover sets weight and down itself"],
  ["green-servers", { "green-servers": "10.0.2.10:3000 down" }, "cutover sets weight and down itself"],
  ["blue-servers", { "blue-servers": "10.0.1.10:3000 backup" }, "a backup server would take no share"],
  [
    "green-servers",
    { "blue-servers": "10.0.1.10:3000", "green-servers": "10.0.1.10:3000" },
    "in both blue-servers and green-servers",
  ],
  ["blue-servers", { "blue-servers": "10.0.1.10:3000 max_fails 3" }, 'the parameter "3"'],
  ["nginx-exec", { "nginx-exec": "docker exec -i proxy\nrm -rf /" }, "must be one line"],
  ["health-path", { "health-path": "health" }, "must be a path that starts with /"],
  ["nginx-exec-timeout", { "nginx-exec-timeout": "soon" }, "must be a duration"],
  ["nginx-exec-timeout", { "nginx-exec-timeout": "500ms" }, "must be 1s or more"],
  ["nginx-allow-symlink", { "nginx-allow-symlink": "yes" }, "must be true or false"],
];
