namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        /// <summary>
        /// What only a pass over every figure's metadata can answer: the papers by DOI and each figure's pathway
        /// score. Built on the first <see cref="Papers.ByDoi"/> or score-filtered enrichment, reading from each figure
        /// only those fields (<see cref="ReadPaperFields"/>), so captions and titles are never decoded for it.
        /// </summary>
        private sealed class FigureScan
        {
            // Figures in figure id order: where figures of two papers name one DOI, the first figure's paper has it.
            public readonly Dictionary<string, Paper> PapersByDoi = new Dictionary<string, Paper>(StringComparer.OrdinalIgnoreCase);

            // NaN for a figure without a score.
            public readonly double[] PathwayScores;

            public FigureScan()
            {
                PathwayScores = new double[F.Figures.Length];
                for (var f = 0; f < PathwayScores.Length; f++)
                {
                    var fields = ReadPaperFields(f);
                    var score = FigureDetails.ParseScore(fields.PathwayScore);
                    PathwayScores[f] = score.HasValue ? score.Value : double.NaN;
                    if (fields.Doi.Length > 0 && !PapersByDoi.ContainsKey(fields.Doi))
                    {
                        PapersByDoi.Add(fields.Doi, PaperOfFigure(f));
                    }
                }
            }
        }

        private static class FigureScanHolder
        {
            internal static readonly FigureScan Value = new FigureScan();
        }

        internal static Paper/*?*/ PaperByDoi(string doi)
        {
            var key = DoiKey(doi);
            return key.Length > 0 && FigureScanHolder.Value.PapersByDoi.TryGetValue(key, out var paper) ? paper : null;
        }

        /// <summary>Each figure's pathway score by figure index; <see cref="double.NaN"/> where it has none.</summary>
        internal static double[] PathwayScores => FigureScanHolder.Value.PathwayScores;

        // DOIs are written bare in records; users paste them with a scheme or resolver in front.
        private static readonly string[] DoiPrefixes = { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" };

        internal static string DoiKey(string doi)
        {
            if (doi == null)
            {
                return string.Empty;
            }

            var key = doi.Trim();
            foreach (var prefix in DoiPrefixes)
            {
                if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return key.Substring(prefix.Length).Trim();
                }
            }

            return key;
        }
    }
}
