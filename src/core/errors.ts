import { Cancelled } from "./cancel.ts";

/**
 * A mistake in what the user gave us (inputs, router layout, tags), as opposed to a bug or an
 * outage. The runner reports it as one `::error::` line, without a stack trace.
 */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/**
 * A failure the step foresaw and can explain: a gate that said no, a router in an unexpected
 * state, an AWS call that was refused. Reported without a stack trace; anything else is a bug.
 */
export class CutoverError extends Error {
  override name = "CutoverError";
  /** What became of the release: the first word of the summary's verdict. */
  readonly outcome: Outcome;
  /** The verdict without what the log line adds for grep (a timeline in one line, say). */
  readonly verdict: string;
  /** What matters for this outcome, as Markdown blocks for the job summary. */
  readonly details: string[];
  /** The next step, when the failure knows it: the summary's "Next:" line. */
  readonly next?: string;

  constructor(message: string, options: ErrorOptions & Explanation = {}) {
    super(message, { cause: options.cause });
    this.outcome = options.outcome ?? "failed";
    this.verdict = options.verdict ?? message;
    this.details = options.details ?? [];
    this.next = options.next;
  }
  /** Set when the outputs already say where the routes stand, so the outer catch need not read them again. */
  outputsSet = false;
}

export type Outcome = "failed" | "reverted" | "rolled back";

export interface Explanation {
  outcome?: Outcome;
  verdict?: string;
  details?: string[];
  next?: string;
}

/** An AWS call that failed, named by service and operation, with the IAM permission it needs. */
export class AwsCallError extends CutoverError {
  override name = "AwsCallError";
  readonly code: string;

  constructor(service: string, operation: string, cause: unknown) {
    const code = errorCode(cause);
    const message = cause instanceof Error ? cause.message : String(cause);
    const hint = /AccessDenied|UnauthorizedOperation|NotAuthorized/.test(code)
      ? ` The role needs the IAM permission ${iamAction(service, operation)}.`
      : "";
    const prefix = code === "Error" || message.startsWith(code) ? "" : `${code}: `;
    super(`${service} ${operation} failed: ${prefix}${message.replace(/\.$/, "")}.${hint}`, { cause });
    this.code = code;
  }
}

export function errorCode(error: unknown): string {
  if (error && typeof error === "object" && "name" in error && typeof error.name === "string") return error.name;
  return "Error";
}

function iamAction(service: string, operation: string): string {
  const prefix = { ELBv2: "elasticloadbalancing", CloudFront: "cloudfront", CloudWatch: "cloudwatch" }[service];
  return `${prefix ?? service.toLowerCase()}:${operation}`;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one AWS call; a failure becomes an AwsCallError that names the service and operation. */
export async function awsCall<T>(service: string, operation: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    throw new AwsCallError(service, operation, error);
  }
}
