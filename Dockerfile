# The API image: Node.js 26 (the Active LTS line since 2026-10-28), compiled code and production
# dependencies only. README "Docker Compose" says how to run it; test/docker.test.ts checks the
# facts below, since no Docker engine runs on the development machines.

# 1. Compile: every dependency, then SWC (type checking is the test suite's job, not the image's).
FROM node:26-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY .swcrc tsconfig.json ormconfig.ts ./
COPY scripts ./scripts
COPY src ./src
COPY migrations ./migrations
# No test/ here, so no dist/test in the image.
RUN node scripts/build.mjs

# 2. Production dependencies: no dev tools and no optional ones (the embedded PostgreSQL, about
#    60 MB of binaries, is optional: the image always uses DATABASE_URL).
FROM node:26-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund

# 3. What runs: as an unprivileged user, never seeding unless SEED_WHEN_EMPTY=true.
FROM node:26-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json README.md ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/migrations ./dist/migrations
COPY --from=build /app/dist/scripts ./dist/scripts
COPY --from=build /app/dist/ormconfig.js ./dist/ormconfig.js
# The explorer's prebuilt assets, copied from the ruru package by the build.
COPY --from=build /app/dist/explorer-static ./dist/explorer-static
# `npm run apikey` / `npm run seed` call the build script first; without sources it does nothing.
COPY scripts/build.mjs ./scripts/build.mjs
COPY data ./data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
