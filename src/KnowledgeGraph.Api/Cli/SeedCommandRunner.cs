using KnowledgeGraph.Seeding;

namespace KnowledgeGraph.Api.Cli;

/// <summary>Runs the seed commands of <see cref="SeedCommands"/>, mapping their outcome to exit code 0 (ok) or 1 (anything else).</summary>
internal static class SeedCommandRunner
{
    public static async Task<int> ValidateAsync(string seedDirectory, TextWriter output, TextWriter error) =>
        await RunAsync(seedDirectory, output, error, SeedCommands.ValidateAsync);

    public static async Task<int> StatsAsync(string seedDirectory, TextWriter output, TextWriter error) =>
        await RunAsync(seedDirectory, output, error, SeedCommands.StatsAsync);

    private static async Task<int> RunAsync(
        string seedDirectory, TextWriter output, TextWriter error, Func<string, TextWriter, CancellationToken, Task<int>> command)
    {
        var buffer = new StringWriter();
        var code = await command(Path.GetFullPath(seedDirectory), buffer, CancellationToken.None);
        var text = buffer.ToString();
        if (code == SeedCommands.Success)
        {
            await output.WriteAsync(text);
            return 0;
        }

        await error.WriteAsync(text);
        return 1;
    }
}
