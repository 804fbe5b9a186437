using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class RealSeedTests
{
    [Fact]
    public void Repository_seed_reads_and_validates_without_errors()
    {
        var document = SeedReader.ReadDirectory(RepositoryPaths.SeedDirectory);

        var errors = SeedValidator.Validate(document);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.NotEmpty(document.Entities);
        Assert.NotEmpty(document.Relationships);
    }
}
