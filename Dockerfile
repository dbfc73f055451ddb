# One image for every Corridor service; docker-compose.yml picks the process with `command`.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY schema ./schema
COPY subgraphs ./subgraphs
COPY gateway ./gateway
# Install scripts are skipped above; the gateway's patch to @apollo/gateway's plan executor is not.
RUN npx patch-package --patch-dir gateway/patches --error-on-fail
COPY tsconfig.json ./
USER node
ENV HOST=0.0.0.0
# The Node flags of gateway/stack/node-flags.ts, for every service of the image.
ENV NODE_OPTIONS=--max-semi-space-size=32
