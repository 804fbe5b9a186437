namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// The answer of <see cref="WebSocketConnectionTracker.TryOpen"/>: when admitted, one socket's place in the counts,
/// given back by <see cref="Dispose"/> (once, however often it is called); when refused, which limit refused it.
/// </summary>
public sealed class WebSocketSlot : IDisposable
{
    private readonly Action? _release;
    private int _released;

    internal WebSocketSlot(WebSocketAdmission admission, Action? release)
    {
        Admission = admission;
        _release = release;
    }

    public WebSocketAdmission Admission { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _release?.Invoke();
        }
    }
}
