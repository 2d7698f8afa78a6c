/**
 * KeyLo (seed 000): an npm-workspaces monorepo (apps/api, apps/websocket, apps/mobile on Expo, packages/shared),
 * Node 18, Postgres in the code but only Redis in docker-compose, the API's multi-stage Dockerfile from the document
 * (its final stage holds dist/ and node_modules, no package.json), an ECS task definition, and the document's
 * GitHub workflow that already deploys with `aws ecs update-service`. Tried on a feature branch, with main and develop.
 */
import type { Layout } from './layout.js';

const nodeService = (app: string, port: number) => `# Multi-stage build for Node.js ${app}
FROM node:18-alpine AS builder

WORKDIR /app

COPY package*.json ./
COPY packages/shared/package*.json ./packages/shared/
COPY apps/${app}/package*.json ./apps/${app}/

RUN npm ci --only=production

COPY packages/shared ./packages/shared
COPY apps/${app} ./apps/${app}

RUN npm run build --workspace=apps/${app}

# Production stage
FROM node:18-alpine AS production

WORKDIR /app
RUN apk add --no-cache dumb-init
RUN addgroup -g 1001 -S nodejs
RUN adduser -S keylo -u 1001

COPY --from=builder --chown=keylo:nodejs /app/node_modules ./node_modules
COPY --from=builder --chown=keylo:nodejs /app/apps/${app}/dist ./dist
COPY --from=builder --chown=keylo:nodejs /app/packages/shared ./packages/shared

USER keylo
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \\
  CMD node dist/health-check.js
EXPOSE ${port}
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "dist/server.js"]
`;

export const KEYLO_WORKFLOW = `name: KeyLo CI/CD Pipeline

on:
  push:
    branches: [main, develop]
  pull_request:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v3
      - run: npm ci
      - run: npm run lint
      - run: npm run test:unit

  build:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v3
      - name: Build API image
        run: |
          docker build -f apps/api/Dockerfile -t $ECR_REGISTRY/$ECR_REPOSITORY:$GITHUB_SHA .
          docker push $ECR_REGISTRY/$ECR_REPOSITORY:$GITHUB_SHA

  deploy-staging:
    needs: build
    if: github.ref == 'refs/heads/develop'
    runs-on: ubuntu-latest
    steps:
      - name: Deploy to staging ECS
        run: |
          aws ecs update-service \\
            --cluster keylo-staging \\
            --service keylo-api-service \\
            --force-new-deployment
      - run: npx expo publish --release-channel staging

  deploy-production:
    needs: build
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - name: Update ECS service
        run: |
          aws ecs update-service --cluster $ECS_CLUSTER --service $ECS_SERVICE --force-new-deployment
`;

export const keylo: Layout = {
  folder: 'keylo',
  files: {
    'package.json': {
      name: 'keylo', private: true, workspaces: ['apps/*', 'packages/*'], engines: { node: '>=18' },
      scripts: { lint: 'eslint .', 'type-check': 'tsc -b', 'test:unit': 'jest --selectProjects unit', 'test:integration': 'jest --selectProjects integration' },
    },
    'package-lock.json': '{}\n',
    '.nvmrc': '18\n',
    'apps/api/package.json': { name: '@keylo/api', scripts: { build: 'tsc -p .', migrate: 'knex migrate:latest', start: 'node dist/server.js' }, dependencies: { express: '^4', knex: '^3', pg: '^8', ioredis: '^5' } },
    'apps/api/Dockerfile': nodeService('api', 3000),
    'apps/api/src/server.ts': 'export {};\n',
    'apps/websocket/package.json': { name: '@keylo/websocket', scripts: { build: 'tsc -p .' }, dependencies: { ws: '^8', ioredis: '^5' } },
    'apps/websocket/Dockerfile': nodeService('websocket', 3001),
    'apps/mobile/package.json': { name: '@keylo/mobile', scripts: { build: 'expo export', start: 'expo start' }, dependencies: { expo: '~50.0.0', 'react-native': '0.73.0' } },
    'packages/shared/package.json': { name: '@keylo/shared', scripts: { build: 'tsc' } },
    // Development runs SQLite and Redis (the document's environment tiers); Postgres is in the code (pg).
    'docker-compose.yml': 'services:\n  redis:\n    image: redis:7-alpine\n    ports: ["6379:6379"]\n  api:\n    build:\n      context: .\n      dockerfile: apps/api/Dockerfile\n    depends_on: [redis]\n',
    'ecs/keylo-api-task-definition.json': {
      family: 'keylo-api', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '1024', memory: '2048',
      containerDefinitions: [{ name: 'keylo-api', image: 'ACCOUNT.dkr.ecr.us-east-1.amazonaws.com/keylo-api:latest', portMappings: [{ containerPort: 3000 }] }],
    },
    '.github/workflows/ci-cd.yml': KEYLO_WORKFLOW,
  },
  git: { current: 'ci/adopt-gen-workflow', branches: ['main', 'develop'] },
};
