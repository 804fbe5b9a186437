using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Ide;

/// <summary>The Banana Cake Pop assets copied by the build from ClientApp into <c>wwwroot/bcp</c>.</summary>
public sealed class BananaCakePopFiles(IWebHostEnvironment environment) : BuiltAssets(environment, "bcp");
