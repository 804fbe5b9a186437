using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Projects;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary><c>InvestmentFilterInput</c>: conditions on a project's <c>investment</c>, nested as the output is.</summary>
public sealed class InvestmentFilterInputType : InputObjectGraphType
{
    public static readonly NestedFilterObject Nested = new(
        "investment",
        typeof(InvestmentFilterInputType),
        "Conditions on the project's investment; only projects whose investment amount is known match.",
        [InvestmentType.AmountProperty],
        [
            new("amount", InvestmentType.AmountProperty, PropertyType.Number, typeof(FloatOperationFilterInputType), "The amount, in currency."),
            new("currency", InvestmentType.CurrencyProperty, PropertyType.Text, typeof(StringOperationFilterInputType), "ISO 4217 currency code, e.g. USD, CNY, KZT."),
        ]);

    public InvestmentFilterInputType()
    {
        Name = "InvestmentFilterInput";
        Description = "Conditions on an amount of money with its currency. Conditions side by side must all hold.";
        ObjectFilterFields.Add<InvestmentFilterInputType>(this, Nested.Fields);
    }
}
