/** Unknown addresses. */
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle.tsx';

/** The not-found page. */
export function NotFoundPage() {
  return (
    <div className="card">
      <PageTitle>We couldn’t find that page</PageTitle>
      <p>The link may be old or mistyped. Nothing is wrong on your side.</p>
      <Link className="btn" to="/">
        Go to the community
      </Link>
    </div>
  );
}
