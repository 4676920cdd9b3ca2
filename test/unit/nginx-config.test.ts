// The nginx router's inputs: what is read, and each mistake as one line that names the input.
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/core/errors.ts";
import { readNginxConfig } from "../../src/routers/nginx/config.ts";
import { BAD_NGINX_INPUTS } from "../support/nginx-inputs.ts";

const GOOD: Record<string, string> = {
  "nginx-upstream-file": "/etc/nginx/conf.d/cutover-upstreams.conf",
  "blue-servers": "10.0.1.10:3000 max_fails=3\n10.0.1.11:3000",
  "green-servers": "10.0.2.10:3000, 10.0.2.11:3000",
};

function given(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries({ ...GOOD, ...inputs })) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("INPUT_")) delete process.env[key];
});

describe("nginx inputs", () => {
  it("reads the file, upstreams, servers with their parameters, commands and defaults", () => {
    given({ "nginx-test-upstream": "backend-test", "nginx-exec": "docker exec -i proxy" });
    expect(readNginxConfig()).toEqual({
      file: "/etc/nginx/conf.d/cutover-upstreams.conf",
      upstream: "backend",
      testUpstream: "backend-test",
      servers: {
        blue: [
          { address: "10.0.1.10:3000", params: ["max_fails=3"] },
          { address: "10.0.1.11:3000", params: [] },
        ],
        green: [
          { address: "10.0.2.10:3000", params: [] },
          { address: "10.0.2.11:3000", params: [] },
        ],
      },
      exec: "docker exec -i proxy",
      testCommand: "nginx -t",
      reloadCommand: "nginx -s reload",
      healthPath: "/health",
      execTimeoutMs: 30_000,
      allowSymlink: false,
    });
  });

  it.each(BAD_NGINX_INPUTS)("refuses a bad %s: %o", (name, inputs, problem) => {
    given(inputs);
    expect(() => readNginxConfig()).toThrow(ConfigurationError);
    expect(() => readNginxConfig()).toThrow(
      new RegExp(`^Input '${name}' .*${problem.replace(/[()]/g, "\\$&")}.*Example: ${name}: `),
    );
  });
});
