using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// Builds a mutation's payload type the Hot Chocolate way: <c>XxxPayload { &lt;changed object&gt; errors: [XxxError!] }</c>
/// where <c>XxxError</c> is the union of the typed errors that mutation can report.
/// </summary>
public static class MutationPayloadTypes
{
    public static ObjectGraphType<MutationPayload> Create(
        string mutationName, Action<ObjectGraphType<MutationPayload>> addFields, params Type[] errorTypes)
    {
        var typeName = char.ToUpperInvariant(mutationName[0]) + mutationName[1..];
        var union = new UnionGraphType
        {
            Name = typeName + "Error",
            Description = $"An error {mutationName} reports instead of changing anything.",
        };
        foreach (var errorType in errorTypes)
        {
            union.Type(errorType);
        }

        var payload = new ObjectGraphType<MutationPayload> { Name = typeName + "Payload", Description = $"The outcome of {mutationName}." };
        addFields(payload);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(union)))
            .Description("Why nothing was changed; null on success.")
            .Resolve(context => context.Source.Errors);
        return payload;
    }
}
