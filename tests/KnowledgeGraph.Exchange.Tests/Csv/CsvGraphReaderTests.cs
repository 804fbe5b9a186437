using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Tests.Infrastructure;

namespace KnowledgeGraph.Exchange.Tests.Csv;

/// <summary>Reading the three CSV files: header-driven columns, and every problem named by file, line and column.</summary>
public sealed class CsvGraphReaderTests : IDisposable
{
    private const string Sources = "key,title\ns,A source\n";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Columns_may_come_in_any_order_and_optional_ones_may_be_left_out()
    {
        var import = await ReadAsync(
            Sources,
            "sources,startYear,name,kind,key\ns,2011,Khorgos Gateway,Project,khorgos\ns,,Almaty,Region,almaty\n",
            "to,from,type,sources\nalmaty,khorgos,LOCATED_IN,s\n");

        Assert.Empty(import.Validate(ExistingGraph.Empty));
        var khorgos = import.Entities[0];
        Assert.Equal(("khorgos", EntityKind.Project, "Khorgos Gateway", 2011L), (khorgos.Key, khorgos.Kind, khorgos.Name, khorgos.Property("startYear")!.Value.Integer));
        Assert.Equal("khorgos-located-in-almaty", import.Relationships[0].Key);
        Assert.Equal(["s"], import.Relationships[0].SourceKeys);
    }

    [Fact]
    public async Task An_unknown_column_is_named_with_a_hint_and_no_row_of_that_file_is_read()
    {
        var import = await ReadAsync(Sources, "key,kind,nmae,sources\nx,Project,X,s\n", null);

        var error = Assert.Single(Located(import.ReadErrors), e => e.Code == CsvErrorCodes.UnknownColumn);
        Assert.Equal("entities.csv:1 (column 3)", error.Path);
        Assert.Contains("did you mean 'name'", error.Message);
        Assert.Contains(Located(import.ReadErrors), e => e.Code == CsvErrorCodes.MissingColumn && e.Message.Contains("'name'"));
        Assert.Empty(import.Entities);
    }

    [Fact]
    public async Task A_repeated_column_is_refused()
    {
        var import = await ReadAsync("key,title,key\ns,T,s\n", null, null);

        Assert.Equal("sources.csv:1 (column key)", Assert.Single(Located(import.ReadErrors)).Path);
        Assert.Equal(CsvErrorCodes.DuplicateColumn, Located(import.ReadErrors)[0].Code);
    }

    [Fact]
    public async Task Values_that_are_not_numbers_dates_or_known_names_are_named_by_file_line_and_column()
    {
        var import = await ReadAsync(
            "key,title,publishedOn\ns,A source,29/02/2024\n",
            "key,kind,name,sources,startYear,lengthKm\nx,Project,X,s,twenty,1\ny,Projekt,Y,s,,\n",
            "type,from,to,sources,sinceYear,confidence\nLOCATED_IN,x,y,s,2000,Sure\n");

        var problems = Located(import.Validate(ExistingGraph.Empty)).Select(e => (e.Path, e.Code)).ToList();

        Assert.Contains(("sources.csv:2 (column publishedOn)", ValidationCodes.InvalidDate), problems);
        Assert.Contains(("entities.csv:2 (column startYear)", ValidationCodes.PropertyType), problems);
        Assert.Contains(("entities.csv:3 (column kind)", ValidationCodes.UnknownKind), problems);
        Assert.Contains(("relationships.csv:2 (column confidence)", ValidationCodes.InvalidConfidence), problems);
        Assert.Contains("did you mean 'Project'", Located(import.ReadErrors).Single(e => e.Code == ValidationCodes.UnknownKind).Message);
    }

    [Fact]
    public async Task Citations_are_a_json_array_in_one_cell_and_anything_else_is_named_by_file_line_and_column()
    {
        var import = await ReadAsync(
            Sources,
            "key,kind,name,sources,citations\n" +
            "x,Project,X,s,\"[{\"\"source\"\": \"\"s\"\", \"\"quote\"\": \"\"X, it says.\"\", \"\"about\"\": \"\"name\"\"}]\"\n" +
            "y,Project,Y,s,\"[{\"\"source\"\": \"\"s\"\", \"\"page\"\": 2}]\"\n" +
            "z,Project,Z,s,not json\n",
            "type,from,to,sources,citations\nLOCATED_IN,x,y,s,\"[{\"\"quote\"\": \"\"no source\"\"}]\"\n");

        var problems = Located(import.ReadErrors).Select(e => (e.Path, e.Code)).ToList();

        Assert.Equal([new Citation { SourceKey = "s", Quote = "X, it says.", About = "name" }], import.Entities[0].Citations);
        Assert.Equal(
            [
                ("entities.csv:3 (column citations)", CsvErrorCodes.InvalidValue),
                ("entities.csv:4 (column citations)", CsvErrorCodes.InvalidValue),
                ("relationships.csv:2 (column citations)", CsvErrorCodes.InvalidValue),
            ],
            problems);
    }

    [Theory]
    [InlineData("Company", EntityKind.Company)]
    [InlineData("COMPANY", EntityKind.Company)]
    [InlineData("company", EntityKind.Company)]
    [InlineData("TrainingProgram", EntityKind.TrainingProgram)]
    [InlineData("TRAINING_PROGRAM", EntityKind.TrainingProgram)]
    [InlineData("training_program", EntityKind.TrainingProgram)]
    [InlineData("trainingprogram", EntityKind.TrainingProgram)]
    public async Task A_kind_is_read_in_its_type_name_or_its_graphql_enum_name_in_any_case(string written, EntityKind expected)
    {
        var import = await ReadAsync(Sources, $"key,kind,name,sources\nx,{written},X,s\n", null);

        Assert.Empty(import.Validate(ExistingGraph.Empty));
        Assert.Equal(expected, Assert.Single(import.Entities).Kind);
    }

