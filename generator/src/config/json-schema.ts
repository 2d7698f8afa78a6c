/** The config's JSON Schema (draft-07, which every editor plugin reads), from the zod schema that validates it. */
import { z } from 'zod';
import { configSchema } from './schema.js';

export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, title: 'platform.yml (gen-workflow)', description: 'The config gen-workflow turns into a GitHub Actions pipeline.' }, null, 2)}\n`;
}
