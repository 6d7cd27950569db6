using System.Reflection;

namespace PfocrGen.Emitting;

internal static class GeneratorInfo
{
    /// <summary>
    /// Written into <c>GeneratedCode</c> attributes: the package version, i.e. the project's <c>&lt;Version&gt;</c>,
    /// read from the assembly's informational version (without SourceLink's <c>+commit</c> suffix), so the
    /// version is kept in one place.
    /// </summary>
    public static readonly string Version = Read();

    private static string Read()
    {
        var informational = typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(GeneratorInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational!.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
