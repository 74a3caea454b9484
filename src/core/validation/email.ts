// Email addresses that go into a sharing call or a link: one strict check, and a mailto: link that cannot grow headers.

/**
 * The addresses the add-on accepts: a plain local part and a dotted domain. Stricter than RFC 5322 on purpose: no
 * `?`, `&`, `=`, `,`, `;`, spaces or quotes, so a Roster cell such as `ms.rivera@school.example?bcc=evil@x.example`
 * can never be read as more than one recipient or as link parameters (RFC 6068 gives `?` and `&` meaning in mailto).
 */
const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** The longest address SMTP carries (RFC 5321: 64 + 1 + 255, limited to 254 by the path length). */
export const MAX_EMAIL_LENGTH = 254;

/** True for one plain email address (surrounding spaces allowed; anything else makes it false). */
export function isEmailAddress(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const s = value.trim();
  return s.length <= MAX_EMAIL_LENGTH && EMAIL.test(s);
}

/**
 * A `mailto:` link to one validated address with subject and body encoded (RFC 6068: every character outside the
 * unreserved set percent-encoded, `@` left as is). An address that is not one plain email is left out, so the mail
 * opens with the subject and body and an empty To: the person types the address, and no Bcc or extra recipient rides in.
 */
export function mailtoHref(to: unknown, subject: string, body: string): string {
  const address = isEmailAddress(to) ? to.trim() : '';
  const [local, domain] = address ? address.split('@') : ['', ''];
  const recipient = address ? `${encodeURIComponent(local)}@${encodeURIComponent(domain)}` : '';
  return `mailto:${recipient}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
