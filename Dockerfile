# Seizure Desk built for its public URL and served by Debian's nginx with the site that the tests run
# (scripts/deploy/nginxSite.js; tests/deploy/nginx.test.ts and tests/deploy/containers.test.ts).
#
#   docker build --build-arg ADDIN_URL=https://desk.example.org/ -t seizure-desk .
#   docker run -p 443:443 -v /path/to/tls:/etc/nginx/tls:ro seizure-desk
#
# The certificate stays out of the image: mount a folder holding fullchain.pem and privkey.pem at
# /etc/nginx/tls. RATES_API_URL names the rate service (default: Frankfurter's public ECB API);
# RATES_UPSTREAM, if given, is passed through under /v1/ on this origin (see compose.yaml).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG ADDIN_URL
ARG RATES_API_URL
ARG RATES_UPSTREAM
RUN test -n "$ADDIN_URL" || { echo "Give the add-in's public URL: --build-arg ADDIN_URL=https://desk.example.org/" >&2; exit 1; }
RUN npm run build
RUN node scripts/deploy/nginxSite.js --dist dist --root /srv/seizure-desk --port 443 \
      --certificate /etc/nginx/tls/fullchain.pem --certificate-key /etc/nginx/tls/privkey.pem \
      --rates-upstream "$RATES_UPSTREAM" > /tmp/seizure-desk.conf

# The same Debian release and nginx package as the tests use.
FROM debian:bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends nginx-light \
  && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
  && ln -sf /dev/stdout /var/log/nginx/access.log \
  && ln -sf /dev/stderr /var/log/nginx/error.log
COPY --from=build /app/dist /srv/seizure-desk
COPY --from=build /tmp/seizure-desk.conf /etc/nginx/sites-enabled/seizure-desk
EXPOSE 443
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
