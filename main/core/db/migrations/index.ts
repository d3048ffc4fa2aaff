import { migration001 } from './001_init';
import { migration002 } from './002_comments';
import { migration003 } from './003_packages';
import { migration004 } from './004_search_indexes';
import { migration005 } from './005_answer_revisions';
import { migration006 } from './006_report_settings';
import { migration007 } from './007_roles';
import { migration008 } from './008_document_place';
import { migration012 } from './012_revision_changes';
import { migration013 } from './013_delegate_revisions';
import { migration014 } from './014_change_counts';
import { migration015 } from './015_comment_counts_by_repo';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. A new migration is a new numbered file added here. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration012,
  migration013,
  migration014,
  migration015,
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
