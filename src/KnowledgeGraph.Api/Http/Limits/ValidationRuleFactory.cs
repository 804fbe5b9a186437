using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>
/// The validation rules every request runs: GraphQL's core rules plus the alias limit and the introspection switch.
/// Depth, expanded size and cost are checked before validation, by <see cref="Pipeline.GraphQLRequestPipeline"/>,
/// since some core rules walk every fragment spread again.
/// </summary>
public sealed class ValidationRuleFactory(IOptions<GraphQLLimitSettings> limits, IOptions<GraphQLSettings> settings)
{
    private readonly IReadOnlyList<IValidationRule> rules = Build(limits.Value, settings.Value);

    public IEnumerable<IValidationRule> Rules => rules;

    private static List<IValidationRule> Build(GraphQLLimitSettings limits, GraphQLSettings settings)
    {
        var rules = new List<IValidationRule>(DocumentValidator.CoreRules)
        {
            new AliasLimitRule(limits.MaxAliases),
        };

        if (!settings.EnableIntrospection)
        {
            rules.Add(NoIntrospectionValidationRule.Instance);
        }

        return rules;
    }
}
