import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../support/temp';

interface SarifResult {
  ruleId: string;
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
}

describe('Electron security review (electronegativity)', () => {
  it('reports no finding that docs/security.md does not explain', () => {
    // Scan the app's own code only (main/ and renderer/), not node_modules.
    const input = tempDir('gopy-eneg-');
    cpSync(join(REPO_ROOT, 'main'), join(input, 'main'), { recursive: true });
    cpSync(join(REPO_ROOT, 'renderer'), join(input, 'renderer'), { recursive: true });
    const output = join(tempDir('gopy-eneg-out-'), 'report.sarif');
    const electron = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'))
      .version as string;
    execFileSync(
      join(REPO_ROOT, 'node_modules', '.bin', 'electronegativity'),
      ['-i', input, '-e', electron, '-r', '-o', output],
      {
        stdio: 'ignore',
        timeout: 240_000,
      },
    );
    const sarif = JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ results: SarifResult[] }> };
    const findings = sarif.runs[0].results.map(
      (r) => `${r.ruleId} | ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A'}`,
    );
    const documented = readFileSync(join(REPO_ROOT, 'docs', 'security.md'), 'utf8');
    const unexplained = findings.filter((f) => !documented.includes(`| ${f} |`));
    expect(unexplained, `Findings not explained in docs/security.md:\n${unexplained.join('\n')}`).toEqual([]);
  }, 300_000);
});