    [Theory]
    [InlineData("Training_Programme")]
    [InlineData("TRAININGPROGRAM_")]
    [InlineData("4")]
    [InlineData("Company, Region")]
    public async Task Anything_else_is_an_unknown_kind_that_names_both_spellings_and_where_it_was_written(string written)
    {
        var import = await ReadAsync(Sources, $"key,kind,name,sources\nx,Project,X,s\ny,\"{written}\",Y,s\n", null);

        var error = Assert.Single(Located(import.ReadErrors));
        Assert.Equal(("entities.csv:3 (column kind)", ValidationCodes.UnknownKind), (error.Path, error.Code));
        Assert.Contains("TrainingProgram", error.Message);
        Assert.Contains("TRAINING_PROGRAM", error.Message);
        Assert.Single(import.Entities, e => e.Kind == EntityKind.Project);
    }

    [Fact]
    public async Task Domain_rules_are_located_by_file_line_and_column()
    {
        var import = await ReadAsync(
            Sources,
            "key,kind,name,sources,level,startYear\nx,Project,X,s,City,\nr,Region,R,s|missing,City,\nx,Region,Duplicate,s,,\n",
            "type,from,to,sources\nCONECTS,x,r,s\nLOCATED_IN,x,nowhere,s\n");

        var problems = Located(import.Validate(ExistingGraph.Empty));

        Assert.Contains(problems, e => e.Path == "entities.csv:2 (column level)" && e.Code == ValidationCodes.UnknownProperty);
        Assert.Contains(problems, e => e.Path == "entities.csv:3 (column sources)" && e.Code == ValidationCodes.UnknownSource);
        Assert.Contains(problems, e => e.Path == "entities.csv:4 (column key)" && e.Code == ValidationCodes.DuplicateKey && e.Message.Contains("entities.csv:2"));
        Assert.Contains(problems, e => e.Path == "relationships.csv:2 (column type)" && e.Code == ValidationCodes.UnknownRelationshipType);
        Assert.Contains(problems, e => e.Path == "relationships.csv:3 (column to)" && e.Code == ValidationCodes.MissingEndpoint);
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_fields_and_malformed_csv_are_named_by_line()
    {
        var import = await ReadAsync(Sources, "key,kind,name,sources\nx,Project,X\n\"y,Project,Y,s\n", null);

        Assert.Contains(Located(import.ReadErrors), e => e.Path == "entities.csv:2" && e.Code == CsvErrorCodes.WrongFieldCount);
        Assert.Contains(Located(import.ReadErrors), e => e.Path == "entities.csv:3" && e.Code == CsvErrorCodes.InvalidCsv && e.Message.Contains("never closed"));
    }

    [Fact]
    public async Task Sources_may_be_left_to_the_store_when_it_already_holds_them()
    {
        var import = await ReadAsync(null, "key,kind,name,sources\nx,Project,X,stored\n", null);

        Assert.Empty(import.Validate(new ExistingGraph(new Dictionary<string, EntityKind>(), ["stored"])));
        Assert.Contains(Located(import.Validate(ExistingGraph.Empty)), e => e.Code == ValidationCodes.UnknownSource);
    }

    [Fact]
    public async Task A_missing_file_or_an_empty_file_is_a_problem_not_an_exception()
    {
        await File.WriteAllTextAsync(_folder.File("empty.csv"), string.Empty);

        var import = await CsvGraphReader.ReadAsync(new CsvImportFiles(_folder.File("nope.csv"), _folder.File("empty.csv"), null));

        Assert.Equal([CsvErrorCodes.FileNotFound, CsvErrorCodes.MissingHeader], Located(import.ReadErrors).Select(e => e.Code));
    }

    [Fact]
    public async Task A_text_cell_loses_the_quote_before_a_would_be_formula_and_a_number_cell_is_read_as_written()
    {
        var import = await ReadAsync(
            Sources,
            "key,kind,name,description,aliases,sources,longitude,latitude\n" +
            "almaty,Region,'=Almaty,''+kept one quote,'@a|b,s,-12.5,'-43.25\n" +
            "astana,Region,'quoted',=typed by hand,,s,,\n",
            null);

        var almaty = import.Entities[0];
        Assert.Equal(("=Almaty", "'+kept one quote", -12.5), (almaty.Name, almaty.Description, almaty.Property("longitude")!.Value.Number));
        Assert.Equal(["@a", "b"], almaty.Aliases);
        Assert.Null(almaty.Property("latitude"));
        var error = Assert.Single(Located(import.ReadErrors));
        Assert.Equal(("entities.csv:2 (column latitude)", CsvErrorCodes.InvalidValue), (error.Path, error.Code));
        Assert.Equal(("'quoted'", "=typed by hand"), (import.Entities[1].Name, import.Entities[1].Description));
    }

    private async Task<CsvImport> ReadAsync(string? sources, string? entities, string? relationships) =>
        await CsvGraphReader.ReadAsync(new CsvImportFiles(
            await WriteAsync("sources.csv", sources), await WriteAsync("entities.csv", entities), await WriteAsync("relationships.csv", relationships)));

    private async Task<string?> WriteAsync(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        await File.WriteAllTextAsync(_folder.File(name), text);
        return _folder.File(name);
    }

    /// <summary>The problems with paths relative to the test folder, as a user typing relative paths sees them.</summary>
    private List<ValidationError> Located(IEnumerable<ValidationError> errors) =>
        errors.Select(e => e with { Path = e.Path.Replace(_folder.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal) }).ToList();
}
