/**
 * What a stranger needs before joining: what this place is, its few rules, what "anonymous"
 * means here, that the journal is private — and a clear way in.
 */
import { Link } from 'react-router';

/** The welcome card shown on the feed to visitors who are not logged in. */
export function Welcome() {
  return (
    <section className="card" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">What is this place?</h2>
      <p>
        MentalMuse is a small peer-support community: share how you are, listen to others, and keep a private
        mood journal. It is not a crisis or medical service — “Need help now?” is always at hand.
      </p>
      <ul>
        <li>
          <strong>Be kind.</strong> No hate, harassment or spam; moderators hide what breaks this, and anyone
          can report a post.
        </li>
        <li>
          <strong>Anonymous means</strong> other members see “Anonymous” instead of your name. Moderators can
          still see who wrote it, to keep everyone safe.
        </li>
        <li>
          <strong>Your journal is private.</strong> Check-ins and entries are seen by you alone — not members,
          not moderators.
        </li>
      </ul>
      <p className="row">
        <Link className="btn" to="/register">
          Join
        </Link>
        <Link className="btn btn--secondary" to="/login">
          Log in
        </Link>
      </p>
    </section>
  );
}
