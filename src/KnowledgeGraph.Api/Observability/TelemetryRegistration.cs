using KnowledgeGraph.Configuration;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Observability;

public static class TelemetryRegistration
{
    /// <summary>
    /// OpenTelemetry traces and metrics: ASP.NET Core instrumentation plus the app's GraphQL source and meter;
    /// exported over OTLP only when <c>OpenTelemetry:OtlpEndpoint</c> is set.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<TelemetrySettings>(TelemetrySettings.Section, configuration);

        // The exporters are chosen while registering; a bad endpoint is left out here and stops the start, naming its key.
        var settings = configuration.GetSection(TelemetrySettings.Section).Get<TelemetrySettings>() ?? new TelemetrySettings();
        services.AddSingleton<GraphQLTelemetry>();

        var otlp = Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddSource(GraphQLTelemetry.Name);
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(GraphQLTelemetry.Name);
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        return services;
    }
}
