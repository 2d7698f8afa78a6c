/**
 * AWS regions, for "did you mean" on a mistyped `region`. The list is the regions of the aws, aws-cn and aws-us-gov
 * partitions in the AWS SDK's partitions table (@aws-sdk/core 3.x, util-endpoints/partitions). A region that is not
 * in it but is made only of the words regions are made of (e.g. `eu-central-3`) is accepted: AWS adds regions after
 * a generator is released, so only a name that cannot be a region is certainly wrong.
 */
import { closest } from './suggest.js';

export const AWS_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2',
  'ap-northeast-3', 'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
  'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2',
  'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1',
  'me-south-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'sa-west-1', 'cn-north-1', 'cn-northwest-1', 'us-gov-east-1',
  'us-gov-west-1',
] as const;

const AREAS = new Set(['us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn']);
const WORDS = new Set(['east', 'west', 'north', 'south', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'gov']);

/** Undefined when `region` is (or may be) a region; else what is wrong with it, with the nearest known region. */
export function regionProblem(region: string): string | undefined {
  if ((AWS_REGIONS as readonly string[]).includes(region)) return undefined;
  const match = /^([a-z]{2})((?:-[a-z]+)+)-\d+$/.exec(region);
  if (match && AREAS.has(match[1]!) && match[2]!.slice(1).split('-').every((word) => WORDS.has(word))) return undefined;
  const guess = closest(region.trim().toLowerCase(), AWS_REGIONS) ?? closest(region.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-'), AWS_REGIONS);
  const hint = guess ? `; did you mean "${guess}"?` : ': write a region code such as us-east-1 (N. Virginia), eu-west-1 (Ireland) or ap-southeast-2 (Sydney)';
  return `${JSON.stringify(region)} is not an AWS region${hint}`;
}
