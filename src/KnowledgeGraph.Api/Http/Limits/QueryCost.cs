using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>
/// The cost of an operation in field values it would produce: every field selected counts once per object it is
/// selected on (only <c>__typename</c> is free), and the objects of a list field are as many as the request asks for
/// (<c>first</c>, <c>last</c>, <c>limit</c>, the ids it names) or, where it cannot say, <see cref="ListSizeEstimates"/>.
/// Children loaded in batches are counted by the values they return, not once per parent as separate loads.
/// Introspection is counted exactly, since the schema it describes is at hand: each (schema element, selection set)
/// pair is costed once, so nested <c>interfaces { possibleTypes { … } }</c> is priced at its real, exponential size
/// in time proportional to the schema times the document.
/// </summary>
public sealed class QueryCost
{
    private readonly ISchema schema;
    private readonly Inputs? variables;
    private readonly ListSizeEstimates sizes;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> expanding = new(StringComparer.Ordinal);
    private readonly Dictionary<(GraphQLSelectionSet, IGraphType, int?), double> dataCosts = [];
    private readonly Dictionary<(object, GraphQLSelectionSet), double> introspectionCosts = [];

    private QueryCost(ISchema schema, GraphQLDocument document, Inputs? variables, ListSizeEstimates sizes, CancellationToken cancellationToken)
    {
        this.schema = schema;
        this.variables = variables;
        this.sizes = sizes;
        this.cancellationToken = cancellationToken;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>(Schema element, selection set) pairs costed: the work done, for tests to bound.</summary>
    public int SetsCosted { get; private set; }

    public double Total { get; private set; }

    /// <summary>
    /// Costs <paramref name="operation"/>; measure its <see cref="DocumentShape"/> first, so that the document is known
    /// to be of bounded depth.
    /// </summary>
    public static QueryCost Estimate(
        ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables, ListSizeEstimates sizes,
        CancellationToken cancellationToken)
    {
        var cost = new QueryCost(schema, document, variables, sizes, cancellationToken);
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        cost.Total = root is null ? 0 : cost.DataSet(operation.SelectionSet, root, null);
        return cost;
    }

    private double DataSet(GraphQLSelectionSet set, IGraphType parent, int? pageSize)
    {
        var key = (set, parent, pageSize);
        if (dataCosts.TryGetValue(key, out var known))
        {
            return known;
        }

        Enter();
        double always = 0;
        Dictionary<string, double>? conditional = null;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    always += DataField(field, parent, pageSize);
                    break;
                case GraphQLInlineFragment inline:
                    Conditional(inline.TypeCondition, inline.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (fragments.TryGetValue(name, out var fragment) && expanding.Add(name))
                    {
                        Conditional(fragment.TypeCondition, fragment.SelectionSet);
                        expanding.Remove(name);
                    }

                    break;
            }
        }

        // Fragments on different possible types never apply to the same object: an object costs the dearest of them.
        var total = always + (conditional is { Count: > 0 } ? conditional.Values.Max() : 0);
        dataCosts[key] = total;
        return total;

        void Conditional(GraphQLTypeCondition? condition, GraphQLSelectionSet inner)
        {
            var target = condition is null ? parent : schema.AllTypes[condition.Type.Name.Value] ?? parent;
            var cost = DataSet(inner, target, pageSize);
            if (AlwaysApplies(parent, target))
            {
                always += cost;
                return;
            }

            conditional ??= new Dictionary<string, double>(StringComparer.Ordinal);
            var typeName = target.Name;
            conditional[typeName] = conditional.GetValueOrDefault(typeName) + cost;
        }
    }

    private static bool AlwaysApplies(IGraphType parent, IGraphType condition) =>
        ReferenceEquals(parent, condition)
        || (condition is IInterfaceGraphType && parent is IImplementInterfaces implementing && implementing.ResolvedInterfaces.Contains(condition));

