using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Observability;

/// <summary>Section <c>OpenTelemetry</c>: traces and metrics export.</summary>
public sealed class TelemetrySettings : ISettings
{
    public const string Section = "OpenTelemetry";

    /// <summary><c>OpenTelemetry:ServiceName</c> (default <c>knowledgegraph-api</c>).</summary>
    public string ServiceName { get; set; } = "knowledgegraph-api";

    /// <summary><c>OpenTelemetry:OtlpEndpoint</c>: OTLP collector (e.g. <c>http://127.0.0.1:4317</c>); empty (default) exports nothing.</summary>
    public string? OtlpEndpoint { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        if (string.IsNullOrWhiteSpace(ServiceName))
        {
            yield return $"{section}:ServiceName must not be empty.";
        }

        if (!string.IsNullOrWhiteSpace(OtlpEndpoint) && !Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out _))
        {
            yield return $"{section}:OtlpEndpoint must be an absolute URI (was '{OtlpEndpoint}').";
        }
    }
}
