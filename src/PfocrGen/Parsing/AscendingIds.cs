using System.Collections.Generic;

namespace PfocrGen.Parsing;

/// <summary>
/// Tells whether an id was taken before, for ids that mostly come in ascending order: NCBI writes each taxon's
/// <c>gene_info</c> rows sorted by GeneID, so while the ids ascend one comparison with the last answers, and a set
/// (~10 MB of entries for the human file's 190,000 ids) is made only at the first id out of order, from the ids
/// taken so far.
/// </summary>
internal sealed class AscendingIds
{
    private readonly List<int> _taken;
    private HashSet<int>? _set;
    private int _last = int.MinValue;

    /// <param name="taken">The ids taken so far, which the caller adds each id to once <see cref="Add"/> took it.</param>
    public AscendingIds(List<int> taken) => _taken = taken;

    /// <summary>True when <paramref name="id"/> was not taken before (the caller then takes it).</summary>
    public bool Add(int id)
    {
        if (_set is null)
        {
            if (id > _last)
            {
                _last = id;
                return true;
            }

            _set = new HashSet<int>(_taken);
        }

        return _set.Add(id);
    }
}
