using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR015: an invalid MSBuild option is an error without a source location (it lives in the project file).</summary>
public sealed class InvalidOptionTests
{
    [Theory]
    [InlineData("PfocrGenVisibility", "protected")]
    [InlineData("PfocrGenNamespace", "My.class")]
    [InlineData("PfocrGenFigureMembers", "yes")]
    [InlineData("PfocrGenDocCaptionLength", "-1")]
    public void Invalid_option_is_an_error_naming_the_property(string property, string value)
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x")], properties: new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(run.Pfocr);
        Assert.Equal(("PFOCR015", DiagnosticSeverity.Error, Location.None), (diagnostic.Id, diagnostic.Severity, diagnostic.Location));
        Assert.Contains($"'{property}'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
