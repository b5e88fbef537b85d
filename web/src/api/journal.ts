/** Queries of the private journal (check-ins, tags, entries, insights). */
import { useQuery } from '@tanstack/react-query';
import { timeZone } from '../lib/format.ts';
import { api, unwrap } from './client.ts';

/** Query keys of the journal. */
export const journalKeys = {
  all: ['journal'] as const,
  checkins: ['journal', 'checkins'] as const,
  tags: ['journal', 'tags'] as const,
  entries: (search: string) => ['journal', 'entries', search] as const,
  entry: (id: string) => ['journal', 'entry', id] as const,
  insights: (days: number) => ['journal', 'insights', days] as const,
};

/** Recent check-ins. */
export function useCheckins(limit = 10) {
  return useQuery({
    queryKey: [...journalKeys.checkins, limit],
    queryFn: () => unwrap(api.GET('/api/journal/checkins/', { params: { query: { limit: String(limit) } } })),
  });
}

/** Built-in and custom emotion and activity tags. */
export function useTags() {
  return useQuery({
    queryKey: journalKeys.tags,
    queryFn: () => unwrap(api.GET('/api/journal/tags/')),
    staleTime: 5 * 60_000,
  });
}

/** Insights over the last `days` days in the browser's time zone. */
export function useInsights(days: number) {
  return useQuery({
    queryKey: journalKeys.insights(days),
    queryFn: () => {
      const to = new Date();
      const from = new Date(to.getTime() - (days - 1) * 86_400_000);
      const day = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: timeZone() });
      return unwrap(
        api.GET('/api/journal/insights/', {
          params: { query: { from: day(from), to: day(to), tz: timeZone() } },
        }),
      );
    },
  });
}
