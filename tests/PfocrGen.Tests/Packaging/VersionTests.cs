using System.Reflection;
using PfocrGen.Emitting;

namespace PfocrGen.Tests.Packaging;

/// <summary>
/// The version the generated code quotes (GeneratedCode attributes) is the package's version, so a user reading
/// generated code can tell which PfocrGen wrote it. The package version is the project's &lt;Version&gt;.
/// </summary>
public sealed class VersionTests
{
    [Fact]
    public void Generated_code_quotes_the_package_version()
    {
        var informational = typeof(PfocrGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        // SourceLink appends "+<commit>"; the package version is what comes before it.
        Assert.Equal(GeneratorInfo.Version, informational.Split('+')[0]);
    }
}
