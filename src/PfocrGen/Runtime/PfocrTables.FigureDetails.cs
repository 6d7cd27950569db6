namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        /// <summary>A figure's metadata segment, decoded on the first use of any of its fields.</summary>
        internal sealed class FigureDetails
        {
            public FigureDetails(ref PfocrLayout.FigureMetaRow meta)
            {
                Pmcid = meta.Pmcid;
                Title = meta.Title;
                Caption = meta.Caption;
                Number = meta.Number;
                Year = meta.Year == 0 ? (int?)null : meta.Year;
                Link = new Uri(meta.Link);
                PaperTitle = meta.PaperTitle;
                Reference = meta.Reference;
                Organisms = Array.AsReadOnly(meta.Organisms);
                Doi = OrNull(meta.Doi);
                JournalTitle = OrNull(meta.JournalTitle);
                JournalAbbreviation = OrNull(meta.JournalAbbreviation);
                Publisher = OrNull(meta.Publisher);
                Keywords = Array.AsReadOnly(meta.Keywords);
                PathwayScore = ParseScore(meta.PathwayScore);
                FigureType = OrNull(meta.FigureType);
                ImageFileName = OrNull(meta.ImageFileName);
                NdexId = OrNull(meta.NdexId);
                WikiPathwaysId = OrNull(meta.WikiPathwaysId);
                RecognizedOrganisms = Array.AsReadOnly(meta.RecognizedOrganisms);
                var annotations = new FigureAnnotation[meta.Annotations.Length / 2];
                for (var i = 0; i < annotations.Length; i++)
                {
                    annotations[i] = new FigureAnnotation(meta.Annotations[2 * i], meta.Annotations[(2 * i) + 1]);
                }

                Annotations = Array.AsReadOnly(annotations);
            }

            public string Pmcid { get; }
            public string Title { get; }
            public string Caption { get; }
            public string Number { get; }
            public int? Year { get; }
            public Uri Link { get; }
            public string PaperTitle { get; }
            public string Reference { get; }
            public IReadOnlyList<string> Organisms { get; }
            public string/*?*/ Doi { get; }
            public string/*?*/ JournalTitle { get; }
            public string/*?*/ JournalAbbreviation { get; }
            public string/*?*/ Publisher { get; }
            public IReadOnlyList<string> Keywords { get; }
            public double? PathwayScore { get; }
            public string/*?*/ FigureType { get; }
            public string/*?*/ ImageFileName { get; }
            public string/*?*/ NdexId { get; }
            public string/*?*/ WikiPathwaysId { get; }
            public IReadOnlyList<string> RecognizedOrganisms { get; }
            public IReadOnlyList<FigureAnnotation> Annotations { get; }

            internal static string/*?*/ OrNull(string text) => text.Length == 0 ? null : text;

            // PfocrGen checked the text to be a number in [0, 1]; it is stored as the record wrote it.
            internal static double? ParseScore(string text) =>
                text.Length == 0 ? (double?)null : double.Parse(text, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
