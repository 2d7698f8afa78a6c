// Types for scripts/action-copies.mjs (a plain ES module, so `node scripts/build.mjs` runs without a compiler).
export interface RootFile { path: string; source: string; sourceHash?: string; content: string }
export interface RootCopyProblem { path: string; problem: string }
export function sha256(text: string): string;
export function actionNames(root: string): string[];
export function renderRootActionYml(name: string, sourceText: string): string;
export function renderRootReadme(name: string): string;
export function expectedRootFiles(root: string): RootFile[];
export function checkRootCopies(root: string): RootCopyProblem[];
export function writeRootCopies(root: string): string[];
export function writeShippedActionYmls(root: string, dir: string): void;
