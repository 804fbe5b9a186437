using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Regions;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary><c>CoordinatesFilterInput</c>: conditions on a region's <c>coordinates</c>, nested as the output is.</summary>
public sealed class CoordinatesFilterInputType : InputObjectGraphType
{
    public static readonly NestedFilterObject Nested = new(
        "coordinates",
        typeof(CoordinatesFilterInputType),
        "Conditions on the region's point; only regions whose coordinates are known (both latitude and longitude) match.",
        [CoordinatesType.LatitudeProperty, CoordinatesType.LongitudeProperty],
        [
            Number("latitude", CoordinatesType.LatitudeProperty, "Latitude, -90 to 90."),
            Number("longitude", CoordinatesType.LongitudeProperty, "Longitude, -180 to 180."),
        ]);

    public CoordinatesFilterInputType()
    {
        Name = "CoordinatesFilterInput";
        Description = "Conditions on a point in decimal degrees (WGS 84). Conditions side by side must all hold.";
        ObjectFilterFields.Add<CoordinatesFilterInputType>(this, Nested.Fields);
    }

    private static NestedFilterField Number(string name, string property, string description) =>
        new(name, property, PropertyType.Number, typeof(FloatOperationFilterInputType), description);
}
