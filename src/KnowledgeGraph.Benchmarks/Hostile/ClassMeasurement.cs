using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// What one class cost the server: CPU time from the sample before the first request to the end of the idle wait,
/// the part of it spent after the last answer had arrived, and resident memory before, at its highest and after.
/// </summary>
public sealed record ClassMeasurement(
    HostileClass Class,
    int Sent,
    OutcomeTally Outcomes,
    bool StoppedAtClassLimit,
    ProcessSample Before,
    ProcessSample AtLastAnswer,
    ProcessSample After,
    double PeakRssMegabytes,
    IdleWait Idle)
{
    public double CpuSeconds => After.CpuSeconds - Before.CpuSeconds;

    public double CpuSecondsAfterLastAnswer => After.CpuSeconds - AtLastAnswer.CpuSeconds;

    public const string TableHeader =
        "| class | sent | answers | server CPU s | CPU ms per request | CPU s after last answer | back to idle | RSS before MB | RSS peak MB | RSS after MB |\n"
        + "|---|---:|---|---:|---:|---:|---|---:|---:|---:|";

    public string TableRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Class.Name} | {Sent:N0}{(Sent < Class.Count ? $" of {Class.Count:N0}" : "")} | {Outcomes} | {CpuSeconds:F2} | {1000 * CpuSeconds / Math.Max(1, Sent):F2} | {CpuSecondsAfterLastAnswer:F2} | {Idle} | {Before.RssMegabytes:F0} | {PeakRssMegabytes:F0} | {After.RssMegabytes:F0} |");
}
