import { COMMENT_PACKAGE_EXT, DOSSIER_PACKAGE_EXT } from '../../shared/packages/format';

/** Package files named on a command line (double-click on Windows and Linux passes them as arguments). */
export function packagePathsIn(argv: readonly string[]): string[] {
  return argv.filter((a) => !a.startsWith('-') && (a.endsWith(DOSSIER_PACKAGE_EXT) || a.endsWith(COMMENT_PACKAGE_EXT)));
}
