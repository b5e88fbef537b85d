/** Schemas of the safety API: user ids in paths, the lists of blocked and muted users, filters. */
import { Type } from 'typebox';
import { UserSchema } from '../users/index.ts';
import { FILTER_WORD_MAX, FILTER_WORD_MIN, MAX_FILTER_WORDS } from './filters.service.ts';

/** `{id}` of the user to block or mute: hex or dashed UUID; anything else is a 404. */
export const TargetParams = Type.Object({
  id: Type.String({ description: 'Public id of the user: 32 hex characters or the dashed UUID form.' }),
});

/** `GET /api/blocks/` and `/api/mutes/`. */
export const RelatedUsers = Type.Array(UserSchema, { description: 'The users, by username.' });

const Action = Type.Union([Type.Literal('hide'), Type.Literal('warn')], {
  description:
    '`hide` leaves matching posts and comments out of lists; `warn` lists them with `filtered` set.',
});

const Words = Type.Array(Type.String(), {
  description: `At most ${MAX_FILTER_WORDS} words or phrases of ${FILTER_WORD_MIN}–${FILTER_WORD_MAX} characters; matched as whole words, case-insensitively, after Unicode NFKC normalisation (accents as typed).`,
});

/** The filter object. */
export const FilterSchema = Type.Object(
  { words: Words, action: Action },
  { description: "The caller's personal filter words." },
);

/** PUT body: either part may be left out (unchanged). */
export const FilterBody = Type.Object(
  { words: Type.Optional(Words), action: Type.Optional(Action) },
  { description: 'A new filter; an omitted part stays as it was.' },
);
