namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>
/// A publisher whose own sites are known: a source whose <c>publisher</c> names it (any of <see cref="Names"/>, as whole
/// words, in any case) must be on one of <see cref="Domains"/> or their subdomains, unless it names another listed
/// publisher whose domain it is on.
/// </summary>
public sealed record ListedPublisher(string Publisher, IReadOnlyList<string> Names, IReadOnlyList<string> Domains);
