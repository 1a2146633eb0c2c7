/** `npm run bench [onderdeel]`: benchmarks that print numbers (never timed tests). */
export async function runBench(args: string[]): Promise<number> {
  const part = args[0] ?? 'check';
  switch (part) {
    case 'check': {
      const { benchCheck } = await import('./check.js');
      return benchCheck(args.slice(1));
    }
    case 'ingest': {
      const { benchIngest } = await import('./ingest.js');
      return benchIngest(args.slice(1));
    }
    case 'generate': {
      const { benchGenerate } = await import('./generate.js');
      return benchGenerate(args.slice(1));
    }
    case 'kpi': {
      const { benchKpi } = await import('./kpi.js');
      return benchKpi(args.slice(1));
    }
    case 'afkeuren': {
      const { benchAfkeuren } = await import('./afkeuren.js');
      return benchAfkeuren(args.slice(1));
    }
    case 'metrics': {
      const { benchMetrics } = await import('./metrics.js');
      return benchMetrics(args.slice(1));
    }
    case 'pipeline': {
      const { benchPipeline } = await import('./pipeline.js');
      return benchPipeline(args.slice(1));
    }
    default:
      process.stderr.write(`iwj bench: onbekend onderdeel '${part}' (beschikbaar: check, ingest, generate, kpi, afkeuren, metrics, pipeline)
`);
      return 2;
  }
}
