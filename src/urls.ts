import * as core from "@actions/core";
import type { LoadBalancerPort } from "./aws/elbv2.ts";
import { CutoverError } from "./errors.ts";
import type { RouterConfig } from "./router/config.ts";

/** The standby's URL through the test listener: always pointed at the standby, off the user's path. */
export async function standbyUrl(lb: LoadBalancerPort, config: RouterConfig): Promise<URL> {
  const test = config.routes.find((r) => r.role === "test" && r.kind === "listener");
  if (!test) throw new CutoverError("No URL for the standby: give url, or test-listener-arn so that its URL can be looked up.");
  const url = await lb.listenerUrl(test.arn);
  core.info(`The standby is reached through the test listener at ${url.href}`);
  return url;
}

/** `https://cdn.example.com/x` → `https://cdn.example.com`; undefined for anything but http(s). */
export function httpOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
