# syntax=docker/dockerfile:1
# CM/ECF Help Bot: a production image. Build:  docker build -t cmecf-help-bot .
# Run:  docker run -p 3978:3978 -v cmecf-data:/data --env-file cmecf-help-bot.env cmecf-help-bot
# The image binds 0.0.0.0, so the env file must set DIRECTLINE_SECRET or the Bot Framework credentials
# (MicrosoftAppId...): the bot refuses to start on a public HOST in local mode.
# Settings: deploy/CONFIGURATION.md. The runtime file list below is the one tests/deploy/production.test.ts proves
# sufficient (package.json + lockfile, dist/bot, dist/dialogs, dist/web, content/, bot/channels/web/public/).
#
# Base image: Node 24 LTS (node:24-slim, both stages). Not yet pinned by digest: no registry that could tell the
# official digest was reachable when this was written, and a digest copied from elsewhere cannot be verified.
# Renovate (renovate.json, docker:pinDigests) rewrites both FROM lines to node:24-slim@sha256:… in its first pull
# request and keeps the digest current; by hand: docker buildx imagetools inspect node:24-slim (the index digest).

# ---- build: compile the TypeScript with the dev dependencies (typescript, Web Chat), then throw them away ----
FROM node:24-slim AS build
WORKDIR /app
RUN chown node:node /app
# Not root: nothing in the build needs it. --ignore-scripts: no install script is needed (package.json
# "allowScripts" records each one as denied, and why is in SECURITY.md).
USER node
COPY --chown=node:node package.json package-lock.json .npmrc ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY --chown=node:node tsconfig.json tsconfig.build.json ./
# tsconfig.build.json (what `npm run build` compiles): bot/, dialogs/ and deploy/ (only its tools are copied here).
# deploy/tools holds the build step that copies the Web Chat bundle into dist/web.
COPY --chown=node:node bot ./bot
COPY --chown=node:node dialogs ./dialogs
COPY --chown=node:node deploy/tools ./deploy/tools
COPY --chown=node:node content ./content
# The same build as `npm run build`; `npm run validate` also fails the image build on invalid content.
RUN npm run build && node dist/bot/cli/validate.js content

# ---- runtime: Node 24 LTS slim, production dependencies only, non-root ----
FROM node:24-slim AS runtime
# MALLOC_MMAP_THRESHOLD_: npm start's (memory bounds, README "Performance"); tests/deploy/startCommand.test.ts keeps it equal.
ENV NODE_ENV=production \
    MALLOC_MMAP_THRESHOLD_=131072 \
    HOST=0.0.0.0 \
    PORT=3978 \
    STORAGE=sqlite \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no production dependency needs its install script (dtrace-provider is optional; the image has no
# compiler anyway).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/bot ./dist/bot
COPY --from=build /app/dist/dialogs ./dist/dialogs
COPY --from=build /app/dist/web ./dist/web
COPY content ./content
COPY bot/channels/web/public ./bot/channels/web/public
# The embedded SQLite store lives in /data: mount a volume there so conversations survive a new container.
RUN mkdir -p /data && chown node:node /data
# The "node" user (uid 1000) ships with the official image; the app files stay root-owned and read-only to it.
USER node
VOLUME ["/data"]
EXPOSE 3978
# /healthz is liveness (the process answers); /readyz also checks the store. Docker restarts on liveness only.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly (not npm start, whose prestart would try to compile): SIGTERM reaches the bot, which closes its store.
# The flags are npm start's (memory bounds, README "Performance"); tests/deploy/startCommand.test.ts keeps them equal.
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=50", "dist/bot/main.js"]
