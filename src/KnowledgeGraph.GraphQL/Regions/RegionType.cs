using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Entities;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Regions;

/// <summary>The <c>Region</c> type: generated fields plus <c>coordinates { latitude longitude }</c>.</summary>
public sealed class RegionType : EntityObjectGraphType, IEntityGraphType
{
    public RegionType(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
        : base(EntityKind.Region, store, options)
    {
        Field<CoordinatesType>("coordinates")
            .Description("The region's point on the map; null unless both latitude and longitude are known.")
            .Resolve(context => context.Source.Property(CoordinatesType.LatitudeProperty) is not null
                && context.Source.Property(CoordinatesType.LongitudeProperty) is not null ? context.Source : null);
    }

    public static string GraphTypeName => nameof(EntityKind.Region);

    public static EntityKind? Kind => EntityKind.Region;

    public static string? ConnectionField => "regions";
}
