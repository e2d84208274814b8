/** The site's only stylesheet, inlined: no extra request, no third party, readable at 360 px. */
export const siteCss = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
a{color:#0b4f8a}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible,[tabindex="0"]:focus-visible,input[type="datetime-local"]:focus-within{outline:3px solid #e0a100;outline-offset:2px}
.skip-link{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip-link:focus{left:1rem}
header.site{background:#0b3d66;color:#fff;padding:1rem}
header.site a{color:#fff}
header.site nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0 0;padding:0}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none}
main{max-width:60rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
footer.site{border-top:1px solid #ccc;padding:1rem;font-size:.9rem;color:#333;max-width:60rem;margin:2rem auto 0}
.card{border:1px solid #c8c8c8;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.meta{color:#3a3a3a;font-size:.95rem}
.badge{display:inline-block;background:#e8f0f8;color:#0b3d66;border-radius:1rem;padding:0 .6rem;font-size:.85rem}
form .field{margin:0 0 1rem}
label{display:block;font-weight:600}
input[type=text],input[type=email],input[type=url],input[type=number],input[type=search],input[type=datetime-local],select,textarea{width:100%;max-width:32rem;padding:.5rem;border:1px solid #595959;border-radius:.25rem;font:inherit}
.checkbox label{display:inline;font-weight:400}
.hint{color:#3a3a3a;font-size:.9rem;margin:.1rem 0}
.error{color:#b00020;font-weight:600;margin:.25rem 0}
.error-summary{border:3px solid #b00020;padding:1rem;margin:0 0 1rem}
.notice{border-left:4px solid #0b4f8a;background:#f0f5fa;padding:.75rem 1rem;margin:0 0 1rem}
button,.button{display:inline-block;background:#0b4f8a;color:#fff;border:0;border-radius:.25rem;padding:.6rem 1.2rem;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:#0b4f8a;border:2px solid #0b4f8a}
button.danger{background:#a1001c}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #c8c8c8;padding:.4rem;text-align:left;vertical-align:top}
.table-wrap{overflow-x:auto}
.fill{background:#e6e6e6;border-radius:.25rem;height:.6rem;width:100%;max-width:12rem}
.fill>span{display:block;height:100%;background:#0b6e4f;border-radius:.25rem}
.plain{list-style:none;margin:0;padding:0}
form.inline{display:inline;margin:0}
button.link{background:none;border:0;padding:0;color:inherit;font:inherit;text-decoration:underline;cursor:pointer}
.staff-nav{background:#e8f0f8;padding:.5rem 1rem}
.staff-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0 auto;padding:0;max-width:60rem}
.staff-nav a{color:#0b3d66;font-weight:600;display:inline-block;padding:.5rem 0}
.staff-nav a[aria-current=page]{text-decoration-thickness:3px}
h1,h2,h3{line-height:1.25;overflow-wrap:anywhere}
fieldset{border:1px solid #c8c8c8;border-radius:.5rem;margin:0 0 1rem;padding:.5rem 1rem}
legend{font-weight:700;padding:0 .25rem}
textarea{width:100%;max-width:40rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:1rem 0}
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
.filters{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}
.filters .field{flex:1 1 12rem}
.filters button{margin:0 0 1rem}
.door button{min-height:3rem;min-width:8rem}
.tag{display:inline-block;border:1px solid currentColor;border-radius:.25rem;padding:0 .4rem;font-size:.9rem}
.tag.ok{color:#0b6e4f}
@media (max-width:40rem){
.responsive thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.responsive tr{display:block;border:1px solid #c8c8c8;border-radius:.5rem;margin:0 0 1rem;padding:.5rem}
.responsive th,.responsive td{display:block;border:0;padding:.2rem 0;overflow-wrap:anywhere}
.responsive td[data-label]::before{content:attr(data-label) " : ";font-weight:600}
.door button{width:100%}
}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
