/**
 * `npm run -s courts:build [-- --courts-db DIR]`: writes content/courts.yaml, every current federal district and
 * bankruptcy court, from Free Law Project's courts-db (BSD-2-Clause; deploy/tools/data/courts-db by default) and the
 * sourced details of content/court-details.yaml (help desks, go-live dates, buttons), and content/court-names.yaml,
 * the names the court matcher reads (with content/court-places.yaml and content/court-words.yaml). A court gets no
 * help desk or go-live date unless a page in court-details.yaml gives it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR, REPO_ROOT } from '../../dialogs/repoPaths';
import { districtName, fullName, parseCourtId, shortName, type CourtIdentity } from './courtNames';
import { buildCourtNames, courtNamesYaml, type NamedCourt, type PlacesFile, type WordsFile } from './buildCourtNames';

/** The copy of courts-db's federal court list kept in the repository (BSD-2-Clause, its LICENSE beside it). */
export const DEFAULT_COURTS_DB = path.join(REPO_ROOT, 'deploy', 'tools', 'data', 'courts-db');
export const DETAILS_FILE = path.join(CONTENT_DIR, 'court-details.yaml');
export const COURTS_FILE = path.join(CONTENT_DIR, 'courts.yaml');
export const COURT_NAMES_FILE = path.join(CONTENT_DIR, 'court-names.yaml');
const PLACES_FILE = path.join(CONTENT_DIR, 'court-places.yaml');
const WORDS_FILE = path.join(CONTENT_DIR, 'court-words.yaml');

interface DbCourt { id: string; name: string; citation_string: string; location?: string; type: string; court_url?: string; divisions?: string[] }
interface Detail { id: string; featured?: boolean; also?: string[]; helpDesk?: string; nextGenLiveSince?: string; source?: string }
interface Details { default?: string; courts: Detail[]; unknownCourt: { name: string; ecfUrl: string } }

/** courts-db entries that are not a plain court under its PACER id (see courts-db's README here). */
const RENAMED: Readonly<Record<string, string>> = { nebraskab: 'neb', arb: 'azb' };
const SKIPPED = /^(bap\d+|usdistct|okd|gub|nmib)$/;
/** Territories, named as their courts name themselves. */
const TERRITORIES: Readonly<Record<string, { district: string; name: string; citation: string }>> = {
  gud: { district: 'District of Guam', name: 'the District Court of Guam', citation: 'D. Guam' },
  vid: { district: 'District of the Virgin Islands', name: 'the District Court of the Virgin Islands', citation: 'D.V.I.' },
  nmid: { district: 'District for the Northern Mariana Islands', name: 'the U.S. District Court for the Northern Mariana Islands', citation: 'D. N. Mar. I.' },
};

export interface CourtEntry {
  id: string; name: string; short: string; also: string[]; type: 'bankruptcy' | 'district'; ecfUrl: string; website: string;
  featured?: true; helpDesk?: string; nextGenLiveSince?: string; source?: string;
}