    private double DataField(GraphQLField field, IGraphType parent, int? pageSize)
    {
        var name = field.Name.StringValue;
        if (name == "__typename")
        {
            return 0;
        }

        if (ReferenceEquals(parent, schema.Query) && field.SelectionSet is { } introspected)
        {
            if (name == "__schema")
            {
                return 1 + SchemaCost(introspected);
            }

            if (name == "__type")
            {
                return 1 + (ArgumentString(field, "name") is { } typeName && schema.AllTypes[typeName] is { } named
                    ? TypeCost(named, introspected)
                    : 0);
            }
        }

        var definition = (parent as IComplexGraphType)?.GetField(name);
        if (definition?.ResolvedType is null || field.SelectionSet is null)
        {
            return 1;
        }

        double objects = 1;
        var type = definition.ResolvedType;
        var isList = false;
        while (type is NonNullGraphType or ListGraphType)
        {
            if (type is ListGraphType)
            {
                objects *= ListSize(field, definition, pageSize);
                isList = true;
            }

            type = ((IProvideResolvedType)type).ResolvedType!;
        }

        // A field that takes a page size but returns one object (a connection, a subgraph) hands it to its lists.
        var childPageSize = isList ? null : RequestedSize(field, definition);
        return 1 + objects * DataSet(field.SelectionSet, type, childPageSize);
    }

    private double ListSize(GraphQLField field, FieldType definition, int? pageSize)
    {
        if (RequestedSize(field, definition) is { } requested)
        {
            return requested;
        }

        var named = 0;
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            named = Math.Max(named, ListLength(argument.Value));
        }

