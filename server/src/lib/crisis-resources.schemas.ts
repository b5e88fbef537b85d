/** The wire shape of the crisis support block (API.md B journal, C2 care). */
import { Type } from 'typebox';

/** The support block a score-1 check-in, or a post or comment matching the crisis lexicon, carries. */
export const SupportSchema = Type.Object(
  {
    message: Type.String({ description: 'A short, calm message.' }),
    resources: Type.Array(
      Type.Object({
        name: Type.String({ description: 'Name of the service.' }),
        description: Type.String({ description: 'What it offers and where.' }),
        phone: Type.Union([Type.String(), Type.Null()], { description: 'Phone number, or null.' }),
        text: Type.Union([Type.String(), Type.Null()], { description: 'Text-message contact, or null.' }),
        url: Type.Union([Type.String(), Type.Null()], { description: 'Web address, or null.' }),
      }),
      { description: 'Free, confidential places to turn to.' },
    ),
  },
  {
    description:
      'Crisis resources: on a single check-in whose score is 1, and on the create response of a post or comment whose text matches the crisis lexicon. Never blocks anything.',
  },
);
