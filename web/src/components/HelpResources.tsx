/**
 * The crisis resources and the words around them, shared by the help page and the help panel
 * that "Need help now?" opens over any page. Information only; the links open the services' own sites.
 */

/** Free, confidential places to turn to. */
const RESOURCES = [
  {
    name: 'Emergency services',
    text: 'If you are in immediate danger or might act on thoughts of harming yourself, call your local emergency number now: 112 in Europe, 911 in North America, 999 in the UK, 000 in Australia.',
    phone: null,
    url: null,
  },
  {
    name: 'Find A Helpline',
    text: 'A directory of free, confidential helplines in over 130 countries.',
    phone: null,
    url: 'https://findahelpline.com',
  },
  {
    name: 'Samaritans (UK and Ireland)',
    text: 'Someone to talk to, day or night.',
    phone: '116 123',
    url: 'https://www.samaritans.org',
  },
  {
    name: '988 Suicide & Crisis Lifeline (US)',
    text: 'Call or text 988, any time.',
    phone: '988',
    url: 'https://988lifeline.org',
  },
] as const;

/** The calm opening sentence and the list of resources; `level` is the resources' heading level. */
export function HelpResources({ level = 2 }: { level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <div className="alert alert--warn">
        <p>
          <strong>You deserve support, and you don’t have to go through this alone.</strong> If you might hurt
          yourself or someone else, please contact emergency services or one of the lines below. They are free
          and confidential.
        </p>
      </div>
      <ul className="list-plain">
        {RESOURCES.map((resource) => (
          <li key={resource.name} className="card">
            <Heading>{resource.name}</Heading>
            <p>{resource.text}</p>
            <p className="row">
              {resource.phone ? (
                <a className="btn" href={`tel:${resource.phone.replace(/\s/g, '')}`}>
                  Call {resource.phone}
                </a>
              ) : null}
              {resource.url ? (
                <a
                  className="btn btn--secondary"
                  href={resource.url}
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  Visit {new URL(resource.url).hostname}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
