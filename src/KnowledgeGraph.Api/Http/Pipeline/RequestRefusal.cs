namespace KnowledgeGraph.Api.Http.Pipeline;

/// <summary>Why the pipeline refused a request before executing it; each transport words it in its own way.</summary>
/// <param name="Kind">How an HTTP answer states it.</param>
/// <param name="Code">The <c>extensions.code</c> a client sees.</param>
/// <param name="Message">What to do about it, naming the configuration key of a limit.</param>
public sealed record RequestRefusal(RefusalKind Kind, string Code, string Message);
