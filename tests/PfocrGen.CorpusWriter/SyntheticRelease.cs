using System.Globalization;
using System.Text;
using PfocrGen.SyntheticCorpus;

namespace PfocrGen.CorpusWriter;

/// <summary>
/// Writes a synthetic PFOCR release of the real release's shape and sizes (release 20250701): per species a gene
/// GMT (<c>pfocr-20250701-gmt-&lt;Genus_species&gt;.gmt</c>; human 7.8 MB, mouse 3.0, fly 5.1, zebrafish 1.1, yeast 0.3,
/// worm 0.2), a chemical GMT (<c>pfocr-20250701-chemical-gmt-…</c>) and an NCBI <c>&lt;Genus_species&gt;.gene_info</c>
/// file in NCBI's 16-column format with the real row counts (human ~190,000). As in the real release, a figure is
/// listed in several species' gene files (a third of the zebrafish figures are also mouse figures), each time with
/// that species' genes; its chemical set is the same in every chemical file that lists it; a few titles differ
/// between species files. Members are drawn by <see cref="MentionFrequency"/>, fitted to the real files, so each
/// file mentions as many distinct genes and chemicals as a real one of its size.
/// Given a folder of real release files (<c>../shared/pfocr-release</c>), those files are used as they are and only
/// the rest is synthesized; the synthetic files then share figures and chemical sets with the real ones.
/// Seeded: the same arguments write the same bytes.
/// </summary>
internal static class SyntheticRelease
{
    private const string Date = "20250701";
    private const int RealFigures = 110_000;

    // Name, taxon, gene file MB, gene_info rows, protein-coding genes (the part of gene_info GMT lines draw from),
    // id base, mean genes per line beyond the first three. Mouse and worm lines have the real files' means (8.6 and
    // 6.2 genes); human ids have the real ones' width (5–6 digits); the other means are set so that the files' sizes
    // give ~110,000 figures in all.
    private static readonly Species[] AllSpecies =
    {
        new("Homo_sapiens", 9606, 7.8, 193_000, 20_000, 10_000, 9.5),
        new("Mus_musculus", 10090, 3.0, 130_000, 22_000, 10_000_000, 6.1),
        new("Drosophila_melanogaster", 7227, 5.1, 25_000, 14_000, 20_000_000, 7.5),
        new("Danio_rerio", 7955, 1.1, 45_000, 26_000, 30_000_000, 5.5),
        new("Saccharomyces_cerevisiae", 559292, 0.3, 6_500, 6_000, 40_000_000, 5.5),
        new("Caenorhabditis_elegans", 6239, 0.2, 48_000, 20_000, 50_000_000, 3.7),
    };

    private static readonly string[] Words =
    {
        "signaling", "pathway", "regulation", "of", "the", "in", "and", "model", "schematic", "proposed", "receptor",
        "kinase", "activation", "cell", "apoptosis", "metabolism", "inflammation", "immune", "response", "mechanism",
        "β-catenin", "NF-κB", "TGF-β", "mitochondrial", "autophagy", "stress", "insulin", "Wnt", "Notch", "Hedgehog",
        "biosynthesis", "degradation", "transport", "interaction", "network", "overview", "cascade", "feedback",
    };

    /// <summary>Writes the release; <paramref name="realFolder"/>, when given, holds real release files to use as they are.</summary>
    public static string Write(string folder, int figures, int seed, string? realFolder)
    {
        var random = new Random(seed);
        var scale = figures / (double)RealFigures;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var pool = new FigurePool(random);
        var chemicals = new Dictionary<string, string>(StringComparer.Ordinal);
        var real = new List<string>();

        // Real gene files first: their figures are in the pool for other species' files to share, and their ids are
        // taken, so that a synthetic gene never gets the id of a real one.
        var realGenes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var realGeneFiles = new Dictionary<string, (string Path, List<string> Names)>(StringComparer.Ordinal);
        var realNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var species in AllSpecies)
        {
            if (RealFile(realFolder, GeneFileName(species)) is { } path)
            {
                var lines = ReadGmt(path).ToList();
                foreach (var (name, title, _) in lines)
                {
                    pool.AddReal(name, title);
                    realNames.Add(name);
                }

                realGenes.Add(species.Name, lines.SelectMany(line => line.Members.Split('\t'))
                    .Select(id => int.Parse(id, CultureInfo.InvariantCulture)).Distinct().ToList());
                realGeneFiles.Add(species.Name, (path, lines.Select(line => line.Name).ToList()));
            }
        }

