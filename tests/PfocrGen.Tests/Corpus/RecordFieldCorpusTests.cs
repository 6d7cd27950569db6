using System.Globalization;
using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;
using Xunit.Sdk;

namespace PfocrGen.Tests.Corpus;

/// <summary>
/// Issue #22's figure and paper properties over the whole shared real-data corpus: every figure of every snapshot
/// against <see cref="RecordFieldOracle"/>'s independent reading of its raw record and tables. Real records hold the
/// cases a hand-written one forgets (<c>.na.character</c>, <c>''</c>, keywords folded over lines or in a literal
/// block, table cells with trailing spaces, NA-only rows), so each property is checked on all of them. Every
/// mismatch of a snapshot is listed in one failure, so a run shows the whole picture at once.
/// </summary>
public sealed class RecordFieldCorpusTests
{
    /// <summary>The spec's DOI prefixes; <c>doi:</c> and the resolver URLs are stripped in any case.</summary>
    private static readonly string[] DoiPrefixes =
        ["doi:", "DOI:", "https://doi.org/", "HTTPS://DOI.ORG/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"];

    [CorpusTheory]
    [MemberData(nameof(CorpusTests.Snapshots), MemberType = typeof(CorpusTests))]
    public void Every_figure_has_the_metadata_and_mentions_its_record_and_tables_give(string snapshot)
    {
        var files = CorpusTests.Files(snapshot);
        var expected = RecordFieldOracle.Figures(files);
        AssertNotVacuous(snapshot, expected);

        var run = GeneratorHarness.Run(files);
        Assert.DoesNotContain(run.Pfocr, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilerProblems);
        var api = run.Load();

        var problems = new List<string>();
        foreach (var want in expected)
        {
            var figure = api.Call("Figures", "ById", want.Id) ?? throw new XunitException($"{want.Id} was not generated");
            var check = new Checker(want.Id, problems);
            check.Text("Doi", want.Doi, Read(figure, "Doi"));
            check.Text("JournalTitle", want.JournalTitle, Read(figure, "JournalTitle"));
            check.Text("JournalAbbreviation", want.JournalAbbreviation, Read(figure, "JournalAbbreviation"));
            check.Text("Publisher", want.Publisher, Read(figure, "Publisher"));
            check.TextList("Keywords", want.Keywords, Read(figure, "Keywords"));
            check.Score(want.PathwayScoreText, want.PathwayScore, (double?)Read(figure, "PathwayScore"));
            check.Text("FigureType", want.FigureType, Read(figure, "FigureType"));
            check.Text("ImageFileName", want.ImageFileName, Read(figure, "ImageFileName"));
            check.Link("ImageLink", want.ImageLink, Read(figure, "ImageLink"));
            check.Text("NdexId", want.NdexId, Read(figure, "NdexId"));
            check.Link("NdexLink", want.NdexLink, Read(figure, "NdexLink"));
            check.Text("WikiPathwaysId", want.WikiPathwaysId, Read(figure, "WikiPathwaysId"));
            check.Link("WikiPathwaysLink", want.WikiPathwaysLink, Read(figure, "WikiPathwaysLink"));
            check.TextList("RecognizedOrganisms", want.RecognizedOrganisms, Read(figure, "RecognizedOrganisms"));
            check.Rendered(
                "Annotations",
                want.Annotations.Select(a => Show(a.Type) + "=" + Show(a.Value)),
                LoadedAssembly.List(Read(figure, "Annotations")).Select(a => Show(Read(a, "Type")) + "=" + Show(Read(a, "Value"))));
            check.Rendered("ChemicalMentions", want.ChemicalMentions.Select(Show), Mentions(Read(figure, "ChemicalMentions"), "Chemical"));
            check.Rendered("DiseaseMentions", want.DiseaseMentions.Select(Show), Mentions(Read(figure, "DiseaseMentions"), "Disease"));
            check.Texts("GeneMentions.Match", want.GeneMatches, LoadedAssembly.List(Read(figure, "GeneMentions")).Select(m => Read(m, "Match")));
        }

        api.Unload();
        Fail(snapshot, problems);
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusTests.Snapshots), MemberType = typeof(CorpusTests))]
    public void Every_paper_takes_the_first_figure_value_and_is_found_by_its_doi_however_written(string snapshot)
    {
        var files = CorpusTests.Files(snapshot);
        var papers = RecordFieldOracle.Papers(RecordFieldOracle.Figures(files));
        var dois = papers.Where(p => p.Doi is not null).Select(p => p.Doi!).ToList();

        // A DOI shared by two papers would make ByDoi ambiguous; the corpus has none, and the test relies on that.
        Assert.Equal(dois.Count, dois.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        if (snapshot == "new-format")
        {
            Assert.True(dois.Count >= 35, $"only {dois.Count} papers of new-format have a DOI");
            Assert.Contains(papers, p => p.FigureIds.Count >= 3);
        }

        var run = GeneratorHarness.Run(files);
        Assert.DoesNotContain(run.Pfocr, d => d.Severity == DiagnosticSeverity.Error);
        var api = run.Load();

        var problems = new List<string>();
        foreach (var want in papers)
        {
            var paper = api.Call("Papers", "ById", want.Pmcid) ?? throw new XunitException($"paper {want.Pmcid} was not generated");
            var check = new Checker(want.Pmcid, problems);
            check.Text("Paper.Doi", want.Doi, Read(paper, "Doi"));
            check.Text("Paper.JournalTitle", want.JournalTitle, Read(paper, "JournalTitle"));
            check.Text("Paper.Year", want.Year?.ToString(CultureInfo.InvariantCulture), ((int?)Read(paper, "Year"))?.ToString(CultureInfo.InvariantCulture));

            if (want.Doi is not { } doi)
            {
                continue;
            }

            var spellings = new[] { doi, doi.ToUpperInvariant(), doi.ToLowerInvariant(), "  " + doi + "\t" }
                .Concat(DoiPrefixes.Select(prefix => prefix + doi))
                .Append("  doi:" + doi.ToUpperInvariant() + " ");
            foreach (var spelling in spellings)
            {
                var found = api.Call("Papers", "ByDoi", spelling);
                if (!ReferenceEquals(found, paper))
                {
                    problems.Add($"Papers.ByDoi({Show(spelling)}): expected {want.Pmcid}, got {found?.ToString() ?? "null"}");
                }
            }
        }

        // Not in the corpus: an unknown DOI, a real DOI with one more character (no prefix match), a PMCID.
        var absent = new List<string> { "10.9999/not-in-this-corpus", "doi:10.9999/not-in-this-corpus", "https://doi.org/10.9999/none" };
        absent.AddRange(dois.Take(3).Select(d => d + "9").Where(d => !dois.Contains(d, StringComparer.OrdinalIgnoreCase)));
        absent.AddRange(papers.Take(2).Select(p => p.Pmcid));
        foreach (var doi in absent)
        {
            if (api.Call("Papers", "ByDoi", doi) is { } found)
            {
                problems.Add($"Papers.ByDoi({Show(doi)}): expected null, got {found}");
            }
        }

        api.Unload();
        Fail(snapshot, problems);
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusTests.Snapshots), MemberType = typeof(CorpusTests))]
    public void Score_and_paper_disagreement_diagnostics_are_on_exactly_the_records_that_call_for_them(string snapshot)
    {
        var files = CorpusTests.Files(snapshot);
        var figures = RecordFieldOracle.Figures(files);
        var run = GeneratorHarness.Run(files);

        // On the real corpus both lists are empty: every score is in [0, 1] and the figures of a paper agree.
        Assert.Equal(
            figures.Where(f => f.HasInvalidScore).Select(f => f.Path).Order(StringComparer.Ordinal),
            ReportedOn(run, "PFOCR024"));
        Assert.Equal(RecordFieldOracle.DisagreeingRecords(figures), ReportedOn(run, "PFOCR025"));
    }

    /// <summary>Checks on the oracle's own reading, so an oracle that reads nothing cannot make the test pass.</summary>
    private static void AssertNotVacuous(string snapshot, IReadOnlyList<ExpectedFigure> expected)
    {
        Assert.NotEmpty(expected);
        Assert.All(expected, f => Assert.NotNull(f.PathwayScore));
        Assert.All(expected, f => Assert.NotNull(f.ImageLink));
        Assert.Contains(expected, f => f.GeneMatches.Count > 0);
        if (snapshot != "new-format")
        {
            return;
        }

        Assert.Equal(60, expected.Count);
        Assert.True(expected.Count(f => f.Doi is not null) >= 40, "fewer than 40 figures have a DOI");
        Assert.True(expected.Count(f => f.JournalTitle is not null && f.JournalAbbreviation is not null) >= 40, "fewer than 40 figures have a journal");
        Assert.True(expected.Count(f => f.Publisher is not null) >= 40, "fewer than 40 figures have a publisher");
        Assert.True(expected.Count(f => f.Keywords.Count > 0) >= 30, "fewer than 30 figures have keywords");
        Assert.True(expected.Count(f => f.RecognizedOrganisms.Count > 0) >= 30, "fewer than 30 figures have recognized organisms");
        Assert.True(expected.Count(f => f.FigureType is not null) == 60, "a figure has no figtype");
        Assert.Contains(expected, f => f.NdexId is not null);
        Assert.Contains(expected, f => f.FigureType == "Graphical abstract");

        // The hard YAML cases: .na.character (the 2001 paper), '' (PMC10033909), and the literal block whose real
        // line break falls inside a keyword (PMC10029719).
        var byId = expected.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Assert.Null(byId["PMC100003__mb2410470011"].Doi);
        Assert.Empty(byId["PMC100003__mb2410470011"].Keywords);
        Assert.Empty(byId["PMC10033909__d3sc00173c-s1"].Keywords);
        Assert.Equal(
            ["amination", "palladacycle", "phosphine", "DFT calculations", "microkinetic modeling", "reaction mechanism"],
            byId["PMC10029719__cs3c00075_0011"].Keywords);
        Assert.Equal("VIGS (virus-induced gene silencing)", byId["PMC10017456__fpls-14-1084358-g002"].Keywords[^1]);

        var chemicals = expected.SelectMany(f => f.ChemicalMentions).ToList();
        var diseases = expected.SelectMany(f => f.DiseaseMentions).ToList();
        Assert.Contains(chemicals, m => m.HasEntity);
        Assert.Contains(chemicals, m => !m.HasEntity);
        Assert.Contains(chemicals, m => m.Match.Length > 0);
        Assert.Contains(chemicals, m => m.HasEntity && m.Match.Length == 0);
        Assert.Contains(chemicals, m => m.Word.EndsWith(' '));
        Assert.Contains(diseases, m => m.HasEntity);
        Assert.Contains(diseases, m => !m.HasEntity);
        Assert.Contains(expected, f => f.GeneMatches.Contains("NA"));
    }

    private static IEnumerable<string> ReportedOn(GeneratorRun run, string id) =>
        run.Pfocr.Where(d => d.Id == id).Select(d => d.Location.GetLineSpan().Path).Distinct().Order(StringComparer.Ordinal);

    private static object? Read(object target, string property) =>
        (target.GetType().GetProperty(property) ?? throw new XunitException($"{target.GetType().FullName} has no property {property}")).GetValue(target);

    private static IEnumerable<string> Mentions(object? list, string entityProperty) =>
        LoadedAssembly.List(list).Select(m => Show(new ExpectedMention((string)Read(m, "Word")!, (string)Read(m, "Match")!, Read(m, entityProperty) is not null)));

    private static string Show(ExpectedMention mention) =>
        $"{Show(mention.Word)}~{Show(mention.Match)}{(mention.HasEntity ? string.Empty : " (no entity)")}";

    /// <summary>A value with its quotes and escapes, so trailing spaces, line breaks and null are visible.</summary>
    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"",
        _ => "<" + value.GetType().Name + " " + value + ">",
    };

    private static void Fail(string snapshot, List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new XunitException($"{problems.Count} mismatches in {snapshot}:\n" + string.Join("\n", problems));
        }
    }

    /// <summary>Compares one figure's (or paper's) values and notes every difference with its id and property.</summary>
    private sealed class Checker(string id, List<string> problems)
    {
        public void Text(string property, string? expected, object? actual)
        {
            if (actual is not (null or string) || !string.Equals(expected, (string?)actual, StringComparison.Ordinal))
            {
                problems.Add($"{id} {property}: expected {Show(expected)}, got {Show(actual)}");
            }
        }

        /// <summary>A list of strings (a generated <c>IReadOnlyList&lt;string&gt;</c>, or values read from its items).</summary>
        public void TextList(string property, IEnumerable<string> expected, object? actual) =>
            Rendered(property, expected.Select(Show), LoadedAssembly.List(actual).Select(Show));

        public void Texts(string property, IEnumerable<string> expected, IEnumerable<object?> actual) =>
            Rendered(property, expected.Select(Show), actual.Select(Show));

        /// <summary>Two lists already shown as text, compared item by item; the first difference is noted.</summary>
        public void Rendered(string property, IEnumerable<string> expected, IEnumerable<string> actual)
        {
            var want = expected.ToList();
            var got = actual.ToList();
            if (!want.SequenceEqual(got, StringComparer.Ordinal))
            {
                var at = want.Zip(got).TakeWhile(p => p.First == p.Second).Count();
                problems.Add(
                    $"{id} {property}: expected {want.Count} items, got {got.Count}; first difference at {at}: "
                    + $"expected {(at < want.Count ? want[at] : "(end)")}, got {(at < got.Count ? got[at] : "(end)")}");
            }
        }

        /// <summary>Exact equality with <c>double.Parse</c> (invariant) of the raw text, as the spec promises.</summary>
        public void Score(string? text, double? expected, double? actual)
        {
            if (!Nullable.Equals(expected, actual))
            {
                problems.Add(
                    $"{id} PathwayScore (written {Show(text)}): expected {expected?.ToString("R", CultureInfo.InvariantCulture) ?? "null"}, "
                    + $"got {actual?.ToString("R", CultureInfo.InvariantCulture) ?? "null"}");
            }
        }

        /// <summary>A <see cref="Uri"/> property against the expected absolute URI text.</summary>
        public void Link(string property, string? expected, object? actual)
        {
            var uri = actual as Uri;
            if (actual is not null && (uri is null || !uri.IsAbsoluteUri))
            {
                problems.Add($"{id} {property}: expected an absolute Uri, got {Show(actual)}");
                return;
            }

            if (!string.Equals(expected, uri?.AbsoluteUri, StringComparison.Ordinal))
            {
                Text(property, expected, uri?.AbsoluteUri);
                return;
            }

            // Same absolute URI; ToString (unescaped) should then agree with a Uri made from the expected text too.
            var shown = expected is null ? null : new Uri(expected).ToString();
            if (!string.Equals(shown, uri?.ToString(), StringComparison.Ordinal))
            {
                problems.Add($"{id} {property}.ToString(): expected {Show(shown)}, got {Show(uri?.ToString())}");
            }
        }
    }
}
