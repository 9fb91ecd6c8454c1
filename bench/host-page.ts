/**
 * A generated registration-system page with at least 10,000 elements (header,
 * menu, a case table, a form with a verslag field) and no scripts of its own,
 * so every long task on it belongs to whoever injected one. Pure.
 */

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function row(i: number): string {
  const cells = [
    `Z-${String(100_000 + i)}`,
    i % 3 === 0 ? 'Melding Wmo' : i % 3 === 1 ? 'Aanvraag scootmobiel' : 'Participatie',
    `${(i % 28) + 1}-${(i % 12) + 1}-2025`,
    i % 4 === 0 ? 'In behandeling' : 'Afgerond',
  ];
  // 1 tr + 5 td + 4 span + 1 a = 11 elements per row
  return `<tr>${cells.map((c) => `<td><span>${esc(c)}</span></td>`).join('')}<td><a href="#zaak-${i}">Open</a></td></tr>`;
}

/** The page's HTML; `rows` × 11 elements plus a fixed frame of ~40. */
export function hostPageHtml(rows = 910): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Zaakoverzicht — Registratiesysteem</title></head>
<body>
<header><h1>Registratiesysteem Sociaal Domein</h1><nav><ul>
${['Overzicht', 'Zaken', 'Personen', 'Beschikkingen', 'Rapportages'].map((m) => `<li><a href="#${m}">${m}</a></li>`).join('')}
</ul></nav></header>
<main>
<section><h2>Aanvraag scootmobiel</h2>
<form><label for="zaak">Zaaknummer</label><input id="zaak" name="zaak" value="Z-100042">
<label for="verslag">Verslag</label><textarea id="verslag" name="verslag" rows="8"></textarea>
<button type="button">Opslaan</button></form></section>
<section><h2>Zaken</h2><table><thead><tr><th>Zaak</th><th>Soort</th><th>Datum</th><th>Status</th><th></th></tr></thead>
<tbody>${Array.from({ length: rows }, (_, i) => row(i)).join('\n')}</tbody></table></section>
</main>
<footer><p>Demo</p></footer>
</body></html>`;
}
