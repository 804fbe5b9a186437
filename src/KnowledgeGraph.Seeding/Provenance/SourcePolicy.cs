namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>
/// The reviewed lists behind <see cref="SourceRules"/>, kept in this one file so that a change to them is one reviewed
/// diff: hosts that may not be cited (each with its reason), publishers with their own domains, and the host labels
/// that mark a staging or development copy of a site. seed/README.md ("Source rules") explains how to change them.
/// </summary>
public static class SourcePolicy
{
    /// <summary>Host labels (other than the registrable domain) that mark a copy of a site not meant for readers.</summary>
    public static readonly IReadOnlySet<string> StagingLabels =
        new HashSet<string>(["staging", "stage", "dev", "test", "preprod", "uat"], StringComparer.Ordinal);

    /// <summary>Mirrors, copies and other hosts a fact-checker would not accept; cite the original instead.</summary>
    public static readonly IReadOnlyList<NotCitableHost> NotCitableHosts =
    [
        new("sco.wikipedia.org", "Scots-language Wikipedia, an edition with known unreliable content; cite the original-language or English article, or better its primary sources"),
        new("wikisum.wiki", "machine-written summaries of Wikipedia articles, not Wikipedia itself"),
        new("memim.com", "machine translations of German Wikipedia articles"),
        new("nina.az", "mirror of Wikipedia articles (wiki3.en-us.nina.az)"),
        new("dweb.link", "IPFS gateway serving copies (e.g. Wikipedia on IPFS) with no editor of its own"),
        new("wikiwand.com", "reader front end republishing Wikipedia articles; cite the article on wikipedia.org"),
        new("mikeleloconte.ru", "unattributed copy of a Russian Wikipedia article"),
        new("celebcafe.org", "celebrity site republishing news without attribution"),
        new("covid-19.chinadaily.com.cn", "pandemic-era alias host of China Daily serving its old articles; cite the article's address on www.chinadaily.com.cn"),
        new("studylib.net", "user-uploaded copies of documents; cite the document's publisher"),
        new("docslib.org", "user-uploaded copies of documents; cite the document's publisher"),
    ];

    /// <summary>Publishers with the domains they publish on; a source naming one elsewhere cites a copy.</summary>
    public static readonly IReadOnlyList<ListedPublisher> Publishers =
    [
        new("Trend News Agency", ["Trend News Agency", "Trend"], ["trend.az"]),
        new("China Daily", ["China Daily"], ["chinadaily.com.cn", "chinadailyhk.com"]),
        new("Xinhua", ["Xinhua"], ["xinhuanet.com", "news.cn"]),
        new("People's Daily", ["People's Daily"], ["people.cn", "people.com.cn", "brnn.com"]),
        new("Global Times", ["Global Times"], ["globaltimes.cn"]),
        new("China News Service", ["ECNS", "China News Service"], ["ecns.cn", "chinanews.com.cn"]),
        new("China.org.cn", ["China.org.cn"], ["china.org.cn", "chinagate.cn"]),
        new("CGTN", ["CGTN"], ["cgtn.com"]),
        new("South China Morning Post", ["South China Morning Post", "SCMP"], ["scmp.com"]),
        new("Kazinform", ["Kazinform", "Qazinform"], ["inform.kz", "qazinform.com"]),
        new("The Astana Times", ["Astana Times"], ["astanatimes.com"]),
        new("Tengrinews", ["Tengrinews", "Tengri News"], ["tengrinews.kz"]),
        new("Kazakhstan Temir Zholy", ["Kazakhstan Temir Zholy"], ["railways.kz"]),
        new("Azerbaijan Railways", ["Azerbaijan Railways"], ["ady.az"]),
        new("AZERTAG", ["AZERTAG"], ["azertag.az"]),
        new("TASS", ["TASS"], ["tass.com", "tass.ru"]),
        new("Reuters", ["Reuters"], ["reuters.com"]),
        new("AFP", ["AFP", "Agence France-Presse"], ["afp.com"]),
        new("RFE/RL", ["RFE/RL", "Radio Free Europe"], ["rferl.org"]),
        new("Emirates News Agency", ["WAM", "Emirates News Agency"], ["wam.ae"]),
        new("Wikipedia", ["Wikipedia"], ["wikipedia.org"]),
    ];
}
