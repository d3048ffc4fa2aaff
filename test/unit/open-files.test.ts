import { describe, expect, it } from 'vitest';
import { packagePathsIn } from '../../main/electron/package-paths';

describe('files opened from the OS', () => {
  it('takes dossier and comment packages from the command line, nothing else', () => {
    expect(
      packagePathsIn([
        '.',
        '--data-dir',
        '/data',
        '/home/a/ho-so.hoso',
        'C:\\Users\\b\\gop-y.gopy',
        '/etc/passwd',
        '--flag.hoso',
      ]),
    ).toEqual(['/home/a/ho-so.hoso', 'C:\\Users\\b\\gop-y.gopy']);
  });
});
