// jest's module runtime (the `runtime` option of jest.config.js), with V8's code cache kept across the test files a
// worker runs. Jest evaluates every module a test file imports, node_modules and its own expect/circus included,
// afresh in that file's own vm context, and compiles each from source every time (vm.Script and vm.SourceTextModule
// without cachedData). Compiled code does not depend on the context, so from the second file on a worker hands V8
// the code the first one produced, for the same file with the same text only. Each file still gets fresh module
// instances.
// Measured on the generator's unit tests with every test filtered out (module loading only, in-band, CPU profile):
// 9.7 s → 8.3 s; the whole unit project in-band, machine loaded: 43–48 s of CPU → 37–41 s.
const crypto = require('node:crypto');
const vm = require('node:vm');

// key (kind, file name, digest of the source) → { data?: Buffer, first?: vm.Script }
const cache = new Map();

// V8 checks cached data against the source's length, not its text: the digest keeps a file edited to the same length
// (`jest --watch` keeps its workers between runs) or rewritten between two test files from running the old code.
// crypto.hash is the one-shot form (Node >= 21.7), cheaper for the many small modules.
const digest = crypto.hash ? (code) => crypto.hash('sha1', code, 'base64') : (code) => crypto.createHash('sha1').update(code).digest('base64');

// A script's cached data is taken from its first instance when a second file loads the same script: by then the
// first file has run it, so the functions it called are compiled too and come along.
function scriptData(key) {
  const entry = cache.get(key);
  if (entry?.first) {
    try {
      entry.data = entry.first.createCachedData();
    } catch {
      // none: the next file compiles from source
    }
    entry.first = undefined;
  }
  return entry?.data;
}

class CachedScript extends vm.Script {
  constructor(code, options = {}) {
    const key = typeof options.filename === 'string' && !options.cachedData ? `script\0${options.filename}\0${digest(code)}` : undefined;
    const cachedData = key === undefined ? undefined : scriptData(key);
    super(code, cachedData ? { ...options, cachedData } : options);
    if (key !== undefined && (!cachedData || this.cachedDataRejected)) cache.set(key, { first: this });
  }
}

// A module's cached data can only be made before it is evaluated, so it holds the module's top level only.
const { SourceTextModule } = vm;
const CachedSourceTextModule = SourceTextModule && class extends SourceTextModule {
  constructor(code, options = {}) {
    const key = typeof options.identifier === 'string' && !options.cachedData ? `module\0${options.identifier}\0${digest(code)}` : undefined;
    const cachedData = key === undefined ? undefined : cache.get(key)?.data;
    super(code, cachedData ? { ...options, cachedData } : options);
    if (key !== undefined && (!cachedData || this.cachedDataRejected)) {
      try {
        cache.set(key, { data: this.createCachedData() });
      } catch {
        // none: the next file compiles from source
      }
    }
  }
};

vm.Script = CachedScript;
if (CachedSourceTextModule) vm.SourceTextModule = CachedSourceTextModule;

module.exports = require('jest-runtime');
