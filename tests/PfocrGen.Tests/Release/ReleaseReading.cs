namespace PfocrGen.Tests.Release;

/// <summary>
/// The release files and records read the plain way, as the test's oracle: each GMT line split on tabs, the
/// species taken from the file name's last part (<c>…-Mus_musculus.gmt</c>), chemical files known by
/// <c>-chemical-gmt-</c> in the name, ChEBI ids upper-cased as PfocrGen documents; records' <c>figid</c> and
/// <c>figid_alias</c> read as plain <c>key: value</c> lines.
/// </summary>
public sealed class ReleaseReading
{
    /// <summary>Per GMT name, every (gene id, organism) pair the gene files list for it.</summary>
    public Dictionary<string, HashSet<(int EntrezId, string Organism)>> Genes { get; } = new(StringComparer.Ordinal);

    /// <summary>Per GMT name, every chemical id the chemical files list for it.</summary>
    public Dictionary<string, HashSet<string>> Chemicals { get; } = new(StringComparer.Ordinal);

    /// <summary>The records: figid → figid_alias.</summary>
    public Dictionary<string, string> Records { get; } = new(StringComparer.Ordinal);

    public HashSet<string> RecordAliases => Records.Values.ToHashSet(StringComparer.Ordinal);

    public static ReleaseReading Read(string releaseFolder, string recordsFolder)
    {
        var reading = new ReleaseReading();
        foreach (var path in Directory.GetFiles(releaseFolder, "*.gmt"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var organism = name[(name.LastIndexOf('-') + 1)..].Replace('_', ' ');
            var chemical = name.Contains("-chemical-gmt-", StringComparison.Ordinal);
            foreach (var line in File.ReadLines(path))
            {
                var cells = line.Split('\t');
                var members = cells.Skip(2).Where(c => c.Length > 0);
                if (chemical)
                {
                    Set(reading.Chemicals, cells[0]).UnionWith(members.Select(c => c.StartsWith("chebi:", StringComparison.Ordinal) ? "CHEBI:" + c[6..] : c));
                }
                else
                {
                    Set(reading.Genes, cells[0]).UnionWith(members.Select(c => (int.Parse(c, System.Globalization.CultureInfo.InvariantCulture), organism)));
                }
            }
        }

        foreach (var path in Directory.GetFiles(recordsFolder, "*.md", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(path);
            string Value(string key) => lines.Single(l => l.StartsWith(key + ": ", StringComparison.Ordinal))[(key.Length + 2)..].Trim();
            reading.Records.Add(Value("figid"), Value("figid_alias"));
        }

        return reading;
    }

    private static HashSet<T> Set<T>(Dictionary<string, HashSet<T>> sets, string name)
    {
        if (!sets.TryGetValue(name, out var set))
        {
            sets.Add(name, set = []);
        }

        return set;
    }
}
