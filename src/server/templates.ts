// Server API of this feature (top-level functions exposed through src/main.ts).
export {};
