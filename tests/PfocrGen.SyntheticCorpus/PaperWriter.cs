using System.Globalization;
using System.Text;

namespace PfocrGen.SyntheticCorpus;

/// <summary>Writes one paper's figure records and sidecar tables from the paper's own random generator.</summary>
internal sealed class PaperWriter
{
    private const string GenesHeader = "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match";

    private static readonly string[] AliasWords = { "PKC", "PLC", "ERK1/2", "p38", "JNK", "IKK", "NF-κB", "PI3K", "AC", "Gβγ", "HLA-II", "SMADs" };

    private readonly Random _random;
    private readonly int _paper;
    private readonly int _figures;
    private readonly string _pmcid;
    private readonly int _year;
    private readonly (string Abbrev, string Title, string Publisher) _journal;
    private readonly int _style;

    public PaperWriter(Random random, int paper, int figures)
    {
        _random = random;
        _paper = paper;
        _figures = figures;
        _pmcid = "PMC" + (1_000_000 + (paper * 7)).ToString(CultureInfo.InvariantCulture);
        _year = 1995 + random.Next(31);
        _journal = Vocabularies.Journals[random.Next(Vocabularies.Journals.Length)];
        _style = random.Next(5);
    }

    public IEnumerable<CorpusFile> Files()
    {
        var organism = PickOrganism();
        var leadGene = organism.Symbols[PickGene(organism)];
        var paperTitle = Prose.PaperTitle(_random, leadGene);
        var reference = $"Author{_paper % 997} A, et al. {_journal.Abbrev}. {_year} Mar;{1 + (_paper % 40)}({1 + (_paper % 12)}):{100 + (_paper % 900)}-{120 + (_paper % 900)}.";
        var number = 0;
        for (var f = 0; f < _figures; f++)
        {
            // Most figures of a paper share its organism; some papers compare two.
            var figureOrganism = _random.Next(10) == 0 ? PickOrganism() : organism;
            number += _random.Next(4) == 0 ? 2 : 1;
            var figid = _pmcid + "__" + FileStem(number);
            var genes = GeneRows(figureOrganism);
            var chemicals = _random.Next(10) < 4 ? EntityRows(Vocabularies.Chemicals, 12, Vocabularies.ChebiId) : null;
            var diseases = _random.Next(10) < 3 ? EntityRows(Vocabularies.Diseases, 5, Vocabularies.DoidId) : null;

            var symbols = genes.Select(g => g.Symbol).Distinct(StringComparer.Ordinal).ToList();
            var gene = symbols.Count > 0 ? symbols[0] : leadGene;
            var partner = symbols.Count > 1 ? symbols[1] : "its targets";
            var keywords = symbols.Select(s => s == "NA" ? ".na.character" : s)
                .Concat(chemicals?.Select(c => c.Word) ?? [])
                .Concat(diseases?.Select(d => d.Word) ?? []);
            var record = new FigureText(figid, Prose.Title(_random, gene, partner), Prose.Caption(_random, gene, partner, 900 + _random.Next(1100)),
                number, figureOrganism, paperTitle, reference, keywords.ToList());

            yield return new CorpusFile(figid + ".md", Record(record));
            if (genes.Count > 0 || _random.Next(4) == 0)
            {
                yield return new CorpusFile(figid + "-genes.tsv", GenesTable(genes));
            }

            if (chemicals is not null)
            {
                yield return new CorpusFile(figid + "-chemicals.tsv", EntityTable("chebi", chemicals));
            }

            if (diseases is not null)
            {
                yield return new CorpusFile(figid + "-diseases.tsv", EntityTable("doid", diseases));
            }
        }
    }

    private sealed record FigureText(string Id, string Title, string Caption, int Number, Organism Organism, string PaperTitle, string Reference, List<string> Keywords);

    private sealed record GeneRow(Organism Organism, string Word, string Match, string Symbol, int EntrezId, string Source);

    private sealed record EntityRow(string Word, string Mesh, string Match, string Name, string Other);

