// What single-line and multi-line text fields refuse, shared by the classic (staff) and mini (public) schemas.

// Line breaks in single-line fields are how headers get injected into mails and calendar files.
// eslint-disable-next-line no-control-regex
export const CONTROL_OR_LINE_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
export const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// `<` followed by a letter, `/`, `!` or `?` opens a tag, a comment or a processing instruction.
export const MARKUP = /<[a-z/!?]/i;

// What a mail client shows as a link, in a name that a mail repeats: `://`, `www.`, or a domain (a letter or digit,
// a dot, two letters: `evil.example`, `bit.ly`). A dot followed by a space (`Dr. Martin`), by a hyphen (`J.-P.`), by
// one letter (`S.A.`) or by nothing (`D.`) stays a name. The ideographic and full-width dots count as dots.
export const LINK_OR_DOMAIN = /:\/\/|www[.\u3002\uff0e\uff61]|[\p{L}\p{N}][.\u3002\uff0e\uff61]\p{L}{2}/iu;