        // Then real chemical files: their sets are the sets every synthetic chemical file repeats for those figures.
        // Their figures that no real gene file lists are figures of other species (in the real release mostly
        // human ones): the first synthetic gene file without a source species lists them before new figures.
        var orphans = new Queue<string>();
        foreach (var species in AllSpecies)
        {
            if (RealFile(realFolder, ChemicalFileName(species)) is { } path)
            {
                foreach (var (name, title, members) in ReadGmt(path))
                {
                    pool.AddReal(name, title);
                    if (chemicals.TryAdd(name, members) && !realNames.Contains(name))
                    {
                        orphans.Enqueue(name);
                    }
                }
            }
        }

        var taken = realGenes.Values.SelectMany(ids => ids).ToHashSet();
        var entrezIds = AllSpecies.ToDictionary(species => species.Name, species => species.EntrezIds(taken), StringComparer.Ordinal);
        var listed = new List<List<string>>();
        long bytes = 0;
        foreach (var species in AllSpecies)
        {
            var names = new List<string>();
            var path = Path.Combine(folder, GeneFileName(species));
            if (realGeneFiles.TryGetValue(species.Name, out var realFile))
            {
                names.AddRange(realFile.Names);
                File.Copy(realFile.Path, path, overwrite: true);
                real.Add(GeneFileName(species));
                bytes += new FileInfo(path).Length;
                listed.Add(names);
                continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            using (var writer = new StreamWriter(path, append: false, utf8))
            {
                var target = (long)(species.GeneFileMegabytes * 1_000_000 * scale);
                long written = 0;
                while (written < target)
                {
                    var (name, title) = PickFigure(species, pool, listed, orphans, used, random);
                    names.Add(name);
                    var line = new StringBuilder(name).Append('\t').Append(title);
                    foreach (var gene in Genes(species, entrezIds[species.Name], random))
                    {
                        line.Append('\t').Append(gene.ToString(CultureInfo.InvariantCulture));
                    }

                    writer.Write(line.Append('\n'));
                    written += utf8.GetByteCount(line.ToString());
                }

                bytes += written;
            }

            listed.Add(names);
        }

        var chemicalFrequency = MentionFrequency.Chemicals();
        for (var s = 0; s < AllSpecies.Length; s++)
        {
            var path = Path.Combine(folder, ChemicalFileName(AllSpecies[s]));
            if (RealFile(realFolder, ChemicalFileName(AllSpecies[s])) is { } realPath)
            {
                File.Copy(realPath, path, overwrite: true);
                real.Add(ChemicalFileName(AllSpecies[s]));
                bytes += new FileInfo(path).Length;
                continue;
            }

            bytes += WriteChemicals(path, AllSpecies[s], listed[s], pool, chemicals, chemicalFrequency, random, utf8);
        }

        foreach (var species in AllSpecies)
        {
            bytes += WriteGeneInfo(folder, species, realGenes.GetValueOrDefault(species.Name) ?? new List<int>(), entrezIds[species.Name], utf8);
        }

        var realNote = real.Count == 0 ? "" : $"; real: {string.Join(", ", real)}";
        return $"{pool.Count} figures ({listed.Sum(l => l.Count)} gene-set lines), {AllSpecies.Length * 3} files, {bytes / 1048576.0:F1} MB in {folder}{realNote}";
    }

    private static string GeneFileName(Species species) => $"pfocr-{Date}-gmt-{species.Name}.gmt";

    private static string ChemicalFileName(Species species) => $"pfocr-{Date}-chemical-gmt-{species.Name}.gmt";

    private static string? RealFile(string? realFolder, string name) =>
        realFolder is not null && File.Exists(Path.Combine(realFolder, name)) ? Path.Combine(realFolder, name) : null;

