namespace PfocrGen.Parsing;

/// <summary>
/// A map from texts to values that is looked up by a range of a larger string (a cell of a file), so a text seen
/// before costs no substring: a release's chemical GMT files list 291,000 members but only ~35,000 distinct ones,
/// and a substring per listing, only to find the member already known, was a tenth of the GMT parse's allocation.
/// A text is copied out once, when it is added. Ordinal; netstandard2.0 has no dictionary lookup by span.
/// </summary>
internal sealed class TextRangeMap<TValue>
{
    private string?[] _keys = new string?[64];
    private TValue[] _values = new TValue[64];
    private int[] _hashes = new int[64];
    private int _count;

    /// <summary>The value stored for the text <c>text[start..start+length]</c>, and that text as stored.</summary>
    public bool TryGetValue(string text, int start, int length, out string key, out TValue value)
    {
        var hash = Hash(text, start, length);
        var mask = _keys.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var stored = _keys[slot];
            if (stored is null)
            {
                key = string.Empty;
                value = default!;
                return false;
            }

            if (_hashes[slot] == hash && stored.Length == length && string.CompareOrdinal(stored, 0, text, start, length) == 0)
            {
                key = stored;
                value = _values[slot];
                return true;
            }
        }
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/>, which is not in the map yet.</summary>
    public void Add(string key, TValue value)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(key, Hash(key, 0, key.Length), value);
        _count++;
    }

    // FNV-1a over the UTF-16 code units, kept positive to index with.
    private static int Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private void Insert(string key, int hash, TValue value)
    {
        var mask = _keys.Length - 1;
        var slot = hash & mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _hashes[slot] = hash;
        _values[slot] = value;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        var hashes = _hashes;
        _keys = new string?[keys.Length * 2];
        _values = new TValue[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Insert(key, hashes[i], values[i]);
            }
        }
    }
}
