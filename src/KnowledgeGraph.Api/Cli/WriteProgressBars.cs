using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// Shows a store's write progress as one <see cref="ProgressBar"/> per stage: the records of the change set, then the
/// change-history entries. Reports come from inside the store's write, on whatever thread it runs.
/// </summary>
internal sealed class WriteProgressBars(TextWriter error, long threshold, bool interactive) : IProgress<GraphWriteProgress>
{
    private readonly Lock _lock = new();
    private GraphWriteStage? _stage;
    private ProgressBar? _bar;

    public void Report(GraphWriteProgress value)
    {
        lock (_lock)
        {
            if (_bar is null || _stage != value.Stage)
            {
                _bar?.Complete();
                _stage = value.Stage;
                _bar = new ProgressBar(error, Label(value.Stage), value.Total, threshold, ProgressBar.Records, interactive);
            }

            _bar.Report(value.Done);
        }
    }

    /// <summary>Ends the last redrawn line, so that what follows starts on a line of its own.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            _bar?.Complete();
        }
    }

    private static string Label(GraphWriteStage stage) => stage switch
    {
        GraphWriteStage.Records => "Writing",
        GraphWriteStage.History => "Recording history",
        GraphWriteStage.Indexes => "Building indexes",
        _ => stage.ToString(),
    };
}
