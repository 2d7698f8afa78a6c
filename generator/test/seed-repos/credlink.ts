/**
 * CredLink (seed 003): one containerised Node.js service (the "sign service") with SQL migrations run by
 * node-pg-migrate, a two-stage Dockerfile whose final stage installs production dependencies and keeps
 * package.json, and Terraform with per-environment tfvars in infra/terraform (ECS not provisioned yet).
 */
import type { Layout } from './layout.js';

export const CREDLINK_DOCKERFILE = `FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY package*.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
USER node
CMD ["node", "dist/server.js"]
`;

export const credlink: Layout = {
  folder: 'credlink',
  files: {
    'package.json': {
      name: '@credlink/sign-service', private: true,
      scripts: { build: 'tsc -p .', lint: 'eslint src', test: 'jest', migrate: 'node-pg-migrate up' },
      dependencies: { express: '^4.19.0', pg: '^8.11.0', ioredis: '^5.3.0', 'node-pg-migrate': '^7.0.0' },
      devDependencies: { typescript: '^5.4.0', jest: '^29.7.0' },
    },
    'package-lock.json': '{}\n',
    '.node-version': '20.11.0\n',
    Dockerfile: CREDLINK_DOCKERFILE,
    'src/server.ts': 'export {};\n',
    'migrations/001_init.sql': 'create table proofs (id uuid primary key);\n',
    'infra/terraform/main.tf': 'module "vpc" { source = "./modules/vpc" }\n',
    'infra/terraform/variables.tf': 'variable "aws_region" { default = "us-east-1" }\n',
    'infra/terraform/outputs.tf': '',
    'infra/terraform/modules/vpc/main.tf': 'resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }\n',
    'infra/terraform/environments/dev.tfvars': 'environment = "dev"\n',
    'infra/terraform/environments/staging.tfvars': 'environment = "staging"\n',
    'infra/terraform/environments/prod.tfvars': 'environment = "production"\n',
  },
  git: { current: 'ci/adopt-gen-workflow', originHead: 'main' },
};
