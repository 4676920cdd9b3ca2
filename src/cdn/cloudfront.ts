import { CloudFrontClient, CreateInvalidationCommand, GetInvalidationCommand } from "@aws-sdk/client-cloudfront";
import { awsCall } from "../core/errors.ts";
import type { ClientOptions } from "../routers/port.ts";

export interface InvalidationState {
  id: string;
  status: string;
}

/** What cutover needs from CloudFront: start an invalidation, and ask how it is going. */
export interface CdnPort {
  createInvalidation(distributionId: string, paths: string[], callerReference: string): Promise<InvalidationState>;
  getInvalidation(distributionId: string, id: string): Promise<InvalidationState>;
}

export function createCdnPort(options: ClientOptions): CdnPort {
  // CloudFront is global; its API lives in us-east-1 whatever the load balancer's region.
  const client = new CloudFrontClient({ region: "us-east-1", maxAttempts: options.maxAttempts, retryMode: "adaptive" });
  return {
    async createInvalidation(distributionId, paths, callerReference) {
      const out = await awsCall("CloudFront", "CreateInvalidation", () =>
        client.send(
          new CreateInvalidationCommand({
            DistributionId: distributionId,
            InvalidationBatch: { CallerReference: callerReference, Paths: { Quantity: paths.length, Items: paths } },
          }),
        ),
      );
      return { id: out.Invalidation?.Id ?? "", status: out.Invalidation?.Status ?? "" };
    },
    async getInvalidation(distributionId, id) {
      const out = await awsCall("CloudFront", "GetInvalidation", () =>
        client.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: id })),
      );
      return { id, status: out.Invalidation?.Status ?? "" };
    },
  };
}
