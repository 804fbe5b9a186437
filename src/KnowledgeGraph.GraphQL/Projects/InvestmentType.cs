using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Projects;

/// <summary>A project's investment, read from its <c>investmentAmount</c> and <c>investmentCurrency</c> properties.</summary>
public sealed class InvestmentType : ObjectGraphType<Entity>
{
    public const string AmountProperty = "investmentAmount";
    public const string CurrencyProperty = "investmentCurrency";

    public InvestmentType()
    {
        Name = "Investment";
        Description = "An amount of money with its currency.";
        Field<NonNullGraphType<FloatGraphType>>("amount")
            .Description("The amount, in currency.")
            .Resolve(context => context.Source.Property(AmountProperty)!.Value.AsDouble());
        Field<StringGraphType>("currency")
            .Description("ISO 4217 currency code, e.g. USD, CNY, KZT.")
            .Resolve(context => context.Source.Property(CurrencyProperty)?.Text);
    }
}
