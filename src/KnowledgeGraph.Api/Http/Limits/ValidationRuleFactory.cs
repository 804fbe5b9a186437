using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>The validation rules every request runs: GraphQL's core rules plus the configured limits.</summary>
public sealed class ValidationRuleFactory(IOptions<GraphQLLimitSettings> limits, IOptions<GraphQLSettings> settings)
{
    private readonly IReadOnlyList<IValidationRule> rules = Build(limits.Value, settings.Value);

    public IEnumerable<IValidationRule> Rules => rules;

    private static readonly Func<FieldImpactContext, FieldComplexityResult> DefaultImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;

    private static List<IValidationRule> Build(GraphQLLimitSettings limits, GraphQLSettings settings)
    {
        var rules = new List<IValidationRule>(DocumentValidator.CoreRules)
        {
            new AliasLimitRule(limits.MaxAliases),
            new ComplexityValidationRule(new ComplexityOptions
            {
                // Introspection (IDEs load the whole schema with one deep query) costs nothing; depth still counts.
                DefaultComplexityImpactDelegate = context => context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                    ? new FieldComplexityResult(0, 0)
                    : DefaultImpact(context),
                ValidateComplexityDelegate = context =>
                {
                    if (context.MaxDepth > limits.MaxDepth)
                    {
                        context.Error = new LimitValidationError(
                            $"The document is {context.MaxDepth} levels deep; {GraphQLLimitSettings.Section}:MaxDepth allows {limits.MaxDepth}.");
                    }
                    else if (context.TotalImpact > limits.MaxComplexity)
                    {
                        context.Error = new LimitValidationError(
                            $"The document has complexity {context.TotalImpact:0}; {GraphQLLimitSettings.Section}:MaxComplexity allows {limits.MaxComplexity}.");
                    }

                    return Task.CompletedTask;
                },
            }),
        };

        if (!settings.EnableIntrospection)
        {
            rules.Add(NoIntrospectionValidationRule.Instance);
        }

        return rules;
    }
}
