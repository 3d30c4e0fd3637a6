/**
 * A fetch for jsdom tests, which have none: GET over Node's http to a stand-in server on loopback, with the
 * part of the Response the add-in reads (ok, status, headers, json). Redirects are not followed, as the
 * add-in asks (redirect: "manual").
 */
import http from "http";

export interface LoopbackResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

export function loopbackFetch(url: string): Promise<LoopbackResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            headers: { get: (name) => (res.headers[name.toLowerCase()] as string) ?? null },
            json: async () => JSON.parse(body),
          });
        });
      })
      .on("error", reject);
  });
}
