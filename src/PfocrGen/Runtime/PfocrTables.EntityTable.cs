namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        private sealed class EntityTable
        {
            public readonly Chemical[] Chemicals;
            public readonly Dictionary<string, int> ChemicalIndex;
            public readonly Disease[] Diseases;
            public readonly Dictionary<string, int> DiseaseIndex;
            public readonly IReadOnlyList<Chemical> ChemicalList;
            public readonly IReadOnlyList<Disease> DiseaseList;

            public EntityTable()
            {
                var reader = new DataReader(EntityData, 0);
                var chemicalCount = 0;
                PfocrLayout.RowCount(ref reader, ref chemicalCount);
                Chemicals = new Chemical[chemicalCount];
                ChemicalIndex = new Dictionary<string, int>(chemicalCount, StringComparer.OrdinalIgnoreCase);
                for (var c = 0; c < chemicalCount; c++)
                {
                    var row = default(PfocrLayout.EntityRow);
                    PfocrLayout.Entity(ref reader, ref row);
                    Chemicals[c] = new Chemical(c, row.Key, row.Name, row.MeshId, row.OtherId);
                    IndexIds(ChemicalIndex, c, row.Key, row.MeshId, row.OtherId);
                }

                var diseaseCount = 0;
                PfocrLayout.RowCount(ref reader, ref diseaseCount);
                Diseases = new Disease[diseaseCount];
                DiseaseIndex = new Dictionary<string, int>(diseaseCount, StringComparer.OrdinalIgnoreCase);
                for (var d = 0; d < diseaseCount; d++)
                {
                    var row = default(PfocrLayout.EntityRow);
                    PfocrLayout.Entity(ref reader, ref row);
                    Diseases[d] = new Disease(d, row.Key, row.Name, row.MeshId, row.OtherId);
                    IndexIds(DiseaseIndex, d, row.Key, row.MeshId, row.OtherId);
                }

                ChemicalList = Array.AsReadOnly(Chemicals);
                DiseaseList = Array.AsReadOnly(Diseases);
            }

            // An entity is found by its key and by each of its ids; the first entity to claim an id keeps it.
            private static void IndexIds(Dictionary<string, int> index, int entity, string id, string mesh, string other)
            {
                index[id] = entity;
                if (mesh.Length > 0 && !index.ContainsKey(mesh))
                {
                    index.Add(mesh, entity);
                }

                if (other.Length > 0 && !index.ContainsKey(other))
                {
                    index.Add(other, entity);
                }
            }
        }
    }
}
