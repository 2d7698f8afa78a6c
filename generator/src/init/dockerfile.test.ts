import { describe, expect, it } from '@jest/globals';
import { baseImage, describeStage, locate, parseDockerfile, workdirOf } from './dockerfile.js';
import { FIBONACCO_DOCKERFILE } from '../../test/seed-repos/index.js';

/** Where `file` (a build-context path) is in the final stage of `dockerfile`. */
const inFinal = (dockerfile: string, file: string) => {
  const stages = parseDockerfile(dockerfile);
  return locate(stages, stages[stages.length - 1]!, file);
};

describe('parseDockerfile', () => {
  it('groups instructions by stage, joins continuations, drops comments, reads FROM flags and AS', () => {
    const stages = parseDockerfile('# syntax=docker/dockerfile:1\nARG NODE=20\nFROM --platform=$BUILDPLATFORM node:${NODE} AS build\nRUN apk add \\\n  git\nFROM build as final\nWORKDIR /srv\n');
    expect(stages.map((s) => [s.from, s.name, s.instructions])).toEqual([
      ['node:${NODE}', 'build', [{ keyword: 'RUN', args: 'apk add    git' }]],
      ['build', 'final', [{ keyword: 'WORKDIR', args: '/srv' }]],
    ]);
    expect(baseImage(stages, stages[1]!)).toBe('node:${NODE}');
    expect(describeStage(stages[1]!)).toBe('FROM build AS final');
    expect(workdirOf(stages, stages[1]!)).toBe('/srv');
  });
});

describe('locate', () => {
  it.each([
    ['COPY . . into the WORKDIR', 'FROM node:20\nWORKDIR /app\nCOPY . .\n', 'package.json', '/app/package.json'],
    ['a glob into a folder', 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\n', 'package.json', '/app/package.json'],
    ['a glob that does not match', 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\n', 'alembic.ini', undefined],
    ['a folder copies its contents', 'FROM node:20\nWORKDIR /app\nCOPY apps/api ./\n', 'apps/api/package.json', '/app/package.json'],
    ['a file to a new name', 'FROM python:3.12\nCOPY config/alembic.ini /etc/alembic.ini\n', 'config/alembic.ini', '/etc/alembic.ini'],
    ['the JSON form', 'FROM node:20\nWORKDIR /w\nCOPY ["apps/api/package.json", "./"]\n', 'apps/api/package.json', '/w/package.json'],
    ['a relative WORKDIR after an absolute one', 'FROM node:20\nWORKDIR /srv\nWORKDIR app\nCOPY . .\n', 'package.json', '/srv/app/package.json'],
    ['through another stage', 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nFROM node:20-alpine\nCOPY --from=build /app /opt/app\n', 'package.json', '/opt/app/package.json'],
    ['not when only the output folder comes from the other stage', 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nFROM node:20-alpine\nCOPY --from=build /app/dist ./dist\n', 'package.json', undefined],
    ['inherited through FROM <stage>', 'FROM php:8.3 AS base\nWORKDIR /var/www\nCOPY . .\nFROM base\nRUN true\n', 'artisan', '/var/www/artisan'],
    ['not from an external image', 'FROM node:20\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/\n', 'nginx.conf', undefined],
    ['a dotfile is not the whole context', 'FROM node:20\nWORKDIR /app\nCOPY .env.example ./\n', 'package.json', undefined],
  ])('%s', (_, dockerfile, file, expected) => {
    expect(inFinal(dockerfile, file)).toBe(expected);
  });

  it('reads the Fibonacco image: artisan in /var/www/html, from php', () => {
    const stages = parseDockerfile(FIBONACCO_DOCKERFILE);
    const final = stages[stages.length - 1]!;
    expect([locate(stages, final, 'artisan'), workdirOf(stages, final), baseImage(stages, final)]).toEqual(['/var/www/html/artisan', '/var/www/html', 'php:8.3-fpm-alpine']);
  });
});
