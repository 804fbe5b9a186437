namespace KnowledgeGraph.Api.Http.Pipeline;

public enum RefusalKind
{
    /// <summary>The request itself is malformed: 400 whatever the media type.</summary>
    BadRequest,

    /// <summary>A well-formed request the server will not execute (limits, unknown persisted query): a GraphQL request error.</summary>
    RequestError,

    /// <summary>Not a query, sent where only queries may be (GET): 405.</summary>
    MethodNotAllowed,
}
