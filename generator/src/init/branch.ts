/**
 * The branch that deploys to staging: the remote's default branch (origin/HEAD), else main, master or develop as
 * they exist. Never the checked-out branch: people run init on a feature branch (`ci/adopt-gen-workflow`).
 */
import type { Git } from '../git.js';

const USUAL = ['main', 'master', 'develop'];

export function stagingBranch(git: Git): { name: string; from: string } {
  if (git(['rev-parse', '--git-dir']) === undefined) return { name: 'main', from: 'TODO: not a git repository; write the branch whose pushes deploy to staging' };
  const originHead = git(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'])?.replace(/^refs\/remotes\/origin\//, '');
  if (originHead) return { name: originHead, from: 'from origin/HEAD, the remote\'s default branch' };
  const exists = (branch: string) => git(['show-ref', '--verify', '--quiet', `refs/heads/${branch}`]) !== undefined
    || git(['show-ref', '--verify', '--quiet', `refs/remotes/origin/${branch}`]) !== undefined;
  const present = USUAL.filter(exists);
  const [first, ...others] = present;
  if (!first) return { name: 'main', from: 'TODO: no origin/HEAD and no main, master or develop branch; write the branch whose pushes deploy to staging' };
  const also = others.length ? `; ${others.join(' and ')} ${others.length > 1 ? 'exist' : 'exists'} too: write ${others.length > 1 ? 'the one' : others[0]} if its pushes deploy to staging` : '';
  return { name: first, from: `TODO: ${first}, as there is no origin/HEAD (git remote set-head origin --auto sets it)${also}` };
}
