using System.Collections.Generic;

namespace PfocrGen.Building;

/// <summary>
/// Spreads typed members over a chain of classes so that none holds more than the CLR can load. Each member is a
/// static property, i.e. a getter method, and the runtime refuses a type with more than 65,535 methods
/// (<c>TypeLoadException</c> at first use, not a compile error): the full PFOCR release has ~93,000 papers and
/// ~110,000 figures. <c>Figures</c> is tier 0; tier k is the generated base class <c>FiguresBase{k}</c>, hidden
/// from IntelliSense, and <c>Figures</c> derives from the chain, so <c>Figures.PMC2869233</c> binds to a base
/// class's static member as if it were declared on <c>Figures</c>. Static fields do not count toward the limit
/// (none are generated per member anyway).
/// </summary>
internal static class MemberTiers
{
    /// <summary>Most members one generated class gets: the CLR's 65,535 methods, less room for the fixed API.</summary>
    public const int MaxMembersPerType = 60_000;

    /// <summary>
    /// The tier of each member file, in the order given, filling tier 0 first. A file's members stay in one class,
    /// so an edit to one record rewrites only the file it was in unless its tier overflows.
    /// </summary>
    public static int[] Assign(IReadOnlyList<int> membersPerFile, int maxPerType = MaxMembersPerType)
    {
        var tiers = new int[membersPerFile.Count];
        var tier = 0;
        var used = 0;
        for (var i = 0; i < membersPerFile.Count; i++)
        {
            if (used > 0 && used + membersPerFile[i] > maxPerType)
            {
                tier++;
                used = 0;
            }

            tiers[i] = tier;
            used += membersPerFile[i];
        }

        return tiers;
    }

    /// <summary>The count of classes <paramref name="tiers"/> uses (at least one: the class itself).</summary>
    public static int Count(int[] tiers) => tiers.Length == 0 ? 1 : tiers[tiers.Length - 1] + 1;

    /// <summary>The class of tier <paramref name="tier"/>: <c>Figures</c>, <c>FiguresBase1</c>, <c>FiguresBase2</c>, …</summary>
    public static string TypeName(string type, int tier) =>
        tier == 0 ? type : type + "Base" + tier.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
