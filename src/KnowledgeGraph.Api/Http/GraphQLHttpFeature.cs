namespace KnowledgeGraph.Api.Http;

/// <summary>What the transport middlewares learned about the current request, handed down the chain.</summary>
public sealed class GraphQLHttpFeature
{
    /// <summary>The negotiated response media type: <see cref="MediaTypes.GraphQLResponse"/> or <see cref="MediaTypes.Json"/>.</summary>
    public string ResponseMediaType { get; set; } = MediaTypes.Json;

    public GraphQLHttpRequest? Request { get; set; }

    /// <summary>The request after every check of <see cref="Pipeline.GraphQLRequestPipeline"/>, ready to execute.</summary>
    public Pipeline.PreparedRequest? Prepared { get; set; }

    /// <summary>Cancelled when the client goes away or <c>GraphQL:Limits:ExecutionTimeoutSeconds</c> has passed since the checks began.</summary>
    public CancellationToken Deadline { get; set; }

    public bool UsesGraphQLResponseMediaType => ResponseMediaType == MediaTypes.GraphQLResponse;

    public static GraphQLHttpFeature Of(HttpContext context)
    {
        var feature = context.Features.Get<GraphQLHttpFeature>();
        if (feature is null)
        {
            feature = new GraphQLHttpFeature();
            context.Features.Set(feature);
        }

        return feature;
    }
}
