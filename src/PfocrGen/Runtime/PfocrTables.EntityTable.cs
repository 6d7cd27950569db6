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
                var chemicalCount = reader.ReadInt();
                Chemicals = new Chemical[chemicalCount];
                ChemicalIndex = new Dictionary<string, int>(chemicalCount, StringComparer.OrdinalIgnoreCase);
                for (var c = 0; c < chemicalCount; c++)
                {
                    var id = reader.ReadString();
                    var name = reader.ReadString();
                    var mesh = reader.ReadString();
                    var chebi = reader.ReadString();
                    Chemicals[c] = new Chemical(c, id, name, mesh, chebi);
                    IndexIds(ChemicalIndex, c, id, mesh, chebi);
                }

                var diseaseCount = reader.ReadInt();
                Diseases = new Disease[diseaseCount];
                DiseaseIndex = new Dictionary<string, int>(diseaseCount, StringComparer.OrdinalIgnoreCase);
                for (var d = 0; d < diseaseCount; d++)
                {
                    var id = reader.ReadString();
                    var name = reader.ReadString();
                    var mesh = reader.ReadString();
                    var doid = reader.ReadString();
                    Diseases[d] = new Disease(d, id, name, mesh, doid);
                    IndexIds(DiseaseIndex, d, id, mesh, doid);
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
