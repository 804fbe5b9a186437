using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Storage.Common.Neo4jLayout;

namespace KnowledgeGraph.Exchange.Cypher;

/// <summary>
/// Writes a snapshot as a Cypher script for <c>cypher-shell -f</c> that recreates it in Neo4j in the layout of our
/// Neo4j store (<see cref="GraphSchema"/>): its node constraints and indexes, then <c>(:Source)</c> nodes,
/// <c>(:Entity:&lt;Kind&gt;)</c> nodes and typed relationships, each MERGEd by key with the property map the store itself
/// writes (<see cref="SourceProperties"/>, <see cref="EntityProperties"/>, <see cref="RelationshipProperties"/>, shared
/// with the store through KnowledgeGraph.Storage.Common, so the export does not depend on the adapter), and finally the
/// graph version raised, so the service started on that database reads the graph back. Writes go in transactions of
/// <see cref="BatchSize"/> statements (<c>:begin</c> … <c>:commit</c>). Values are literals escaped by
/// <see cref="CypherLiteral"/>; labels and types come from the kind enum and the relationship registry only.
/// </summary>
public static class CypherScriptWriter
{
    public const int BatchSize = 500;

    private static readonly string AllKindLabels = string.Join(':', Enum.GetValues<EntityKind>().Select(GraphSchema.LabelOf));

    public static async Task<ExportCounts> WriteAsync(IGraphSnapshot snapshot, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(
            "// Knowledge graph export: recreates these sources, entities and relationships in Neo4j 5, in the layout the\n" +
            "// KnowledgeGraph Neo4j store reads. Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f <this file>\n" +
            "// Records are merged by key: running it twice leaves the same records, with entity and graph versions moved on.\n").ConfigureAwait(false);
        foreach (var statement in GraphSchema.NodeConstraintsAndIndexes)
        {
            await output.WriteAsync(statement + ";\n").ConfigureAwait(false);
        }

        var batch = new Batch(output);
        var sources = 0;
        await foreach (var source in snapshot.ReadSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            var map = SourceProperties.Of(source);
            await batch.AddAsync(
                $"MERGE (s:{GraphSchema.SourceLabel} {{{GraphSchema.Key}: {CypherLiteral.String(source.Key)}}}) SET s = {CypherLiteral.Map(map)};").ConfigureAwait(false);
            sources++;
        }

        var entities = 0;
        await foreach (var entity in snapshot.ReadEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            await batch.AddAsync(EntityStatement(entity)).ConfigureAwait(false);
            entities++;
        }

        var relationships = 0;
        await foreach (var relationship in snapshot.ReadRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            await batch.AddAsync(RelationshipStatement(relationship)).ConfigureAwait(false);
            relationships++;
        }

        await batch.AddAsync(
            $"MERGE (m:{GraphSchema.MetaLabel} {{id: {CypherLiteral.String(GraphSchema.MetaId)}}}) ON CREATE SET m.version = 0 SET m.version = m.version + 1;").ConfigureAwait(false);
        await batch.CommitAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExportCounts(sources, entities, relationships);
    }

    /// <summary>The entity's node with the store's property map; its version moves on from whatever is stored.</summary>
    internal static string EntityStatement(Entity entity)
    {
        var map = EntityProperties.Of(entity, 0);
        map.Remove(GraphSchema.Version);
        return $"MERGE (n:{GraphSchema.EntityLabel} {{{GraphSchema.Key}: {CypherLiteral.String(entity.Key)}}}) " +
               $"WITH n, coalesce(n.{GraphSchema.Version}, 0) + 1 AS version " +
               $"SET n = {CypherLiteral.Map(map)}, n.{GraphSchema.Version} = version " +
               $"REMOVE n:{AllKindLabels} SET n:{GraphSchema.LabelOf(entity.Kind)};";
    }

    internal static string RelationshipStatement(Relationship relationship)
    {
        var type = RelationshipTypes.Find(relationship.Type)
            ?? throw new InvalidOperationException($"Relationship '{relationship.Key}' has the type '{relationship.Type}', which is not in the registry.");
        var map = RelationshipProperties.Of(relationship);
        return $"MATCH (a:{GraphSchema.EntityLabel} {{{GraphSchema.Key}: {CypherLiteral.String(relationship.FromKey)}}}), " +
               $"(b:{GraphSchema.EntityLabel} {{{GraphSchema.Key}: {CypherLiteral.String(relationship.ToKey)}}}) " +
               $"MERGE (a)-[r:{type.Name} {{{GraphSchema.Key}: {CypherLiteral.String(relationship.Key)}}}]->(b) SET r = {CypherLiteral.Map(map)};";
    }

    /// <summary>Groups statements into explicit transactions of at most <see cref="BatchSize"/>.</summary>
    private sealed class Batch(TextWriter output)
    {
        private int _count;

        public async Task AddAsync(string statement)
        {
            if (_count == 0)
            {
                await output.WriteAsync(":begin\n").ConfigureAwait(false);
            }

            await output.WriteAsync(statement + "\n").ConfigureAwait(false);
            if (++_count == BatchSize)
            {
                await CommitAsync().ConfigureAwait(false);
            }
        }

        public async Task CommitAsync()
        {
            if (_count > 0)
            {
                await output.WriteAsync(":commit\n").ConfigureAwait(false);
                _count = 0;
            }
        }
    }
}
