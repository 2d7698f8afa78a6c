/**
 * Field types shared by the config's schema sections: each carries its own message for the user (what is wrong
 * with the value and what to write instead).
 */
import { z } from 'zod';
import { parseDuration } from '../../../actions/common/src/durations.js';
import { regionProblem } from './aws-regions.js';
import { expressionInCommandProblem, roleArnProblem } from './values.js';

/** A pattern whose failure says what the value is not and shows one that would do. */
export const format = (pattern: RegExp, what: string, example: string) =>
  z.string().regex(pattern, { error: (issue) => `${JSON.stringify(issue.input)} is not ${what}; e.g. ${example}` });
/** A pattern whose failure message is worked out from the value (the exact mistake in an ARN or a tag pattern). */
export const explained = (pattern: RegExp, problem: (value: string) => string | undefined) =>
  z.string().regex(pattern, { error: (issue) => problem(String(issue.input)) ?? `${JSON.stringify(issue.input)} is not valid` });
/** A check on a string's value; `problem` returns the message, or undefined when the value is fine. */
export const valueCheck = (problem: (value: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
  const message = problem(value);
  if (message) ctx.addIssue({ code: 'custom', message, input: value });
};

export const slug = (what: string, example: string) => format(/^[a-z][a-z0-9-]{0,39}$/, `a valid ${what} (lower-case letters, digits and '-', starting with a letter, at most 40)`, example);
export const command = (where: 'test' | 'frontend' | 'container') =>
  z.string().trim().min(1, 'a command must not be empty').superRefine(valueCheck((value) => expressionInCommandProblem(value, where)));
export const roleArn = explained(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, roleArnProblem);
export const httpUrl = format(/^https?:\/\/[^\s]+$/, 'an http(s) URL', 'https://staging.example.com/health');
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
// The pattern (kept for the JSON Schema) lets `us-eest-1` through; the list of regions does not.
export const region = explained(REGION, regionProblem).superRefine(valueCheck((value) => (REGION.test(value) ? regionProblem(value) : undefined)));
export const variableName = (what: string) => format(/^[A-Za-z_][A-Za-z0-9_]*$/, `a valid ${what} (letters, digits and _, not starting with a digit)`, 'NODE_ENV');
// Node's timers hold at most 2^31 - 1 ms; smoke-test refuses longer timeouts, and anything it cannot parse, at deploy time.
const MAX_TIMER_MS = 2_147_483_647;
export const duration = z.string().min(1).superRefine(valueCheck((value) => {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) return `${JSON.stringify(value)} is not a duration: write a number with a unit (ms, s, m, h), e.g. 90s, 5m or 1h30m`;
  return ms > MAX_TIMER_MS ? `${JSON.stringify(value)} is longer than the smoke test can wait (at most 596h)` : undefined;
}));
