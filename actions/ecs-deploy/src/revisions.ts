/**
 * Which revisions of a family `keep-revisions` deregisters: all but the newest N, and never the one just
 * deployed or the one it replaced (a rollback target). Pure.
 */
export function revisionsToDeregister(activeArns: string[], keep: number, protectedArns: Array<string | undefined>): string[] {
  const revision = (arn: string) => Number(/:(\d+)$/.exec(arn)?.[1] ?? 0);
  const newestFirst = [...activeArns].sort((a, b) => revision(b) - revision(a));
  const keepSet = new Set([...newestFirst.slice(0, keep), ...protectedArns.filter((a): a is string => !!a)]);
  return newestFirst.filter((arn) => !keepSet.has(arn));
}
