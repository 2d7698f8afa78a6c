/**
 * Fibonacco (seed 002): a Laravel app (composer.json, artisan, phpunit.xml, pgvector) with its React SPA built by
 * Vite at the root into dist/, the image built from infrastructure/pulumi/Dockerfile with the repository root as
 * context (the document's `docker build -f infrastructure/pulumi/Dockerfile .`), a Pulumi program in Python next to
 * it, docker-compose with pgvector/pgvector and Redis, and the document's deploy.yml.
 */
import type { Layout } from './layout.js';

export const FIBONACCO_DOCKERFILE = `FROM php:8.3-fpm-alpine AS base
RUN apk add --no-cache postgresql-dev \\
 && docker-php-ext-install pdo_pgsql opcache

FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --prefer-dist

FROM base
WORKDIR /var/www/html
COPY . .
COPY --from=vendor /app/vendor ./vendor
RUN chown -R www-data:www-data storage bootstrap/cache
CMD ["php-fpm"]
`;

export const fibonacco: Layout = {
  folder: 'Learning-Center',
  files: {
    'composer.json': {
      name: 'fibonacco/learning-center', type: 'project',
      require: { php: '^8.2', 'laravel/framework': '^11.0', 'pgvector/pgvector': '^0.2', 'predis/predis': '^2.2' },
      'require-dev': { 'laravel/pint': '^1.13', 'phpunit/phpunit': '^11.0' },
    },
    'composer.lock': '{}\n',
    artisan: '#!/usr/bin/env php\n<?php\n// Laravel console\n',
    'phpunit.xml': '<?xml version="1.0"?>\n<phpunit bootstrap="vendor/autoload.php">\n  <php>\n    <env name="APP_ENV" value="testing"/>\n  </php>\n</phpunit>\n',
    '.env.example': 'APP_NAME="Fibonacco Operations Platform"\nDB_CONNECTION=pgsql\nDB_HOST=127.0.0.1\nREDIS_HOST=127.0.0.1\nQUEUE_CONNECTION=redis\n',
    'app/Models/Lesson.php': '<?php\n',
    'database/migrations/2024_01_01_000000_enable_pgvector.php': '<?php\n',
    'package.json': { name: 'learning-center', private: true, type: 'module', scripts: { dev: 'vite', build: 'vite build', lint: 'eslint resources/js' }, devDependencies: { vite: '^5.0.0', '@vitejs/plugin-react': '^4.2.0', react: '^18.2.0' } },
    'package-lock.json': '{}\n',
    'vite.config.ts': "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\nexport default defineConfig({ plugins: [react()], build: { outDir: 'dist' } });\n",
    'infrastructure/pulumi/Dockerfile': FIBONACCO_DOCKERFILE,
    'infrastructure/pulumi/Pulumi.yaml': 'name: learning-center\nruntime: python\n',
    'infrastructure/pulumi/__main__.py': 'import infrastructure.ecs\n',
    'infrastructure/pulumi/requirements.txt': 'pulumi>=3.0.0\npulumi-aws>=6.0.0\n',
    'infrastructure/pulumi/infrastructure/ecs.py': 'import pulumi_aws as aws\n\ntask_definition = aws.ecs.TaskDefinition("learning-center-task")\n',
    'docker-compose.yml': 'services:\n  db:\n    image: pgvector/pgvector:pg16\n    environment:\n      POSTGRES_PASSWORD: secret\n  redis:\n    image: redis:7-alpine\n',
    '.github/workflows/deploy.yml': `name: Deploy to AWS
on:
  push:
    branches: [main]
jobs:
  deploy-infrastructure:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v3
      - uses: pulumi/actions@v1
      - run: |
          cd infrastructure/pulumi
          pulumi up --yes
  build-backend:
    runs-on: ubuntu-latest
    needs: deploy-infrastructure
    steps:
      - run: |
          docker build -t $ECR_REPO:latest -f infrastructure/pulumi/Dockerfile .
          docker push $ECR_REPO:latest
      - run: aws ecs update-service --cluster learning-center-cluster --service learning-center-service --force-new-deployment
  deploy-frontend:
    runs-on: ubuntu-latest
    steps:
      - run: npm install && npm run build
      - run: aws s3 sync dist/ s3://$FRONTEND_BUCKET/ --delete
      - run: aws cloudfront create-invalidation --distribution-id $DISTRIBUTION_ID --paths "/*"
`,
  },
  git: { current: 'main', originHead: 'main' },
};

/** The same app run locally by compose as the app, its queue worker and its scheduler, all from one Dockerfile. */
export const FIBONACCO_COMPOSE_SERVICES = `services:
  laravel:
    build:
      context: .
      dockerfile: infrastructure/pulumi/Dockerfile
  queue-worker:
    build:
      context: .
      dockerfile: infrastructure/pulumi/Dockerfile
    command: php artisan queue:work redis --sleep=3 --tries=3
  scheduler:
    build:
      context: .
      dockerfile: infrastructure/pulumi/Dockerfile
    command: php artisan schedule:work
  db:
    image: pgvector/pgvector:pg16
  redis:
    image: redis:7-alpine
`;
