import type { Migration } from './index';

/**
 * The council's level (tỉnh, thành phố, huyện, xã) as a session field, so no document hard-codes
 * "tỉnh" (NULL for sessions written before: the level is then read from the council's name), and
 * the compiled report's settings per session (number, date, signer, Nơi nhận, the "Lưu" unit).
 * A NULL setting takes its default from the session.
 */
export const migration006: Migration = {
  version: 6,
  name: 'report-settings',
  sql: `
    ALTER TABLE sessions ADD COLUMN level TEXT CHECK (level IS NULL OR level IN ('tinh', 'thanh_pho', 'huyen', 'xa'));

    CREATE TABLE report_settings (
      session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
      number TEXT,
      report_date TEXT,
      signer_capacity TEXT,
      signer_title TEXT,
      signer_name TEXT,
      recipients TEXT CHECK (recipients IS NULL OR json_valid(recipients)),
      archive TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
