using KnowledgeGraph.Benchmarks;

var options = BenchmarkOptions.Parse(args);
return await BenchmarkRunner.RunAsync(options, Console.Out);
