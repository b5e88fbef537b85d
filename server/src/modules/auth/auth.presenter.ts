/** Sessions and security events as their owner sees them. */
import { isoMicros } from '../../lib/time.ts';
import type { SessionRow } from './sessions.repository.ts';

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
  [/curl\//, 'curl'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox on Linux" from a User-Agent; "Unknown device" when nothing is recognised. */
export function describeDevice(userAgent: string | null): string {
  if (userAgent === null || userAgent === '') return 'Unknown device';
  const browser = BROWSERS.find(([re]) => re.test(userAgent))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(userAgent))?.[1];
  if (browser !== undefined && system !== undefined) return `${browser} on ${system}`;
  return browser ?? system ?? userAgent.slice(0, 60);
}

/** A session for its owner; `current` marks the one making the request. */
export function toSessionDto(row: SessionRow, currentSessionId: string | null) {
  return {
    id: row.public_id,
    device: describeDevice(row.user_agent),
    user_agent: row.user_agent,
    ip: row.ip,
    created: isoMicros(row.created),
    last_used: isoMicros(row.last_used),
    expires: isoMicros(row.expires),
    current: row.public_id === currentSessionId,
  };
}

/** A stored security event row. */
export interface SecurityEventRow {
  public_id: string;
  type: string;
  ip: string | null;
  user_agent: string | null;
  details: string;
  created: number;
}

/** A security event for its user. */
export function toSecurityEventDto(row: SecurityEventRow) {
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.details);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      details = parsed as Record<string, unknown>;
    }
  } catch {
    // A malformed row shows no details rather than failing the whole page.
  }
  return {
    id: row.public_id,
    type: row.type,
    ip: row.ip,
    user_agent: row.user_agent,
    details,
    created: isoMicros(row.created),
  };
}
