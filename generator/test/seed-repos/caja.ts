/**
 * Caja (seed 001): a Python backend in backend/ (requirements, pyproject with Black, MyPy and pytest settings,
 * Flake8, Alembic migrations) and a React SPA in frontend/ with no package.json at the root; Terraform modules in
 * infrastructure/ (ECS); docker-compose runs only Redis while the code talks to Postgres (psycopg2).
 */
import type { Layout } from './layout.js';

export const caja: Layout = {
  folder: 'caja',
  files: {
    'backend/requirements.txt': 'fastapi==0.110.0\nuvicorn[standard]==0.29.0\nSQLAlchemy==2.0.29\nalembic==1.13.1\npsycopg2-binary==2.9.9  # Postgres driver\nredis==5.0.3\n',
    'backend/requirements-dev.txt': '-r requirements.txt\npytest==8.1.1\npytest-cov==5.0.0\nblack==24.3.0\nflake8==7.0.0\nmypy==1.9.0\n',
    'backend/pyproject.toml': '[project]\nname = "caja-backend"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n\n[tool.black]\nline-length = 100\n\n[tool.mypy]\nstrict = true\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
    'backend/.flake8': '[flake8]\nmax-line-length = 100\n',
    'backend/alembic.ini': '[alembic]\nscript_location = alembic\n',
    'backend/alembic/env.py': '# alembic environment\n',
    'backend/app/main.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
    'backend/tests/test_health.py': 'def test_health():\n    assert True\n',
    'backend/Dockerfile': 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n',
    'frontend/package.json': { name: 'caja-frontend', private: true, scripts: { dev: 'vite', build: 'tsc && vite build', lint: 'eslint src', test: 'vitest run' }, dependencies: { react: '^18.2.0', 'react-dom': '^18.2.0' }, devDependencies: { vite: '^5.2.0', vitest: '^1.4.0' } },
    'frontend/package-lock.json': '{}\n',
    'frontend/.nvmrc': '20\n',
    'frontend/vite.config.ts': "import { defineConfig } from 'vite';\nexport default defineConfig({});\n",
    'docker-compose.yml': 'services:\n  redis:\n    image: redis:7\n  backend:\n    build: ./backend\n    ports: ["8000:8000"]\n',
    'infrastructure/modules/ecs/main.tf': 'resource "aws_ecs_cluster" "main" {}\nresource "aws_ecs_task_definition" "backend" {}\nresource "aws_ecs_service" "backend" {}\n',
    'infrastructure/environments/staging/main.tf': 'module "ecs" { source = "../../modules/ecs" }\n',
  },
  git: { current: 'main', originHead: 'main' },
};
