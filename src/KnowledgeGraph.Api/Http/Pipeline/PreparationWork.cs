namespace KnowledgeGraph.Api.Http.Pipeline;

/// <summary>
/// Running totals of the work the pipeline's document checks did, so that tests and the benchmark can show that a
/// hostile document was refused after bounded work, counted rather than timed.
/// </summary>
public sealed class PreparationWork
{
    private long selectionSetsVisited;
    private long setsCosted;
    private long documentsChecked;

    /// <summary>Selection sets visited while measuring expanded size and depth.</summary>
    public long SelectionSetsVisited => Interlocked.Read(ref selectionSetsVisited);

    /// <summary>(Schema element, selection set) pairs costed.</summary>
    public long SetsCosted => Interlocked.Read(ref setsCosted);

    /// <summary>Parsed documents checked.</summary>
    public long DocumentsChecked => Interlocked.Read(ref documentsChecked);

    internal void RecordShape(int visited)
    {
        Interlocked.Increment(ref documentsChecked);
        Interlocked.Add(ref selectionSetsVisited, visited);
    }

    internal void RecordCost(int costed) => Interlocked.Add(ref setsCosted, costed);
}
