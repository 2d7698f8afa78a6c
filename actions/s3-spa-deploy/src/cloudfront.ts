import { CloudFrontClient, CreateInvalidationCommand, GetInvalidationCommand, ListInvalidationsCommand } from '@aws-sdk/client-cloudfront';
import { awsClientConfig } from '../../common/src/aws-client.js';

export interface CloudFrontApi {
  createInvalidation(distributionId: string, paths: string[], callerReference: string): Promise<string>;
  invalidationStatus(distributionId: string, id: string): Promise<string>;
}

/** `cancel` (the runner's SIGINT) aborts the call in flight. */
export function createCloudFrontApi(region: string, cancel?: AbortSignal): CloudFrontApi {
  const cloudfront = new CloudFrontClient(awsClientConfig(region, 's3-spa-deploy'));
  const options = { abortSignal: cancel };
  async function findByCallerReference(distributionId: string, callerReference: string): Promise<string | undefined> {
    const listed = await cloudfront.send(new ListInvalidationsCommand({ DistributionId: distributionId, MaxItems: 10 }), options);
    for (const summary of listed.InvalidationList?.Items ?? []) {
      const out = await cloudfront.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: summary.Id }), options);
      if (out.Invalidation?.InvalidationBatch?.CallerReference === callerReference) return summary.Id;
    }
    return undefined;
  }
  return {
    async createInvalidation(distributionId, paths, callerReference) {
      try {
        const out = await cloudfront.send(new CreateInvalidationCommand({
          DistributionId: distributionId,
          InvalidationBatch: { CallerReference: callerReference, Paths: { Quantity: paths.length, Items: paths } },
        }), options);
        return out.Invalidation?.Id as string;
      } catch (error) {
        // A reused CallerReference means this batch was already sent (a retry after a lost response). AWS documents
        // InvalidationBatchAlreadyExists for it, and users report InvalidArgument "…caller reference that was used…".
        const reused = (error as Error).name === 'InvalidationBatchAlreadyExists' || /caller reference that was used/i.test((error as Error).message);
        const existing = reused ? await findByCallerReference(distributionId, callerReference) : undefined;
        if (existing) return existing;
        throw error;
      }
    },
    async invalidationStatus(distributionId, id) {
      const out = await cloudfront.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: id }), options);
      return out.Invalidation?.Status ?? 'Unknown';
    },
  };
}
