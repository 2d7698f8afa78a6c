/** The building blocks of the config schema: string rules whose failure message says what to write instead. */
import { z } from 'zod';
import { expressionInCommandProblem } from './values.js';

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
