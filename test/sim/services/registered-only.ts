import type { JsonServiceModule } from '../core/service-module.js';

/*
 * Services whose target prefix is known so clients get the service's own unknown-operation answer;
 * their operations arrive with later work.
 */

export function createEcrModule(): JsonServiceModule {
  return {
    protocol: 'awsJson1_1',
    name: 'ecr',
    targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
    endpointEnvSuffix: 'ECR',
    operations: {},
    unknownOperationType: 'com.amazon.coral.service#UnknownOperationException',
    serverErrorType: 'ServerException',
  };
}
