/**
 * Every measurement, in the order the table prints them. To add one: write measure/<name>.ts
 * exporting a Measurement (id, title, run → figures, each with an optional target) and list it
 * here. A measurement that cannot run yet carries `pending` with the reason, and prints as such.
 */
import { chromiumReader } from './measure/chromium';
import { chromiumCompile } from './measure/chromium-compile';
import { cliStartup } from './measure/cli-startup';
import { documentParse } from './measure/document-parse';
import { firstOpen } from './measure/first-open';
import { handlers } from './measure/handlers';
import { importPackages } from './measure/import';
import { longWordMeasurement } from './measure/long-word';
import { nationalHandlers, nationalImport } from './measure/national';
import { naiveFts } from './measure/naive-fts';
import { pdfMeasurements } from './measure/pdf';
import { revisionMeasurement } from './measure/revision';
import { saveComment } from './measure/save-comment';
import { searchArchive, searchLarge } from './measure/search';
import type { Measurement } from './measurement';

export const MEASUREMENTS: readonly Measurement[] = [
  firstOpen,
  cliStartup,
  searchLarge,
  searchArchive,
  naiveFts,
  importPackages,
  documentParse,
  handlers,
  saveComment,
  chromiumReader,
  ...pdfMeasurements,
  nationalImport,
  nationalHandlers,
  chromiumCompile,
  longWordMeasurement,
  revisionMeasurement,
];
