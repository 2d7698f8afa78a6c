// Types for scripts/check-cycles.mjs (a plain ES module, so `npm run lint` runs it without a compiler).
export const SOURCE_DIRS: string[];
export function importsOf(text: string): string[];
export function moduleGraph(files: Map<string, string>): Map<string, string[]>;
export function findCycles(graph: Map<string, string[]>): string[][];
export function checkCycles(root: string, dirs?: string[]): string[][];
