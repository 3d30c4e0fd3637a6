/**
 * Writes the nginx site for a built dist/ from seizure-desk.nginx.conf: the port, certificate and folder
 * given, the server name from the built manifest, and each page's Content-Security-Policy header copied
 * from the page's own meta tag, so that the header and the page can never disagree.
 *
 *   node scripts/deploy/nginxSite.js --dist dist --root /srv/seizure-desk --port 443 \
 *     --certificate /etc/nginx/tls/fullchain.pem --certificate-key /etc/nginx/tls/privkey.pem \
 *     [--rates-upstream http://frankfurter:8080] [--source-maps] > /etc/nginx/sites-enabled/seizure-desk
 */
const fs = require("fs");
const path = require("path");
const { parseArgs } = require("util");
const parse5 = require("parse5");
const { DOMParser } = require("@xmldom/xmldom");

const TEMPLATE = path.join(__dirname, "seizure-desk.nginx.conf");

/** The content of the page's one Content-Security-Policy meta tag. */
function metaPolicy(html, file) {
  const found = [];
  const visit = (node) => {
    const attr = (name) => node.attrs?.find((a) => a.name === name)?.value;
    if (node.tagName === "meta" && /^content-security-policy$/i.test(attr("http-equiv") ?? ""))
      found.push(attr("content") ?? "");
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parse5.parse(html));
  if (found.length !== 1)
    throw new Error(
      `${file} has ${found.length} Content-Security-Policy meta tags; one is expected`
    );
  return found[0].trim().replace(/\s+/g, " ");
}

/** A value written between double quotes in the nginx configuration. */
function quoted(value, what) {
  if (/["\\$\n{}]/.test(value)) throw new Error(`${what} cannot go into nginx as is: ${value}`);
  return `"${value}"`;
}

/** The add-in's URL, from the built manifest: this site serves it at the root of its host. */
function addinUrl(dist) {
  const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const source = doc.getElementsByTagName("SourceLocation")[0]?.getAttribute("DefaultValue");
  const url = new URL(source ?? "", "invalid:/");
  if (url.protocol !== "https:")
    throw new Error(`${dist}/manifest.xml has no https SourceLocation`);
  if (url.pathname !== "/taskpane.html")
    throw new Error(
      `This nginx site serves the add-in at the root of its host, but dist/ was built for ${url.href}: ` +
        `build with ADDIN_URL=${url.origin}/, or serve the folder under its path yourself.`
    );
  return url;
}

/** `location` blocks added on request: the rate service passed through (if not empty), source maps. */
function extraLocations({ ratesUpstream, sourceMaps }) {
  const blocks = [];
  if (ratesUpstream) {
    const upstream = new URL(ratesUpstream);
    if (!/^https?:$/.test(upstream.protocol) || !upstream.pathname.endsWith("/") || upstream.search)
      throw new Error(
        `--rates-upstream must be an http(s) base URL ending in "/", e.g. http://frankfurter:8080/v1/, got ${ratesUpstream}`
      );
    // The rate service's /v1 API on this origin (build with RATES_API_URL=https://<this host>/v1/), so
    // the browser reaches it over this site's https: /v1/latest goes to <upstream>latest. Its own
    // Cache-Control passes unchanged; CORS is not needed on one origin.
    blocks.push(`    location ^~ /v1/ {
        proxy_pass ${upstream.href};
        proxy_hide_header Access-Control-Allow-Origin;
    }`);
  }
  if (sourceMaps)
    blocks.push(`    location ~ "^/(chunks/)?[\\w.-]+\\.map$" {
        try_files $uri =404;
    }`);
  return blocks.join("\n");
}

/**
 * The site's text. `dist` is the built folder read now; `root` is where nginx will find it (the same
 * folder unless it is copied elsewhere, as in the Docker image).
 */
function nginxSite({ dist, root, port, certificate, certificateKey, ratesUpstream, sourceMaps }) {
  for (const [name, value] of Object.entries({ dist, root, port, certificate, certificateKey }))
    if (!value) throw new Error(`nginxSite: ${name} is required`);
  const pages = fs
    .readdirSync(dist)
    .filter((name) => name.endsWith(".html"))
    .sort()
    .map((name) => {
      const policy = metaPolicy(fs.readFileSync(path.join(dist, name), "utf8"), name);
      return `    /${name} ${quoted(policy, `${name}'s policy`)};`;
    });
  const values = {
    PAGE_POLICIES: pages.join("\n"),
    PORT: String(Number(port)),
    SERVER_NAME: addinUrl(dist).hostname,
    CERTIFICATE: quoted(certificate, "--certificate"),
    CERTIFICATE_KEY: quoted(certificateKey, "--certificate-key"),
    ROOT: quoted(path.resolve(root), "--root"),
    EXTRA_LOCATIONS: extraLocations({ ratesUpstream, sourceMaps }),
  };
  return fs.readFileSync(TEMPLATE, "utf8").replace(/\$\{([A-Z_]+)\}/g, (_, name) => {
    if (!(name in values))
      throw new Error(`${TEMPLATE} names \${${name}}, which nginxSite does not fill`);
    return values[name];
  });
}

module.exports = { nginxSite };

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      dist: { type: "string", default: "dist" },
      root: { type: "string" },
      port: { type: "string", default: "443" },
      certificate: { type: "string" },
      "certificate-key": { type: "string" },
      "rates-upstream": { type: "string" },
      "source-maps": { type: "boolean", default: false },
    },
  });
  try {
    process.stdout.write(
      nginxSite({
        dist: values.dist,
        root: values.root ?? values.dist,
        port: values.port,
        certificate: values.certificate,
        certificateKey: values["certificate-key"],
        ratesUpstream: values["rates-upstream"],
        sourceMaps: values["source-maps"],
      })
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
