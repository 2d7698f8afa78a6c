/**
 * Where each of our actions is published. `uses: <owner>/<repository>/<path>@<ref>` makes the runner fetch the
 * repository at <ref> and read `<path>/action.yml` from its root (then run runs.main relative to that folder). Our
 * actions answer there with root copies generated from actions/<name>/action.yml (scripts/action-copies.mjs).
 * The generator writes `uses:` and finds the action.yml whose inputs it checks through this one mapping, so the
 * path it emits is the path it checked.
 */
import { join } from 'node:path';
import { parseActionsSource } from './model/pipeline.js';
import type { OurAction } from './model/types.js';

/** The folder, from the root of the actions repository, that holds the action's action.yml. */
export function publishedPath(action: OurAction): string {
  return action;
}

/** `owner/repository@ref` (the config's `actions`) → the `uses:` value for one of our actions. */
export function ourUses(action: OurAction, actionsSource: string): string {
  const { repository, ref } = parseActionsSource(actionsSource);
  return `${repository}/${publishedPath(action)}@${ref}`;
}

/** The action.yml `ourUses(action, …)` resolves to, in `tree`, a folder laid out like the actions repository's root. */
export function publishedActionYml(tree: string, action: OurAction): string {
  return join(tree, ...publishedPath(action).split('/'), 'action.yml');
}
