import { readDuration } from "../core/durations.ts";
import { inputError, readBoolean, readInteger, readList, readString } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { httpOrigin } from "../core/urls.ts";
import type { ProbeOptions } from "./http.ts";

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What a header value may hold (RFC 9110 field-value, as Node checks it): no CR, LF or other control character. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Why a header cannot be sent, or undefined when it can; the value itself is never shown. */
export function headerProblem(name: string, value: string): string | undefined {
  if (!HEADER_NAME.test(name)) return `bad header name ${JSON.stringify(name)}`;
  if (!HEADER_VALUE.test(value))
    return `the value of ${name} holds a control character (such as CR or LF) or a character beyond Latin-1, which cannot be sent`;
  return undefined;
}

/**
 * `headers`: one `Name: value` per line. Every value is masked before anything is logged, since
 * these are where tokens and cookies go.
 */
export function readHeaders(name = "headers", example = "X-Warm-Cache: true"): Record<string, string> {
  const headers: Record<string, string> = {};
  const lines = readString(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const colon = line.indexOf(":");
    const key = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    if (value) maskHeaderValue(value);
    const problem = key ? headerProblem(key, value) : "no name before a colon";
    if (problem) throw inputError(name, `line ${i + 1} is not a "Name: value" header (${problem})`, example);
    headers[key] = value;
  }
  return headers;
}

/**
 * A header value and the credentials inside it: `Bearer <token>`'s token and a cookie's values
 * are what an app may echo alone, without the scheme or the name.
 */
function maskHeaderValue(value: string): void {
  core.setSecret(value);
  for (const part of value.split(/[\s;,]+/)) {
    const credential = part.slice(part.indexOf("=") + 1);
    if (credential.length >= 8 && credential !== value) core.hideSecretPart(credential);
  }
}

/** How each request is sent: headers, host header, TLS, timeout. */
export function readRequestOptions(
  timeoutInput = "timeout",
  timeout = "10s",
): Pick<ProbeOptions, "headers" | "hostHeader" | "insecureTls" | "timeoutMs"> {
  const hostHeader = readString("host-header") || undefined;
  if (hostHeader && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(hostHeader)) {
    throw inputError("host-header", `is not a host name, got ${JSON.stringify(hostHeader)}`, "shop.example.com");
  }
  return {
    headers: readHeaders(),
    hostHeader,
    insecureTls: readBoolean("insecure-tls", false),
    timeoutMs: readDuration(timeoutInput, timeout, 300_000),
  };
}

/** The inputs every probing step shares: the request options, plus retries and concurrency. */
export function readProbeOptions(defaults: { retries: number; concurrency: number }): ProbeOptions {
  return {
    ...readRequestOptions(),
    retries: readInteger("retries", defaults.retries, { min: 0, max: 10 }),
    retryBackoffMs: 250,
    concurrency: readInteger("concurrency", defaults.concurrency, { min: 1, max: 256 }),
    credentialOrigins: readCredentialOrigins(),
  };
}

/**
 * credential-origins: hosts besides the standby's that get `headers` (a sitemap's host, a CDN
 * origin). The step adds the origins it checks; no other host ever gets the headers.
 */
export function readCredentialOrigins(): string[] {
  return readList("credential-origins").map((value) => {
    const origin = httpOrigin(value);
    if (!origin)
      throw inputError(
        "credential-origins",
        `must be http(s) origins, got ${JSON.stringify(value)}`,
        "https://cdn.shop.example.com",
      );
    return origin;
  });
}
