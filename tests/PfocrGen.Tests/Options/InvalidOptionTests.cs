using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Options;

/// <summary>
/// A mistyped option is a build error (PFOCR015) that names the property, the value and what is allowed, and the
/// default is used meanwhile, so a typo never silently changes the API.
/// </summary>
public sealed class InvalidOptionTests
{
    [Theory]
    [InlineData("PfocrGenVisibility", "protected", "use 'internal' or 'public'")]
    [InlineData("PfocrGenNamespace", "My-Lab.Pathways", "use a C# namespace")]
    [InlineData("PfocrGenNamespace", "MyLab.class", "use a C# namespace")]
    [InlineData("PfocrGenFigureMembers", "yes", "use 'auto', 'true' or 'false'")]
    [InlineData("PfocrGenGeneMembers", "all", "use 'auto', 'true' or 'false'")]
    [InlineData("PfocrGenDocCaptionLength", "-5", "use a whole number of characters")]
    public void Invalid_value_is_an_error_naming_the_property_value_and_what_is_allowed(string property, string value, string hint)
    {
        var run = GeneratorHarness.Run([TestData.Seed], properties: new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(run.Pfocr);
        // The bad value lives in the project file, so the diagnostic has no source location.
        Assert.Equal(("PFOCR015", DiagnosticSeverity.Error, Location.None), (diagnostic.Id, diagnostic.Severity, diagnostic.Location));
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"'{property}'", message);
        Assert.Contains($"'{value}'", message);
        Assert.Contains(hint, message);
    }

    [Fact]
    public void Invalid_namespace_falls_back_to_the_default_namespace()
    {
        var run = GeneratorHarness.Run([TestData.Seed], properties: new Dictionary<string, string> { ["PfocrGenNamespace"] = "1Lab" });

        Assert.Empty(run.CompilerProblems);
        Assert.NotNull(run.Load().Type("Figures"));
    }

    [Fact]
    public void Valid_values_in_any_case_and_with_spaces_are_accepted()
    {
        var properties = new Dictionary<string, string>
        {
            ["PfocrGenVisibility"] = " Public ",
            ["PfocrGenFigureMembers"] = "False",
            ["PfocrGenDocCaptionLength"] = "0",
            ["PfocrGenNamespace"] = "MyLab.Pathways",
        };

        var run = GeneratorHarness.Run([TestData.Seed], properties: properties);

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
    }
}
