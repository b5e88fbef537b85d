/**
 * Every message the product sends. Calm, short wording; each says why it arrived and what to do
 * if the reader did not ask for it.
 */
import { type RenderedMail, render } from './layout.ts';

/** A duration in words, e.g. "3 days", "1 hour". */
export function describeDuration(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

/** Confirms the address given at registration (or asked for again). */
export function verifyEmailMessage(p: { name: string; link: string; lifetime: number }): RenderedMail {
  return render({
    subject: 'please confirm your e-mail address',
    name: p.name,
    intro: ['Thank you for joining. Please confirm that this is your e-mail address.'],
    action: { label: 'Confirm my e-mail address', url: p.link },
    outro: [
      `The link works once and for ${describeDuration(p.lifetime)}.`,
      'If you did not create an account, you can ignore this message; nothing more will happen.',
    ],
  });
}

/** A password reset link. */
export function passwordResetMessage(p: { name: string; link: string; lifetime: number }): RenderedMail {
  return render({
    subject: 'reset your password',
    name: p.name,
    intro: ['Someone (hopefully you) asked to reset the password of your account.'],
    action: { label: 'Choose a new password', url: p.link },
    outro: [
      `The link works once and for ${describeDuration(p.lifetime)}.`,
      'If you did not ask for this, you can ignore this message; your password stays as it is.',
    ],
  });
}

/** Notice that the password was changed or reset. */
export function passwordChangedMessage(p: {
  name: string;
  how: 'changed' | 'reset';
  forgotLink: string;
}): RenderedMail {
  return render({
    subject: 'your password was changed',
    name: p.name,
    intro: [
      p.how === 'reset'
        ? 'Your password was just reset, and every device was signed out.'
        : 'Your password was just changed. Your other devices were signed out.',
    ],
    action: undefined,
    outro: [
      'If this was you, there is nothing more to do.',
      `If it was not, please reset your password now at ${p.forgotLink} and contact support.`,
    ],
  });
}

/** Confirms a new address, sent to that new address. */
export function confirmEmailChangeMessage(p: {
  name: string;
  newEmail: string;
  link: string;
  lifetime: number;
}): RenderedMail {
  return render({
    subject: 'confirm your new e-mail address',
    name: p.name,
    intro: [`You asked to use ${p.newEmail} for your account. Please confirm it.`],
    action: { label: 'Confirm my new address', url: p.link },
    outro: [
      `The link works once and for ${describeDuration(p.lifetime)}. Until then your old address stays in use.`,
      'If you did not ask for this, you can ignore this message.',
    ],
  });
}

/** Notice to the old address once the change went through. */
export function emailChangedMessage(p: { name: string; newEmail: string }): RenderedMail {
  return render({
    subject: 'your e-mail address was changed',
    name: p.name,
    intro: [`The e-mail address of your account is now ${p.newEmail}. Messages will go there from now on.`],
    action: undefined,
    outro: [
      'If this was you, there is nothing more to do.',
      'If it was not, please contact support right away so we can help you secure your account.',
    ],
  });
}

/** One place to turn to, as a support message lists it. */
export interface SupportResourceLine {
  name: string;
  description: string;
  phone: string | null;
  text: string | null;
  url: string | null;
}

function describeResource(r: SupportResourceLine): string {
  const ways = [
    r.phone === null ? null : `call ${r.phone}`,
    r.text === null ? null : `text ${r.text}`,
    r.url,
  ].filter((w): w is string => w !== null);
  const how = ways.length === 0 ? '' : ` (${ways.join(', ')})`;
  return `${r.name}${how}${r.description === '' ? '' : `: ${r.description}`}`;
}

/**
 * A moderator's kind note to the author of a worrying post or comment, with the crisis
 * resources. It never says who reported or what was reported.
 */
export function supportResourcesMessage(p: {
  name: string;
  message: string;
  resources: readonly SupportResourceLine[];
}): RenderedMail {
  return render({
    subject: 'thinking of you',
    name: p.name,
    intro: [
      'One of our moderators read something you shared recently and wanted to check in. You are not in trouble, and nothing you wrote was changed because of this message.',
      p.message,
      ...p.resources.map(describeResource),
    ],
    action: undefined,
    outro: [
      'You do not need to reply. If you are in immediate danger, please call your local emergency number now.',
    ],
  });
}

/** Confirms that an account will be deleted after the grace period, with the link that cancels it. */
export function accountDeletionScheduledMessage(p: {
  name: string;
  link: string;
  days: number;
}): RenderedMail {
  return render({
    subject: 'your account will be deleted',
    name: p.name,
    intro: [
      `As you asked, your account is now paused and will be deleted in ${p.days} days, together with your journal.`,
      'Until then nothing is lost: if you change your mind, the link below brings everything back as it was.',
    ],
    action: { label: 'Keep my account', url: p.link },
    outro: [
      'The link works once. If you did not ask for this, use it now and then change your password.',
      'Whatever you decide, we hope you are taking good care of yourself.',
    ],
  });
}

/** Notice that the ways of signing in changed (a second factor added or removed, recovery codes). */
export function signInSecurityMessage(p: { name: string; change: string; forgotLink: string }): RenderedMail {
  return render({
    subject: 'a change to how you sign in',
    name: p.name,
    intro: [`${p.change} You can review this under Settings → Sign-in and security.`],
    action: undefined,
    outro: [
      'If this was you, there is nothing more to do.',
      `If it was not, please reset your password now at ${p.forgotLink} and contact support.`,
    ],
  });
}
