/** Keys of the settings table that more than one module reads or writes. */

/** The session shown: the last opened (`session:open`), or a dossier just imported. */
export const CURRENT_SESSION_KEY = 'currentSessionId';