        return named > 0 ? named : pageSize ?? sizes.AssumedListSize;
    }

    /// <summary>The size a field's <c>first</c>, <c>last</c> or <c>limit</c> asks for, its default when left out, or null when it has none.</summary>
    private int? RequestedSize(GraphQLField field, FieldType definition)
    {
        if (definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null)
        {
            return ArgumentInt(field, "first") ?? ArgumentInt(field, "last") ?? sizes.DefaultPageSize;
        }

        return definition.Arguments?.Find("limit") is not null ? ArgumentInt(field, "limit") ?? sizes.DefaultTraversalLimit : null;
    }

    private int? ArgumentInt(GraphQLField field, string name) =>
        Argument(field, name) switch
        {
            GraphQLIntValue literal when int.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) => Math.Max(value, 0),
            GraphQLIntValue => int.MaxValue,
            GraphQLVariable variable => VariableValue(variable) switch
            {
                int value => Math.Max(value, 0),
                long value => (int)Math.Clamp(value, 0, int.MaxValue),
                double value when !double.IsNaN(value) => (int)Math.Clamp(value, 0, int.MaxValue),
                decimal value => (int)Math.Clamp(value, 0, int.MaxValue),
                _ => null,
            },
            _ => null,
        };

    private string? ArgumentString(GraphQLField field, string name) =>
        Argument(field, name) switch
        {
            GraphQLStringValue literal => literal.Value.ToString(),
            GraphQLVariable variable => VariableValue(variable) as string,
            _ => null,
        };

    private int ListLength(GraphQLValue value) =>
        value switch
        {
            GraphQLListValue list => list.Values?.Count ?? 0,
            GraphQLVariable variable => VariableValue(variable) is ICollection collection and not IDictionary ? collection.Count : 0,
            _ => 0,
        };

    private static GraphQLValue? Argument(GraphQLField field, string name) =>
        field.Arguments?.FirstOrDefault(a => a.Name.StringValue == name)?.Value;

    private object? VariableValue(GraphQLVariable variable) =>
        variables is not null && variables.TryGetValue(variable.Name.StringValue, out var value) ? value : null;

    private double SchemaCost(GraphQLSelectionSet set) =>
        Introspect(schema, "__Schema", set, (field, inner) => field.Name.StringValue switch
        {
            "types" => schema.AllTypes.Sum(type => TypeCost(type, inner)),
            "queryType" => TypeCost(schema.Query, inner),
            "mutationType" => schema.Mutation is { } mutation ? TypeCost(mutation, inner) : 0,
            "subscriptionType" => schema.Subscription is { } subscription ? TypeCost(subscription, inner) : 0,
            "directives" => schema.Directives.Sum(directive => Introspect(directive, "__Directive", inner, (f, i) =>
                f.Name.StringValue == "args" ? Listed(directive.Arguments ?? [], f).Sum(a => InputValueCost(a, a.ResolvedType, i)) : 0)),
            _ => 0,
        });

    private double TypeCost(IGraphType type, GraphQLSelectionSet set) =>
        Introspect(type, "__Type", set, (field, inner) => field.Name.StringValue switch
        {
            "fields" when type is IComplexGraphType complex and not IInputObjectGraphType =>
                Listed(complex.Fields, field).Sum(f => Introspect(f, "__Field", inner, (ff, fi) => ff.Name.StringValue switch
                {
                    "args" => Listed(f.Arguments ?? [], ff).Sum(a => InputValueCost(a, a.ResolvedType, fi)),
                    "type" => f.ResolvedType is { } resolved ? TypeCost(resolved, fi) : 0,
                    _ => 0,
                })),
            "inputFields" when type is IInputObjectGraphType input => Listed(input.Fields, field).Sum(f => InputValueCost(f, f.ResolvedType, inner)),
            "interfaces" when type is IImplementInterfaces implementing => implementing.ResolvedInterfaces.Sum(i => TypeCost(i, inner)),
            "possibleTypes" when type is IAbstractGraphType abstractType => abstractType.PossibleTypes.Sum(p => TypeCost(p, inner)),
            "enumValues" when type is EnumerationGraphType enumeration =>
                Listed(enumeration.Values, field).Sum(v => Introspect(v, "__EnumValue", inner, (_, _) => 0)),
            "ofType" when type is IProvideResolvedType { ResolvedType: { } wrapped } and (NonNullGraphType or ListGraphType) => TypeCost(wrapped, inner),
            _ => 0,
        });

    /// <summary>
    /// The elements an introspection list field returns: deprecated ones only with <c>includeDeprecated: true</c>,
    /// as GraphQL.NET's introspection resolvers do.
    /// </summary>
    private IEnumerable<T> Listed<T>(IEnumerable<T> elements, GraphQLField listField)
        where T : IProvideDeprecationReason =>
        ArgumentBool(listField, "includeDeprecated") == true ? elements : elements.Where(e => string.IsNullOrWhiteSpace(e.DeprecationReason));

    private bool? ArgumentBool(GraphQLField field, string name) =>
        Argument(field, name) switch
        {
            GraphQLTrueBooleanValue => true,
            GraphQLFalseBooleanValue => false,
            GraphQLVariable variable => VariableValue(variable) as bool?,
            _ => null,
        };

    private double InputValueCost(object owner, IGraphType? type, GraphQLSelectionSet set) =>
        Introspect(owner, "__InputValue", set, (field, inner) =>
            field.Name.StringValue == "type" && type is not null ? TypeCost(type, inner) : 0);

    /// <summary>
    /// The cost of <paramref name="set"/> on one introspection object: 1 per field, plus what
    /// <paramref name="children"/> says a field's own selection set costs; fragments apply when their type
    /// condition is the object's introspection type.
    /// </summary>
    private double Introspect(object target, string typeName, GraphQLSelectionSet? set, Func<GraphQLField, GraphQLSelectionSet, double> children)
    {
        if (set is null)
        {
            return 0;
        }

        var key = (target, set);
        if (introspectionCosts.TryGetValue(key, out var known))
        {
            return known;
        }

        Enter();
        double total = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Name.StringValue != "__typename":
                    total += 1 + (field.SelectionSet is { } inner ? children(field, inner) : 0);
                    break;
                case GraphQLInlineFragment inline when inline.TypeCondition is null || inline.TypeCondition.Type.Name.StringValue == typeName:
                    total += Introspect(target, typeName, inline.SelectionSet, children);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (fragments.TryGetValue(name, out var fragment) && fragment.TypeCondition.Type.Name.StringValue == typeName && expanding.Add(name))
                    {
                        total += Introspect(target, typeName, fragment.SelectionSet, children);
                        expanding.Remove(name);
                    }

                    break;
            }
        }

        introspectionCosts[key] = total;
        return total;
    }

    private void Enter()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        cancellationToken.ThrowIfCancellationRequested();
        SetsCosted++;
    }
}
