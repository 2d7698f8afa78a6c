/** The building blocks of the config schema (string rules whose failure message says what to write instead), from fields.ts. */
export { command, explained, format, slug, valueCheck } from './fields.js';
