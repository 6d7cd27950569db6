using System.Collections.Generic;

namespace PfocrGen.Naming;

/// <summary>
/// Spreads typed members over a chain of base classes so that none holds more than the CLR can load. Each member
/// is a static property, i.e. a getter method, and the runtime refuses a type with more than 65,535 methods
/// (<c>TypeLoadException</c> at first use, not a compile error): the full PFOCR release has ~93,000 papers and
/// ~110,000 figures. <c>Figures</c> is depth 0; depth k is the generated base class <c>FiguresBase{k}</c>, hidden
/// from IntelliSense, and <c>Figures</c> derives from the chain, so <c>Figures.PMC2869233</c> binds to a base
/// class's static member as if it were declared on <c>Figures</c>. Static fields do not count toward the limit
/// (none are generated per member anyway).
/// </summary>
internal static class BaseClassChain
{
    /// <summary>Most members one generated class gets: the CLR's 65,535 methods, less room for the fixed API.</summary>
    public const int MaxMembersPerType = 60_000;

    /// <summary>
    /// The depth in the chain of each member file, in the order given, filling depth 0 first. A file's members stay
    /// in one class, so an edit to one record rewrites only the file it was in unless its class overflows.
    /// </summary>
    public static int[] Assign(IReadOnlyList<int> membersPerFile, int maxPerType = MaxMembersPerType)
    {
        var depths = new int[membersPerFile.Count];
        var depth = 0;
        var used = 0;
        for (var i = 0; i < membersPerFile.Count; i++)
        {
            if (used > 0 && used + membersPerFile[i] > maxPerType)
            {
                depth++;
                used = 0;
            }

            depths[i] = depth;
            used += membersPerFile[i];
        }

        return depths;
    }

    /// <summary>The length of the chain <paramref name="depths"/> uses (at least one: the class itself).</summary>
    public static int Length(int[] depths) => depths.Length == 0 ? 1 : depths[depths.Length - 1] + 1;

    /// <summary>The class at <paramref name="depth"/>: <c>Figures</c>, <c>FiguresBase1</c>, <c>FiguresBase2</c>, …</summary>
    public static string TypeName(string type, int depth) =>
        depth == 0 ? type : type + "Base" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
