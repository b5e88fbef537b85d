/** Queries of the private journal (check-ins, tags, entries, insights). */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
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
    // Offline, ask anyway: the service worker answers with the recent check-ins it kept.
    networkMode: 'offlineFirst',
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

/** Check-ins per page in the history. */
export const HISTORY_PAGE = 20;

/** Every check-in, newest first, a page at a time (limit/offset). */
export function useCheckinHistory() {
  return useInfiniteQuery({
    queryKey: [...journalKeys.checkins, 'history'],
    networkMode: 'offlineFirst',
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/journal/checkins/', {
          params: { query: { limit: String(HISTORY_PAGE), offset: String(pageParam) } },
        }),
      ),
    getNextPageParam: (last, pages) => (last.next ? pages.length * HISTORY_PAGE : undefined),
  });
}

/** Daily average moods of one calendar month (`month` 0–11), from the insights in the browser's zone. */
export function useMonthMoods(year: number, month: number) {
  return useQuery({
    queryKey: [...journalKeys.all, 'month', year, month],
    queryFn: () => {
      const pad = (n: number) => String(n).padStart(2, '0');
      const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      return unwrap(
        api.GET('/api/journal/insights/', {
          params: {
            query: {
              from: `${year}-${pad(month + 1)}-01`,
              to: `${year}-${pad(month + 1)}-${pad(last)}`,
              tz: timeZone(),
            },
          },
        }),
      );
    },
  });
}
