using KnowledgeGraph.Caching.Versioning;

namespace KnowledgeGraph.Caching.Tests.Versioning;

public sealed class VersionAnnouncementTests
{
    [Fact]
    public void An_announcement_carries_the_version_and_the_bookmarks_and_reads_back()
    {
        var text = new VersionAnnouncement(42, ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q", "FB:second"]).Format();

        Assert.Equal("42 FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q FB:second", text);
        Assert.True(VersionAnnouncement.TryParse(text, out var announcement));
        Assert.Equal(42, announcement.Version);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q", "FB:second"], announcement.Bookmarks);
    }

    [Fact]
    public void A_bare_version_as_older_instances_send_it_is_an_announcement_without_bookmarks()
    {
        Assert.True(VersionAnnouncement.TryParse("7", out var announcement));
        Assert.Equal((7L, 0), (announcement.Version, announcement.Bookmarks.Count));
        Assert.Equal("7", new VersionAnnouncement(7, []).Format());
    }

    [Theory]
    [InlineData("")]
    [InlineData("probe:abc")]
    [InlineData("-1")]
    [InlineData("FB:x 42")]
    public void Anything_else_is_not_an_announcement(string text)
    {
        Assert.False(VersionAnnouncement.TryParse(text, out _));
    }
}
