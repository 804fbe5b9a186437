using KnowledgeGraph.Seeding.Provenance;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class SourcePolicyTests
{
    [Theory]
    [InlineData("Today.az (Trend)", "Trend News Agency")]
    [InlineData("People’s Daily Online (Xinhua)", "Xinhua,People's Daily")]
    [InlineData("TRENDS Research & Advisory", "")]
    [InlineData("CentrAsia (Prime-TASS)", "")]
    [InlineData("RFE/RL", "RFE/RL")]
    public void A_publisher_is_named_as_whole_words_in_any_case(string publisher, string expected)
    {
        var named = PublisherNames.Named(publisher).Select(p => p.Publisher);

        Assert.Equal(expected, string.Join(',', named));
    }

    [Fact]
    public void A_url_keeps_the_trailing_dot_of_its_host_and_loses_port_and_user()
    {
        var url = SourceUrl.Parse("http://user@en.people.cn.:8080/n/2014/a.html?x=1#top")!;

        Assert.Equal(("en.people.cn.", "/n/2014/a.html", "?x=1#top"), (url.Host, url.Path, url.Rest));
    }

    [Theory]
    [InlineData("https://www.chinadaily.com.cn/a/1.html", "http://chinadaily.com.cn/a/1.html/#p2")]
    [InlineData("https://Example.org/a?id=2", "https://example.org/a?id=2")]
    public void Urls_that_differ_only_in_scheme_www_case_of_host_trailing_slash_or_fragment_are_one_document(string first, string second)
    {
        Assert.Equal(SourceUrl.Parse(first)!.Normalised(), SourceUrl.Parse(second)!.Normalised());
    }

    [Fact]
    public void Urls_that_differ_in_path_case_or_query_are_different_documents()
    {
        Assert.NotEqual(SourceUrl.Parse("https://example.org/A")!.Normalised(), SourceUrl.Parse("https://example.org/a")!.Normalised());
        Assert.NotEqual(SourceUrl.Parse("https://example.org/a?id=1")!.Normalised(), SourceUrl.Parse("https://example.org/a?id=2")!.Normalised());
    }

    [Fact]
    public void Every_listed_host_has_a_reason_and_every_publisher_a_name_and_a_domain()
    {
        Assert.All(SourcePolicy.NotCitableHosts, h => Assert.False(string.IsNullOrWhiteSpace(h.Reason), h.Host));
        Assert.All(SourcePolicy.Publishers, p => Assert.True(p.Names.Count > 0 && p.Domains.Count > 0, p.Publisher));
        Assert.Equal(SourcePolicy.NotCitableHosts.Count, SourcePolicy.NotCitableHosts.Select(h => h.Host).Distinct().Count());
    }
}
