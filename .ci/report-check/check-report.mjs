// Opens a report page of the job in headless Chromium and checks what a reader would meet:
//   node .ci/report-check/check-report.mjs REPORT_DIR TABLES_JSON SCREENSHOT_PNG
// - the page loads with no console error and no page error;
// - it makes no request outside its own file (its Content-Security-Policy forbids them; any attempt is
//   aborted here and named);
// - a full-page screenshot is not blank (many distinct colours, most of the page not background);
// - the numbers of every chart's table are written to TABLES_JSON for check-report-figures.py.
// Exit 1 naming the first problem; exit 0 printing what it saw.
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [reportDir, tablesJson, screenshot] = process.argv.slice(2);
if (!reportDir || !tablesJson || !screenshot) {
  console.error("usage: check-report.mjs REPORT_DIR TABLES_JSON SCREENSHOT_PNG");
  process.exit(2);
}
const pageUrl = pathToFileURL(resolve(reportDir, "index.html")).href;
const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const requests = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    return url === pageUrl ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  const response = await page.goto(pageUrl, { waitUntil: "load" });
  if (!response || !response.ok()) {
    problems.push(`the page did not load: ${response ? response.status() : "no response"}`);
  }
  const outside = requests.filter((url) => url !== pageUrl);
  if (outside.length > 0) {
    problems.push(`requests outside the file: ${outside.join(", ")}`);
  }

  const charts = await page.locator("section figure svg[role=img]").count();
  const tables = await page.$$eval("table.numbers", (all) => all.map((table) => ({
    id: table.id,
    source: table.dataset.source,
    caption: table.caption ? table.caption.textContent : "",
    columns: [...table.querySelectorAll("thead th")].map((th) => ({
      header: th.textContent, column: th.dataset.column, unit: th.dataset.unit, key: th.dataset.key === "true",
    })),
    rows: [...table.querySelectorAll("tbody tr:not(.empty)")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent)),
  })));
  const sections = await page.locator("section").count();
  if (charts !== sections || tables.length !== sections) {
    problems.push(`${sections} sections but ${charts} charts and ${tables.length} tables: every chart needs its table`);
  }
  writeFileSync(tablesJson, JSON.stringify(tables, null, 1));

  const png = await page.screenshot({ path: screenshot, fullPage: true });
  // Not blank: decoded by the browser itself, on a page of its own (about:blank, no file).
  const blank = await context.newPage();
  const pixels = await blank.evaluate(async (base64) => {
    const image = new Image();
    image.src = "data:image/png;base64," + base64;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const draw = canvas.getContext("2d");
    draw.drawImage(image, 0, 0);
    const data = draw.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++;
    }
    return { width: image.width, height: image.height, colours: colours.size, ink: ink / (data.length / 4) };
  }, png.toString("base64"));
  if (pixels.colours < 16 || pixels.ink < 0.02) {
    problems.push(`the screenshot looks blank: ${pixels.colours} colours, ${(pixels.ink * 100).toFixed(1)} % ink`);
  }
  console.log(`report-check: ${pageUrl}: ${sections} sections, ${charts} charts, ${tables.length} tables `
    + `(${tables.reduce((n, t) => n + t.rows.length, 0)} rows); ${requests.length} request(s), all to the file; `
    + `screenshot ${pixels.width}x${pixels.height}, ${pixels.colours} colours, ${(pixels.ink * 100).toFixed(1)} % ink`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  problems.forEach((problem) => console.error(`report-check: ${problem}`));
  process.exit(1);
}
