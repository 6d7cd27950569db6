using YamlDotNet.Core;

namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>
/// The least any YAML-reading generator must do: let YamlDotNet's parser read every event of every front
/// matter, building nothing.
/// </summary>
internal static class YamlFloor
{
    public static int ParseAll(IReadOnlyList<string> frontMatters)
    {
        var events = 0;
        foreach (var yaml in frontMatters)
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }
}