    // A GMT line as name, title and its members, still tab-separated.
    private static IEnumerable<(string Name, string Title, string Members)> ReadGmt(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t', 3);
            yield return (parts[0], parts[1], parts.Length > 2 ? parts[2] : "");
        }
    }

    // A third of the zebrafish figures are mouse figures and a fifth of yeast and worm ones human (the real release
    // shares 2,282 figures between mouse and zebrafish); the rest are new. Shared titles differ now and then.
    private static (string Name, string Title) PickFigure(
        Species species, FigurePool pool, List<List<string>> listed, Queue<string> orphans, HashSet<string> used, Random random)
    {
        var (from, share) = species.Name switch
        {
            "Danio_rerio" => (1, 0.33),
            "Saccharomyces_cerevisiae" or "Caenorhabditis_elegans" => (0, 0.2),
            _ => (-1, 0.0),
        };

        if (from >= 0 && random.NextDouble() < share)
        {
            // Names are unique within a file, as in the real release.
            var name = listed[from][random.Next(listed[from].Count)];
            if (used.Add(name))
            {
                var title = pool.Title(name);
                return (name, random.Next(750) == 0 ? title + " (revised)" : title);
            }
        }

        if (from < 0 && orphans.TryDequeue(out var orphan))
        {
            used.Add(orphan);
            return (orphan, pool.Title(orphan));
        }

        var next = pool.Next();
        used.Add(next.Name);
        return next;
    }

    // 3 to 236 distinct genes, exponentially distributed, drawn by the species' mention frequency.
    private static IEnumerable<int> Genes(Species species, int[] ids, Random random)
    {
        var count = Math.Min(236, 3 + (int)(-Math.Log(1 - random.NextDouble()) * species.ExtraGenes));
        return species.Frequency.DrawSet(random, count).Select(rank => ids[rank]);
    }

    // A chemical file lists the figures of its species' gene file that have chemicals and, like the real worm file
    // (9,679 lines for 1,626 gene-file figures), many other figures with chemicals; a figure's set is the same in every file.
    private static long WriteChemicals(
        string path, Species species, List<string> names, FigurePool pool, Dictionary<string, string> chemicals,
        MentionFrequency frequency, Random random, Encoding utf8)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (Hash(name, 0) % 100 < 40)
            {
                lines.Add(name);
            }
        }

        foreach (var name in pool.Names)
        {
            if (Hash(name, 0) % 100 < 40 && Hash(name, species.TaxonomyId) % 100 < 15)
            {
                lines.Add(name);
            }
        }

        using var writer = new StreamWriter(path, append: false, utf8);
        foreach (var name in lines)
        {
            if (!chemicals.TryGetValue(name, out var set))
            {
                var count = Math.Min(58, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 3));
                set = string.Join('\t', frequency.DrawSet(random, count).Select(rank => "chebi:" + (15_000 + (rank * 7))));
                chemicals.Add(name, set);
            }

            writer.Write(name);
            writer.Write('\t');
            writer.Write(pool.Title(name));
            writer.Write('\t');
            writer.Write(set);
            writer.Write('\n');
        }

        writer.Flush();
        return writer.BaseStream.Length;
    }

    // The rows of a real gene file's ids come first, with synthetic symbols, so that every gene a figure mentions has
    // a row; then synthetic ids up to the real file's row count.
    private static long WriteGeneInfo(string folder, Species species, List<int> realIds, int[] ids, Encoding utf8)
    {
        var path = Path.Combine(folder, species.Name + ".gene_info");
        using var writer = new StreamWriter(path, append: false, utf8);
        writer.Write("#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\tdbXrefs\tchromosome\tmap_location\tdescription\ttype_of_gene\t"
            + "Symbol_from_nomenclature_authority\tFull_name_from_nomenclature_authority\tNomenclature_status\tOther_designations\t"
            + "Modification_date\tFeature_type\n");
        var row = new StringBuilder(512);
        for (var i = 0; i < species.GeneInfoRows; i++)
        {
            var symbol = species.Symbol(i);
            var coding = i < species.CodingGenes;
            var chromosome = (1 + (i % 22)).ToString(CultureInfo.InvariantCulture);
            row.Clear()
                .Append(species.TaxonomyId).Append('\t')
                .Append(i < realIds.Count ? realIds[i] : ids[i]).Append('\t')
                .Append(symbol).Append('\t')
                .Append(species.TaxonomyId == 6239 || species.TaxonomyId == 559292 ? "L" + i.ToString("D6", CultureInfo.InvariantCulture) : "-").Append('\t')
                .Append(i % 3 == 0 ? "-" : $"{symbol}P{i % 7}|{species.Symbol(i + 100_003)}").Append('\t')
                .Append($"MIM:{600_000 + i}|HGNC:HGNC:{i + 1}|Ensembl:ENSG{i:D11}|AllianceGenome:HGNC:{i + 1}").Append('\t')
                .Append(chromosome).Append('\t')
                .Append(chromosome).Append('q').Append(11 + (i % 30)).Append('.').Append(i % 4).Append('\t')
                .Append(coding ? $"{Words[i % Words.Length]} {Words[(i / 7) % Words.Length]} protein {i % 97}" : $"long intergenic non-protein coding RNA {i}").Append('\t')
                .Append(coding ? "protein-coding" : i % 2 == 0 ? "ncRNA" : "pseudo").Append('\t')
                .Append(coding ? symbol : "-").Append('\t')
                .Append(coding ? $"{Words[(i / 3) % Words.Length]} {Words[(i / 11) % Words.Length]} family member {i % 53}" : "-").Append('\t')
                .Append(coding ? "O" : "-").Append('\t')
                .Append($"{Words[i % Words.Length]}-associated protein {i % 41}|putative {Words[(i / 5) % Words.Length]} factor {i % 13}|{Words[(i / 13) % Words.Length]} {Words[(i / 17) % Words.Length]} domain-containing protein {i % 29}|epididymis secretory sperm binding protein").Append('\t')
                .Append("2025").Append((1 + (i % 12)).ToString("D2", CultureInfo.InvariantCulture)).Append((1 + (i % 28)).ToString("D2", CultureInfo.InvariantCulture)).Append('\t')
                .Append('-').Append('\n');
            writer.Write(row);
        }

        writer.Flush();
        return writer.BaseStream.Length;
    }

    private static uint Hash(string text, int salt)
    {
        var hash = 2166136261u ^ (uint)salt;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private sealed record Species(string Name, int TaxonomyId, double GeneFileMegabytes, int GeneInfoRows, int CodingGenes, int IdBase, double ExtraGenes)
    {
        public MentionFrequency Frequency { get; } = MentionFrequency.Genes(CodingGenes);

        /// <summary>The synthetic ids of the species' genes, one per gene_info row, none of them <paramref name="taken"/>.</summary>
        public int[] EntrezIds(HashSet<int> taken)
        {
            var ids = new int[GeneInfoRows];
            var next = IdBase + 1;
            for (var gene = 0; gene < GeneInfoRows; gene++, next += 3)
            {
                while (taken.Contains(next))
                {
                    next++;
                }

                ids[gene] = next;
            }

            return ids;
        }

        // Symbols in the species' style, unique within the species: TP53-like, Tp53-like, CG1234-like (most fly genes
        // have only an annotation symbol), lower-case, YAL001C-like, abc-1-like. Different species' styles keep their
        // symbols apart, as they mostly are in reality, so member names seldom collide across species.
        public string Symbol(int gene)
        {
            var letters = new StringBuilder();
            for (var n = gene; ; n /= 26)
            {
                letters.Insert(0, (char)('A' + (n % 26)));
                if (n < 26)
                {
                    break;
                }
            }

            var number = (gene % 9) + 1;
            return TaxonomyId switch
            {
                9606 => $"{letters}{number}",
                10090 => $"{letters.ToString()[..1]}{letters.ToString()[1..].ToLowerInvariant()}{number}",
                7227 => $"CG{1001 + gene}",
                7955 => $"{letters.ToString().ToLowerInvariant()}{number}",
                559292 => $"Y{letters}{number:D3}C",
                _ => $"{letters.ToString().ToLowerInvariant()}-{number}",
            };
        }
    }

    /// <summary>
    /// The figures: real ones from real files, and synthetic ones with PMC ids in increasing order, about 1.2 figures
    /// per paper, with their titles.
    /// </summary>
    private sealed class FigurePool
    {
        private readonly Random _random;
        private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
        private int _pmcid = 1_000_000;
        private int _figure;

        public FigurePool(Random random) => _random = random;

        public int Count => _titles.Count;

        public IEnumerable<string> Names => _titles.Keys;

        public string Title(string name) => _titles[name];

        /// <summary>A figure of a real file; its first title stays, as a later file's title may differ.</summary>
        public void AddReal(string name, string title) => _titles.TryAdd(name, title);

        public (string Name, string Title) Next()
        {
            string name;
            do
            {
                if (_figure == 0 || _random.Next(6) != 0)
                {
                    _pmcid += 1 + _random.Next(40);
                    _figure = 0;
                }

                _figure++;
                name = $"PMC{_pmcid}__F{_figure}";
            }
            while (_titles.ContainsKey(name)); // a real figure's name

            var words = Enumerable.Range(0, 4 + _random.Next(7)).Select(_ => Words[_random.Next(Words.Length)]);
            var title = string.Join(' ', words);
            _titles.Add(name, char.ToUpperInvariant(title[0]) + title[1..]);
            return (name, _titles[name]);
        }
    }
}
