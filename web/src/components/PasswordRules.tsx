/**
 * The password rules, checked as the person types (the server checks them again, plus the
 * list of common passwords). Referenced by the password input's `aria-describedby`.
 */

/** One rule and whether the current password meets it. */
export interface RuleResult {
  /** What the rule says. */
  label: string;
  /** Met? */
  ok: boolean;
}

function tooSimilar(password: string, other: string): boolean {
  const p = password.toLowerCase();
  const parts = other
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part.length >= 3);
  return parts.some((part) => p.includes(part) || part.includes(p));
}

/** Evaluates the rules the browser can check. */
export function checkPassword(
  password: string,
  context: { username?: string; email?: string } = {},
): RuleResult[] {
  const others = [context.username ?? '', context.email ?? ''].filter((v) => v !== '');
  return [
    { label: 'At least 8 characters', ok: password.length >= 8 && password.length <= 128 },
    { label: 'Not only numbers', ok: password.length > 0 && !/^\d+$/.test(password) },
    {
      label: 'Not too close to your username or e-mail',
      ok: password.length > 0 && !others.some((o) => tooSimilar(password, o)),
    },
    { label: 'Not a commonly used password (we check this when you continue)', ok: password.length >= 8 },
  ];
}

/** The rules list, updated on every keystroke. */
export function PasswordRules({
  id,
  password,
  username,
  email,
}: {
  id: string;
  password: string;
  username?: string;
  email?: string;
}) {
  const rules = checkPassword(password, { username: username ?? '', email: email ?? '' });
  return (
    <ul id={id} className="rules" aria-label="Password rules">
      {rules.map((rule) => (
        <li key={rule.label} data-ok={rule.ok}>
          {rule.label}
          <span className="visually-hidden">{rule.ok ? ' (met)' : ' (not met yet)'}</span>
        </li>
      ))}
    </ul>
  );
}