/** The courts-db entries that are plain current courts, under their PACER ids, sorted by id. */
function currentCourts(db: readonly DbCourt[]): DbCourt[] {
  return db.filter((court) => !SKIPPED.test(court.id)).map((court) => ({ ...court, id: RENAMED[court.id] ?? court.id }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function buildCourtList(db: readonly DbCourt[], details: Details): CourtEntry[] {
  const byId = new Map(details.courts.map((detail) => [detail.id, detail]));
  const entries = currentCourts(db).map((court) => entryFor(court, byId.get(court.id)));
  const unknown = details.courts.filter((detail) => !entries.some((entry) => entry.id === detail.id));
  if (unknown.length > 0) throw new Error(`court-details.yaml names courts not in courts-db: ${unknown.map((d) => d.id).join(', ')}`);
  return entries;
}

/** The court's website: courts-db's where it is a uscourts.gov site (over https), else www.<id>.uscourts.gov. */
function websiteOf(court: DbCourt): string {
  const host = court.court_url ? new URL(court.court_url).hostname : '';
  return /(^|\.)uscourts\.gov$/.test(host) && !host.startsWith('ecf.') ? `https://${host}` : `https://www.${court.id}.uscourts.gov`;
}

function entryFor(court: DbCourt, detail: Detail | undefined): CourtEntry {
  const { id } = court;
  const identity = identityOf(id, court);
  const territory = TERRITORIES[id];
  const entry: CourtEntry = {
    id, name: territory?.name ?? fullName(identity), short: shortName(identity),
    also: detail?.also ?? [], type: identity.type, ecfUrl: `https://ecf.${id}.uscourts.gov`, website: websiteOf(court),
  };
  if (detail?.featured) entry.featured = true;
  if (detail?.helpDesk) entry.helpDesk = detail.helpDesk;
  if (detail?.nextGenLiveSince) entry.nextGenLiveSince = detail.nextGenLiveSince;
  if (detail?.source) entry.source = detail.source;
  return entry;
}

function identityOf(id: string, court: DbCourt): CourtIdentity {
  const territory = TERRITORIES[id];
  const parsed = parseCourtId(id);
  if (territory) return { id, type: 'district', district: territory.district, citation: territory.citation, state: id.slice(0, -1), letter: '' };
  if (!parsed || !court.location) throw new Error(`courts-db entry "${court.id}" is not a plain PACER court id: name it in buildCourts`);
  const citation = court.citation_string.replace(/^Bankr\.\s*/, '').trim();
  return { id, type: parsed.type, district: districtName(parsed.letter, court.location), citation, state: parsed.state, letter: parsed.letter };
}

export function courtsYaml(entries: readonly CourtEntry[], details: Details, licence: string): string {
  const q = (text: string) => JSON.stringify(text);
  const lines = [
    '# yaml-language-server: $schema=../dialogs/content/schemas/courts.schema.json',
    '# GENERATED by `npm run -s courts:build` (deploy/tools/buildCourts.ts): edit content/court-details.yaml instead.',
    '# Every current federal district and bankruptcy court. Names, ids and citations: Free Law Project\'s courts-db',
    '# (github.com/freelawproject/courts-db), redistributed under its licence:',
    ...licence.trim().split('\n').map((line) => `#   ${line}`.trimEnd()),
    '# CM/ECF addresses follow PACER\'s form for live sites, ecf.COURT.uscourts.gov',
    '# (https://pacer.uscourts.gov/help/faqs/why-am-i-getting-invalid-login-message). Help desks and go-live dates',
    '# only where a court page (source) gives them.',
    ...(details.default ? [`default: ${details.default}`] : []),
    'courts:',
  ];
  for (const e of entries) {
    lines.push(`  - id: ${e.id}`, `    name: ${q(e.name)}`, `    short: ${q(e.short)}`, ...(e.also.length > 0 ? [`    also: [${e.also.map(q).join(', ')}]`] : []),
      `    type: ${e.type}`, `    ecfUrl: ${e.ecfUrl}`, `    website: ${e.website}`);
    if (e.featured) lines.push('    featured: true');
    if (e.helpDesk) lines.push(`    helpDesk: ${q(e.helpDesk)}`);
    if (e.nextGenLiveSince) lines.push(`    nextGenLiveSince: ${q(e.nextGenLiveSince)}`);
    if (e.source) lines.push(`    source: ${e.source}`);
  }
  lines.push('# Used for answers when no court is known yet.', 'unknownCourt:',
    `  name: ${q(details.unknownCourt.name)}`, `  ecfUrl: ${q(details.unknownCourt.ecfUrl)}`);
  return `${lines.join('\n')}\n`;
}

/** What the court matcher needs of each court (see buildCourtNames). */
function namedCourts(db: readonly DbCourt[]): NamedCourt[] {
  return currentCourts(db).map((court) => {
    const identity = identityOf(court.id, court);
    return { id: court.id, type: identity.type, district: identity.district, citation: identity.citation,
      location: court.location!, dbName: court.name, state: identity.state, letter: identity.letter, divisions: court.divisions ?? [] };
  });
}

const readYaml = <T>(file: string) => parse(readFileSync(file, 'utf8')) as T;
const readDb = (courtsDb: string) => JSON.parse(readFileSync(path.join(courtsDb, 'federal-trial-and-bankruptcy.json'), 'utf8')) as DbCourt[];

export function buildCourtsFile(courtsDb: string): string {
  const details = readYaml<Details>(DETAILS_FILE);
  return courtsYaml(buildCourtList(readDb(courtsDb), details), details, readFileSync(path.join(courtsDb, 'LICENSE'), 'utf8'));
}

/** `everyday`: the everyday lookalikes already found (tests pass the generated file's), else WordNet is read again. */
export function buildCourtNamesFile(courtsDb: string, everyday?: readonly string[]): string {
  const places = readYaml<PlacesFile>(PLACES_FILE);
  return courtNamesYaml(buildCourtNames(namedCourts(readDb(courtsDb)), places, readYaml<WordsFile>(WORDS_FILE), everyday), places);
}

if (require.main === module) {
  const at = process.argv.indexOf('--courts-db');
  const dir = at >= 0 ? process.argv[at + 1]! : DEFAULT_COURTS_DB;
  writeFileSync(COURTS_FILE, buildCourtsFile(dir));
  writeFileSync(COURT_NAMES_FILE, buildCourtNamesFile(dir));
  process.stdout.write(`wrote ${[COURTS_FILE, COURT_NAMES_FILE].map((file) => path.relative(process.cwd(), file)).join(', ')}\n`);
}
