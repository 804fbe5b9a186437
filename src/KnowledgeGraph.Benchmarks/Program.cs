using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Benchmarks.Hostile;

if (args is ["hostile", .. var hostileArgs])
{
    return await HostileBenchmark.RunAsync(HostileOptions.Parse(hostileArgs), Console.Out, Console.Error);
}

var options = BenchmarkOptions.Parse(args);
return await BenchmarkRunner.RunAsync(options, Console.Out);
