using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// Record text reaches generated code twice: as data the properties return, and in XML doc comments. Neither
/// may break compilation or alter the text: quotes, backslashes, comment and XML terminators, preprocessor
/// words, line separators C# treats as line breaks, a lone surrogate and NUL all come back exactly.
/// </summary>
public sealed class TextHazardTests
{
    // YAML double-quoted escapes: \L = U+2028, \P = U+2029, \N = U+0085, \0 = NUL. The lone surrogate is written
    // as the raw character, as an editor buffer can hold it: YAML forbids the escape \uD800 (see the last test).
    private const string Hazards = "q\\\" b\\\\ */ /* </summary> <!-- #endregion\\n#if X ]]> & &amp; \\L \\P \\N \uD800 \\0 end";
    private const string Expected = "q\" b\\ */ /* </summary> <!-- #endregion\n#if X ]]> & &amp; \u2028 \u2029 \u0085 \uD800 \0 end";

    private static readonly (string Path, string Text) Record = Records.File(
        "PMC1__hazard",
        $"figtitle: \"title {Hazards}\"",
        $"caption: \"caption {Hazards}\"",
        $"number: \"number {Hazards}\"",
        $"reftext: \"reftext {Hazards}\"",
        $"papertitle: \"paper {Hazards}\"",
        "organisms:",
        $"- \"organism {Hazards}\"");

    [Theory]
    [InlineData("internal")]
    [InlineData("public")] // public members must also carry valid doc comments (CS1591, CS1570)
    public void Hazardous_text_compiles_without_warnings_including_documentation_warnings(string visibility)
    {
        var run = GeneratorHarness.Run([Record], properties: new Dictionary<string, string> { ["PfocrGenVisibility"] = visibility });

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
    }

    [Theory]
    [InlineData("Title", "title ")]
    [InlineData("Caption", "caption ")]
    [InlineData("Number", "number ")]
    [InlineData("Reference", "reftext ")]
    [InlineData("PaperTitle", "paper ")]
    public void String_properties_return_the_record_text_exactly(string property, string prefix)
    {
        var figure = GeneratorHarness.Run([Record]).Load().Call("Figures", "ById", "PMC1__hazard")!;

        Assert.Equal(prefix + Expected, LoadedAssembly.Get(figure, property));
    }

    [Fact]
    public void Organism_names_are_returned_exactly()
    {
        var figure = GeneratorHarness.Run([Record]).Load().Call("Figures", "ById", "PMC1__hazard")!;

        Assert.Equal(["organism " + Expected], LoadedAssembly.List(LoadedAssembly.Get(figure, "Organisms")));
    }

    [Fact]
    public void Lone_surrogate_escape_is_a_located_yaml_error_because_yaml_allows_only_characters()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", "figtitle: \"a \\uD800 b\""), Records.File("PMC2__ok")]);

        DiagnosticAssert.Single(run, "PFOCR002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error, "records/PMC1__x.md", 4, 11);
        Assert.NotNull(run.Load().Call("Figures", "ById", "PMC2__ok"));
    }
}
