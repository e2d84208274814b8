/**
 * The public pages' stylesheet, inlined: no extra request, no third party, readable at 360 px. What
 * only the staff console and the partner portal use is in console-styles.ts, inlined after this one.
 */
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
button.danger{background:#a1001c}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #c8c8c8;padding:.4rem;text-align:left;vertical-align:top}
.table-wrap{overflow-x:auto}
.plain{list-style:none;margin:0;padding:0}
h1,h2,h3{line-height:1.25;overflow-wrap:anywhere}
fieldset{border:1px solid #c8c8c8;border-radius:.5rem;margin:0 0 1rem;padding:.5rem 1rem}
legend{font-weight:700;padding:0 .25rem}
textarea{width:100%;max-width:40rem}
.filters{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}
.filters .field{flex:1 1 12rem}
.filters button{margin:0 0 1rem}
.timetable{list-style:none;margin:0 0 1rem;padding:0}
.timetable>li{border-top:1px solid #c8c8c8;padding:.75rem 0}
.timetable h3,.timetable h4{margin:0 0 .25rem}
.slot-time{font-weight:700;margin:0 0 .25rem}
@media (min-width:40rem){.timetable>li{display:grid;grid-template-columns:8rem 1fr;gap:1rem}}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
