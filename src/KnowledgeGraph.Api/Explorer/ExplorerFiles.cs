using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Explorer;

/// <summary>The link explorer bundled by the build from ExplorerApp into <c>wwwroot/explore</c>.</summary>
public sealed class ExplorerFiles(IWebHostEnvironment environment) : BuiltAssets(environment, "explore");
