export async function benchCheck(_args: string[]): Promise<number> {
  process.stderr.write('bench check: not yet written\n');
  return 2;
}
