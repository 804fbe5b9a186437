using System.Security.Claims;
using KnowledgeGraph.GraphQL.Mutations;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

public sealed class ChangeAuthorsTests
{
    [Fact]
    public void The_author_is_the_name_claim_else_the_sub_claim_else_anonymous()
    {
        var named = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "aigerim"), new Claim("sub", "u-17")], "test"));
        var subjectOnly = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u-17")], "test"));

        Assert.Equal("aigerim", ChangeAuthors.NameOf(named));
        Assert.Equal("u-17", ChangeAuthors.NameOf(subjectOnly));
        Assert.Equal("anonymous", ChangeAuthors.NameOf(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Equal("anonymous", ChangeAuthors.NameOf(null));
    }
}
