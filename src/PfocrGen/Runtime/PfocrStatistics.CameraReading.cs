namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// The (gene id, statistic) pairs of one camera call, read once into the calling thread's buffers (kept
        /// between calls, so a repeated statistic is recognised without allocating), every value checked finite.
        /// </summary>
        internal struct CameraReading
        {
            [ThreadStatic]
            private static int[]/*?*/ t_ids;

            [ThreadStatic]
            private static double[]/*?*/ t_values;

            private readonly int[] _ids;
            private readonly double[] _values;
            private readonly int _count;

            private CameraReading(int[] ids, double[] values, int count)
            {
                _ids = ids;
                _values = values;
                _count = count;
            }

            /// <summary>Reads the pairs; a NaN or infinite value is an <see cref="ArgumentException"/> naming the gene.</summary>
            public static CameraReading Of(IEnumerable<KeyValuePair<int, double>> statistics, string parameterName)
            {
                var ids = t_ids ?? new int[1024];
                var values = t_values ?? new double[1024];
                var count = 0;
                foreach (var pair in statistics)
                {
                    if (double.IsNaN(pair.Value) || double.IsInfinity(pair.Value))
                    {
                        throw new ArgumentException("The statistic of gene id " + pair.Key.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " is "
                            + pair.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "; camera needs a finite number for every gene (leave a gene out instead).", parameterName);
                    }

                    if (count == ids.Length)
                    {
                        Array.Resize(ref ids, count * 2);
                        Array.Resize(ref values, count * 2);
                    }

                    ids[count] = pair.Key;
                    values[count] = pair.Value;
                    count++;
                }

                t_ids = ids;
                t_values = values;
                return new CameraReading(ids, values, count);
            }

            /// <summary>Whether these are exactly <paramref name="ids"/> with <paramref name="values"/>, in order.</summary>
            public bool Matches(int[] ids, double[] values)
            {
                if (ids.Length != _count)
                {
                    return false;
                }

                for (var i = 0; i < _count; i++)
                {
                    if (ids[i] != _ids[i] || !values[i].Equals(_values[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public int[] CopyIds()
            {
                var copy = new int[_count];
                Array.Copy(_ids, copy, _count);
                return copy;
            }

            public double[] CopyValues()
            {
                var copy = new double[_count];
                Array.Copy(_values, copy, _count);
                return copy;
            }
        }
    }
}
