namespace KnowledgeGraph.Configuration;

/// <summary>An options class bound from one configuration section that can explain what is wrong with it.</summary>
public interface ISettings
{
    /// <summary>One message per invalid value, each naming its full configuration key and the rule it breaks.</summary>
    IEnumerable<string> Validate(string section);
}
