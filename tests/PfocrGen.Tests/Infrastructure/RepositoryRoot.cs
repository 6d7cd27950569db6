namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// The checkout the tests run from (the folder holding PfocrGen.sln), for tests that read the repository's own
/// files: documentation, scripts, the package's build files.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "PfocrGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No PfocrGen.sln above " + AppContext.BaseDirectory);
    }
}
