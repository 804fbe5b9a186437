namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>A host that sources may not cite (it and its subdomains), with the reason a reviewer accepted.</summary>
public sealed record NotCitableHost(string Host, string Reason);
