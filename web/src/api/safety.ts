/** Queries and mutations of the safety tools (API.md C2): blocks, mutes and filter words. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';

/** Query keys of the safety tools. */
export const safetyKeys = {
  all: ['safety'] as const,
  blocks: ['safety', 'blocks'] as const,
  mutes: ['safety', 'mutes'] as const,
  filters: ['safety', 'filters'] as const,
};

/** The people one blocked. */
export function useBlocks() {
  return useQuery({ queryKey: safetyKeys.blocks, queryFn: () => unwrap(api.GET('/api/blocks/')) });
}

/** The people one muted. */
export function useMutes() {
  return useQuery({ queryKey: safetyKeys.mutes, queryFn: () => unwrap(api.GET('/api/mutes/')) });
}

/** One's filter words and what they do. */
export function useFilters() {
  return useQuery({ queryKey: safetyKeys.filters, queryFn: () => unwrap(api.GET('/api/account/filters/')) });
}

/** What one can do about another member. */
export type SafetyAction = 'block' | 'mute';

/** Blocks or mutes (`on`) a member, or undoes it. */
export async function setRelation(action: SafetyAction, id: string, on: boolean): Promise<void> {
  const params = { params: { path: { id } } };
  if (action === 'block') {
    await unwrap(
      on ? api.POST('/api/user/{id}/block/', params) : api.DELETE('/api/user/{id}/block/', params),
    );
  } else {
    await unwrap(on ? api.POST('/api/user/{id}/mute/', params) : api.DELETE('/api/user/{id}/mute/', params));
  }
}
