namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        internal sealed class FigureDetails
        {
            public FigureDetails(string pmcid, string title, string caption, string number, int? year, Uri link, string paperTitle, string reference, IReadOnlyList<string> organisms)
            {
                Pmcid = pmcid;
                Title = title;
                Caption = caption;
                Number = number;
                Year = year;
                Link = link;
                PaperTitle = paperTitle;
                Reference = reference;
                Organisms = organisms;
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
        }
    }
}
