/**
 * The staff console's and the partner portal's rules, inlined after the site stylesheet (styles.ts)
 * by the pages that use them, so that public pages do not carry them. Staff pages, the ones with the
 * staff navigation before `main`, widen to the window up to 100rem. A table cell never breaks inside
 * a word but on a phone: the table scrolls in its `.table-wrap` instead.
 */
export const consoleCss = `
button.secondary,.button.secondary{background:#fff;color:#0b4f8a;border:2px solid #0b4f8a}
form.inline{display:inline;margin:0}
button.link{background:none;border:0;padding:0;color:inherit;font:inherit;text-decoration:underline;cursor:pointer}
.staff-nav{background:#e8f0f8;padding:.5rem 1rem}
.staff-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0 auto;padding:0;max-width:100rem}
.staff-nav~main,.staff-nav~footer.site{max-width:100rem}
main th,main td{overflow-wrap:normal}
@media (min-width:75rem){.composer{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,41rem);gap:2rem;align-items:start}}
.staff-nav a{color:#0b3d66;font-weight:600;display:inline-block;padding:.5rem 0}
.staff-nav a[aria-current=page]{text-decoration-thickness:3px}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:1rem 0}
.languages{display:grid;gap:0 2rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr))}
.cards>li{margin:0}
.cards h3{margin:.25rem 0}
.stack{display:flex;height:.9rem;width:100%;border:1px solid #595959;border-radius:.25rem;overflow:hidden;background:#fff}
.stack>span{display:block;height:100%}
.stack .confirmed{background:#0b6e4f}
.stack .free{background:#fff}
.stack .waitlisted{background:repeating-linear-gradient(135deg,#b35c00 0 4px,#fff 4px 7px)}
.legend{list-style:none;margin:.5rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
.swatch{display:inline-block;width:1.5rem;height:.75rem;vertical-align:middle;margin-right:.35rem}
figure{margin:0 0 1rem}
figure svg{width:100%;height:auto;max-width:48rem;display:block}
.share-image-preview{display:block;max-width:100%;height:auto;border:1px solid #595959}
.door button{min-height:3rem;min-width:8rem}
.tag{display:inline-block;border:1px solid currentColor;border-radius:.25rem;padding:0 .4rem;font-size:.9rem}
.tag.ok{color:#0b6e4f}
@media (max-width:40rem){
main th,main td{overflow-wrap:anywhere}
.responsive thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.responsive tr{display:block;border:1px solid #c8c8c8;border-radius:.5rem;margin:0 0 1rem;padding:.5rem}
.responsive th,.responsive td{display:block;border:0;padding:.2rem 0;overflow-wrap:anywhere}
.responsive td[data-label]::before{content:attr(data-label) " : ";font-weight:600}
.door button{width:100%}
}
`;
