using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>Every file of a folder as an AdditionalText held in memory, in ordinal path order, as a build hands them over.</summary>
internal static class FolderTexts
{
    public static List<AdditionalText> Read(string folder) =>
        Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToList();
}
