'use strict';
// The hostile minutes file the harness indexes beside the bundled corpus: markup, attribute-
// breaking quotes, javascript: links and spreadsheet formulas in titles and decisions, which
// every output must show as harmless text.

// The hostile minutes file. It follows the layout of corpus/000_89ab1bd39e62ef43.txt (title
// line, Mødedato, Mødested, contents, "Punkt N:" items with section headings). The markup is
// written as HTML entities, as minutes exported from web pages carry it: the indexer's markup
// cleaner strips real tags and Markdown emphasis (`__x__`) but decodes entities, so the indexed
// text holds the payloads literally (checked with `indexer parse`).
const HOSTILE_WORD = 'kanariefugle';
const PAYLOAD_SCRIPT = '<script>window.__pwned=1</script>';
const PAYLOAD_ATTRIBUTE = '" onmouseover="window.__pwned=1';
const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD_LINK = 'javascript:window.__pwned=1';
const HOSTILE_MEETING = 'sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-06-02';
const HOSTILE_ITEM = `${HOSTILE_MEETING}/1`;
// Item 2 is what a spreadsheet would run as formulas (the CSV export must defuse them).
const FORMULA_ITEM = `${HOSTILE_MEETING}/2`;
const FORMULA_TITLE = '=HYPERLINK("http://evil.example";"kanariefugle")';
const E_FORMULA_TITLE = '=HYPERLINK(&quot;http://evil.example&quot;;&quot;kanariefugle&quot;)';
const FORMULA_DECISION = '+SUM(1;2) blev godkendt for kanariefugle.';

const E_SCRIPT = '&lt;script&gt;window.&#95;&#95;pwned=1&lt;/script&gt;';
const E_ATTRIBUTE = '&quot; onmouseover=&quot;window.&#95;&#95;pwned=1';
const E_IMG = '&lt;img src=x onerror=&quot;window.&#95;&#95;pwned=1&quot;&gt;';
const E_LINK = 'javascript:window.&#95;&#95;pwned=1';
const HOSTILE_MINUTES = `

REFERAT Sundhedsklynge Sønderjylland - Fagligt strategisk niveau d. 02-06-2025

Mødedato Mandag d. 2. juni 2025 kl. 14:00

Mødested Kanariesalen ${E_SCRIPT}

Indholdsfortegnelse

Kanariefugle ${E_SCRIPT} (kl. 14.00-14.30).....	2
Regneark.....	2
Eventuelt.....	2

Punkt 1: Kanariefugle ${E_SCRIPT} ${E_ATTRIBUTE} ${E_IMG} (kl. 14.00-14.30)

SAGSFREMSTILLING

Kanariefugleprojektet skal vurderes. Se ${E_LINK} for detaljer.

INDSTILLING

Det indstilles, at Fagligt Strategisk Niveau godkender kanariefugleprojektet.

Beslutning

FSN godkendte kanariefugle ${E_SCRIPT} med ${E_ATTRIBUTE} og ${E_IMG} samt ${E_LINK} som link.

Punkt 2: ${E_FORMULA_TITLE}

Beslutning

${FORMULA_DECISION}

Punkt 3: Eventuelt

Beslutning

Intet nyt om kanariefugle.
`;

module.exports = {
  HOSTILE_WORD,
  HOSTILE_MINUTES,
  HOSTILE_MEETING,
  HOSTILE_ITEM,
  FORMULA_ITEM,
  FORMULA_TITLE,
  FORMULA_DECISION,
  PAYLOAD_SCRIPT,
  PAYLOAD_ATTRIBUTE,
  PAYLOAD_IMG,
  PAYLOAD_LINK,
};