    private string Record(FigureText figure)
    {
        var stem = figure.Id.Substring(_pmcid.Length + 2);
        var organisms = figure.Organism.TaxonomyId == 0 ? "NA" : figure.Organism.Name;
        var text = new StringBuilder(4096);
        text.Append("---\n");
        text.Append(YamlText.Field("figid", figure.Id)).Append('\n');
        text.Append(YamlText.Field("figtitle", figure.Title)).Append('\n');
        text.Append("organisms:\n- ").Append(organisms).Append('\n');
        text.Append("organisms_ner:\n- ").Append(organisms).Append('\n');
        text.Append("pmcid: ").Append(_pmcid).Append('\n');
        text.Append("filename: ").Append(stem).Append(".jpg\n");
        text.Append("figlink: /pmc/articles/").Append(_pmcid).Append("/figure/F").Append(figure.Number).Append("/\n");
        text.Append("number: F").Append(figure.Number).Append('\n');
        text.Append(YamlText.Field("caption", figure.Caption)).Append('\n');
        text.Append(YamlText.Field("papertitle", figure.PaperTitle)).Append('\n');
        text.Append(YamlText.Field("reftext", figure.Reference)).Append('\n');
        text.Append("year: '").Append(_year).Append("'\n");
        var old = _journal.Publisher == ".na.character";
        text.Append("doi: ").Append(old ? ".na.character" : $"10.{3389 + (_paper % 50)}/syn.{_year}.{_paper}").Append('\n');
        text.Append(YamlText.Field("journal_title", old ? ".na.character" : _journal.Title)).Append('\n');
        text.Append(YamlText.Field("journal_nlm_ta", old ? ".na.character" : _journal.Abbrev)).Append('\n');
        text.Append(YamlText.Field("publisher_name", _journal.Publisher)).Append('\n');
        text.Append(YamlText.Field("keywords", old ? ".na.character" : string.Join(" | ", figure.Keywords.Take(6)))).Append('\n');
        text.Append("automl_pathway: 0.").Append(57 + _random.Next(42)).Append(_random.Next(1000).ToString("D3", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("figid_alias: ").Append(_pmcid).Append("__F").Append(figure.Number).Append('\n');
        text.Append("figtype: Figure\n");
        text.Append("redirect_from: /figures/").Append(_pmcid).Append("__F").Append(figure.Number).Append('\n');
        text.Append("ndex: ''\n");
        text.Append("seo: CreativeWork\n");
        text.Append("schema-jsonld:\n");
        text.Append("  '@context': https://schema.org/\n");
        text.Append("  '@id': https://pfocr.wikipathways.org/figures/").Append(figure.Id).Append(".html\n");
        text.Append("  '@type': Dataset\n");
        text.Append(YamlText.Field("description", figure.Caption, 2)).Append('\n');
        text.Append("  license: CC0\n  name: CreativeWork\n  creator:\n    '@type': Organization\n    name: WikiPathways\n");
        text.Append("  keywords:");
        if (figure.Keywords.Count == 0)
        {
            text.Append(" []\n");
        }
        else
        {
            text.Append('\n');
            foreach (var keyword in figure.Keywords)
            {
                text.Append("  - ").Append(YamlText.Scalar(keyword)).Append('\n');
            }
        }

        text.Append("---\n");
        return text.ToString();
    }

    private Organism PickOrganism()
    {
        var roll = _random.Next(100);
        if (roll < 83)
        {
            return GenePools.Human;
        }

        var weight = _random.Next(100);
        foreach (var (organism, share) in GenePools.Others)
        {
            if ((weight -= share) < 0)
            {
                return organism;
            }
        }

        return GenePools.Mouse;
    }

    // Skewed towards the start of the pool, where the staples are: a few genes appear in thousands of figures.
    private int PickGene(Organism organism) => (int)(organism.Symbols.Count * Math.Pow(_random.NextDouble(), 2.2));

    private List<GeneRow> GeneRows(Organism organism)
    {
        var rows = new List<GeneRow>();
        if (_random.Next(12) == 0)
        {
            return rows;
        }

        var target = 1 + (int)(59 * Math.Pow(_random.NextDouble(), 1.4));
        while (rows.Count < target)
        {
            var first = PickGene(organism);
            var kind = _random.Next(20);
            if (kind < 14)
            {
                var symbol = organism.Symbols[first];
                var word = _random.Next(5) == 0 ? symbol + "," : symbol;
                rows.Add(new GeneRow(organism, word, symbol.ToUpperInvariant(), symbol, organism.EntrezId(first), "ncbigene_symbol"));
                continue;
            }

            // A synonym or family word matches several neighbouring genes: one printed word, many rows.
            var word2 = AliasWords[_random.Next(AliasWords.Length)];
            var fanOut = kind < 19 ? 2 + _random.Next(5) : 3 + _random.Next(6);
            var source = kind < 19 ? "ncbigene_synonym" : "famplex_relations";
            for (var i = 0; i < fanOut && first + i < organism.Symbols.Count; i++)
            {
                rows.Add(new GeneRow(organism, word2, word2.ToUpperInvariant().Replace("-", string.Empty), organism.Symbols[first + i], organism.EntrezId(first + i), source));
            }
        }

        return rows;
    }

    private List<EntityRow> EntityRows(IReadOnlyList<string> vocabulary, int most, Func<int, string> otherId)
    {
        var rows = new List<EntityRow>();
        var count = 1 + _random.Next(most);
        var newer = _random.Next(3) == 0;
        for (var i = 0; i < count; i++)
        {
            var entity = (int)(vocabulary.Count * Math.Pow(_random.NextDouble(), 2));
            var name = vocabulary[entity];
            var known = _random.Next(10) > 0;
            rows.Add(new EntityRow(name, newer ? "NA" : Vocabularies.MeshId(entity), known ? name : "NA", known ? name.ToLowerInvariant() : "NA", known ? otherId(entity) : "NA"));
        }

        return rows;
    }

    private static string GenesTable(List<GeneRow> rows)
    {
        var text = new StringBuilder(GenesHeader.Length + (rows.Count * 80));
        text.Append(GenesHeader).Append('\n');
        foreach (var byOrganism in rows.GroupBy(r => r.Organism))
        {
            // Per-organism summary counts, repeated on every row as PFOCR does.
            var direct = byOrganism.Count(r => r.Source == "ncbigene_symbol");
            var synonym = byOrganism.Count() - direct;
            var match = byOrganism.Select(r => r.Match).Distinct(StringComparer.Ordinal).Count();
            foreach (var row in byOrganism)
            {
                text.Append(row.Organism.TaxonomyId).Append('\t').Append(row.Organism.Name).Append('\t').Append(row.Organism.Group).Append('\t')
                    .Append(row.Word).Append('\t').Append(row.Match).Append('\t').Append(row.Symbol).Append('\t').Append(row.EntrezId).Append('\t')
                    .Append(row.Source).Append('\t').Append(direct).Append('\t').Append(synonym).Append('\t').Append(match).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string EntityTable(string otherColumn, List<EntityRow> rows)
    {
        var text = new StringBuilder("word\tmesh\tmatch\tname\t" + otherColumn + "\n");
        foreach (var row in rows)
        {
            text.Append(row.Word).Append('\t').Append(row.Mesh).Append('\t').Append(row.Match).Append('\t').Append(row.Name).Append('\t').Append(row.Other).Append('\n');
        }

        return text.ToString();
    }

    private string FileStem(int number)
    {
        var article = 1_000_000 + (_paper * 13 % 8_999_999);
        return _style switch
        {
            0 => $"fimmu-{1 + (_year % 16)}-{article}-g{number:D3}",
            1 => $"41598_{_year}_{article % 100000}_Fig{number}_HTML",
            2 => $"gr{number}",
            3 => $"pcbi.{article}.g{number:D3}",
            _ => $"nihms-{article}-f{number:D4}",
        };
    }
}
