# syntax=docker/dockerfile:1
# CM/ECF Help Bot: a production image. Build:  docker build -t cmecf-help-bot .
# Run:  docker run -p 3978:3978 -v cmecf-data:/data --env-file cmecf-help-bot.env cmecf-help-bot
# The image binds 0.0.0.0, so the env file must set DIRECTLINE_SECRET or the Bot Framework credentials
# (MicrosoftAppId...): the bot refuses to start on a public HOST in local mode.
# Settings: deploy/CONFIGURATION.md. The runtime file list below is the one tests/deploy/production.test.ts proves
# sufficient (package.json + lockfile, dist/bot, dist/dialogs, content/, bot/channels/web/public/).

# ---- build: compile the TypeScript with the dev dependencies (typescript), then throw them away ----
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
# tsconfig also includes tests/, bench/ and deploy/ (absent here): tsc compiles what exists, the bot needs none of them.
COPY bot ./bot
COPY dialogs ./dialogs
COPY content ./content
# The same build as `npm run build`; `npm run validate` also fails the image build on invalid content.
RUN npm run build && node dist/bot/cli/validate.js content

# ---- runtime: node:20-slim, production dependencies only, non-root ----
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    STORAGE=sqlite \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no production dependency needs its install script at run time (esbuild and the *-es5
# packages build browser bundles the bot never loads; dtrace-provider is optional) and node:20-slim has no compiler.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/bot ./dist/bot
COPY --from=build /app/dist/dialogs ./dist/dialogs
COPY content ./content
COPY bot/channels/web/public ./bot/channels/web/public
# The embedded SQLite store lives in /data: mount a volume there so conversations survive a new container.
RUN mkdir -p /data && chown node:node /data
# The "node" user (uid 1000) ships with the official image; the app files stay root-owned and read-only to it.
USER node
VOLUME ["/data"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly (not npm start, whose prestart would try to compile): SIGTERM reaches the bot, which closes its store.
# The flags are npm start's (memory bounds, README "Performance"); tests/deploy/startCommand.test.ts keeps them equal.
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=50", "--disable-warning=DEP0111", "dist/bot/main.js"]
