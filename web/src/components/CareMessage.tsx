/**
 * The calm message after sharing something that sounds like a crisis (the `support` block of the
 * create response, API.md C2 "Care"): the post is shared as usual; people to talk to are one tap
 * away. Same tone as the journal's support for a very low mood.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

/** The support block of a create response. */
export interface Support {
  message: string;
  resources: {
    name: string;
    description: string;
    phone: string | null;
    text: string | null;
    url: string | null;
  }[];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The care message; takes focus when it appears so it is read first. */
export function CareMessage({ support, onClose }: { support: Support; onClose(): void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section ref={ref} tabIndex={-1} className="alert alert--warn care" aria-labelledby="care-heading">
      <h2 id="care-heading">You don’t have to carry this alone</h2>
      <p>{support.message}</p>
      {support.resources.length > 0 ? (
        <ul className="list-plain">
          {support.resources.map((resource) => (
            <li key={resource.name} className="care__resource">
              <strong>{resource.name}</strong>
              {resource.description ? <span className="small">{resource.description}</span> : null}
              <span className="row">
                {resource.phone ? (
                  <a className="btn btn--small" href={`tel:${resource.phone.replace(/\s/g, '')}`}>
                    Call {resource.phone}
                  </a>
                ) : null}
                {resource.text ? (
                  <a
                    className="btn btn--secondary btn--small"
                    href={`sms:${resource.text.replace(/\s/g, '')}`}
                  >
                    Text {resource.text}
                  </a>
                ) : null}
                {resource.url ? (
                  <a
                    className="btn btn--secondary btn--small"
                    href={resource.url}
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    Visit {hostOf(resource.url)}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="row">
        <Link to="/help">More places to find help</Link>
        <button type="button" className="btn btn--quiet btn--small" onClick={onClose}>
          Close this message
        </button>
      </p>
    </section>
  );
}
