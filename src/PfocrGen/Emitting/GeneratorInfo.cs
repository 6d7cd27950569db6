namespace PfocrGen.Emitting;

internal static class GeneratorInfo
{
    /// <summary>Written into <c>GeneratedCode</c> attributes; kept in step with the package version.</summary>
    public const string Version = "0.1.0";
}
