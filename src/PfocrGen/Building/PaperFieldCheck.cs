using System;
using System.Globalization;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Building;

/// <summary>
/// A paper's DOI, journal and year come from its figures' records, which PFOCR writes one per figure. Where two of
/// them disagree, the generated <c>Paper</c> takes the first figure's value (figure id order) and PFOCR025 names both
/// records, so a user can tell which one to correct.
/// </summary>
internal static class PaperFieldCheck
{
    public static void Report(DatasetDraft dataset, PaperDraft paper)
    {
        Check(dataset, paper, "DOI", "Doi", static r => r.Doi, static r => r.DoiPosition, StringComparer.OrdinalIgnoreCase);
        Check(dataset, paper, "journal title", "JournalTitle", static r => r.JournalTitle, static r => r.JournalTitlePosition, StringComparer.Ordinal);
        Check(
            dataset,
            paper,
            "year",
            "Year",
            static r => r.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : string.Empty,
            static r => r.YearPosition,
            StringComparer.Ordinal);
    }

    private static void Check(
        DatasetDraft dataset,
        PaperDraft paper,
        string field,
        string property,
        Func<FigureRecord, string> valueOf,
        Func<FigureRecord, TextPosition> positionOf,
        StringComparer comparer)
    {
        FigureRecord? first = null;
        foreach (var index in paper.Figures)
        {
            var record = dataset.Figures[index].Record;
            var value = valueOf(record);
            if (value.Length == 0)
            {
                continue;
            }

            if (first is null)
            {
                first = record;
            }
            else if (!comparer.Equals(value, valueOf(first)))
            {
                dataset.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.PaperFieldsDisagree, record.Path, positionOf(record),
                    paper.Pmcid, field, value, valueOf(first), first.Path, property)
                    with { AdditionalPath = first.Path, AdditionalPosition = positionOf(first) });
            }
        }
    }
}
