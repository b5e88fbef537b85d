/** Queries and mutations of the community area (posts, comments, likes, reports). */
import { type InfiniteData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { cursorOf } from '../lib/format.ts';
import { api, type Comment, type Post, unwrap } from './client.ts';

/** A cursor page of posts. */
export interface PostPage {
  next: string | null;
  previous: string | null;
  results: Post[];
}

/** Query keys of the community area. */
export const communityKeys = {
  feed: (author?: string, search?: string) => ['posts', 'feed', author ?? 'all', search ?? ''] as const,
  post: (id: string) => ['posts', 'detail', id] as const,
  comments: (postId: string) => ['posts', 'comments', postId] as const,
};

/** The feed (optionally one author's posts, or a full-text search), page by page through the cursor. */
export function useFeed(author?: string, search?: string) {
  return useInfiniteQuery({
    queryKey: communityKeys.feed(author, search),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) => {
      const query: Record<string, string> = {};
      if (pageParam) query.cursor = pageParam;
      if (author) query.author__public_id = author;
      if (search) query.search = search;
      const page = await unwrap(api.GET('/api/post/', { params: { query } }));
      return page as PostPage;
    },
    getNextPageParam: (last) => cursorOf(last.next),
  });
}

/** One post. */
export function usePost(id: string) {
  return useQuery({
    queryKey: communityKeys.post(id),
    queryFn: () => unwrap(api.GET('/api/post/{id}/', { params: { path: { id } } })),
  });
}

/** The comments of a post, page by page. */
export function useComments(postId: string) {
  return useInfiniteQuery({
    queryKey: communityKeys.comments(postId),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) => {
      const query: Record<string, string> = { limit: '50' };
      if (pageParam) query.cursor = pageParam;
      return unwrap(
        api.GET('/api/post/{post_id}/comment/', { params: { path: { post_id: postId }, query } }),
      );
    },
    getNextPageParam: (last) => cursorOf(last.next),
  });
}

/** Writes a changed post into every cached list and its detail entry. */
export function useStorePost() {
  const client = useQueryClient();
  return (post: Post) => {
    client.setQueryData(communityKeys.post(post.id), post);
    client.setQueriesData<InfiniteData<PostPage>>({ queryKey: ['posts', 'feed'] }, (data) =>
      data === undefined
        ? data
        : {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              results: page.results.map((p) => (p.id === post.id ? post : p)),
            })),
          },
    );
  };
}

/** Likes or unlikes a post; returns the server's post. */
export function likePost(id: string, like: boolean): Promise<Post> {
  const path = like ? '/api/post/{id}/like/' : '/api/post/{id}/remove_like/';
  return unwrap(api.POST(path, { params: { path: { id } } }));
}

/** Likes or unlikes a comment; returns the server's comment. */
export function likeComment(postId: string, id: string, like: boolean): Promise<Comment> {
  const path = like
    ? '/api/post/{post_id}/comment/{id}/like/'
    : '/api/post/{post_id}/comment/{id}/remove_like/';
  return unwrap(api.POST(path, { params: { path: { post_id: postId, id } } }));
}

/** Report reasons the server accepts, with their labels. */
export const REPORT_REASONS = [
  ['spam', 'Spam or advertising'],
  ['harassment', 'Harassment or bullying'],
  ['hate', 'Hate'],
  ['self_harm', 'Someone may be at risk of harming themselves'],
  ['misinformation', 'Harmful misinformation'],
  ['other', 'Something else'],
] as const;

/** A report reason. */
export type ReportReason = (typeof REPORT_REASONS)[number][0];
