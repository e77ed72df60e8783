// Writes the generated corpora under bench/.corpus/ (git-ignored). A corpus is regenerated only
// when its manifest is missing or was written by a different generator (version, sources, seed,
// size), so consecutive runs lint the very same files.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateCodeFile } from './gen-code.js';
import { generateServiceConfigs } from './gen-config.js';
import { Random, deriveSeed } from './random.js';

/** Bump when the generated output changes in a way that matters; the sources' hash is checked too. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240611;

const here = dirname(fileURLToPath(import.meta.url));
const GENERATOR_SOURCES = ['random.js', 'names.js', 'gen-code.js', 'gen-config.js', 'corpus.js'];

function generatorHash() {
  const hash = createHash('sha256');
  for (const file of GENERATOR_SOURCES) hash.update(file).update(readFileSync(join(here, file)));
  return hash.digest('hex').slice(0, 16);
}

function* codeFiles(seed, count) {
  const rng = new Random(deriveSeed(seed, 'code'));
  for (let i = 0; i < count; i++) yield { ...generateCodeFile(rng, i), kind: 'ts' };
}

function* configFiles(seed, count) {
  const rng = new Random(deriveSeed(seed, 'config'));
  let written = 0;
  for (let service = 0; written < count; service++) {
    for (const file of generateServiceConfigs(rng, service)) {
      if (written === count) return;
      written++;
      yield { ...file, kind: file.path.endsWith('.properties') ? 'properties' : 'yaml' };
    }
  }
}

const GENERATORS = { code: codeFiles, config: configFiles };

function describe(kind, file, stats) {
  stats.files++;
  stats.bytes += Buffer.byteLength(file.text);
  stats.lines += file.text.split('\n').length - 1;
  stats.byKind[file.kind] = (stats.byKind[file.kind] ?? 0) + 1;
  if (kind === 'code' && file.kafka) stats.kafkaFiles++;
  if (file.kind === 'yaml' && /^---$/m.test(file.text)) stats.multiDocumentYaml++;
}

/**
 * Makes sure `<root>/<kind>-<count>` holds the corpus for these parameters and returns its
 * directory and manifest. `regenerated` says whether it was written in this call.
 */
export function ensureCorpus(root, kind, { count, seed = DEFAULT_SEED }) {
  const dir = join(root, `${kind}-${count}`);
  const manifestPath = join(dir, 'manifest.json');
  const wanted = { generatorVersion: GENERATOR_VERSION, generatorHash: generatorHash(), kind, count, seed };
  if (existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (Object.entries(wanted).every(([k, v]) => manifest[k] === v)) return { dir, manifest, regenerated: false };
    } catch {
      // unreadable manifest: regenerate
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const digest = createHash('sha256');
  const stats = { files: 0, bytes: 0, lines: 0, byKind: {}, kafkaFiles: 0, multiDocumentYaml: 0 };
  let pitfallSample;
  let sendSample;
  for (const file of GENERATORS[kind](seed, count)) {
    const path = join(dir, 'files', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    digest.update(file.path).update('\0').update(file.text).update('\0');
    describe(kind, file, stats);
    // For the cold-start measurement: a kafkajs producer file with a pitfall (acks: 1), or else
    // any kafkajs file that sends.
    if (kind === 'code' && file.text.includes("from 'kafkajs'")) {
      if (!pitfallSample && /acks: 1,\n\s*compression:/.test(file.text)) pitfallSample = file.path;
      if (!sendSample && file.text.includes('.send(')) sendSample = file.path;
    }
  }
  const manifest = { ...wanted, ...stats, sampleFile: pitfallSample ?? sendSample, digest: digest.digest('hex').slice(0, 16), generatedAt: new Date().toISOString() };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest, regenerated: true };
}

/** The directory the linters run in: only generated files, no manifest. */
export const filesDir = (corpus) => resolve(corpus.dir, 'files');
