/** Grouping of dated items by the reader's calendar day: "Today", "Yesterday", then dates. */

/** One day's items. */
export interface DayGroup<T> {
  /** `YYYY-MM-DD` in the reader's time zone. */
  day: string;
  /** "Today", "Yesterday" or a date such as "Monday 1 December". */
  label: string;
  /** The items of that day, in the order given. */
  items: T[];
}

/** Options of {@link groupByDay}. */
export interface GroupOptions {
  /** Now (tests pass a fixed instant). */
  now?: number;
  /** IANA zone (default the browser's). */
  timeZone?: string;
  /** Locale of the date labels (default the browser's). */
  locale?: string;
}

function dayOf(instant: number, timeZone: string | undefined): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Items (newest first) grouped by their local day, in the same order. */
export function groupByDay<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  options: GroupOptions = {},
): DayGroup<T>[] {
  const now = options.now ?? Date.now();
  const today = dayOf(now, options.timeZone);
  // Noon today minus a day is yesterday in every zone, daylight-saving changes included.
  const noonish = Date.parse(`${today}T12:00:00Z`);
  const yesterday = dayOf(noonish - 86_400_000, 'UTC');
  const thisYear = today.slice(0, 4);
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const instant = Date.parse(dateOf(item));
    const day = Number.isNaN(instant) ? 'unknown' : dayOf(instant, options.timeZone);
    let group = groups.at(-1);
    if (group === undefined || group.day !== day) {
      group = { day, label: labelOf(day, today, yesterday, thisYear, options.locale), items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

function labelOf(day: string, today: string, yesterday: string, thisYear: string, locale?: string): string {
  if (day === today) return 'Today';
  if (day === yesterday) return 'Yesterday';
  if (day === 'unknown') return 'Earlier';
  const sameYear = day.startsWith(thisYear);
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(Date.parse(`${day}T12:00:00Z`));
}
