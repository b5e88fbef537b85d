/**
 * Crisis signposting: the calm support block a score-1 check-in's response carries (and a post or
 * comment matching the crisis lexicon, and moderation's "send support"). Resources come
 * from the `CRISIS_RESOURCES` JSON file when configured (validated at start-up), otherwise from a
 * built-in list. It is information only: nothing is blocked, nobody is contacted.
 */
import { readFileSync } from 'node:fs';

/** One place to turn to. */
export interface CrisisResource {
  /** Name of the service. */
  name: string;
  /** One sentence on what it offers and where. */
  description: string;
  /** Phone number to call, or null. */
  phone: string | null;
  /** How to reach it by text message, or null. */
  text: string | null;
  /** Web address, or null. */
  url: string | null;
}

/** The block added to a score-1 check-in. */
export interface SupportBlock {
  /** A short, calm message. */
  message: string;
  /** Where to find help. */
  resources: CrisisResource[];
}

/** The message shown above the resources. */
export const SUPPORT_MESSAGE =
  'It sounds like things are really hard right now. You don’t have to face this alone — ' +
  'talking to someone can help, and these services are free and confidential.';

/** The built-in resources (international first, then a few national lines). */
export const DEFAULT_CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    name: 'Emergency services',
    description:
      'If you are in immediate danger or might act on thoughts of harming yourself, call your local emergency number (112 in Europe, 911 in North America, 999 in the UK, 000 in Australia).',
    phone: null,
    text: null,
    url: null,
  },
  {
    name: 'Find A Helpline',
    description: 'A directory of free, confidential helplines in over 130 countries.',
    phone: null,
    text: null,
    url: 'https://findahelpline.com',
  },
  {
    name: 'Samaritans (UK and Ireland)',
    description: 'Someone to talk to, day or night.',
    phone: '116 123',
    text: null,
    url: 'https://www.samaritans.org',
  },
  {
    name: '988 Suicide & Crisis Lifeline (US)',
    description: 'Call or text, any time.',
    phone: '988',
    text: '988',
    url: 'https://988lifeline.org',
  },
];

function optionalString(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 500)
    throw new Error(`${where} must be a non-empty string of at most 500 characters.`);
  return value.trim();
}

/** Validates a resources document (a JSON array, or `{"message", "resources"}`). */
export function parseCrisisResources(json: string, file: string): SupportBlock {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`CRISIS_RESOURCES file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const doc = Array.isArray(value) ? { resources: value } : (value as Record<string, unknown> | null);
  const list = doc?.resources;
  if (!Array.isArray(list) || list.length === 0 || list.length > 50)
    throw new Error(`CRISIS_RESOURCES file ${file} must hold a list of 1–50 resources.`);
  const resources = list.map((item: unknown, index) => {
    const where = `CRISIS_RESOURCES file ${file}, resource ${index + 1}`;
    if (item === null || typeof item !== 'object') throw new Error(`${where} must be an object.`);
    const r = item as Record<string, unknown>;
    const name = optionalString(r.name, `${where}: name`);
    if (name === null) throw new Error(`${where}: name is required.`);
    return {
      name,
      description: optionalString(r.description, `${where}: description`) ?? '',
      phone: optionalString(r.phone, `${where}: phone`),
      text: optionalString(r.text, `${where}: text`),
      url: optionalString(r.url, `${where}: url`),
    };
  });
  const message = optionalString(doc?.message, `CRISIS_RESOURCES file ${file}: message`) ?? SUPPORT_MESSAGE;
  return { message, resources };
}

/** The support block for a configuration; throws at start-up when the file is invalid. */
export function loadSupportBlock(file: string | null): SupportBlock {
  if (file === null) return { message: SUPPORT_MESSAGE, resources: [...DEFAULT_CRISIS_RESOURCES] };
  return parseCrisisResources(readFileSync(file, 'utf8'), file);
}

const loaded = new Map<string | null, SupportBlock>();

/** {@link loadSupportBlock}, read once per file for the whole process (every module shares it). */
export function supportBlockFor(file: string | null): SupportBlock {
  let block = loaded.get(file);
  if (block === undefined) {
    block = loadSupportBlock(file);
    loaded.set(file, block);
  }
  return block;
}
