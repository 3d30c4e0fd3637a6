import fs from "fs";

/** Debian's nginx and openssl, or the ones NGINX_PATH and OPENSSL_PATH name. */
export const NGINX_PATH = process.env.NGINX_PATH || "/usr/sbin/nginx";
export const OPENSSL_PATH = process.env.OPENSSL_PATH || "/usr/bin/openssl";
export const NGINX_MISSING_LINE = `nginx tests skipped: no nginx at ${NGINX_PATH} or no openssl at ${OPENSSL_PATH}. Install them with: sudo apt-get install -y nginx-light openssl (or set NGINX_PATH, OPENSSL_PATH).`;

export function hasNginx(): boolean {
  return fs.existsSync(NGINX_PATH) && fs.existsSync(OPENSSL_PATH);
}
