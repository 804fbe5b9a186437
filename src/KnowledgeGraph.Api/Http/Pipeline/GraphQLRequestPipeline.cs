using System.Security.Claims;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.Http.Caching;
using KnowledgeGraph.Api.Http.Limits;
using KnowledgeGraph.Api.Http.Middleware;
using KnowledgeGraph.GraphQL;
using KnowledgeGraph.GraphQL.Authorization;
using KnowledgeGraph.GraphQL.Traversal;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Pipeline;

/// <summary>
/// Everything a request goes through before it is executed, in one order for every transport (POST, GET, persisted
/// queries, WebSocket <c>subscribe</c>): the persisted-query lookup, document length and tokens, parsing, operation
/// choice, depth and expanded size (fragments measured once each), cost — and only then registration as a persisted
/// query. Nothing is stored, cached or executed for a document that fails a check. Body size is the transports' own
/// (the HTTP body, the WebSocket message). Every step runs under the request's deadline. A short document that passed
/// is remembered by its text (<see cref="ParsedDocumentCache"/>), so an application's repeated queries are lexed,
/// parsed and measured once.
/// </summary>
public sealed class GraphQLRequestPipeline(
    ISchema schema,
    PersistedQueryStore persistedQueries,
    ParsedDocumentCache documents,
    OperationAccessPolicy access,
    PreparationWork work,
    IOptions<GraphQLLimitSettings> limits,
    IOptions<PersistedQuerySettings> persistedQuerySettings,
    IOptions<GraphQLSchemaOptions> schemaOptions,
    IOptions<TraversalOptions> traversalOptions)
{
    private const string PersistedQueryExtension = "persistedQuery";

    // Settled once, on the first document costed: the schema is built, and the sizes come from validated options.
    private readonly Lazy<ListSizeEstimates> sizes = new(() =>
    {
        schema.Initialize();
        return new ListSizeEstimates(schemaOptions.Value.DefaultPageSize, traversalOptions.Value.MaxNodes, limits.Value.AssumedListSize);
    });

    /// <summary>
    /// Checks <paramref name="request"/> for <paramref name="user"/> (counted as <paramref name="client"/>);
    /// <paramref name="queriesOnly"/> refuses mutations and subscriptions (GET).
    /// </summary>
    public async ValueTask<(PreparedRequest? Prepared, RequestRefusal? Refusal)> PrepareAsync(
        GraphQLHttpRequest request, ClaimsPrincipal user, string client, bool queriesOnly, CancellationToken cancellationToken)
    {
        string? registerAs = null;
        if (persistedQuerySettings.Value.Enabled && request.Extensions is not null
            && request.Extensions.TryGetValue(PersistedQueryExtension, out var extension) && extension is IDictionary<string, object?> persisted)
        {
            var hash = PersistedQueryHash(persisted);
            if (hash is null)
            {
                return Refuse(RefusalKind.BadRequest, EdgeErrorCodes.BadRequest,
                    "extensions.persistedQuery must be { version: 1, sha256Hash: <64 hex digits> }.");
            }

            if (string.IsNullOrEmpty(request.Query))
            {
                var stored = await persistedQueries.FindAsync(hash, cancellationToken);
                if (stored is null)
                {
                    return Refuse(RefusalKind.RequestError, EdgeErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
                }

                request = request with { Query = stored };
            }
            else if (PersistedQueryHashing.Sha256(request.Query) != hash)
            {
                return Refuse(RefusalKind.BadRequest, EdgeErrorCodes.BadRequest,
                    "extensions.persistedQuery.sha256Hash does not match the SHA-256 of the query.");
            }
            else
            {
                registerAs = hash;
            }
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return Refuse(RefusalKind.BadRequest, EdgeErrorCodes.BadRequest,
                "The 'query' parameter is missing; send a GraphQL document as a string.");
        }

        var settings = limits.Value;
        var parsed = documents.Find(request.Query, client);
        if (parsed is null)
        {
            var (sizeRefusal, fingerprint) = DocumentSizeLimits.Check(request.Query, settings);
            if (sizeRefusal is not null)
            {
                return Refuse(RefusalKind.RequestError, EdgeErrorCodes.LimitExceeded, sizeRefusal);
            }

            cancellationToken.ThrowIfCancellationRequested();
            GraphQLDocument document;
            try
            {
                document = Parser.Parse(request.Query, new ParserOptions { Ignore = IgnoreOptions.Comments });
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return Refuse(RefusalKind.RequestError, EdgeErrorCodes.LimitExceeded,
                    $"The document nests too deeply to be read; {GraphQLLimitSettings.Section}:MaxDepth allows {settings.MaxDepth} levels of fields.");
            }
            catch (GraphQLParserException)
            {
                // The executer parses it again and reports the syntax error with its location, as GraphQL over HTTP asks.
                return (new PreparedRequest(request, null, null, fingerprint, 0), null);
            }

            if (CheckShape(document, settings, cancellationToken) is { } shapeRefusal)
            {
                return (null, shapeRefusal);
            }

            parsed = new ParsedDocument(document, fingerprint);
            documents.Add(request.Query, parsed, client);
        }

        var operation = GraphQLDocuments.SelectOperation(parsed.Document, request.OperationName);
        if (queriesOnly && operation is { Operation: not OperationType.Query })
        {
            return Refuse(RefusalKind.MethodNotAllowed, EdgeErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.");
        }

        var cost = operation is null ? 0 : Cost(parsed, operation, request, cancellationToken);
        if (cost > settings.MaxComplexity)
        {
            return Refuse(RefusalKind.RequestError, EdgeErrorCodes.LimitExceeded,
                $"The document has complexity {cost:0}; {GraphQLLimitSettings.Section}:MaxComplexity allows {settings.MaxComplexity}.");
        }

        // Only a caller who may read registers documents: with private reads an anonymous caller would otherwise fill
        // the shared store although every request of theirs is refused.
        if (registerAs is not null && access.Check(OperationType.Query, user) is null)
        {
            await persistedQueries.RegisterAsync(registerAs, request.Query, client, cancellationToken);
        }

        return (new PreparedRequest(request, parsed.Document, operation, parsed.Fingerprint, cost), null);
    }

    private RequestRefusal? CheckShape(GraphQLDocument document, GraphQLLimitSettings settings, CancellationToken cancellationToken)
    {
        DocumentShape shape;
        try
        {
            shape = DocumentShape.Measure(document, cancellationToken);
        }
        catch (InsufficientExecutionStackException)
        {
            return new RequestRefusal(RefusalKind.RequestError, EdgeErrorCodes.LimitExceeded,
                $"The document's fragments nest too deeply to be checked; {GraphQLLimitSettings.Section}:MaxDepth allows {settings.MaxDepth} levels of fields.");
        }

        work.RecordShape(shape.SelectionSetsVisited);
        if (shape.Depth > settings.MaxDepth)
        {
            return new RequestRefusal(RefusalKind.RequestError, EdgeErrorCodes.LimitExceeded,
                $"The document is {shape.Depth} levels deep; {GraphQLLimitSettings.Section}:MaxDepth allows {settings.MaxDepth}.");
        }

        return shape.ExpandedSelections > settings.MaxExpandedSelections
            ? new RequestRefusal(RefusalKind.RequestError, EdgeErrorCodes.LimitExceeded,
                $"The document stands for {shape.ExpandedSelections:0} field selections once its fragments are expanded; {GraphQLLimitSettings.Section}:MaxExpandedSelections allows {settings.MaxExpandedSelections}.")
            : null;
    }

    /// <summary>The operation's cost; computed once per document for an operation that takes no variables.</summary>
    private double Cost(
        ParsedDocument parsed, GraphQLOperationDefinition operation, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        if (operation.Variables is { Count: > 0 })
        {
            return Estimate(parsed, operation, request.Variables, cancellationToken);
        }

        var name = operation.Name?.StringValue ?? string.Empty;
        if (parsed.FixedCosts.TryGetValue(name, out var known))
        {
            return known;
        }

        var cost = Estimate(parsed, operation, null, cancellationToken);
        parsed.FixedCosts[name] = cost;
        return cost;
    }

    private double Estimate(
        ParsedDocument parsed, GraphQLOperationDefinition operation, global::GraphQL.Inputs? variables, CancellationToken cancellationToken)
    {
        try
        {
            var estimate = QueryCost.Estimate(schema, parsed.Document, operation, variables, sizes.Value, cancellationToken);
            work.RecordCost(estimate.SetsCosted);
            return estimate.Total;
        }
        catch (InsufficientExecutionStackException)
        {
            // The shape check bounds nesting, so this is a guard: a document too deep to cost is too costly.
            return double.PositiveInfinity;
        }
    }

    private static string? PersistedQueryHash(IDictionary<string, object?> persisted)
    {
        if (!persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash || hash.Length != 64
            || !hash.All(Uri.IsHexDigit))
        {
            return null;
        }

        if (persisted.TryGetValue("version", out var version) && version is not (1 or 1L or 1d or 1m))
        {
            return null;
        }

        return hash.ToLowerInvariant();
    }

    private static (PreparedRequest?, RequestRefusal?) Refuse(RefusalKind kind, string code, string message) =>
        (null, new RequestRefusal(kind, code, message));
}
