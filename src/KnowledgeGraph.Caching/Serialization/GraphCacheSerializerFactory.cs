using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Caching.Entries;
using Microsoft.Extensions.Caching.Hybrid;

namespace KnowledgeGraph.Caching.Serialization;

/// <summary>Gives HybridCache the compact JSON serializers of the graph cache entries; other types are left to others.</summary>
public sealed class GraphCacheSerializerFactory : IHybridCacheSerializerFactory
{
    private static readonly GraphEntrySerializer<NeighborhoodEntry, SubgraphDto> Neighborhood =
        new(GraphCacheJsonContext.Default.SubgraphDto, GraphDtoMapper.ToDto, GraphDtoMapper.FromDto);

    private static readonly GraphEntrySerializer<PathsEntry, PathsDto> Paths =
        new(GraphCacheJsonContext.Default.PathsDto, GraphDtoMapper.ToDto, GraphDtoMapper.FromDto);

    private static readonly GraphEntrySerializer<RelationshipsEntry, RelationshipsDto> Relationships =
        new(GraphCacheJsonContext.Default.RelationshipsDto, GraphDtoMapper.ToDto, GraphDtoMapper.FromDto);

    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        serializer = (Neighborhood as IHybridCacheSerializer<T>)
            ?? (Paths as IHybridCacheSerializer<T>)
            ?? (Relationships as IHybridCacheSerializer<T>);
        return serializer is not null;
    }
}
