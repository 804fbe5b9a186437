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
    private bool _shown;

    public void Report(GraphWriteProgress value)
    {
        lock (_lock)
        {
            if (_bar is null || _stage != value.Stage)
            {
                _bar?.Complete();
                _stage = value.Stage;

                // The index stage counts a few long steps, not records: shown whenever the records were, so that the
                // seconds it takes after the last record do not pass in silence.
                _bar = value.Stage == GraphWriteStage.Indexes
                    ? new ProgressBar(error, Label(value.Stage), value.Total, _shown ? 1 : long.MaxValue, ProgressBar.Steps, interactive)
                    : new ProgressBar(error, Label(value.Stage), value.Total, threshold, ProgressBar.Records, interactive);
                _shown |= value.Stage != GraphWriteStage.Indexes && value.Total >= threshold;
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
