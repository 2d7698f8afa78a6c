// The AWS adapters db-migrate's main.ts loads with one dynamic import() once the inputs are valid, so that the SDK
// and the proxy agents they bring are one chunk of the dist beside index.js, which an input error never loads.
export { createEcsApi } from './aws.js';
export { createLogsApi } from '../../common/src/logs.js';
