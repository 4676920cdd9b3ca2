// A local CloudFront for invalidations (restXml), with the quotas and CallerReference rules.
import { randomBytes } from "node:crypto";
import { AwsFault } from "./faults.ts";

export interface Invalidation {
  id: string;
  distributionId: string;
  callerReference: string;
  paths: string[];
  createdAt: number;
  completesAt: number;
  status: "InProgress" | "Completed";
}

const MAX_PATHS_IN_PROGRESS = 3000;
const MAX_WILDCARDS_IN_PROGRESS = 15;
const XMLNS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", "'": "apos", '"': "quot" }[c]};`);
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(lt|gt|amp|apos|quot);/g,
    (_, e: string) => ({ lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' })[e] as string,
  );
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export class CloudFront {
  readonly distributions = new Map<string, { id: string; domainName: string }>();
  readonly invalidations: Invalidation[] = [];
  /** How long an invalidation stays InProgress, in real milliseconds. */
  completionMs = 1_000;
  /** Called once per invalidation when it completes: the edge cache drops those paths then. */
  onComplete: (paths: string[]) => void = () => {};

  createDistribution(domainName: string): string {
    const id = `E${randomBytes(7).toString("hex").toUpperCase()}`;
    this.distributions.set(id, { id, domainName });
    return id;
  }

  /** Routes a restXml request: `/2020-05-31/distribution/{id}/invalidation[/{invalidationId}]`. */
  handle(method: string, path: string, body: string): { action: string; status: number; xml: string; params: unknown } {
    const match = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation(?:\/([^/?]+))?/.exec(path);
    if (!match) throw new AwsFault("InvalidAction", `No CloudFront operation at ${method} ${path}`);
    const [, distributionId, invalidationId] = match as unknown as [string, string, string | undefined];
    this.#tick();
    if (!this.distributions.has(distributionId)) {
      throw new AwsFault("NoSuchDistribution", "The specified distribution does not exist.", 404);
    }
    if (method === "POST") return { action: "CreateInvalidation", ...this.#create(distributionId, body) };
    if (invalidationId) {
      const found = this.invalidations.find((i) => i.id === invalidationId && i.distributionId === distributionId);
      if (!found) throw new AwsFault("NoSuchInvalidation", "The specified invalidation does not exist.", 404);
      return {
        action: "GetInvalidation",
        status: 200,
        xml: this.#invalidationXml(found),
        params: { DistributionId: distributionId, Id: invalidationId },
      };
    }
    const mine = this.invalidations.filter((i) => i.distributionId === distributionId).reverse();
    const items = mine
      .map(
        (i) =>
          `<InvalidationSummary><Id>${i.id}</Id><CreateTime>${iso(i.createdAt)}</CreateTime><Status>${i.status}</Status></InvalidationSummary>`,
      )
      .join("");
    const xml = `<InvalidationList xmlns="${XMLNS}"><Marker></Marker><MaxItems>100</MaxItems><IsTruncated>false</IsTruncated><Quantity>${mine.length}</Quantity><Items>${items}</Items></InvalidationList>`;
    return { action: "ListInvalidations", status: 200, xml, params: { DistributionId: distributionId } };
  }

  /** Completes what is due; the cache is cleared at that moment even if nobody asks. */
  #tick(): void {
    for (const invalidation of this.invalidations) {
      if (invalidation.status === "InProgress" && Date.now() >= invalidation.completesAt) {
        invalidation.status = "Completed";
        this.onComplete(invalidation.paths);
      }
    }
  }

  #create(distributionId: string, body: string): { status: number; xml: string; params: unknown } {
    const paths = [...body.matchAll(/<Path>([\s\S]*?)<\/Path>/g)].map((m) => unescapeXml(m[1] as string));
    const callerReference = unescapeXml(/<CallerReference>([\s\S]*?)<\/CallerReference>/.exec(body)?.[1] ?? "");
    const quantity = Number(/<Quantity>(\d+)<\/Quantity>/.exec(body)?.[1] ?? -1);
    const params = {
      DistributionId: distributionId,
      InvalidationBatch: { CallerReference: callerReference, Paths: { Quantity: quantity, Items: paths } },
    };
    if (!callerReference) throw new AwsFault("MissingArgument", "CallerReference is required.");
    if (quantity !== paths.length)
      throw new AwsFault("InconsistentQuantities", "The value of Quantity and the size of Items don't match.");
    if (paths.length === 0) throw new AwsFault("InvalidArgument", "Your request must contain at least one path.");
    for (const p of paths) {
      if (!p.startsWith("/"))
        throw new AwsFault(
          "InvalidArgument",
          `Your request contains one or more invalid invalidation paths: ${p} must begin with a slash.`,
        );
      if (p.indexOf("*") >= 0 && p.indexOf("*") !== p.length - 1) {
        throw new AwsFault(
          "InvalidArgument",
          `Your request contains one or more invalid invalidation paths: the * wildcard must be the last character of ${p}.`,
        );
      }
      if (p.length > 4000) throw new AwsFault("InvalidArgument", "Your request contains a path longer than 4000 characters.");
    }
    const earlier = this.invalidations.find((i) => i.distributionId === distributionId && i.callerReference === callerReference);
    if (earlier) {
      if (JSON.stringify(earlier.paths) !== JSON.stringify(paths)) {
        throw new AwsFault(
          "InvalidationBatchAlreadyExists",
          "The CallerReference is already in use with a different invalidation batch.",
          409,
        );
      }
      return { status: 201, xml: this.#invalidationXml(earlier), params };
    }
    // CreateInvalidation errors (CloudFront API reference): a batch that alone passes the quotas is
    // BatchTooLarge, which no wait will cure; only room taken by other batches is worth retrying.
    const ownWildcards = paths.filter((p) => p.endsWith("*")).length;
    if (paths.length - ownWildcards > MAX_PATHS_IN_PROGRESS || ownWildcards > MAX_WILDCARDS_IN_PROGRESS)
      throw new AwsFault("BatchTooLarge", "Invalidation batch specified is too large.", 413);
    const inProgress = this.invalidations.filter((i) => i.distributionId === distributionId && i.status === "InProgress");
    // "Concurrent invalidation request maximum" (CloudFront guide): 3,000 file paths and, apart from
    // them, 15 wildcard paths in progress per distribution.
    const all = [...inProgress.flatMap((i) => i.paths), ...paths];
    const wildcards = all.filter((p) => p.endsWith("*")).length;
    const pathCount = all.length - wildcards;
    if (pathCount > MAX_PATHS_IN_PROGRESS || wildcards > MAX_WILDCARDS_IN_PROGRESS) {
      throw new AwsFault(
        "TooManyInvalidationsInProgress",
        `You have exceeded the maximum number of allowable InProgress invalidation batch requests, or invalidation objects (${MAX_PATHS_IN_PROGRESS} paths, ${MAX_WILDCARDS_IN_PROGRESS} wildcards).`,
      );
    }
    const now = Date.now();
    const invalidation: Invalidation = {
      id: `I${randomBytes(12).toString("hex").toUpperCase()}`.slice(0, 26),
      distributionId,
      callerReference,
      paths,
      createdAt: now,
      completesAt: now + this.completionMs,
      status: "InProgress",
    };
    this.invalidations.push(invalidation);
    setTimeout(() => this.#tick(), this.completionMs + 5).unref();
    return { status: 201, xml: this.#invalidationXml(invalidation), params };
  }

  #invalidationXml(i: Invalidation): string {
    const items = i.paths.map((p) => `<Path>${escapeXml(p)}</Path>`).join("");
    return `<Invalidation xmlns="${XMLNS}"><Id>${i.id}</Id><Status>${i.status}</Status><CreateTime>${iso(i.createdAt)}</CreateTime><InvalidationBatch><Paths><Quantity>${i.paths.length}</Quantity><Items>${items}</Items></Paths><CallerReference>${escapeXml(i.callerReference)}</CallerReference></InvalidationBatch></Invalidation>`;
  }

  errorXml(code: string, message: string, requestId: string): string {
    const type = code.startsWith("Internal") ? "Receiver" : "Sender";
    return `<?xml version="1.0"?>\n<ErrorResponse xmlns="${XMLNS}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
  }
}
