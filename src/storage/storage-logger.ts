/** The slice of pino's logger the storage engine uses (a pino logger fits; tests pass a silent one). */
export interface StorageLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export const SILENT_LOGGER: StorageLogger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
};
