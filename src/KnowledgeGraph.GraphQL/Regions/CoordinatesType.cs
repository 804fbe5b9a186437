using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Regions;

/// <summary>A region's coordinates, read from its <c>latitude</c> and <c>longitude</c> properties.</summary>
public sealed class CoordinatesType : ObjectGraphType<Entity>
{
    public const string LatitudeProperty = "latitude";
    public const string LongitudeProperty = "longitude";

    public CoordinatesType()
    {
        Name = "Coordinates";
        Description = "A point in decimal degrees (WGS 84).";
        Field<NonNullGraphType<FloatGraphType>>("latitude")
            .Description("Latitude, -90 to 90.")
            .Resolve(context => context.Source.Property(LatitudeProperty)!.Value.AsDouble());
        Field<NonNullGraphType<FloatGraphType>>("longitude")
            .Description("Longitude, -180 to 180.")
            .Resolve(context => context.Source.Property(LongitudeProperty)!.Value.AsDouble());
    }
}
