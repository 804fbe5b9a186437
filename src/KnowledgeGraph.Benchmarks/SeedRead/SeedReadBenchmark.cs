using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Benchmarks.Measuring;
using KnowledgeGraph.Seeding;

namespace KnowledgeGraph.Benchmarks.SeedRead;

/// <summary>
/// The memory a seed import needs just to read its files: the streaming reader (<see cref="SeedStreamReader"/>, parts
/// handed on and dropped as an import's check would) against the whole-document one (<see cref="SeedReader"/>), each
/// in its own process, reported as the process's peak resident memory.
/// </summary>
public static class SeedReadBenchmark
{
    public static async Task<int> RunAsync(SeedReadOptions options, TextWriter output)
    {
        var size = File.Exists(options.Path)
            ? new FileInfo(options.Path).Length
            : Directory.EnumerateFiles(options.Path, "*.json", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var elapsed = Stopwatch.StartNew();
        long records = 0, problems = 0, parts = 0;
        if (options.Whole)
        {
            var document = await SeedReader.ReadPathAsync(options.Path);
            records = document.Sources.Count + document.Entities.Count + document.Relationships.Count;
            problems = document.ReadErrors.Count;
            parts = 1;
            GC.KeepAlive(document);
        }
        else
        {
            await foreach (var part in SeedStreamReader.ReadPartsAsync(options.Path, options.PartSize))
            {
                records += part.RecordCount;
                problems += part.ReadErrors.Count;
                parts++;
            }
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seed-read {(options.Whole ? "whole document" : $"streamed, parts of {options.PartSize:N0}")}: {options.Path} " +
            $"({size / 1048576.0:F0} MB), {MachineInfo.Describe()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{records:N0} records in {parts:N0} parts, {problems:N0} problems, {elapsed.Elapsed.TotalSeconds:F1} s; " +
            $"peak resident memory {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return problems == 0 ? 0 : 1;
    }
}
