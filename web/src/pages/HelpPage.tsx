/**
 * "Need help now?": crisis resources, reachable from every screen and readable without an
 * account. Information only; the links open the services' own sites.
 */
import { HelpResources } from '../components/HelpResources.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

/** The help page. */
export function HelpPage() {
  return (
    <>
      <PageTitle title="Need help now?">If you need help right now</PageTitle>
      <HelpResources />
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
