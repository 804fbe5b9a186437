using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Caching.Hybrid;

namespace KnowledgeGraph.Caching.Serialization;

/// <summary>Serializes one kind of cache entry as compact JSON through its wire form <typeparamref name="TDto"/>.</summary>
internal sealed class GraphEntrySerializer<TEntry, TDto>(
    JsonTypeInfo<TDto> typeInfo, Func<TEntry, TDto> toDto, Func<TDto, TEntry> fromDto) : IHybridCacheSerializer<TEntry>
    where TDto : class
{
    public TEntry Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new Utf8JsonReader(source);
        var dto = JsonSerializer.Deserialize(ref reader, typeInfo) ?? throw new JsonException("A graph cache entry was null.");
        return fromDto(dto);
    }

    public void Serialize(TEntry value, IBufferWriter<byte> target)
    {
        using var writer = new Utf8JsonWriter(target);
        JsonSerializer.Serialize(writer, toDto(value), typeInfo);
    }
}
