/**
 * "Need help now?": crisis resources, reachable from every screen and readable without an
 * account. Information only; the links open the services' own sites.
 */
import { PageTitle } from '../components/PageTitle.tsx';

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

/** The help page. */
export function HelpPage() {
  return (
    <>
      <PageTitle title="Need help now?">If you need help right now</PageTitle>
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
            <h2>{resource.name}</h2>
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
      <section className="card" aria-labelledby="grounding">
        <h2 id="grounding">While you wait</h2>
        <p>
          Try breathing in slowly for four counts, holding for four, and breathing out for six. Repeat a few
          times.
        </p>
        <p>
          Name five things you can see, four you can hear and three you can touch. It can help you feel a
          little more here.
        </p>
        <p>
          Reach out to someone you trust — a friend, family member, or a doctor. Saying “I’m not okay” is
          enough.
        </p>
      </section>
      <p className="muted small">MentalMuse is a peer-support community, not a crisis or medical service.</p>
    </>
  );
}
