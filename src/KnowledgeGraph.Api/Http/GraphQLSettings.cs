using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Http;

/// <summary>Section <c>GraphQL</c>: switches of the GraphQL endpoint at <c>/graphql</c>.</summary>
public sealed class GraphQLSettings : ISettings
{
    public const string Section = "GraphQL";

    /// <summary><c>GraphQL:EnableIntrospection</c> (default true): allow <c>__schema</c>/<c>__type</c> queries.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary><c>GraphQL:EnableIde</c> (default true): serve Banana Cake Pop to browsers opening <c>/graphql</c>.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary><c>GraphQL:ExposeExceptionDetails</c> (default false; true in Development): stack traces in errors.</summary>
    public bool ExposeExceptionDetails { get; set; }

    public IEnumerable<string> Validate(string section) => [];
}
