/** Shown when a page fails to load or throws: calm words, a way back, and where help is. */
import { Link } from 'react-router';

/** The router's error element. */
export function RouteError() {
  return (
    <main id="main" className="main">
      <h1>Something went wrong</h1>
      <p>This page couldn’t be shown. It’s not your fault. Reloading usually helps.</p>
      <p className="row">
        <a className="btn" href="/">
          Go to the start page
        </a>
        <Link className="btn btn--secondary" to="/help">
          Need help now?
        </Link>
      </p>
    </main>
  );
}
