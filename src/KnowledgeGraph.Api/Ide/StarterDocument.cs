namespace KnowledgeGraph.Api.Ide;

/// <summary>
/// What a new Banana Cake Pop document holds (the IDE's <c>graphQLDocument</c> preset): the journalist's questions of
/// the README, as named operations, so that a first visit starts from working queries rather than an empty editor.
/// A test keeps them equal to the README's.
/// </summary>
public static class StarterDocument
{
    public const string Text = """
        # The journalist's questions from the README: run one with the Run button while the cursor is in it.
        # Entities are named by the key you read ("khorgos-gateway-dry-port") or by their global id.

        # Who owns the Khorgos Gateway dry port, and on whose word?
        query WhoOwnsTheDryPort {
          entity(key: "khorgos-gateway-dry-port") { name sources { title publisher url }
            ... on Project {
              owners { edges { role sinceYear confidence note
                               node { name ... on Company { country ownership } }
                               sources { title publisher url publishedOn } } }
              operators { nodes { name } } } }
        }

        # Which companies work on projects started since 2015, and where?
        query RecentProjectsAndTheirCompanies {
          projects(where: { startYear: { gte: 2015 } }, order: [{ startYear: DESC }], first: 20) {
            totalCount
            nodes { name status startYear
              regions { nodes { name parent { name } } }
              companies { edges { relationshipType role node { name } sources { title url } } } } }
        }

        # How is Xi Jinping linked to the Khorgos dry port — every step with its source?
        query HowIsXiLinkedToTheDryPort {
          paths(from: "xi-jinping", to: "khorgos-gateway-dry-port",
                mode: ALL_SHORTEST, maxLength: 4, first: 3) {
            length
            nodes { name }
            hops { direction relationship { type role note sources { title url } } } }
        }

        # And what surrounds it?
        query WhatSurroundsTheDryPort {
          neighborhood(id: "khorgos-gateway-dry-port", depth: 2) { truncated
            nodes { __typename name } relationships { type from { name } to { name } } }
        }

        """;
}
