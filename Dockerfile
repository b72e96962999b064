# The hub's image: one image, every process (the command picks it; see deploy/k8s/).
# Build: docker build -t voor-elkaar-hub .   (not run on the development machine: see README "Operating the hub")

# 1. Compile the TypeScript to dist/ and build the web app to web/dist/ (needs the development dependencies).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# 2. What runs: production dependencies only, the compiled code, the supergraph and the web app.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/web/dist ./web/dist
# The image's own unprivileged user (uid 1000): no process of the hub needs root.
USER node
EXPOSE 4000
# The gateway by default; subgraphs: node dist/subgraphs/main.js <name>; migrations: node dist/scripts/migrate.js
CMD ["node", "dist/gateway/main.js"]
