using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Benchmarks.Hostile;
using KnowledgeGraph.Benchmarks.Peer;
using KnowledgeGraph.Benchmarks.SeedRead;
using KnowledgeGraph.Benchmarks.WriteThenTraverse;

if (args is ["hostile", .. var hostileArgs])
{
    return await HostileBenchmark.RunAsync(HostileOptions.Parse(hostileArgs), Console.Out, Console.Error);
}

if (args is ["write-then-traverse", .. var writeArgs])
{
    return await WriteThenTraverseBenchmark.RunAsync(WriteThenTraverseOptions.Parse(writeArgs), Console.Out);
}

if (args is ["peer", .. var peerArgs])
{
    return await PeerBenchmark.RunAsync(PeerOptions.Parse(peerArgs), Console.Out, Console.Error);
}

if (args is ["seed-read", .. var seedReadArgs])
{
    return await SeedReadBenchmark.RunAsync(SeedReadOptions.Parse(seedReadArgs), Console.Out);
}

var options = BenchmarkOptions.Parse(args);
return await BenchmarkRunner.RunAsync(options, Console.Out);
