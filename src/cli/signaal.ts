/** Resolves with the name of the first SIGTERM or SIGINT: the moment to stop gracefully. */
export function signaal(): Promise<string> {
  return new Promise((resolve) => {
    const op = (s: string) => () => {
      process.off('SIGTERM', term);
      process.off('SIGINT', int);
      resolve(s);
    };
    const term = op('SIGTERM');
    const int = op('SIGINT');
    process.once('SIGTERM', term);
    process.once('SIGINT', int);
  });
}
