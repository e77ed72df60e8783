import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');
const built = fs.existsSync(path.join(root, 'dist/cli/main.js'));

describe('bin/kafka-lint.js', () => {
  // The shim runs the build output, so this needs `npm run build` first.
  it.skipIf(!built)('prints the version through the built CLI', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const stdout = execFileSync(process.execPath, [path.join(root, 'bin/kafka-lint.js'), '--version'], { encoding: 'utf8' });
    expect(stdout).toBe(`${version}\n`);
  });
});
