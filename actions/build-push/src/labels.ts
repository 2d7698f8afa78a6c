/**
 * OCI image labels (https://github.com/opencontainers/image-spec/blob/main/annotations.md) generated from the
 * repository, commit and ref, so an image found in a registry leads back to the commit that built it.
 * The user's `labels` win over generated ones with the same key.
 */
export interface LabelContext {
  serverUrl: string;
  repository: string;
  sha: string;
  version: string;
  created: Date;
}

export function ociLabels(context: LabelContext, userLabels: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  const generated: Array<[string, string]> = [];
  if (context.repository) {
    generated.push(['org.opencontainers.image.source', `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`]);
    generated.push(['org.opencontainers.image.title', context.repository.split('/').pop() as string]);
  }
  if (context.sha) generated.push(['org.opencontainers.image.revision', context.sha]);
  if (context.version) generated.push(['org.opencontainers.image.version', context.version]);
  generated.push(['org.opencontainers.image.created', context.created.toISOString()]);
  const user = new Map(userLabels);
  return [...generated.filter(([key]) => !user.has(key)), ...userLabels.map(([k, v]) => [k, v] as [string, string])];
}
