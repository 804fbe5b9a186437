using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>
/// How large an operation really is once every fragment spread is replaced by the selections it stands for, and how
/// deep it nests. Each fragment is measured once and its figure reused wherever it is spread, so a document whose
/// fragments spread each other twice over (2^n selections from n fragments) is measured in time proportional to its
/// text, before any rule that would walk every spread again. A fragment that spreads itself, directly or not, counts
/// nothing where it recurs (the validation rules report the cycle).
/// </summary>
public sealed class DocumentShape
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphQLSelectionSet, (double Selections, int Depth)> measured = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> measuring = new(StringComparer.Ordinal);
    private readonly CancellationToken cancellationToken;

    private DocumentShape(GraphQLDocument document, CancellationToken cancellationToken)
    {
        this.cancellationToken = cancellationToken;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Field selections the operation stands for, every spread expanded (saturates at infinity).</summary>
    public double ExpandedSelections { get; private set; }

    /// <summary>Deepest field nesting, the operation's top-level fields being depth 1.</summary>
    public int Depth { get; private set; }

    /// <summary>Selection sets actually visited to measure the operation: the work done, for tests to bound.</summary>
    public int SelectionSetsVisited { get; private set; }

    /// <summary>
    /// Measures every operation and fragment of <paramref name="document"/>, as validation walks them all whichever
    /// operation is chosen: <see cref="ExpandedSelections"/> is their sum, <see cref="Depth"/> the deepest.
    /// <see cref="InsufficientExecutionStackException"/> when the nesting of selection sets and fragments is too deep
    /// to walk (the caller refuses the document).
    /// </summary>
    public static DocumentShape Measure(GraphQLDocument document, CancellationToken cancellationToken)
    {
        var shape = new DocumentShape(document, cancellationToken);
        foreach (var definition in document.Definitions)
        {
            var set = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (set is null)
            {
                continue;
            }

            var name = (definition as GraphQLFragmentDefinition)?.FragmentName.Name.StringValue;
            if (name is not null)
            {
                shape.measuring.Add(name);
            }

            var (selections, depth) = shape.MeasureSet(set);
            if (name is not null)
            {
                shape.measuring.Remove(name);
            }

            shape.ExpandedSelections += selections;
            shape.Depth = Math.Max(shape.Depth, depth);
        }

        return shape;
    }

    private (double Selections, int Depth) MeasureSet(GraphQLSelectionSet set)
    {
        if (measured.TryGetValue(set, out var known))
        {
            return known;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        cancellationToken.ThrowIfCancellationRequested();
        SelectionSetsVisited++;
        double selections = 0;
        var depth = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var child = field.SelectionSet is null ? (0d, 0) : MeasureSet(field.SelectionSet);
                    selections += 1 + child.Item1;
                    depth = Math.Max(depth, 1 + child.Item2);
                    break;
                case GraphQLInlineFragment inline:
                    var inner = MeasureSet(inline.SelectionSet);
                    selections += inner.Selections;
                    depth = Math.Max(depth, inner.Depth);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (fragments.TryGetValue(name, out var fragment) && measuring.Add(name))
                    {
                        var spreadShape = MeasureSet(fragment.SelectionSet);
                        measuring.Remove(name);
                        selections += spreadShape.Selections;
                        depth = Math.Max(depth, spreadShape.Depth);
                    }

                    break;
            }
        }

        // Kept even inside a fragment cycle, where the figure is short by the recurring part: such a document never
        // validates, and memoising every set is what keeps the walk linear.
        measured[set] = (selections, depth);
        return (selections, depth);
    }
}
