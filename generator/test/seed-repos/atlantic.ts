/**
 * Atlantic (seed 004): a Node.js service (Express, Postgres, Redis, RabbitMQ over amqplib) deployed to EKS with
 * kubectl manifests in infrastructure/kubernetes (Deployment with HPA, Service, Ingress), Terraform for the EKS
 * cluster, and a CI/CD workflow that scans (Trivy, Gitleaks), tests, pushes to ECR and runs `kubectl apply`.
 */
import type { Layout } from './layout.js';

export const atlantic: Layout = {
  folder: 'atlanticfrewaycard',
  files: {
    'package.json': {
      name: 'atlanticfrewaycard', private: true,
      scripts: { start: 'node src/server.js', lint: 'eslint .', test: 'jest --coverage' },
      dependencies: { express: '^4.19.0', pg: '^8.11.0', ioredis: '^5.3.0', amqplib: '^0.10.3' },
      devDependencies: { jest: '^29.7.0', eslint: '^8.57.0' },
    },
    'package-lock.json': '{}\n',
    Dockerfile: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY src ./src\nUSER node\nCMD ["node", "src/server.js"]\n',
    'src/server.js': 'module.exports = {};\n',
    'infrastructure/kubernetes/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: atlanticfrewaycard-api
  namespace: production
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: ACCOUNT.dkr.ecr.us-east-1.amazonaws.com/atlanticfrewaycard:latest
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: atlanticfrewaycard-api
spec:
  minAvailable: 2
`,
    'infrastructure/kubernetes/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: atlanticfrewaycard-api\nspec:\n  ports: [{ port: 80, targetPort: 3000 }]\n',
    'infrastructure/kubernetes/hpa.yaml': 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: atlanticfrewaycard-api\n',
    'infrastructure/kubernetes/ingress.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: atlanticfrewaycard\n',
    'infrastructure/terraform/eks.tf': 'resource "aws_eks_cluster" "main" { name = "atlanticfrewaycard-cluster" }\n',
    '.github/workflows/ci-cd.yml': `name: CI/CD
on:
  push:
    branches: [main]
jobs:
  security:
    runs-on: ubuntu-latest
    steps:
      - uses: aquasecurity/trivy-action@master
      - uses: gitleaks/gitleaks-action@v2
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test -- --coverage
  deploy-staging:
    needs: [security, test]
    runs-on: ubuntu-latest
    steps:
      - run: docker build -t $ECR/atlanticfrewaycard:$GITHUB_SHA . && docker push $ECR/atlanticfrewaycard:$GITHUB_SHA
      - run: aws eks update-kubeconfig --name atlanticfrewaycard-cluster
      - run: kubectl apply -f infrastructure/kubernetes/ -n staging
  deploy-production:
    needs: deploy-staging
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: kubectl set image deployment/atlanticfrewaycard-api api=$ECR/atlanticfrewaycard:$GITHUB_SHA -n production
`,
  },
  git: { current: 'main', originHead: 'main' },
};
