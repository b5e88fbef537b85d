/** "A new version is ready — reload": shown when a new service worker has installed and waits. */
import { useEffect, useState } from 'react';
import { applyUpdate, onUpdateWaiting } from '../offline/register.ts';

/** The update prompt (nothing until an update waits). */
export function UpdatePrompt() {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => onUpdateWaiting(setWaiting), []);
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status">
      <span>A new version is ready.</span>
      <button type="button" className="btn btn--small" onClick={applyUpdate}>
        Reload
      </button>
      <button type="button" className="btn btn--quiet btn--small" onClick={() => setWaiting(false)}>
        Later
      </button>
    </div>
  );
}
