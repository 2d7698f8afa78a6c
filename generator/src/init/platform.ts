/**
 * Where the images run: ECS unless the repository has Kubernetes manifests and no ECS task definition (then EKS,
 * where ecs-deploy does not apply), plus the container names ECS task definitions give, and the infrastructure code
 * (Terraform, Pulumi) the pipeline does not run.
 */
import { folderOf, isInfraPath, nameOf, type RepoFiles } from './files.js';

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Job']);
const K8S_KINDS = new Set([...WORKLOADS, 'Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ConfigMap', 'Namespace']);

export interface TaskDefinition { file: string; family?: string; containers: string[] }
export interface Platform {
  kind: 'ecs' | 'eks';
  /** Why: the files that told. */
  evidence: string;
  taskDefinitions: TaskDefinition[];
  /** Kubernetes workloads, `Deployment/api` with the file. */
  workloads: Array<{ kind: string; name: string; file: string; containers: Array<{ name: string; image: string }> }>;
  infrastructure: string[];
}

export function detectPlatform(repo: RepoFiles): Platform {
  const taskDefinitions: TaskDefinition[] = [];
  for (const file of repo.files.filter((f) => f.endsWith('.json') && !f.startsWith('.github/'))) {
    const json = /containerDefinitions/.test(repo.read(file)) ? repo.json(file) : undefined;
    const containers = Array.isArray(json?.containerDefinitions) ? (json.containerDefinitions as Array<{ name?: unknown }>).map((c) => c.name).filter((n): n is string => typeof n === 'string') : [];
    if (containers.length) taskDefinitions.push({ file, ...(typeof json?.family === 'string' ? { family: json.family } : {}), containers });
  }
  const ecsCode = repo.files.filter((f) => (f.endsWith('.tf') && /resource\s+"aws_ecs_(service|task_definition)"/.test(repo.read(f)))
    || (/\.(py|ts|js|go)$/.test(f) && isInfraPath(repo, folderOf(f)) && /\becs\.(TaskDefinition|FargateService|Ec2Service|Service|FargateTaskDefinition)\b/.test(repo.read(f))));
  const copilot = repo.files.filter((f) => f.startsWith('copilot/') && nameOf(f) === 'manifest.yml');
  const ecs = [...taskDefinitions.map((t) => t.file), ...ecsCode, ...copilot];

  const workloads: Platform['workloads'] = [];
  const manifests: string[] = [];
  for (const file of repo.files.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('.github/') && !/compose/.test(nameOf(f)))) {
    if (!/^kind:\s*\w+/m.test(repo.read(file)) || !/^apiVersion:/m.test(repo.read(file))) continue;
    for (const doc of repo.yamlDocuments(file) as Array<{ kind?: unknown; metadata?: { name?: unknown }; spec?: unknown }>) {
      if (typeof doc?.kind !== 'string' || !K8S_KINDS.has(doc.kind)) continue;
      if (!manifests.includes(file)) manifests.push(file);
      if (WORKLOADS.has(doc.kind) && typeof doc.metadata?.name === 'string') {
        // Containers sit at spec.template.spec (Deployment) or deeper (CronJob); each has a name and an image.
        const containers = [...JSON.stringify(doc.spec ?? {}).matchAll(/\{"name":"([^"]+)","image":"([^"]+)"/g)].map((m) => ({ name: m[1]!, image: m[2]! }));
        workloads.push({ kind: doc.kind, name: doc.metadata.name, file, containers });
      }
    }
  }
  const helm = repo.files.filter((f) => nameOf(f) === 'Chart.yaml');
  const kubernetes = [...manifests, ...helm];

  const infrastructure: string[] = [];
  const terraform = [...new Set(repo.files.filter((f) => f.endsWith('.tf')).map(folderOf))];
  if (terraform.length) infrastructure.push(`Terraform (${terraform.slice(0, 3).join(', ')})`);
  const pulumi = repo.files.filter((f) => nameOf(f) === 'Pulumi.yaml').map(folderOf);
  if (pulumi.length) infrastructure.push(`Pulumi (${pulumi.map((d) => d || '.').join(', ')})`);

  const eks = kubernetes.length > 0 && ecs.length === 0;
  const folders = [...new Set(kubernetes.map(folderOf))].map((d) => d || '.');
  const evidence = eks
    ? `Kubernetes manifests in ${folders.slice(0, 3).join(', ')}${folders.length > 3 ? ', …' : ''} and no ECS task definition`
    : ecs.length ? `ECS definitions in ${ecs.slice(0, 3).join(', ')}` : 'no Kubernetes manifests, so ECS';
  return { kind: eks ? 'eks' : 'ecs', evidence, taskDefinitions, workloads, infrastructure };
}
